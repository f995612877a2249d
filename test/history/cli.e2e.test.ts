// End-to-end: the built CLI (`npm run build` first) in temporary repositories.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../harness/paths.js";
import type { ForecastJson, HistoryJson } from "../../src/report/json-types.js";
import { TempRepo, roadmap } from "./temp-repo.js";

function run(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DAY = 86_400_000;
/** An ISO date `days` before now, at 10:00 UTC (forecast windows end today). */
function daysAgo(days: number): string {
  const d = new Date(Math.floor((Date.now() - days * DAY) / DAY) * DAY + 10 * 3_600_000);
  return d.toISOString();
}

describe("roadmark history / forecast (built CLI)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    repo = TempRepo.init();
    repo.write(
      "ROADMAP.md",
      roadmap([
        { status: "In Progress", ticked: 0, criteria: 4 },
        { status: "Planned", ticked: 0, criteria: 3 },
        { status: "Planned", ticked: 0, criteria: 3 },
      ]),
    );
    repo.commit("roadmap", daysAgo(20));
    const ticks = ["Criterion 1 of M0", "Criterion 2 of M0", "Criterion 3 of M0", "Criterion 4 of M0", "Criterion 1 of M1", "Criterion 2 of M1"];
    ticks.forEach((c, i) => {
      repo.replace("ROADMAP.md", `- [ ] ${c}`, `- [x] ${c}`);
      repo.commit(`tick ${c}`, daysAgo(18 - i * 3));
    });
    repo.replace("ROADMAP.md", "| M0 | Title 0 | Focus 0 | In Progress |", "| M0 | Title 0 | Focus 0 | Done |");
    repo.replace("ROADMAP.md", "| M1 | Title 1 | Focus 1 | Planned |", "| M1 | Title 1 | Focus 1 | In Progress |");
    repo.commit("M0 done", daysAgo(1));
    repo.write("docs/notes.md", "notes\n");
    repo.commit("notes", daysAgo(0));
  });
  afterAll(() => repo.remove());

  it("history --json prints the timeline", () => {
    const r = run(repo.dir, "history", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout) as HistoryJson;
    expect(h.file).toBe("ROADMAP.md");
    expect(h.commits).toBe(8);
    expect(h.points.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
    expect(h.points.map((p) => p.total)).toEqual(Array(8).fill(10));
    expect(h.points[7]!.milestones.M0).toEqual({ status: "done", done: 4, total: 4 });
    expect(h.milestones.map((m) => m.id)).toEqual(["M0", "M1", "M2"]);
    expect(h.milestones[0]!.doneAt).toBe(h.points[7]!.date);
  });

  it("history --since filters points", () => {
    const h = JSON.parse(run(repo.dir, "history", "--json", "--since", daysAgo(2).slice(0, 10)).stdout) as HistoryJson;
    expect(h.points).toHaveLength(1);
  });

  it("history works from a subdirectory without -f", () => {
    const r = run(path.join(repo.dir, "docs"), "history", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as HistoryJson).commits).toBe(8);
  });

  it("history without --json draws a burn-up chart and a milestone table", () => {
    const r = run(repo.dir, "history");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ROADMAP\.md: 8 commits changed the roadmap/);
    expect(r.stdout).toContain("█ done  ░ total");
    expect(r.stdout).toMatch(/Milestone\s+Title\s+Added\s+Started\s+Done\s+Cycle/);
    expect(r.stdout).toMatch(/M0\s+Title 0\s+\d{4}-\d\d-\d\d\s+\d{4}-\d\d-\d\d\s+\d{4}-\d\d-\d\d\s+\d+\.\d d/);
  });

  it("forecast --json is reproducible with a seed and ordered by dependencies", () => {
    const a = run(repo.dir, "forecast", "--json", "--seed", "42", "--runs", "500");
    const b = run(repo.dir, "forecast", "--json", "--seed", "42", "--runs", "500");
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const f = JSON.parse(a.stdout) as ForecastJson;
    expect(f.runs).toBe(500);
    expect(f.windowDays).toBe(90);
    expect(f.note).toBeUndefined();
    expect(f.milestones.map((m) => [m.id, m.remaining])).toEqual([
      ["M1", 1],
      ["M2", 3],
    ]);
    expect(f.milestones[1]!.p50! >= f.milestones[0]!.p50!).toBe(true);
    const human = run(repo.dir, "forecast", "--seed", "42", "--runs", "500");
    expect(human.stdout).toContain(f.milestones[0]!.p50!);
  });

  it("forecast with too little history says so, with null dates and exit 0", () => {
    const r = run(repo.dir, "forecast", "--json", "--window", "2");
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout) as ForecastJson;
    expect(f.note).toMatch(/^too little history to forecast: 0 criteria ticked in the last 2 days/);
    expect(f.milestones.every((m) => m.p50 === null && m.p85 === null && m.p95 === null)).toBe(true);
    expect(r.stderr).toMatch(/^roadmark: too little history/);
  });

  it("bad input: not a repository, shallow clone → exit 2 with one line and a hint", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-nogit-"));
    try {
      writeFileSync(path.join(dir, "ROADMAP.md"), "# Roadmap\n");
      const r = run(dir, "history", "--json");
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^roadmark: not a git repository: .*\nhint: .*\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const clone = new TempRepo();
    try {
      clone.git("clone", "-q", "--depth", "1", `file://${repo.dir}`, "c");
      const r = run(path.join(clone.dir, "c"), "forecast", "--json");
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("roadmark: ROADMAP.md: shallow clone: the history is cut off, so dates and cycle times would be wrong\nhint: fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`)\n");
    } finally {
      clone.remove();
    }
  });
});
