import { describe, expect, it } from "vitest";
import { burnupSeries } from "../../src/render/html/burnup-series.js";
import { FORECAST, HISTORY } from "./fixtures/history.js";

const day = (iso: string) => Date.parse(iso) / 1000;

describe("burnupSeries", () => {
  it("follows the history, oldest first", () => {
    const s = burnupSeries({ ...HISTORY, points: [...HISTORY.points].reverse() }, null);
    expect(s.x).toEqual(HISTORY.points.map((p) => day(p.date)));
    expect(s.done).toEqual([0, 2, 3, 3, 4, 5]);
    expect(s.total).toEqual([8, 8, 10, 12, 12, 12]);
    expect(s.p50.every((v) => v === null)).toBe(true);
  });

  it("draws forecast lines from the last point to the total at the latest p50, p85 and p95", () => {
    const s = burnupSeries(HISTORY, FORECAST);
    const last = HISTORY.points.length - 1;
    expect(s.x.slice(last + 1)).toEqual([day("2026-04-20"), day("2026-05-09"), day("2026-05-27")]);
    expect([s.p50[last], s.p85[last], s.p95[last]]).toEqual([5, 5, 5]);
    // p50 reaches the total first; p85 and p95 lag behind it, so the band lies between p50 and p95.
    expect(s.p50.slice(last + 1)).toEqual([12, 12, 12]);
    expect(s.p85[last + 1]).toBeLessThan(12);
    expect(s.p95[last + 1]!).toBeLessThan(s.p85[last + 1]!);
    expect(s.p95[last + 3]).toBe(12);
    expect(s.done.slice(last + 1)).toEqual([null, null, null]);
  });

  it("ignores bad dates and forecasts without dates", () => {
    const s = burnupSeries({ ...HISTORY, points: [...HISTORY.points, { ...HISTORY.points[0]!, date: "not a date" }] }, { ...FORECAST, milestones: [{ id: "M9", remaining: 1, p50: null, p85: null, p95: null }] });
    expect(s.x).toHaveLength(HISTORY.points.length);
    expect(s.p50.every((v) => v === null)).toBe(true);
  });
});
