import type { DashboardTile } from "@/lib/admin/gate-tile-view";

const STATE_STYLE = {
  green: "border-green-300 bg-green-50",
  red: "border-red-300 bg-red-50",
  no_data: "border-stone-300 bg-stone-50",
} as const;

const STATE_WORD = { green: "green", red: "red", no_data: "no data" } as const;

export function GateTiles({
  title,
  tiles,
  testId,
}: {
  title: string;
  tiles: DashboardTile[];
  testId: string;
}) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-stone-600">{title}</h3>
      <ul className="grid gap-2 sm:grid-cols-3 lg:grid-cols-5" data-testid={testId}>
        {tiles.map((tile) => (
          <li
            key={tile.key}
            data-gate={tile.key}
            data-state={tile.state}
            data-green={tile.isGreen}
            className={`rounded-lg border p-3 ${STATE_STYLE[tile.state]}`}
          >
            <div className="text-xs text-stone-600">{tile.label}</div>
            <div className="text-lg font-semibold">{tile.value}</div>
            <div className="text-xs text-stone-500">
              {STATE_WORD[tile.state]} · needs {tile.threshold}
            </div>
            <div className="text-xs text-stone-500" data-testid="gate-basis">
              {tile.basis}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
