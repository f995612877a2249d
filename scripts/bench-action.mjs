// The GitHub Action's own time (issue 16: under 1 s on a typical roadmap): the committed bundle
// run as the runner runs it, on this repository's ROADMAP.md, in a temporary workspace.
// `node scripts/bench-action.mjs` prints one line; bench.mjs runs it too. Asserts nothing.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Median wall and own (the action's closing line) milliseconds over `runs` runs. */
export function benchAction(runs = 5) {
  const ws = mkdtempSync(path.join(os.tmpdir(), "roadmark-action-bench-"));
  copyFileSync(path.join(ROOT, "ROADMAP.md"), path.join(ws, "ROADMAP.md"));
  const wall = [];
  const own = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(ws, `out-${i}`);
    writeFileSync(out, "");
    writeFileSync(`${out}.md`, "");
    const env = { ...process.env, GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: `${out}.md`, "INPUT_FAIL-ON": "none", INPUT_SUMMARY: "true", "INPUT_SARIF-FILE": "r.sarif", INPUT_FILES: "", INPUT_VERIFY: "false" };
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "action/dist/index.js")], { cwd: ws, env, encoding: "utf8" });
    wall.push(performance.now() - t);
    own.push(Number(/\((\d+) ms\)$/m.exec(r.stdout)?.[1] ?? NaN));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(wall), own: median(own) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { wall, own } = benchAction();
  console.log(`action on ROADMAP.md: ${own.toFixed(0)} ms own time, ${wall.toFixed(0)} ms with node start-up (median of 5)`);
}
