// Benchmark: `roadmark verify` (issue 15 figures). Run `npm run build` first.
//  - 50 commands of `true` (distinct texts, so none is shared): roadmark's overhead per command
//    beyond the command itself (the same 50 run one by one through `sh -c`), with --jobs 1;
//    target ≤ 20 ms.
//  - 8 commands of `sleep 1` with --jobs 4: wall time of the whole process; target ≤ 2.5 s.
//  - one command printing 100 MB: roadmark's peak RSS; target < 100 MB.
// Each case runs in a throwaway git repository with approvals in a throwaway XDG_STATE_HOME.
// A script, not a test: it prints figures and asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compare, median, table } from "./bench/util.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/cli.js");
const quick = process.argv.includes("--quick");
const RUNS = quick ? 3 : 5;
const tmp = mkdtempSync(path.join(tmpdir(), "roadmark-bench-verify-"));
process.env.XDG_STATE_HOME = path.join(tmp, "state");

/** A git repository whose roadmap's criteria carry `commands`; every command approved. */
function repo(name, commands) {
  const dir = path.join(tmp, name);
  execFileSync("git", ["init", "-q", dir]);
  const items = commands.map((c, i) => `- [ ] Criterion ${i + 1} Verify: \`${c}\``).join("\n");
  writeFileSync(path.join(dir, "ROADMAP.md"), `# Bench\n\n## M0: Bench\n\n**Acceptance Criteria:**\n${items}\n`);
  spawnSync(process.execPath, [CLI, "verify", "--trust", "--yes"], { cwd: dir, stdio: "ignore" });
  return dir;
}

/** Median ms of running `commands` one by one through `sh -c` (the commands' own cost). */
function shellCost(commands) {
  const xs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const c of commands) spawnSync("/bin/sh", ["-c", c], { stdio: "ignore" });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

const f1 = (x) => x.toFixed(1);
const rows = [["verify", "measured", "target", ""]];

const trues = Array.from({ length: 50 }, (_, i) => `true ${i + 1}`);
const d50 = repo("true50", trues);
const d1 = repo("true1", trues.slice(0, 1));
const [t50, t1] = compare(
  [
    { args: [CLI, "verify", "--jobs", "1"], cwd: d50 },
    { args: [CLI, "verify", "--jobs", "1"], cwd: d1 },
  ],
  RUNS,
);
const sh49 = shellCost(trues.slice(1));
const perCommand = (t50.ms - t1.ms) / 49;
const overhead = (t50.ms - t1.ms - sh49) / 49;
rows.push(["50 × true, --jobs 1: wall ms", f1(t50.ms), "", ""]);
rows.push(["  per command (incl. sh -c)", f1(perCommand), "", ""]);
rows.push(["  overhead per command beyond sh -c", f1(overhead), "≤ 20", overhead <= 20 ? "ok" : "OVER"]);
const [t50p] = compare([{ args: [CLI, "verify"], cwd: d50 }], RUNS);
rows.push(["50 × true, default jobs: wall ms", f1(t50p.ms), "", ""]);

const dSleep = repo("sleep8", Array.from({ length: 8 }, (_, i) => `sleep 1; : ${i + 1}`));
const [sleep] = compare([{ args: [CLI, "verify", "--jobs", "4"], cwd: dSleep }], quick ? 1 : 3);
rows.push(["8 × sleep 1, --jobs 4: wall ms", f1(sleep.ms), "≤ 2500", sleep.ms <= 2500 ? "ok" : "OVER"]);

// The runner alone, in process (no node start-up, no git): the same 8 × sleep 1 with 4 jobs.
const { runCommands } = await import(path.join(ROOT, "dist/index.js"));
const inproc = [];
for (let r = 0; r < (quick ? 1 : 3); r++) {
  const t0 = process.hrtime.bigint();
  await runCommands(Array.from({ length: 8 }, (_, i) => ({ command: `sleep 1; : ${i + 1}` })), { cwd: dSleep, jobs: 4 });
  inproc.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
rows.push(["  the runner alone, in process: ms", f1(median(inproc)), "", ""]);
const [noop] = compare([{ args: [CLI, "verify"], cwd: d1 }], RUNS);
rows.push(["  roadmark verify of one `true` (fixed cost): ms", f1(noop.ms), "", ""]);

const dLoud = repo("loud", ["head -c 104857600 /dev/zero | tr '\\0' 'y'"]);
const [loud] = compare([{ args: [CLI, "verify"], cwd: dLoud }], quick ? 1 : 3);
rows.push(["100 MB of output: peak RSS MB", f1(loud.rssMb), "< 100", loud.rssMb < 100 ? "ok" : "OVER"]);
rows.push(["100 MB of output: wall ms", f1(loud.ms), "", ""]);
rows.push(["  (peak RSS of the one-`true` run, for scale): MB", f1(noop.rssMb), "", ""]);

console.log(table(rows));
rmSync(tmp, { recursive: true, force: true });
