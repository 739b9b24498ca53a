import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./_components/email-layout";
import { appLink, formatDayMonth, formatInteger } from "./_components/format";

export interface PlanReadyEmailProps {
  appUrl: string;
  firstName?: string;
  /** Monday of the planned week, `YYYY-MM-DD`. */
  weekStart: string;
  daysPlanned: number;
  mealsPlanned: number;
  avgKcal: number;
  targetKcal: number;
  groceryItemCount?: number;
  /** A few recipe names to make the week concrete; the first three are shown. */
  featuredMeals?: string[];
}

const MAX_FEATURED_MEALS = 3;
// Within ±5 % of target reads as "on target" to people; the planner's own tolerance is tighter.
const ON_TARGET_TOLERANCE = 0.05;

export function planReadySubject({ weekStart }: Pick<PlanReadyEmailProps, "weekStart">): string {
  return `Your meal plan for the week of ${formatDayMonth(weekStart)} is ready`;
}

export function PlanReadyEmail(props: PlanReadyEmailProps) {
  const { appUrl, firstName, weekStart, daysPlanned, mealsPlanned, avgKcal, targetKcal } = props;
  const featuredMeals = (props.featuredMeals ?? []).slice(0, MAX_FEATURED_MEALS);
  const week = formatDayMonth(weekStart);

  return (
    <EmailLayout
      preview={`${daysPlanned} days, ${mealsPlanned} meals, about ${formatInteger(avgKcal)} kcal a day.`}
      footer={
        <Text style={styles.footerText}>
          You get this e-mail because weekly plan e-mails are on for your account. To stop them, turn off plan
          e-mails in <Link href={appLink(appUrl, "/settings")}>your settings</Link>.
        </Text>
      }
    >
      <Heading as="h1" style={styles.heading}>
        Your meal plan for the week of {week} is ready
      </Heading>
      <Text style={styles.text}>{firstName ? `Hi ${firstName},` : "Hi,"}</Text>
      <Text style={styles.text}>Here is what we planned for you this week.</Text>

      <Section>
        <Text style={styles.fact}>
          <strong>Days planned:</strong> {daysPlanned} ({mealsPlanned} meals)
        </Text>
        <Text style={styles.fact}>
          <strong>Average per day:</strong> {formatInteger(avgKcal)} kcal against your target of{" "}
          {formatInteger(targetKcal)} kcal ({describeKcalGap(avgKcal, targetKcal)})
        </Text>
        {props.groceryItemCount !== undefined && (
          <Text style={styles.fact}>
            <strong>Grocery list:</strong> {formatInteger(props.groceryItemCount)} items
          </Text>
        )}
      </Section>

      {featuredMeals.length > 0 && (
        <Section>
          <Text style={styles.subheading}>On the menu</Text>
          {featuredMeals.map((meal) => (
            <Text key={meal} style={styles.listItem}>
              • {meal}
            </Text>
          ))}
        </Section>
      )}

      <Section style={{ margin: "24px 0" }}>
        <Button href={appLink(appUrl, "/plan")} style={styles.button}>
          Open your plan
        </Button>
      </Section>
      <Text style={styles.text}>
        Your <Link href={appLink(appUrl, "/grocery")}>grocery list</Link> is ready too.
      </Text>
    </EmailLayout>
  );
}

function describeKcalGap(avgKcal: number, targetKcal: number): string {
  const gap = avgKcal - targetKcal;
  if (Math.abs(gap) <= targetKcal * ON_TARGET_TOLERANCE) return "on target";
  return gap > 0 ? `${formatInteger(gap)} kcal over` : `${formatInteger(-gap)} kcal under`;
}

PlanReadyEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  firstName: "Sam",
  weekStart: "2026-11-30",
  daysPlanned: 7,
  mealsPlanned: 21,
  avgKcal: 2140,
  targetKcal: 2200,
  groceryItemCount: 34,
  featuredMeals: ["Chickpea and spinach curry", "Salmon with lemon couscous", "Overnight oats with berries"],
} satisfies PlanReadyEmailProps;

export default PlanReadyEmail;
