import { TriageSelect } from "@/app/admin/feedback/_components/triage-select";
import { requireStaff } from "@/lib/auth/session";
import { listReports } from "@/lib/feedback";

export const metadata = { title: "Feedback · Rollout console" };

export default async function FeedbackTriagePage() {
  await requireStaff("/admin/feedback");
  const reports = await listReports();
  return (
    <section className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Feedback and bug reports</h1>
        <p className="text-sm text-stone-500">
          Untriaged first, then the newest 100. A report triaged <strong>critical</strong> holds every rollout
          stage for 24 hours (the plan&apos;s &ldquo;no user-reported critical bugs&rdquo; gate). Times are
          UTC.
        </p>
      </header>
      {reports.length === 0 ? (
        <p className="text-sm text-stone-600">No reports yet.</p>
      ) : (
        <table
          className="w-full rounded-lg border border-stone-200 bg-white text-sm"
          data-testid="reports-table"
        >
          <thead className="bg-stone-100 text-left">
            <tr>
              <th className="p-2">Received</th>
              <th className="p-2">From</th>
              <th className="p-2">Kind</th>
              <th className="p-2">Reporter says</th>
              <th className="p-2">Message</th>
              <th className="p-2">Triage</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id} className="border-t border-stone-100 align-top" data-report-id={report.id}>
                <td className="p-2 whitespace-nowrap">{report.createdAt.slice(0, 16).replace("T", " ")}</td>
                <td className="p-2">{report.reporterEmail ?? "—"}</td>
                <td className="p-2">{report.kind}</td>
                <td className="p-2">{report.severity ?? "—"}</td>
                <td className="p-2 whitespace-pre-line">{report.message}</td>
                <td className="p-2">
                  <TriageSelect reportId={report.id} current={report.triagedSeverity} />
                  {report.triagedBy && <div className="text-xs text-stone-500">by {report.triagedBy}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
