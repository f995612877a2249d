// The dashboard is accessible: axe-core's WCAG 2 A and AA rules, run in chromium on the
// dashboard in light and dark mode (every milestone opened), report no violation. Also the
// dashboard of a roadmap without dependencies and of a free-form one without statuses.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboardData } from "../../src/ops/dashboard.js";
import { renderHtml } from "../../src/render/html/render-html.js";
import { dashboardAssets } from "../../src/render/html/assets.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { EXAMPLE, load } from "../render/helpers.js";
import { FORECAST, HISTORY } from "../render/fixtures/history.js";
import { haveChromium, launch, ready, watchPage } from "./browser.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A template roadmap whose milestones declare no dependencies. */
export const NO_DEPS = `# Plain Roadmap

| Milestone | Title | Focus | Status |
|-----------|-------|-------|--------|
| M0 | Parser | Reading | Done |
| M1 | Linter | Checking | In Progress |
| M2 | Editor | Writing | Planned |

## M0: Parser

**Goal:** Read it.

**Acceptance Criteria:**
- [x] Reads tables

## M1: Linter

**Goal:** Check it.

**Acceptance Criteria:**
- [x] Finds placeholders
- [ ] Finds cycles

## M2: Editor

**Goal:** Write it.

**Acceptance Criteria:**
- [ ] Ticks boxes
`;

/** A free-form roadmap that states no status anywhere. */
export const FREEFORM = `# Plans

## Phase 1: Basics

- [x] Set up the repository
- [ ] Write the parser

## Phase 2: More

- [ ] Add a linter

## Phase 3: Release

- [ ] Ship it
`;

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const r = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<unknown> } }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } }),
  )) as AxeResult;
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary.replace(/\s+/g, " ")}`).join(" | ")}`);
}

let browser: Browser;
let dir: string;

async function page(html: string, name: string, colorScheme: "light" | "dark"): Promise<{ page: Page; errors: string[] }> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  // bypassCSP lets axe's script in; the dashboard's own CSP is tested in dashboard.test.ts.
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
  await p.emulateMedia({ colorScheme });
  const w = watchPage(p);
  await p.goto(pathToFileURL(file).href);
  await ready(p);
  await p.locator("details.milestone").evaluateAll((els) => els.forEach((e) => ((e as HTMLDetailsElement).open = true)));
  return { page: p, errors: w.errors };
}

describe.skipIf(!haveChromium())("dashboard accessibility and shapes in chromium", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-a11y-"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["light", "dark"] as const)("axe finds no WCAG 2 A/AA violation (%s mode): history, forecast, lint findings, no dependencies, free-form", async (scheme) => {
    const assets = await dashboardAssets();
    const { roadmap } = load(EXAMPLE);
    const lint = [
      { ruleId: "status-criteria", severity: "error" as const, message: "M3 is Done but 2 criteria are open", line: 31, column: 1, endLine: 31, endColumn: 9, fixable: false },
      { ruleId: "stale", severity: "warning" as const, message: "not changed in 90 days", line: 1, column: 1, endLine: 1, endColumn: 2, fixable: false },
    ];
    const pages = [
      ["history", renderHtml({ ...buildDashboardData(roadmap, "ROADMAP.md", { history: HISTORY, forecast: FORECAST, note: null }), lint }, assets)],
      ["noforecast", renderHtml(buildDashboardData(roadmap, "ROADMAP.md", { history: HISTORY, forecast: null, note: "No forecast: too little history." }), assets)],
      ["nohistory", renderHtml(buildDashboardData(roadmap, "ROADMAP.md", { history: null, forecast: null, note: "No burn-up: not a git repository." }), assets)],
      ["nodeps", renderHtml(buildDashboardData(parseRoadmap(NO_DEPS), "ROADMAP.md", { history: null, forecast: null, note: null }), assets)],
      ["freeform", renderHtml(buildDashboardData(parseRoadmap(FREEFORM), "ROADMAP.md", { history: null, forecast: null, note: null }), assets)],
    ] as const;
    for (const [name, html] of pages) {
      const { page: p, errors } = await page(html, `${name}-${scheme}`, scheme);
      expect(await p.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
      const found = await axe(p);
      if (found.length) console.log(found.join("\n"));
      expect(found, `${name} (${scheme})`).toEqual([]);
      expect(errors).toEqual([]);
      await p.close();
    }
  });

  it("a roadmap without dependencies shows its milestones in order, joined, not a column of loose boxes", async () => {
    const html = renderHtml(buildDashboardData(parseRoadmap(NO_DEPS), "ROADMAP.md", { history: null, forecast: null, note: null }), await dashboardAssets());
    const { page: p, errors } = await page(html, "nodeps-shape", "light");
    expect(await p.locator("#graph h2").textContent()).toBe("Milestones in order");
    expect(await p.locator("#graph .note").textContent()).toMatch(/No dependencies are declared/);
    expect(await p.locator(".graph-svg.sequence .node").count()).toBe(3);
    expect(await p.locator(".graph-svg path.edge.order").count()).toBe(2);
    // In document order along one axis: left to right (or top-down when it does not fit).
    const boxes = await p.locator(".graph-svg .node").evaluateAll((els) => els.map((e) => [(e as SVGGElement).dataset.id, e.getBoundingClientRect().x, e.getBoundingClientRect().y] as const));
    expect(boxes.map((b) => b[0])).toEqual(["M0", "M1", "M2"]);
    const xs = boxes.map((b) => b[1]);
    const ys = boxes.map((b) => b[2]);
    const increasing = (v: number[]): boolean => v.every((x, i) => i === 0 || x > v[i - 1]!);
    expect(increasing(xs) || increasing(ys)).toBe(true);
    expect(errors).toEqual([]);
    await p.close();
    // A roadmap with dependencies keeps its dependency graph.
    const { roadmap } = load(EXAMPLE);
    const dep = await page(renderHtml(buildDashboardData(roadmap, "ROADMAP.md", { history: null, forecast: null, note: null }), await dashboardAssets()), "deps-shape", "light");
    expect(await dep.page.locator("#graph h2").textContent()).toBe("Dependencies");
    expect(await dep.page.locator(".graph-svg path.edge.order").count()).toBe(0);
    await dep.page.close();
  });

  it("a free-form roadmap without statuses says so once instead of a No status pill on every milestone", async () => {
    const html = renderHtml(buildDashboardData(parseRoadmap(FREEFORM), "ROADMAP.md", { history: null, forecast: null, note: null }), await dashboardAssets());
    const { page: p, errors } = await page(html, "freeform-shape", "light");
    expect(await p.locator("details.milestone").count()).toBe(3);
    expect(await p.locator("details.milestone .pill").count()).toBe(0);
    expect(await p.locator("#milestones .no-status").count()).toBe(1);
    expect(await p.locator("#milestones").textContent()).not.toContain("No status");
    expect(errors).toEqual([]);
    await p.close();
  });
});
