/**
 * Targets the week misses even at its best, with the engine's reason and what would help: shown so a
 * week that sits off target is explained rather than silently wrong.
 */
export function TargetMisses({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <section
      aria-labelledby="target-misses"
      className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950"
      data-testid="target-misses"
    >
      <h2 id="target-misses" className="font-medium">
        Targets this week cannot meet
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
