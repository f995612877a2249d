// Benchmark: `roadmark history --json` on a generated repository with 3,000 commits to a
// ~40 KB template roadmap, side by side with `git log -p -- ROADMAP.md` on the same repository.
// The repository is built once with `git fast-import` (one process) and cached under .bench/.
// Usage: npm run build && node scripts/bench-history.mjs [--runs 5] [--commits 3000] [--quick]
// (`npm run bench` runs it after the parse benches.)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? dflt : Number(process.argv[i + 1]);
};
const COMMITS = arg("--commits", 3000);
const RUNS = arg("--runs", process.argv.includes("--quick") ? 3 : 5);
const GEN_VERSION = 4;
const REPO = path.join(ROOT, ".bench", `history-${COMMITS}-v${GEN_VERSION}`);
const CLI = path.join(ROOT, "dist", "cli.js");
const LIB = path.join(ROOT, "dist", "index.js");

const FILLER = "so that the team can ship the slice with confidence and measure it in production";
const STATUS = ["Planned", "In Progress", "Done"];

/** The roadmap as data; `render` turns it into template Markdown. */
function initialMilestones(n) {
  return Array.from({ length: n }, (_, i) => ({ status: 0, boxes: new Array(10).fill(false) }));
}

function render(ms) {
  const rows = ms.map((m, i) => `| M${i} | Milestone ${i} title | Focus area ${i} | ${STATUS[m.status]} |`).join("\n");
  const sections = ms
    .map((m, i) => {
      const crit = m.boxes.map((b, c) => `- [${b ? "x" : " "}] Criterion ${c + 1} of milestone ${i}: ${FILLER}`).join("\n");
      return `## M${i}: Milestone ${i} title\n\n**Goal:** Deliver slice ${i} of the product ${FILLER}.\n\n**Acceptance Criteria:**\n${crit}\n\n**Key Deliverables:**\n- Deliverable A for ${i}\n- Deliverable B for ${i}\n\n**Dependencies:** ${i === 0 ? "None (first milestone)" : `M${i - 1}`}\n\n---\n`;
    })
    .join("\n");
  return `# Roadmap\n\nA generated roadmap for the history benchmark.\n\n## Milestone Overview\n\n| Milestone | Title | Focus | Status |\n|-----------|-------|-------|--------|\n${rows}\n\n---\n\n${sections}`;
}

/** Builds the repository with one `git fast-import`: most commits tick a box or flip a status, some add a milestone. */
function buildRepo() {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  const git = (...args) => execFileSync("git", args, { cwd: REPO, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  git("init", "-q", "-b", "main");
  git("config", "gc.auto", "0");
  // The library's seeded PRNG (mulberry32), so that every machine builds the same repository.
  const random = mulberry32(42);
  const ms = initialMilestones(24);
  const chunks = [];
  let t = Date.UTC(2024, 0, 1) / 1000;
  for (let n = 0; n < COMMITS; n++) {
    let message;
    const roll = random();
    if (n === 0) message = "initial roadmap";
    else if (roll < 0.002) {
      ms.push({ status: 0, boxes: new Array(10).fill(false) });
      message = `add M${ms.length - 1}`;
    } else if (roll < 0.2) {
      const i = Math.floor(random() * ms.length);
      const m = ms[i];
      m.status = m.boxes.includes(false) ? (m.status === 1 ? 0 : 1) : m.status === 2 ? 1 : 2;
      message = `M${i} status ${STATUS[m.status]}`;
    } else {
      // Mostly ticks; an occasional untick (a reopened criterion) keeps boxes to tick for 3,000 commits.
      const i = Math.floor(random() * ms.length);
      const m = ms[i];
      const tick = random() < 0.75;
      const candidates = m.boxes.map((b, c) => [b, c]).filter(([b]) => b !== tick);
      if (candidates.length === 0) {
        m.status = m.status === 2 ? 1 : 2;
        message = `M${i} status ${STATUS[m.status]}`;
      } else {
        const c = candidates[Math.floor(random() * candidates.length)][1];
        m.boxes[c] = tick;
        message = `${tick ? "tick" : "untick"} M${i} criterion ${c + 1}`;
      }
    }
    t += 600 + Math.floor(random() * 7200);
    const text = Buffer.from(render(ms));
    const msg = Buffer.from(message);
    chunks.push(
      Buffer.from(`commit refs/heads/main\nmark :${n + 1}\nauthor Bench <bench@roadmark.invalid> ${t} +0000\ncommitter Bench <bench@roadmark.invalid> ${t} +0000\ndata ${msg.length}\n`),
      msg,
      Buffer.from(`\n${n > 0 ? `from :${n}\n` : ""}M 100644 inline ROADMAP.md\ndata ${text.length}\n`),
      text,
      Buffer.from("\n"),
    );
  }
  execFileSync("git", ["fast-import", "--quiet"], { cwd: REPO, input: Buffer.concat(chunks), stdio: ["pipe", "ignore", "inherit"] });
  git("reset", "-q", "--hard", "main");
  writeFileSync(path.join(REPO, ".bench-complete"), "ok\n");
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(cmd, args) {
  const out = openSync("/dev/null", "w");
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: ["ignore", out, "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

if (!existsSync(CLI) || !existsSync(LIB)) {
  console.error("bench-history: dist/cli.js or dist/index.js is missing; run `npm run build` first");
  process.exit(2);
}
const { mulberry32 } = await import(pathToFileURL(LIB).href);
if (!existsSync(path.join(REPO, ".bench-complete"))) {
  const t0 = Date.now();
  buildRepo();
  console.log(`built ${REPO} (${COMMITS} commits) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
const size = readFileSync(path.join(REPO, "ROADMAP.md")).length;
const ours = [];
const gits = [];
for (let i = 0; i < RUNS; i++) {
  gits.push(time("git", ["log", "-p", "--", "ROADMAP.md"]));
  ours.push(time(process.execPath, [CLI, "history", "--json", "-f", "ROADMAP.md"]));
}
const a = median(ours);
const b = median(gits);
console.log(`history of ${COMMITS} commits to a ${(size / 1024).toFixed(1)} KB roadmap (median of ${RUNS}):`);
console.log(`  roadmark history --json        ${a.toFixed(0).padStart(6)} ms`);
console.log(`  git log -p -- ROADMAP.md       ${b.toFixed(0).padStart(6)} ms`);
console.log(`  ratio                          ${(a / b).toFixed(2).padStart(6)}x  (target ≤ 3x)`);
