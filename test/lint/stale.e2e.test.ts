// The `stale` rule end to end: the lint command reads git (readStaleness) and the rule reports.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../harness/cli.js";
import { ROOT } from "../harness/paths.js";
import { TempRepo } from "../history/temp-repo.js";

describe("lint inside a git repository: stale", () => {
  const repo = TempRepo.init();
  afterAll(() => repo.remove());
  copyFileSync(path.join(ROOT, "examples/ROADMAP.md"), path.join(repo.dir, "ROADMAP.md"));
  repo.commit("roadmap", "2020-01-01T10:00:00Z");

  it("is silent while the roadmap is fresh enough", () => {
    const r = runCli(["lint", "--format", "json"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === "stale")).toEqual([]);
  });

  it("warns with the numbers when the roadmap is old and 20 commits landed elsewhere", () => {
    for (let i = 0; i < 20; i++) {
      repo.write(`src/file-${i}.txt`, `change ${i}\n`);
      repo.commit(`work ${i}`, `2020-02-${String(i + 1).padStart(2, "0")}T10:00:00Z`);
    }
    const r = runCli(["lint", "--format", "json"], { cwd: repo.dir });
    expect(r.code).toBe(0); // a warning, not an error
    const stale = JSON.parse(r.stdout)[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === "stale");
    expect(stale).toHaveLength(1);
    expect(stale[0].severity).toBe("warning");
    expect(stale[0].message).toMatch(/20 commits/);
    expect(stale[0].message).toMatch(/\d{3,} days/);
  });
});
