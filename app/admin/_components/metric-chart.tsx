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

/** 24-hour chart of one rollout metric, canary against everyone else, with the gate threshold drawn in. */
export function MetricChart({
  title,
  unit,
  points,
  threshold,
}: {
  title: string;
  unit: string;
  points: ChartPoint[];
  threshold?: number;
}) {
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium">
        {title} <span className="text-stone-500">({unit}, UTC)</span>
      </figcaption>
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
          {threshold !== undefined && <ReferenceLine y={threshold} stroke="#dc2626" strokeDasharray="4 4" />}
          <Line type="monotone" dataKey="canary" name="canary" stroke="#16a34a" dot={false} connectNulls />
          <Line
            type="monotone"
            dataKey="rest"
            name="everyone else"
            stroke="#57534e"
            dot={false}
            connectNulls
          />
        </LineChart>
      </div>
    </figure>
  );
}
