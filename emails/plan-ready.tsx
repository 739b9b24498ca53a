import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { EmailLayout, styles } from "./_components/email-layout";
import { appLink, formatDayMonth, formatInteger, formatShortDay } from "./_components/format";

export interface PlanMacros {
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

export interface PlanDayMacros extends PlanMacros {
  /** `YYYY-MM-DD`. */
  date: string;
}

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
  /** Per-person totals of each planned day, shown against `targets`. */
  days?: PlanDayMacros[];
  targets?: PlanMacros;
  /** A signed one-click unsubscribe link for this recipient, when the e-mail goes to an account. */
  unsubscribeUrl?: string;
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
          You get this e-mail because weekly plan e-mails are on for your account. To stop them,{" "}
          {props.unsubscribeUrl && (
            <>
              <Link href={props.unsubscribeUrl}>unsubscribe</Link> or{" "}
            </>
          )}
          turn off plan e-mails in <Link href={appLink(appUrl, "/settings")}>your settings</Link>.
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

      {props.days && props.days.length > 0 && props.targets && (
        <DailyMacros days={props.days} targets={props.targets} />
      )}

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

const MACRO_COLUMNS = [
  { key: "kcal", label: "Energy", unit: "kcal" },
  { key: "proteinG", label: "Protein", unit: "g" },
  { key: "carbsG", label: "Carbs", unit: "g" },
  { key: "fatG", label: "Fat", unit: "g" },
] as const satisfies readonly { key: keyof PlanMacros; label: string; unit: string }[];

/**
 * One row per day, each macro as "planned / target". A table, not a chart: mail clients render tables
 * reliably, and the plain-text part reads the same numbers in the same order.
 */
function DailyMacros({ days, targets }: { days: PlanDayMacros[]; targets: PlanMacros }) {
  return (
    <Section>
      <Text style={styles.subheading}>Each day against your targets</Text>
      <table
        role="presentation"
        cellPadding={0}
        cellSpacing={0}
        style={macroStyles.table}
        data-plain-text="table"
      >
        <thead>
          <tr>
            <th style={{ ...macroStyles.head, textAlign: "left" }}>Day</th>
            {MACRO_COLUMNS.map((column) => (
              <th key={column.key} style={macroStyles.head}>
                {`${column.label} (${column.unit})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <td style={{ ...macroStyles.cell, textAlign: "left" }}>{formatShortDay(day.date)}</td>
              {MACRO_COLUMNS.map((column) => (
                <td key={column.key} style={macroStyles.cell}>
                  {`${formatInteger(day[column.key])} / ${formatInteger(targets[column.key])}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Text style={macroStyles.note}>Planned / target, per person.</Text>
    </Section>
  );
}

const macroStyles = {
  table: { borderCollapse: "collapse", width: "100%", margin: "0 0 4px" },
  head: {
    borderBottom: "1px solid #e7e5e4",
    color: "#57534e",
    fontSize: "12px",
    fontWeight: 600,
    padding: "4px 6px",
    textAlign: "right",
  },
  cell: {
    borderBottom: "1px solid #f5f5f4",
    color: "#292524",
    fontSize: "13px",
    padding: "4px 6px",
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  note: { color: "#78716c", fontSize: "12px", lineHeight: "18px", margin: "0 0 12px" },
} satisfies Record<string, CSSProperties>;

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
  targets: { kcal: 2200, proteinG: 150, carbsG: 220, fatG: 73 },
  days: [
    { date: "2026-11-30", kcal: 2150, proteinG: 148, carbsG: 212, fatG: 71 },
    { date: "2026-12-01", kcal: 2190, proteinG: 152, carbsG: 218, fatG: 74 },
    { date: "2026-12-02", kcal: 2080, proteinG: 139, carbsG: 205, fatG: 70 },
    { date: "2026-12-03", kcal: 2230, proteinG: 155, carbsG: 224, fatG: 75 },
    { date: "2026-12-04", kcal: 2120, proteinG: 146, carbsG: 210, fatG: 72 },
    { date: "2026-12-05", kcal: 2170, proteinG: 150, carbsG: 215, fatG: 73 },
    { date: "2026-12-06", kcal: 2040, proteinG: 141, carbsG: 199, fatG: 68 },
  ],
} satisfies PlanReadyEmailProps;

export default PlanReadyEmail;
