import type { FatSecretConnectionStatus } from "@/lib/integrations/fatsecret/get-fatsecret-connection";

function when(iso: string | null): string {
  return iso ? new Date(iso).toUTCString() : "never";
}

/** The person's FatSecret link: state, last sync, last error, and the link/unlink button. */
export function FatSecretConnection({ status }: { status: FatSecretConnectionStatus }) {
  return (
    <section
      aria-labelledby="fatsecret-heading"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="fatsecret-connection"
    >
      <h2 id="fatsecret-heading" className="font-medium">
        FatSecret diary
      </h2>
      {status.isLinked ? (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">Linked since</dt>
            <dd data-testid="fatsecret-linked-since">{when(status.linkedSince)}</dd>
            <dt className="text-slate-500">Last sync</dt>
            <dd data-testid="fatsecret-last-sync">{when(status.lastSyncedAt)}</dd>
            <dt className="text-slate-500">Meals in your diary</dt>
            <dd>{status.syncedEntries}</dd>
            <dt className="text-slate-500">Last error</dt>
            <dd data-testid="fatsecret-last-error">
              {status.lastError ? `${status.lastError} (${when(status.lastErrorAt)})` : "none"}
            </dd>
          </dl>
          <form method="post" action="/api/fatsecret/unlink">
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              Unlink FatSecret
            </button>
          </form>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Link your FatSecret account and every planned meal is added to your food diary automatically.
          </p>
          <form method="post" action="/api/fatsecret/link">
            <button
              type="submit"
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700"
            >
              Link FatSecret
            </button>
          </form>
        </>
      )}
    </section>
  );
}
