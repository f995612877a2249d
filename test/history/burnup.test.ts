import { describe, expect, it } from "vitest";
import { renderBurnup } from "../../src/render/terminal/burnup.js";
import { colors } from "../../src/render/terminal/colors.js";

const DAY = 86400;
const T0 = Date.UTC(2026, 0, 1) / 1000;

describe("terminal burn-up chart", () => {
  it("draws done (solid) under total (shaded) over time, with axis labels and dates", () => {
    const out = renderBurnup(
      [
        { time: T0, done: 0, total: 4 },
        { time: T0 + 5 * DAY, done: 2, total: 4 },
        { time: T0 + 10 * DAY, done: 4, total: 4 },
      ],
      { width: 10, height: 4 },
    );
    expect(out).toBe(
      [
        "4 │░░░░░░░░░█",
        "  │░░░░░░░░░█",
        "  │░░░░░█████",
        "0 │░░░░░█████",
        "  └──────────",
        "   2026-01-01 2026-01-11",
        "   █ done  ░ total",
        "",
      ].join("\n"),
    );
  });

  it("shows scope growth and handles a single point and no points", () => {
    const grow = renderBurnup(
      [
        { time: T0, done: 1, total: 2 },
        { time: T0 + DAY, done: 1, total: 4 },
      ],
      { width: 10, height: 4 },
    );
    expect(grow.split("\n")[0]).toBe("4 │         ░");
    expect(renderBurnup([{ time: T0, done: 1, total: 1 }], { width: 10, height: 3 })).toContain("2026-01-01\n");
    expect(renderBurnup([])).toBe("(no history to chart)\n");
  });

  it("colours only when asked", () => {
    const plain = renderBurnup([{ time: T0, done: 1, total: 2 }], { width: 10, height: 2 });
    expect(plain).not.toContain("\u001b[");
    const coloured = renderBurnup([{ time: T0, done: 1, total: 2 }], { width: 10, height: 2, colors: colors(true) });
    expect(coloured).toContain("\u001b[32m");
  });
});
