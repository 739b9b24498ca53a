import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./_components/email-layout";
import { UnsubscribeLine } from "./_components/unsubscribe-line";
import { appLink, formatWeekday, formatWeekdayDate } from "./_components/format";

export interface BetaInviteEmailProps {
  appUrl: string;
  firstName?: string;
  /** The day the person's first plan will be generated, `YYYY-MM-DD` in their time zone. */
  firstPlanOn: string;
  /** A signed one-click unsubscribe link for this recipient, when the e-mail goes to an account. */
  unsubscribeUrl?: string;
}

export function betaInviteSubject(): string {
  return "You're invited: early access to automatic meal planning";
}

/** Sent to beta testers about two days before the feature is switched on for them (rollout plan §8.2). */
export function BetaInviteEmail({ appUrl, firstName, firstPlanOn, unsubscribeUrl }: BetaInviteEmailProps) {
  const planDay = formatWeekday(firstPlanOn);

  return (
    <EmailLayout
      preview={`Your first automatic meal plan arrives on ${formatWeekdayDate(firstPlanOn)}.`}
      footer={
        <>
          <Text style={styles.footerText}>
            You get this e-mail because you are part of the Meal Planner beta programme.
          </Text>
          <UnsubscribeLine url={unsubscribeUrl} />
        </>
      }
    >
      <Heading as="h1" style={styles.heading}>
        Early access to automatic meal planning
      </Heading>
      <Text style={styles.text}>{firstName ? `Hi ${firstName},` : "Hi,"}</Text>
      <Text style={styles.text}>
        As a beta tester, you are getting early access to our new meal planning feature.
      </Text>

      <Text style={styles.subheading}>What is new</Text>
      <Text style={styles.listItem}>• Weekly meal plans generated automatically every {planDay}</Text>
      <Text style={styles.listItem}>• Personalised to your macros and dietary preferences</Text>
      <Text style={styles.listItem}>• Grocery lists and prep instructions included</Text>
      <Text style={styles.listItem}>• Planned meals synced to your FatSecret diary, if you connect it</Text>

      <Text style={styles.subheading}>How it works</Text>
      <Text style={styles.listItem}>
        1. Your first meal plan will be generated on {formatWeekdayDate(firstPlanOn)}.
      </Text>
      <Text style={styles.listItem}>2. We will e-mail you as soon as it is ready.</Text>
      <Text style={styles.listItem}>
        3. Review it in the app at <Link href={appLink(appUrl, "/plan")}>{appLink(appUrl, "/plan")}</Link>.
      </Text>

      <Section style={{ margin: "24px 0" }}>
        <Button href={appLink(appUrl, "/settings")} style={styles.button}>
          Check your preferences
        </Button>
      </Section>

      <Text style={styles.subheading}>We need your feedback</Text>
      <Text style={styles.text}>
        This is a beta feature, and your feedback shapes it. Reply to this e-mail with bugs or suggestions;
        the team reads every reply.
      </Text>

      <Text style={styles.subheading}>Not ready yet?</Text>
      <Text style={styles.text}>
        You can turn automatic planning off at any time in{" "}
        <Link href={appLink(appUrl, "/settings")}>your settings</Link>.
      </Text>

      <Text style={styles.text}>Thanks for being an early adopter!</Text>
      <Text style={styles.text}>The Meal Planner team</Text>
    </EmailLayout>
  );
}

BetaInviteEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  firstName: "Sam",
  firstPlanOn: "2026-12-04",
} satisfies BetaInviteEmailProps;

export default BetaInviteEmail;
