export interface GateTile {
  key: string;
  label: string;
  /** already formatted for people, e.g. "0.4 %" or "no data yet" */
  value: string;
  threshold: string;
  isGreen: boolean;
}

export function GateTiles({ title, tiles, testId }: { title: string; tiles: GateTile[]; testId: string }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-stone-600">{title}</h3>
      <ul className="grid gap-2 sm:grid-cols-3 lg:grid-cols-5" data-testid={testId}>
        {tiles.map((tile) => (
          <li
            key={tile.key}
            data-gate={tile.key}
            data-green={tile.isGreen}
            className={`rounded-lg border p-3 ${tile.isGreen ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
          >
            <div className="text-xs text-stone-600">{tile.label}</div>
            <div className="text-lg font-semibold">{tile.value}</div>
            <div className="text-xs text-stone-500">
              {tile.isGreen ? "green" : "red"} · needs {tile.threshold}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
