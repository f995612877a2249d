import { describe, expect, it } from "vitest";
import { badgeColor, badgeValue, renderBadge } from "../../src/render/badge/render-badge.js";
import { textWidth } from "../../src/render/badge/text-width.js";

describe("renderBadge", () => {
  it("renders a flat badge", async () => {
    const svg = renderBadge({ done: 4, total: 11 });
    expect(svg).toContain("<title>roadmap: 4/11</title>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/badge-4-11.svg");
  });

  it("shows a percentage, and sizes itself by its text", async () => {
    const svg = renderBadge({ done: 4, total: 11 }, { format: "percent" });
    expect(svg).toContain(">36%</text>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/badge-36pct.svg");
    const width = (s: string) => Number(/width="(\d+)"/.exec(s)![1]);
    expect(width(renderBadge({ done: 400, total: 1100 }))).toBeGreaterThan(width(renderBadge({ done: 4, total: 11 })));
    expect(textWidth("roadmap")).toBeCloseTo(48.6, 0);
  });

  it("escapes the label", () => {
    const svg = renderBadge({ done: 1, total: 2 }, { label: '<script>"&' });
    expect(svg).toContain("&lt;script&gt;&quot;&amp;");
    expect(svg).not.toContain("<script>");
  });

  it("colours by completion and handles no criteria", () => {
    expect(badgeColor(0, 0)).toBe("#9f9f9f");
    expect(badgeColor(11, 11)).toBe("#4c1");
    expect(badgeColor(0, 5)).toBe("#e05d44");
    expect(badgeValue({ done: 0, total: 0 })).toBe("no criteria");
  });
});
