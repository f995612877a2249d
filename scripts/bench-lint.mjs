#!/usr/bin/env node
// Lint of the whole corpus, side by side with markdownlint-cli2 on the same files, in one run.
// Run after `npm run build`. Prints the median of N runs for each tool and their ratio
// (roadmark / markdownlint-cli2; the target is at most 0.25).
// Usage: node scripts/bench-lint.mjs [N] [--quick]   (N runs each, default 5; --quick: 2)
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "../shared/corpus/real");
const args = process.argv.slice(2);
const numeric = args.find((a) => /^\d+$/.test(a));
const runs = numeric ? Math.max(1, Number(numeric)) : args.includes("--quick") ? 2 : 5;
const cli = path.join(root, "dist/cli.js");
const mdl = path.join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
for (const [what, p] of [["the built CLI (npm run build)", cli], ["markdownlint-cli2", mdl], ["the corpus", corpus]]) {
  if (!existsSync(p)) {
    console.error(`bench-lint: ${what} not found at ${p}`);
    process.exit(2);
  }
}
const files = readdirSync(corpus)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .sort()
  .map((f) => path.join(corpus, f));

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: corpus, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.slice(0, 2).join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return { ms, out: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const tools = {
  roadmark: [cli, "lint", "--format", "json", ...files],
  "markdownlint-cli2": [mdl, ...files],
};
// One warm-up each (file cache), then alternate so both see the same machine state.
const first = time(tools.roadmark);
time(tools["markdownlint-cli2"]);
const findings = JSON.parse(first.out).reduce((n, f) => n + f.diagnostics.length, 0);
const samples = { roadmark: [], "markdownlint-cli2": [] };
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(tools)) samples[name].push(time(args).ms);
const a = median(samples.roadmark);
const b = median(samples["markdownlint-cli2"]);
console.log(`lint corpus: ${files.length} files, ${runs} runs each, median wall time`);
console.log(`  roadmark lint --format json   ${a.toFixed(0).padStart(6)} ms   (${findings} findings)`);
console.log(`  markdownlint-cli2             ${b.toFixed(0).padStart(6)} ms`);
console.log(`  ratio roadmark / markdownlint-cli2: ${(a / b).toFixed(3)} (target ≤ 0.25) ${a / b <= 0.25 ? "ok" : "OVER TARGET"}`);
