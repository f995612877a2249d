#!/usr/bin/env node
// Benchmarks for `roadmark render` and the dashboard (issue 8):
//   1. `render html` of a generated 500-milestone roadmap: median of 5 runs of the built CLI (target < 2 s);
//   2. if Debian's chromium is installed, time until the dashboard is interactive for a typical
//      roadmap (examples/ROADMAP.md), median of 5 page loads (target < 1 s); the 500-milestone page for reference.
// Run after `npm run build`. Prints a table and writes .bench/render.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateLinkedRoadmap } from "./gen-roadmap.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/cli.js");
const CHROMIUM = "/usr/bin/chromium";
const RUNS = 5;


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(CLI)) {
  console.error("bench-render: dist/cli.js is missing; run `npm run build` first");
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-bench-render-"));
const results = {};
try {
  const big = path.join(dir, "ROADMAP-500.md");
  writeFileSync(big, generateLinkedRoadmap(500));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, "render", "html", "-f", big, "-o", path.join(dir, "big.html")], { cwd: dir });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  results.renderHtml500Ms = Math.round(median(times));
  results.renderHtml500Runs = times.map(Math.round);

  if (existsSync(CHROMIUM)) {
    const { chromium } = await import("playwright-core");
    execFileSync(process.execPath, [CLI, "render", "html", "-f", path.join(ROOT, "examples/ROADMAP.md"), "-o", path.join(dir, "typical.html")], { cwd: dir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      for (const [key, file] of [["typical", "typical.html"], ["milestones500", "big.html"]]) {
        const ready = [];
        const wall = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          const t0 = Date.now();
          await page.goto(pathToFileURL(path.join(dir, file)).href);
          await page.waitForFunction(() => document.documentElement.dataset.ready === "1", null, { timeout: 60_000 });
          wall.push(Date.now() - t0);
          ready.push(await page.evaluate(() => window.__roadmarkReady));
          await page.close();
        }
        results[`${key}InteractiveMs`] = Math.round(median(ready));
        results[`${key}WallMs`] = Math.round(median(wall));
      }
    } finally {
      await browser.close();
    }
  } else results.browser = "chromium not installed: time-to-interactive not measured";
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const line = (name, value, target) => console.log(`${name.padEnd(58)} ${String(value).padStart(8)}${target ? `   (target ${target})` : ""}`);
console.log("roadmark render benchmarks (median of 5)");
line("render html, 500 milestones, built CLI incl. start-up [ms]", results.renderHtml500Ms, "< 2000");
if (results.typicalInteractiveMs !== undefined) {
  line("dashboard interactive, typical roadmap, since navigation [ms]", results.typicalInteractiveMs, "< 1000");
  line("dashboard load, typical roadmap, goto → ready wall [ms]", results.typicalWallMs);
  line("dashboard interactive, 500 milestones, since navigation [ms]", results.milestones500InteractiveMs);
} else console.log(results.browser);
mkdirSync(path.join(ROOT, ".bench"), { recursive: true });
writeFileSync(path.join(ROOT, ".bench/render.json"), JSON.stringify(results, null, 2) + "\n");
