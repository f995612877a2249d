// Benchmark: `roadmark tick` on a 10 MB template roadmap (5,000 milestones, an overview table,
// ten criteria each). Reports the median of 5 runs and checks the diff is the one changed line.
// Target (issue 5): under 1.5 s. Run `npm run build` first.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/cli.js");
const MILESTONES = 5000;
const RUNS = 5;
const TARGET_MS = 1500;

/** A template roadmap of about 10 MB. */
function generate() {
  const filler = "so that the roadmap is realistically wordy, as real ones are, and the whole file reaches ten megabytes";
  const out = ["# Bench Roadmap", "", "## Milestone Overview", "", "| Milestone | Title | Focus | Status |", "|-----------|-------|-------|--------|"];
  for (let i = 0; i < MILESTONES; i++) out.push(`| M${i} | Milestone ${i} title | Focus area ${i} | ${i < 2000 ? "Done" : "Planned"} |`);
  out.push("", "---", "");
  for (let i = 0; i < MILESTONES; i++) {
    out.push(`## M${i}: Milestone ${i} title`, "", `**Goal:** Deliver slice ${i} of the product and its docs, ${filler}.`, "", "**Acceptance Criteria:**");
    for (let k = 1; k <= 10; k++) out.push(`- [${i < 2000 ? "x" : " "}] Criterion ${k} of milestone ${i}: ${filler} (${k}) with a little more text here`);
    out.push("", "**Key Deliverables:**", `- Deliverable of milestone ${i}`, "", `**Dependencies:** ${i === 0 ? "None (first milestone)" : `M${i - 1}`}`, "", "---", "");
  }
  return out.join("\n");
}

const text = generate();
const dir = mkdtempSync(path.join(tmpdir(), "roadmark-bench-"));
const file = path.join(dir, "ROADMAP.md");
const times = [];
let changed = [];
try {
  for (let r = 0; r < RUNS; r++) {
    writeFileSync(file, text);
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, "tick", "M2500", "3", "-f", file], { stdio: ["ignore", "pipe", "inherit"] });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const before = text.split("\n");
    const after = readFileSync(file, "utf8").split("\n");
    changed = before.flatMap((l, i) => (l === after[i] ? [] : [i + 1]));
    if (after.length !== before.length || changed.length !== 1) throw new Error(`expected exactly one changed line, got ${changed.length} (lines ${before.length} → ${after.length})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The parser's share: parse the same text in-process (median of 3), for the lead's attention.
const { parseRoadmap } = await import(path.join(ROOT, "dist/index.js"));
const parses = [];
for (let r = 0; r < 3; r++) {
  const t0 = process.hrtime.bigint();
  parseRoadmap(text);
  parses.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
parses.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
console.log(`bench-edit: tick M2500 3 on ${mb} MB (${MILESTONES} milestones): median ${median.toFixed(0)} ms of ${RUNS} [${times.map((t) => t.toFixed(0)).join(", ")}], diff 1 line (line ${changed[0]}); target < ${TARGET_MS} ms: ${median < TARGET_MS ? "ok" : "MISSED"}`);
console.log(`bench-edit: of which parseRoadmap ≈ ${parses[1].toFixed(0)} ms (median of 3 in-process); load average ${loadavg()[0].toFixed(2)} on ${(await import("node:os")).cpus().length} CPUs`);
if (median >= TARGET_MS) process.exitCode = 1;
