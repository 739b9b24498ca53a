/** Long text cut to `maxLength` characters; the whole of it is in the tooltip and behind a disclosure. */
export function TruncatedText({ text, maxLength = 80 }: { text: string; maxLength?: number }) {
  if (text.length <= maxLength) return <span className="break-words">{text}</span>;
  return (
    <details className="max-w-md">
      <summary title={text} className="cursor-pointer break-words">
        {text.slice(0, maxLength - 1)}…
      </summary>
      <p className="mt-1 font-mono text-xs break-words whitespace-pre-wrap text-stone-700">{text}</p>
    </details>
  );
}
