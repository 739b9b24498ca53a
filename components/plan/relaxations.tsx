/** The planner's relaxations, each already a sentence; shown so nobody wonders why a rule was bent. */
export function Relaxations({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <section
      aria-labelledby="relaxations"
      className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <h2 id="relaxations" className="font-medium">
        To fit this week we had to bend a rule
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
