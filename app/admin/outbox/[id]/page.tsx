import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailStatusBadge } from "@/components/admin/status-badge";
import { UtcTime } from "@/components/admin/utc-time";
import { requireStaff } from "@/lib/auth/session";
import { previewOutboxEmail, type OutboxEmailPreview } from "@/lib/email";
import { AppError } from "@/lib/errors/app-error";

export const metadata = { title: "E-mail preview · Rollout console" };

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/admin/outbox/${encodeURIComponent(id)}`);
  const preview = await loadPreview(id);
  const { row } = preview;
  const previewUrl = `/admin/outbox/${encodeURIComponent(row.id)}/preview`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <Link href="/admin/outbox" className="text-sm text-brand-700 underline">
          ← E-mail outbox
        </Link>
        <h1 className="text-2xl font-semibold break-words">{row.subject}</h1>
      </header>

      <dl
        className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm"
        data-testid="outbox-email-facts"
      >
        <dt className="text-stone-500">To</dt>
        <dd className="break-all">{row.toAddress}</dd>
        <dt className="text-stone-500">Template</dt>
        <dd className="font-mono text-xs">{row.template}</dd>
        <dt className="text-stone-500">Status</dt>
        <dd>
          <EmailStatusBadge status={row.status} /> after {row.attempts} attempt{row.attempts === 1 ? "" : "s"}
        </dd>
        <dt className="text-stone-500">Created (UTC)</dt>
        <dd>
          <UtcTime value={row.createdAt} />
        </dd>
        <dt className="text-stone-500">Sent (UTC)</dt>
        <dd>
          <UtcTime value={row.sentAt} />
        </dd>
        {row.lastError && (
          <>
            <dt className="text-stone-500">Last error</dt>
            <dd className="break-words">{row.lastError}</dd>
          </>
        )}
        {preview.isRenderable &&
          Object.entries(preview.headers).map(([name, value]) => (
            <HeaderFact key={name} name={name} value={value} />
          ))}
      </dl>

      {preview.isRenderable ? (
        <>
          <section className="space-y-2">
            <div className="flex items-baseline justify-between gap-4">
              <h2 className="text-lg font-semibold">HTML</h2>
              <a
                href={previewUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="text-sm text-brand-700 underline"
              >
                Open on its own
              </a>
            </div>
            {/* An empty sandbox: no scripts, forms, popups or navigation of this page, and an opaque origin. */}
            <iframe
              src={previewUrl}
              sandbox=""
              referrerPolicy="no-referrer"
              title={`Rendered e-mail: ${row.subject}`}
              className="h-[720px] w-full rounded border border-stone-200 bg-white"
              data-testid="outbox-email-preview"
            />
          </section>
          <section className="space-y-2">
            <h2 className="text-lg font-semibold">Plain text</h2>
            <pre className="overflow-x-auto rounded border border-stone-200 bg-stone-50 p-4 text-xs whitespace-pre-wrap">
              {preview.text}
            </pre>
          </section>
        </>
      ) : (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          This e-mail cannot be rendered any more: {preview.reason}
        </p>
      )}
    </div>
  );
}

function HeaderFact({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt className="text-stone-500">{name}</dt>
      <dd className="font-mono text-xs break-all">{value}</dd>
    </>
  );
}

async function loadPreview(id: string): Promise<OutboxEmailPreview> {
  try {
    return await previewOutboxEmail(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
