// The dashboard in a real browser: every milestone, the graph, the chart, hostile text, no network.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../harness/paths.js";
import { buildDashboardData } from "../../src/ops/dashboard.js";
import { renderHtml } from "../../src/render/html/render-html.js";
import { dashboardAssets } from "../../src/render/html/assets.js";
import { EXAMPLE, HOSTILE, generatedRoadmap, load } from "../render/helpers.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { commandHash, EMPTY_RECORD, mergeRecord, type RecordEntry } from "../../src/verify/record.js";
import { FORECAST, HISTORY } from "../render/fixtures/history.js";
import { haveChromium, launch, ready, recordTimings, watchPage } from "./browser.js";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
let browser: Browser;
let dir: string;
const timings: Record<string, number> = {};

function renderWithCli(file: string, out: string): string {
  execFileSync(process.execPath, [CLI, "render", "html", "-f", file, "-o", out], { cwd: dir });
  return pathToFileURL(out).href;
}

describe.skipIf(!haveChromium())("dashboard in chromium", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-e2e-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (Object.keys(timings).length) recordTimings(timings);
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows every milestone with its progress and a non-empty graph (render html, file://)", async () => {
    // A copy outside any git repository: no history, so the burn-up shows its note.
    const copy = path.join(dir, "ROADMAP.md");
    copyFileSync(EXAMPLE, copy);
    const url = renderWithCli(copy, path.join(dir, "example.html"));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w = watchPage(page);
    const t0 = Date.now();
    await page.goto(url);
    await ready(page);
    timings.fileWallMs = Date.now() - t0;
    timings.fileReadyMs = Math.round(await page.evaluate(() => (window as unknown as { __roadmarkReady: number }).__roadmarkReady));
    const { status } = load(EXAMPLE);
    for (const m of status.milestones) {
      const card = page.locator(`details.milestone[data-id="${m.id}"]`);
      await expect(card.locator(".m-title").textContent()).resolves.toBe(m.title);
      await expect(card.locator(".m-count").getAttribute("data-progress")).resolves.toBe(`${m.progress.done}/${m.progress.total}`);
      expect(await card.locator("li.crit").count()).toBe(m.criteria.length);
    }
    expect(await page.locator("#overall-progress").textContent()).toBe(`${status.progress.done}/${status.progress.total}`);
    expect(await page.locator(".graph-svg .node").count()).toBe(status.milestones.length);
    expect(await page.locator(".graph-svg path.edge").count()).toBe(4);
    const box = await page.locator(".graph-svg").boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(20);
    expect(await page.locator("#burnup .note").textContent()).toMatch(/No burn-up/);
    expect(w.requests).toEqual([url]);
    expect(w.errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __roadmarkCsp: string[] }).__roadmarkCsp)).toEqual([]);
    expect(timings.fileReadyMs).toBeLessThan(10_000);
    await page.close();
  });

  it("draws the burn-up with forecast bands where history exists, on desktop and phone, light and dark", async () => {
    const { roadmap } = load(EXAMPLE);
    const html = renderHtml(buildDashboardData(roadmap, "ROADMAP.md", { history: HISTORY, forecast: FORECAST, note: null }), await dashboardAssets());
    const file = path.join(dir, "history.html");
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    for (const [name, viewport, scheme] of [
      ["dashboard", { width: 1280, height: 900 }, "light"],
      ["dashboard-dark", { width: 1280, height: 900 }, "dark"],
      ["dashboard-phone", { width: 390, height: 844 }, "light"],
      ["dashboard-phone-dark", { width: 390, height: 844 }, "dark"],
    ] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: name === "dashboard" ? 1 : 2 });
      const w = watchPage(page);
      await page.goto(url);
      await ready(page);
      const painted = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>("#burnup canvas");
        if (!c?.width || !c.height) return 0;
        const px = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
        return n;
      });
      expect(painted, name).toBeGreaterThan(1000);
      expect(await page.locator("table.forecast tbody tr").count()).toBe(3);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(w.requests).toEqual([url]);
      expect(w.errors).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it("says in words whether each criterion with a command is verified, failing, stale or not run", async () => {
    const text = [
      "# Roadmap",
      "",
      "## M0: Proofs",
      "",
      "**Status:** In Progress",
      "",
      "- [x] Builds Verify: `npm run build`",
      "- [x] Tests Verify: `npm test`",
      "- [ ] Bench Verify: `node bench.mjs` (timeout 1m)",
      "- [ ] Lints Verify: `npm run lint`",
      "- [ ] Plain criterion",
      "",
    ].join("\n");
    const roadmap = parseRoadmap(text);
    const head = "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d";
    const entry = (t: string, cmd: string, status: RecordEntry["status"], exitCode: number | null, commit: string): RecordEntry => ({
      milestone: "M0",
      text: t,
      commandHash: commandHash(cmd),
      status,
      exitCode,
      durationMs: 12,
      at: "2026-12-06T05:00:00.000Z",
      commit,
    });
    const record = mergeRecord(EMPTY_RECORD, [
      entry("Builds", "npm run build", "passed", 0, head),
      entry("Tests", "npm test", "failed", 3, head),
      entry("Bench", "node bench.mjs", "passed", 0, "ffffffffffffffffffffffffffffffffffffffff"),
    ]);
    const data = buildDashboardData(roadmap, "ROADMAP.md", { history: null, forecast: null, note: "No burn-up: test." }, new Date(), { verify: { record, head } });
    const file = path.join(dir, "verify.html");
    writeFileSync(file, renderHtml(data, await dashboardAssets()));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    await ready(page);
    const badges = await page.locator('details[data-id="M0"] li.crit').evaluateAll((els) =>
      els.map((li) => {
        const b = li.querySelector(".verify");
        return b ? [b.getAttribute("data-verify"), b.textContent, b.getAttribute("aria-label")] : null;
      }),
    );
    expect(badges.map((b) => b && [b[0], b[1]])).toEqual([
      ["verified", "✓ verified at 1a2b3c4"],
      ["failing", "✗ failing (exit 3)"],
      ["stale", "stale"],
      ["none", "not run"],
      null,
    ]);
    expect(badges[1]![2]).toContain("Verify: npm test — failing: failed (exit 3) at 1a2b3c4");
    expect(badges[2]![2]).toContain("stale: the command or HEAD changed");
    // The criterion's text stops before its Verify: clause.
    expect(await page.locator('details[data-id="M0"] li.crit .crit-text').first().evaluate((e) => e.firstChild?.textContent)).toBe("Builds");
    await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-verify.png") });
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it("shows a generated 60-milestone roadmap and its lint findings", async () => {
    const roadmap = parseRoadmap(generatedRoadmap(60));
    const data = buildDashboardData(roadmap, "big.md", { history: null, forecast: null, note: "No burn-up: test." });
    const lint = [
      { ruleId: "status-criteria", severity: "error" as const, message: "M3 is Done but <b>2</b> criteria are open", line: 31, column: 1, endLine: 31, endColumn: 9, fixable: false },
      { ruleId: "dependency-order", severity: "warning" as const, message: "M7 depends on M9, which comes later", line: 70, column: 1, endLine: 70, endColumn: 5, fixable: true },
    ];
    const file = path.join(dir, "big.html");
    writeFileSync(file, renderHtml({ ...data, lint }, await dashboardAssets()));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const w = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    await ready(page);
    expect(await page.locator("details.milestone").count()).toBe(60);
    expect(await page.locator(".graph-svg .node").count()).toBe(60);
    expect(await page.locator("li.finding").count()).toBe(2);
    expect(await page.locator("li.finding.sev-error .msg").textContent()).toBe("M3 is Done but <b>2</b> criteria are open");
    expect(await page.locator("#lint h2").textContent()).toBe("Lint findings (2)");
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it("runs no script from a hostile roadmap", async () => {
    const url = renderWithCli(HOSTILE, path.join(dir, "hostile.html"));
    const page = await browser.newPage();
    const w = watchPage(page);
    await page.goto(url);
    await ready(page);
    await page.locator("details.milestone summary").evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([url]);
    const report = await page.evaluate(() => ({
      scripts: document.scripts.length,
      injected: document.querySelectorAll("img, iframe, object, embed, style:not(head style), body svg:not(.graph-svg, .graph-svg *), foreignObject").length,
      handlers: Array.from(document.querySelectorAll("*")).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name) || (a.name === "style" && !e.closest(".uplot")))).map((e) => e.tagName),
      hrefs: Array.from(document.querySelectorAll("a")).map((a) => a.getAttribute("href")),
      title: document.querySelector('details[data-id="M1"] .m-title')?.textContent,
      pageTitle: document.title,
      csp: (window as unknown as { __roadmarkCsp: string[] }).__roadmarkCsp,
    }));
    expect(report.scripts).toBe(2);
    expect(report.injected).toBe(0);
    expect(report.handlers).toEqual([]);
    expect(report.hrefs).toEqual(["https://example.com/a?b=c", "mailto:a@example.com", "docs/x.md"]);
    expect(report.title).toBe("</script><img src=x onerror=alert(3)>");
    expect(report.pageTitle).toContain('<script>alert("title")</script>');
    expect(report.csp).toEqual([]);
    expect(await page.locator(".graph-svg .node.missing").count()).toBe(1);
    expect(await page.locator(".graph-svg path.edge.cycle").count()).toBe(2);
    await page.close();
  });
});

