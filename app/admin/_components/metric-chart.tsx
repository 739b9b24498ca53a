"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  /** ISO time of the bucket start */
  at: string;
  canary: number | null;
  rest: number | null;
}

const timeLabel = (iso: string) =>
  new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * 24-hour chart of one rollout metric, canary against everyone else, with the gate threshold drawn in. Every
 * hourly value is drawn as a dot: sparse series (one busy hour in a quiet day) have no neighbour to draw a line to.
 */
export function MetricChart({
  title,
  unit,
  points,
  threshold,
  isEmpty,
  unavailable = null,
}: {
  title: string;
  unit: string;
  points: ChartPoint[];
  threshold?: number;
  isEmpty: boolean;
  /** Why the chart could not be computed; shown instead of the chart. */
  unavailable?: string | null;
}) {
  return (
    <figure
      className="rounded-lg border border-stone-200 bg-white p-3"
      data-testid="metric-chart"
      data-empty={isEmpty}
    >
      <figcaption className="mb-2 text-sm font-medium">
        {title} <span className="text-stone-500">({unit}, UTC)</span>
      </figcaption>
      {unavailable !== null ? (
        <p className="flex h-48 items-center justify-center px-4 text-center text-sm text-amber-800">
          {unavailable}
        </p>
      ) : isEmpty ? (
        <p className="flex h-48 items-center justify-center text-sm text-stone-500">no runs in this window</p>
      ) : (
        <div className="h-48">
          <LineChart
            responsive
            style={{ width: "100%", height: "100%" }}
            data={points}
            margin={{ top: 4, right: 8, bottom: 0, left: -16 }}
          >
            <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
            <XAxis dataKey="at" tickFormatter={timeLabel} fontSize={11} minTickGap={24} />
            <YAxis fontSize={11} />
            <Tooltip labelFormatter={(v) => timeLabel(String(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {threshold !== undefined && (
              <ReferenceLine y={threshold} stroke="#dc2626" strokeDasharray="4 4" />
            )}
            <Line
              type="monotone"
              dataKey="canary"
              name="canary"
              stroke="#16a34a"
              dot={{ r: 3 }}
              connectNulls
            />
            <Line
              type="monotone"
              dataKey="rest"
              name="everyone else"
              stroke="#57534e"
              dot={{ r: 3 }}
              connectNulls
            />
          </LineChart>
        </div>
      )}
    </figure>
  );
}
