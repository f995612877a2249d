// Shared set-up for the browser tests: Debian's chromium driven by playwright-core.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../harness/paths.js";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian installs chromium (`.ci/run` installs it when test/e2e-browser/needs-chromium exists). */
export const CHROMIUM = "/usr/bin/chromium";

/** True when chromium is installed; in CI its absence is an error, not a skip. */
export function haveChromium(): boolean {
  const ok = existsSync(CHROMIUM);
  if (!ok && process.env.CI) throw new Error(`${CHROMIUM} is missing; .ci/run should have installed it`);
  return ok;
}

/** Launches headless chromium with networking side channels switched off. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** What a page did that a safe dashboard never does. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
}

/** Records dialogs (dismissing them), console errors, page errors and every request of `page`. */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { dialogs: [], errors: [], requests: [] };
  page.on("dialog", (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(e.message));
  page.on("request", (r) => w.requests.push(r.url()));
  return w;
}

/** Waits until the dashboard has rendered once. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "1", null, { timeout: 15_000 });
}

/** Merges measured timings (milliseconds) into test-artifacts/timings.json. */
export function recordTimings(values: Record<string, number>): void {
  const dir = path.join(ROOT, "test-artifacts");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "timings.json");
  let old: Record<string, number> = {};
  try {
    old = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    /* first run */
  }
  writeFileSync(file, JSON.stringify({ ...old, ...values }, null, 2) + "\n");
}
