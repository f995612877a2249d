// `roadmark serve` in a real browser: the page follows the file, shows a broken file, recovers,
// talks only to its own origin, and the server stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../harness/paths.js";
import { EXAMPLE } from "../render/helpers.js";
import { haveChromium, launch, ready, recordTimings, watchPage } from "./browser.js";

let browser: Browser;
let dir: string;
let child: ChildProcess;
let url: string;

/** Saves the way editors do: a temp file renamed over the original. */
function save(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

describe.skipIf(!haveChromium())("live dashboard (roadmark serve)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-live-"));
    writeFileSync(path.join(dir, "ROADMAP.md"), readFileSync(EXAMPLE));
    child = spawn(process.execPath, [CLI, "serve", "--port", "0"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("updates after the file is edited, shows a broken file and recovers; only its own origin is contacted", async () => {
    const page = await browser.newPage();
    const w = watchPage(page);
    await page.goto(url);
    await ready(page);
    const liveReadyMs = Math.round(await page.evaluate(() => (window as unknown as { __roadmarkReady: number }).__roadmarkReady));
    expect(liveReadyMs).toBeLessThan(10_000);
    const overall = page.locator("#overall-progress");
    expect(await overall.textContent()).toBe("5/12");
    expect(await page.locator("details.milestone").count()).toBe(4);
    expect(await page.locator(".graph-svg .node").count()).toBe(4);
    const file = path.join(dir, "ROADMAP.md");
    const original = readFileSync(file, "utf8");
    const t0 = Date.now();
    save(file, original.replace("- [ ] Responses are cached", "- [x] Responses are cached"));
    await page.waitForFunction(() => document.getElementById("overall-progress")?.textContent === "6/12", null, { timeout: 5000 });
    const updateMs = Date.now() - t0;
    expect(await page.locator('details[data-id="M2"] .m-count').textContent()).toBe("1/3");
    save(file, original.replace("## M3: Alerts", "## M3: Alerts `<b>bold</b>`"));
    await page.waitForFunction(() => document.querySelector('details[data-id="M3"] .m-title')?.textContent?.includes("<b>bold</b>"), null, { timeout: 5000 });
    writeFileSync(file, Buffer.from([0x23, 0x00]));
    await page.locator(".error").waitFor({ timeout: 5000 });
    expect(await page.locator(".error").textContent()).toMatch(/binary file/);
    save(file, original);
    await page.waitForFunction(() => document.getElementById("overall-progress")?.textContent === "5/12", null, { timeout: 5000 });
    const origin = new URL(url).origin;
    expect(w.requests.filter((r) => !r.startsWith(origin + "/"))).toEqual([]);
    expect(w.requests.every((r) => r === url || r === `${origin}/events`)).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
    recordTimings({ liveReadyMs, liveUpdateMs: updateMs });
    await page.close();
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
