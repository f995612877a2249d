// Monte Carlo forecast: daily throughput of ticked criteria in a window, sampled day by day
// against the open criteria of the not-done milestones, worked in dependency order.
import type { ParseOptions } from "../model/reading.js";
import type { Milestone } from "../model/roadmap.js";
import { idKey } from "../model/id.js";
import { parseRoadmap } from "../parse/to-model.js";
import type { ForecastJson, HistoryJson } from "../report/json-types.js";
import { mulberry32 } from "./prng.js";
import { effectiveStatus } from "./version-model.js";

/** Forecast settings: runs, seed, throughput window, the day to forecast from, the current roadmap text. */
export interface ForecastOptions {
  readonly runs: number;
  readonly seed?: number | undefined;
  readonly windowDays: number;
  readonly asOf?: Date | undefined;
  /** The roadmap as it is now (remaining criteria and dependencies come from it). */
  readonly source: string;
  /** How to read it (the configuration's steering choice). */
  readonly parse?: ParseOptions | undefined;
}

/** Fewer ticks than this in the window and the forecast declines to invent dates. */
export const MIN_TICKS = 5;
/** Simulated days are capped (50 years) so that a run always ends. */
const MAX_DAYS = 365 * 50;
const DAY = 86_400_000;

interface OpenMilestone {
  readonly id: string;
  readonly remaining: number;
  readonly deps: readonly number[];
}

/** Criteria ticked per day over the `windowDays` days ending on `asOf` (index 0 = `asOf`). */
export function dailyThroughput(history: HistoryJson, asOf: Date, windowDays: number): number[] {
  const daily = new Array<number>(windowDays).fill(0);
  const today = Math.floor(asOf.getTime() / DAY);
  let prevDone: number | undefined;
  for (const p of history.points) {
    const ticked = p.ticked ?? Math.max(0, p.done - (prevDone ?? p.done));
    prevDone = p.done;
    const idx = today - Math.floor(Date.parse(p.date) / DAY);
    if (idx >= 0 && idx < windowDays) daily[idx]! += ticked;
  }
  return daily;
}

/** Open milestones (not done, not cancelled) in dependency order, document order among equals; cycles broken in document order. */
export function openInDependencyOrder(milestones: readonly Milestone[]): OpenMilestone[] {
  const seen = new Set<string>();
  const open: { m: Milestone; key: string }[] = [];
  for (const m of milestones) {
    const key = idKey(m.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const done = m.criteria.filter((c) => c.checked).length;
    const status = effectiveStatus(m.statuses, done, m.criteria.length);
    if (status !== "done" && status !== "cancelled") open.push({ m, key });
  }
  const index = new Map(open.map((o, i) => [o.key, i]));
  const deps = open.map((o) => [...new Set(o.m.dependsOn.map((d) => index.get(idKey(d.id))).filter((i): i is number => i !== undefined && i !== index.get(o.key)))]);
  const placed = new Array<boolean>(open.length).fill(false);
  const order: number[] = [];
  while (order.length < open.length) {
    let next = open.findIndex((_, i) => !placed[i] && deps[i]!.every((d) => placed[d]));
    // A cycle: nothing is ready, so take the first unplaced one in document order.
    if (next === -1) next = placed.indexOf(false);
    placed[next] = true;
    order.push(next);
  }
  const position = new Map(order.map((i, at) => [i, at]));
  return order.map((i) => ({
    id: open[i]!.m.id,
    remaining: open[i]!.m.criteria.filter((c) => !c.checked).length,
    // Only dependencies scheduled earlier bind; inside a cycle the later edge is dropped.
    deps: deps[i]!.map((d) => position.get(d)!).filter((at) => at < position.get(i)!),
  }));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Forecasts the open milestones from a history and the current roadmap text. */
export function forecastFromHistory(history: HistoryJson, opts: ForecastOptions): ForecastJson {
  const asOf = opts.asOf ?? new Date();
  const todayMs = Math.floor(asOf.getTime() / DAY) * DAY;
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const daily = dailyThroughput(history, asOf, opts.windowDays);
  const ticks = daily.reduce((a, b) => a + b, 0);
  const open = openInDependencyOrder(parseRoadmap(opts.source, opts.parse).milestones);
  const base = { asOf: isoDay(todayMs), runs: opts.runs, windowDays: opts.windowDays, seed, throughput: { ticks, days: opts.windowDays } };
  if (ticks < MIN_TICKS) {
    return {
      ...base,
      milestones: open.map((o) => ({ id: o.id, remaining: o.remaining, p50: null, p85: null, p95: null })),
      note: `too little history to forecast: ${ticks} criteria ticked in the last ${opts.windowDays} days, at least ${MIN_TICKS} are needed`,
    };
  }
  const finish = simulate(open, daily, opts.runs, mulberry32(seed));
  const at = (sorted: Float64Array, q: number): string | null => {
    const d = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
    return Number.isFinite(d) ? isoDay(todayMs + d * DAY) : null;
  };
  return {
    ...base,
    milestones: open.map((o, i) => {
      const s = finish[i]!.sort();
      return { id: o.id, remaining: o.remaining, p50: at(s, 0.5), p85: at(s, 0.85), p95: at(s, 0.95) };
    }),
  };
}

/** Per milestone, the finishing day (0 = today) of every run; Infinity past the cap. */
function simulate(open: readonly OpenMilestone[], daily: readonly number[], runs: number, random: () => number): Float64Array[] {
  const finish = open.map(() => new Float64Array(runs));
  for (let r = 0; r < runs; r++) {
    let day = 0;
    let carry = 0;
    for (let i = 0; i < open.length; i++) {
      const o = open[i]!;
      let depsDone = 0;
      for (const d of o.deps) depsDone = Math.max(depsDone, finish[d]![r]!);
      let need = o.remaining;
      // Work is done in this order, so a dependent's work starts after its dependencies' work.
      while (need > 0 && day < MAX_DAYS) {
        if (carry === 0) {
          day++;
          carry = daily[Math.floor(random() * daily.length)]!;
          continue;
        }
        const take = Math.min(carry, need);
        need -= take;
        carry -= take;
      }
      finish[i]![r] = need > 0 ? Infinity : Math.max(o.remaining > 0 ? day : 0, depsDone);
    }
  }
  return finish;
}
