import { describe, expect, it } from "vitest";
import { renderGantt } from "../../src/render/gantt/render-gantt.js";
import { EXAMPLE, HOSTILE, load } from "./helpers.js";
import { FORECAST, HISTORY } from "./fixtures/history.js";

describe("renderGantt", () => {
  it("uses history dates and the forecast's p50", async () => {
    const out = renderGantt({ status: load(EXAMPLE).status, history: HISTORY, forecast: FORECAST, today: "2026-03-01" });
    expect(out).toContain("Foundations (3/3) :done, M0, 2026-01-05, 2026-01-20");
    expect(out).toContain(":active, M1, 2026-02-02, 2026-03-12");
    expect(out).toContain("M2, after M1, 2026-04-02");
    await expect(out).toMatchFileSnapshot("__snapshots__/example-history.gantt.mmd");
  });

  it("places milestones without dates in dependency order", async () => {
    const out = renderGantt({ status: load(EXAMPLE).status, today: "2026-03-01" });
    const order = [...out.matchAll(/milestone, (M\d)/g)].map((m) => m[1]);
    expect(order).toEqual(["M0", "M1", "M2", "M3"]);
    expect(out).toContain("M3, after M1 M2, 1d");
    await expect(out).toMatchFileSnapshot("__snapshots__/example-nohistory.gantt.mmd");
  });

  it("escapes gantt syntax in names and skips cycles", async () => {
    const out = renderGantt({ status: load(HOSTILE).status, today: "2026-03-01" });
    await expect(out).toMatchFileSnapshot("__snapshots__/hostile.gantt.mmd");
    for (const line of out.split("\n").slice(1)) {
      if (!line.trim() || line.trim().startsWith("%%")) continue;
      expect(line).not.toMatch(/[<>"]/);
      if (/:(done|active|crit|milestone)/.test(line)) expect(line.split(":").length).toBe(2);
    }
  });
});
