import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import os from "node:os";

/** Median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const RSS = path.join(os.tmpdir(), `roadmark-bench-rss-${process.pid}`);
const PROBE = path.resolve(path.dirname(new URL(import.meta.url).pathname), "rss-probe.mjs");

/** Runs `node ...args` once; returns wall ms and peak RSS in MB (via the preloaded probe). */
export function runNode(args, opts = {}) {
  rmSync(RSS, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", PROBE, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ROADMARK_BENCH_RSS: RSS, NO_COLOR: "1" },
    cwd: opts.cwd,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && !opts.allowFail) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
  let rssMb = NaN;
  try {
    rssMb = Number(readFileSync(RSS, "utf8").trim().split("\n").pop()) / 1024;
  } catch {}
  return { ms, rssMb };
}

/** Runs each command `runs` times, interleaved; returns median ms and median peak RSS per command. */
export function compare(commands, runs) {
  const samples = commands.map(() => ({ ms: [], rss: [] }));
  for (let i = 0; i < runs; i++)
    commands.forEach((c, j) => {
      const r = runNode(c.args, c);
      samples[j].ms.push(r.ms);
      samples[j].rss.push(r.rssMb);
    });
  return samples.map((s) => ({ ms: median(s.ms), rssMb: median(s.rss) }));
}

/** Times an in-process function: median ms over `runs` after one warm-up. */
export function timeIt(fn, runs) {
  fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

/** Formats a table of rows (arrays of strings), left-aligned first column. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ")).join("\n");
}
