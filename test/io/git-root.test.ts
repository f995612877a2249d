// The one git-root finder: the work tree's top from any folder below it, linked worktrees as
// their own tops, and the shallow flag read from the git directory (no git process).
import { mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findRepo } from "../../src/history/git.js";
import { findGitRoot, isShallowRepository } from "../../src/io/git-root.js";
import { TempRepo } from "../history/temp-repo.js";

describe("findGitRoot / findRepo", () => {
  const repo = TempRepo.init();
  repo.write("ROADMAP.md", "# R\n");
  repo.commit("one", "2026-01-01T00:00:00Z");
  repo.write("ROADMAP.md", "# R\n\nmore\n");
  repo.commit("two", "2026-01-02T00:00:00Z");

  it("finds the top from a subdirectory, and nothing outside a repository", async () => {
    const sub = path.join(repo.dir, "a", "b");
    mkdirSync(sub, { recursive: true });
    expect(findGitRoot(sub)).toBe(repo.dir);
    expect(await findRepo(sub)).toEqual({ top: realpathSync(repo.dir), shallow: false });
    expect(findGitRoot("/")).toBeUndefined();
  });

  it("reads the shallow flag of a clone and of a worktree of it", async () => {
    const clone = new TempRepo();
    clone.git("clone", "-q", "--depth", "1", `file://${repo.dir}`, ".");
    expect(isShallowRepository(clone.dir)).toBe(true);
    expect(isShallowRepository(repo.dir)).toBe(false);
    const wt = path.join(clone.dir, "wt");
    clone.git("worktree", "add", "-q", wt);
    expect(findGitRoot(path.join(wt))).toBe(wt);
    expect(await findRepo(wt)).toEqual({ top: realpathSync(wt), shallow: true });
  });
});
