import type { JsonChange } from "@/lib/admin/diff-json";
import { formatJsonValue } from "@/lib/admin/format";

const MAX_VALUE_LENGTH = 60;

function JsonValue({ value }: { value: JsonChange["before"] }) {
  const text = formatJsonValue(value);
  const shown = text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
  return (
    <code title={text} className="break-all">
      {shown}
    </code>
  );
}

/** An audited change as `key: before → after`, one line per changed key. */
export function JsonChanges({ changes }: { changes: readonly JsonChange[] }) {
  if (changes.length === 0) return <span className="text-stone-400">no change</span>;
  return (
    <ul className="space-y-0.5 font-mono text-xs">
      {changes.map((change) => (
        <li key={change.key ?? "\u0000whole"}>
          {change.key !== null && <span className="text-stone-500">{change.key}: </span>}
          <span className="text-red-800">
            <JsonValue value={change.before} />
          </span>
          {" → "}
          <span className="text-green-800">
            <JsonValue value={change.after} />
          </span>
        </li>
      ))}
    </ul>
  );
}
