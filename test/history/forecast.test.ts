import { describe, expect, it } from "vitest";
import { dailyThroughput, forecastFromHistory, openInDependencyOrder } from "../../src/history/forecast.js";
import { mulberry32 } from "../../src/history/prng.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import type { HistoryJson } from "../../src/report/json-types.js";
import { roadmap } from "./temp-repo.js";

const AS_OF = new Date("2026-06-30T15:00:00Z");

/** A history with `ticks[i]` criteria ticked `i` days before AS_OF (at noon UTC). */
function history(ticks: readonly number[]): HistoryJson {
  const points = ticks.map((t, i) => ({
    commit: `${i}`.padStart(40, "0"),
    date: new Date(Date.UTC(2026, 5, 30 - (ticks.length - 1 - i), 12)).toISOString().replace(/\.000Z$/, "Z"),
    done: 0,
    total: 0,
    ticked: t,
    milestones: {},
  }));
  return { file: "ROADMAP.md", commits: points.length, points, milestones: [] };
}

const BUSY = history(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 2 : i % 3 === 1 ? 1 : 0)));
// M0 done; M1 in progress with 2 open; M2 (after M1) 3 open; M3 (after M2) 3 open.
const SOURCE = roadmap([
  { status: "Done", ticked: 3 },
  { status: "In Progress", ticked: 1 },
  { status: "Planned", ticked: 0 },
  { status: "Planned", ticked: 0 },
]);

describe("forecast", () => {
  it("is reproducible: the same seed gives the same output", () => {
    const a = forecastFromHistory(BUSY, { runs: 2000, seed: 7, windowDays: 90, asOf: AS_OF, source: SOURCE });
    const b = forecastFromHistory(BUSY, { runs: 2000, seed: 7, windowDays: 90, asOf: AS_OF, source: SOURCE });
    expect(a).toEqual(b);
    expect(a.seed).toBe(7);
    expect(a.asOf).toBe("2026-06-30");
    expect(a.throughput).toEqual({ ticks: 30, days: 90 });
    expect(a.note).toBeUndefined();
  });

  it("leaves done milestones out and counts the open criteria", () => {
    const f = forecastFromHistory(BUSY, { runs: 500, seed: 1, windowDays: 90, asOf: AS_OF, source: SOURCE });
    expect(f.milestones.map((m) => [m.id, m.remaining])).toEqual([
      ["M1", 2],
      ["M2", 3],
      ["M3", 3],
    ]);
    for (const m of f.milestones) {
      expect(m.p50).toMatch(/^2026-\d\d-\d\d$/);
      expect(m.p50! <= m.p85! && m.p85! <= m.p95!).toBe(true);
      expect(m.p50! > "2026-06-30").toBe(true);
    }
  });

  it("orders by dependencies: a dependent's p50 is never before its dependency's, whatever the document order", () => {
    // Document order M0, M1, M2 but M0 depends on M2 and M1 depends on M0.
    const source = roadmap([
      { status: "Planned", ticked: 0, deps: "M2" },
      { status: "Planned", ticked: 0, deps: "M0" },
      { status: "Planned", ticked: 0, deps: "None" },
    ]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const f = forecastFromHistory(BUSY, { runs: 300, seed, windowDays: 90, asOf: AS_OF, source });
      expect(f.milestones.map((m) => m.id)).toEqual(["M2", "M0", "M1"]);
      const p50 = Object.fromEntries(f.milestones.map((m) => [m.id, m.p50!]));
      expect(p50.M0! >= p50.M2!).toBe(true);
      expect(p50.M1! >= p50.M0!).toBe(true);
    }
  });

  it("handles a dependency cycle without hanging", () => {
    const source = roadmap([
      { status: "Planned", ticked: 0, deps: "M1" },
      { status: "Planned", ticked: 0, deps: "M0" },
    ]);
    const order = openInDependencyOrder(parseRoadmap(source).milestones);
    expect(order.map((o) => o.id)).toEqual(["M0", "M1"]);
    expect(order.map((o) => o.deps)).toEqual([[], [0]]);
    const f = forecastFromHistory(BUSY, { runs: 200, seed: 3, windowDays: 90, asOf: AS_OF, source });
    expect(f.milestones.every((m) => m.p50 !== null)).toBe(true);
  });

  it("says so instead of inventing dates when fewer than 5 criteria were ticked in the window", () => {
    const thin = history([1, 0, 2, 0, 1]);
    const f = forecastFromHistory(thin, { runs: 100, seed: 1, windowDays: 90, asOf: AS_OF, source: SOURCE });
    expect(f.note).toBe("too little history to forecast: 4 criteria ticked in the last 90 days, at least 5 are needed");
    expect(f.milestones.map((m) => [m.id, m.remaining, m.p50, m.p85, m.p95])).toEqual([
      ["M1", 2, null, null, null],
      ["M2", 3, null, null, null],
      ["M3", 3, null, null, null],
    ]);
  });

  it("counts only the ticks inside the window, by UTC day", () => {
    const daily = dailyThroughput(BUSY, AS_OF, 10);
    expect(daily).toHaveLength(10);
    expect(daily.reduce((a, b) => a + b, 0)).toBe(9); // days 20..29 of the 2,1,0 pattern
    expect(daily[0]).toBe(BUSY.points[29]!.ticked);
    const narrow = forecastFromHistory(BUSY, { runs: 10, seed: 1, windowDays: 3, asOf: AS_OF, source: SOURCE });
    expect(narrow.note).toMatch(/^too little history to forecast: 3 criteria ticked in the last 3 days/);
  });

  it("falls back to done deltas between points when a history has no `ticked`", () => {
    const h: HistoryJson = {
      file: "ROADMAP.md",
      commits: 2,
      points: [
        { commit: "a", date: "2026-06-20T00:00:00Z", done: 1, total: 9, milestones: {} },
        { commit: "b", date: "2026-06-21T00:00:00Z", done: 7, total: 9, milestones: {} },
      ],
      milestones: [],
    };
    expect(dailyThroughput(h, AS_OF, 30).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it("mulberry32 is deterministic and in [0, 1)", () => {
    const a = mulberry32(99);
    const b = mulberry32(99);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
