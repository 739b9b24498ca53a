import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./_components/email-layout";
import { appLink } from "./_components/format";

export interface PasswordResetEmailProps {
  appUrl: string;
  firstName?: string;
  /** The one-time token better-auth issued; the link is built from `appUrl` at render time. */
  token: string;
  /** How long the link works, in minutes. */
  expiresInMinutes: number;
}

export function passwordResetSubject(): string {
  return "Reset your Meal Planner password";
}

/** Sent when someone asks to reset the password of this account; it is ignored safely if it was not them. */
export function PasswordResetEmail({ appUrl, firstName, token, expiresInMinutes }: PasswordResetEmailProps) {
  const link = appLink(appUrl, `/reset-password?token=${encodeURIComponent(token)}`);
  return (
    <EmailLayout
      preview="Choose a new password for Meal Planner."
      footer={
        <Text style={styles.footerText}>
          You get this e-mail because someone asked to reset the password of your Meal Planner account.
        </Text>
      }
    >
      <Heading as="h1" style={styles.heading}>
        Reset your password
      </Heading>
      <Text style={styles.text}>{firstName ? `Hi ${firstName},` : "Hi,"}</Text>
      <Text style={styles.text}>
        Someone asked to reset the password of your Meal Planner account. If it was you, choose a new password
        with the button below. The link works once, for {expiresInMinutes} minutes.
      </Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={link} style={styles.button}>
          Choose a new password
        </Button>
      </Section>
      <Text style={styles.text}>
        Or paste this address into your browser: <Link href={link}>{link}</Link>
      </Text>
      <Text style={styles.text}>If it was not you, ignore this e-mail: your password stays as it is.</Text>
      <Text style={styles.text}>The Meal Planner team</Text>
    </EmailLayout>
  );
}

PasswordResetEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  firstName: "Sam",
  token: "preview-token-0123456789",
  expiresInMinutes: 60,
} satisfies PasswordResetEmailProps;

export default PasswordResetEmail;
