import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./_components/email-layout";
import { UnsubscribeLine } from "./_components/unsubscribe-line";
import { appLink, formatWeekday, formatWeekdayDate } from "./_components/format";

export interface FullRolloutEmailProps {
  appUrl: string;
  firstName?: string;
  /** The day the person's first plan will be generated, `YYYY-MM-DD` in their time zone. */
  firstPlanOn: string;
  /** A signed one-click unsubscribe link for this recipient, when the e-mail goes to an account. */
  unsubscribeUrl?: string;
}

export function fullRolloutSubject(): string {
  return "Your personalised meal plans are here 🍽️";
}

/** Sent to everyone once the feature reaches 100 % (rollout plan §8.2, T+72 hours). */
export function FullRolloutEmail({ appUrl, firstName, firstPlanOn, unsubscribeUrl }: FullRolloutEmailProps) {
  const planDay = formatWeekday(firstPlanOn);

  return (
    <EmailLayout
      preview={`A 7-day plan, grocery list and prep steps every ${planDay}.`}
      footer={
        <>
          <Text style={styles.footerText}>
            You get this e-mail because you have a Meal Planner account. To stop plan e-mails, turn them off
            in <Link href={appLink(appUrl, "/settings")}>your settings</Link>.
          </Text>
          <UnsubscribeLine url={unsubscribeUrl} />
        </>
      }
    >
      <Heading as="h1" style={styles.heading}>
        Your weekly meal plans are now automatic
      </Heading>
      <Text style={styles.text}>{firstName ? `Hi ${firstName},` : "Hi,"}</Text>
      <Text style={styles.text}>Great news! Your weekly meal plans are now generated automatically.</Text>

      <Text style={styles.subheading}>What you will get</Text>
      <Text style={styles.listItem}>• A 7-day meal plan every {planDay}</Text>
      <Text style={styles.listItem}>• Balanced to your macro targets</Text>
      <Text style={styles.listItem}>• A grocery list for the week</Text>
      <Text style={styles.listItem}>• Step-by-step prep instructions</Text>

      <Text style={styles.subheading}>First steps</Text>
      <Text style={styles.listItem}>
        1. Look out for your first plan on {formatWeekdayDate(firstPlanOn)}; we will e-mail you when it is
        ready.
      </Text>
      <Text style={styles.listItem}>
        2. Check your targets and preferences in <Link href={appLink(appUrl, "/settings")}>settings</Link>.
      </Text>
      <Text style={styles.listItem}>
        3. Connect FatSecret in <Link href={appLink(appUrl, "/settings")}>settings</Link> to log your meals
        automatically.
      </Text>

      <Section style={{ margin: "24px 0" }}>
        <Button href={appLink(appUrl, "/plan")} style={styles.button}>
          Go to your meal plan
        </Button>
      </Section>

      <Text style={styles.subheading}>Need help?</Text>
      <Text style={styles.text}>Reply to this e-mail and a person on the team will get back to you.</Text>

      <Text style={styles.text}>Happy meal planning!</Text>
      <Text style={styles.text}>The Meal Planner team</Text>
    </EmailLayout>
  );
}

FullRolloutEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  firstName: "Sam",
  firstPlanOn: "2026-12-04",
} satisfies FullRolloutEmailProps;

export default FullRolloutEmail;
