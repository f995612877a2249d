// The burn-up chart's data: criteria done and total over time, and forecast lines (pure).
import type { ForecastJson, HistoryJson } from "../../report/json-types.js";

/** Chart series ready for uPlot: x in Unix seconds, then done, total, p50, p85, p95. */
export interface BurnupSeries {
  readonly x: number[];
  readonly done: (number | null)[];
  readonly total: (number | null)[];
  readonly p50: (number | null)[];
  readonly p85: (number | null)[];
  readonly p95: (number | null)[];
}

const sec = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** Builds the burn-up series; forecast lines run from the last point to the total at the latest p50/p85/p95. */
export function burnupSeries(history: HistoryJson, forecast: ForecastJson | null): BurnupSeries {
  const pts = history.points.filter((p) => Number.isFinite(Date.parse(p.date))).slice().sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const x = pts.map((p) => sec(p.date));
  const done: (number | null)[] = pts.map((p) => p.done);
  const total: (number | null)[] = pts.map((p) => p.total);
  const p50: (number | null)[] = pts.map(() => null);
  const p85 = p50.slice();
  const p95 = p50.slice();
  const last = pts[pts.length - 1];
  const latest = (k: "p50" | "p85" | "p95"): number | null => {
    const ds = (forecast?.milestones ?? []).map((m) => m[k]).filter((d): d is string => Boolean(d) && Number.isFinite(Date.parse(d!)));
    return ds.length ? ds.reduce((m, d) => Math.max(m, sec(d)), -Infinity) : null;
  };
  const ends = { p50: latest("p50"), p85: latest("p85"), p95: latest("p95") };
  if (last && ends.p50 !== null) {
    const x0 = x[x.length - 1]!;
    p50[p50.length - 1] = p85[p85.length - 1] = p95[p95.length - 1] = last.done;
    const xs = [...new Set([ends.p50, ends.p85, ends.p95].filter((v): v is number => v !== null && v > x0))].sort((a, b) => a - b);
    const at = (end: number | null, t: number): number | null => {
      if (end === null) return null;
      if (end <= x0) return last.total;
      return Math.min(last.total, last.done + ((last.total - last.done) * (t - x0)) / (end - x0));
    };
    for (const t of xs) {
      x.push(t);
      done.push(null);
      total.push(last.total);
      p50.push(at(ends.p50, t));
      p85.push(at(ends.p85, t));
      p95.push(at(ends.p95, t));
    }
  }
  return { x, done, total, p50, p85, p95 };
}
