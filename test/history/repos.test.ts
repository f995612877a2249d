import { chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/model/errors.js";
import { readHistory } from "../../src/history/read-history.js";
import { TempRepo, roadmap } from "./temp-repo.js";

const repos: TempRepo[] = [];
function fresh(): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  return r;
}
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

const TWO = roadmap([{ status: "Planned", ticked: 0 }, { status: "Planned", ticked: 0 }]);

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

describe("history across git shapes", () => {
  it("follows a rename (git mv) and reports the current path", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-02-01T09:00:00Z");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    const b = r.commit("tick", "2026-02-02T09:00:00Z");
    mkdirSync(path.join(r.dir, "docs"));
    r.git("mv", "ROADMAP.md", "docs/ROADMAP.md");
    const c = r.commit("move", "2026-02-03T09:00:00Z");
    r.replace("docs/ROADMAP.md", "- [ ] Criterion 2 of M0", "- [x] Criterion 2 of M0");
    const d = r.commit("tick 2", "2026-02-04T09:00:00Z");
    const h = await readHistory({ cwd: r.dir, file: "docs/ROADMAP.md" });
    expect(h.file).toBe("docs/ROADMAP.md");
    expect(h.points.map((p) => p.commit)).toEqual([a, b, c, d]);
    expect(h.points.map((p) => p.done)).toEqual([0, 1, 1, 2]);
    expect(h.points.map((p) => p.ticked)).toEqual([0, 1, 0, 1]);
    expect(h.milestones[0]!.addedAt).toBe("2026-02-01T09:00:00Z");
    expect(h.milestones[0]!.startedAt).toBe("2026-02-02T09:00:00Z");
  });

  it("includes both sides of a merge and the merge that combines them (ticks not counted twice)", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-03-01T09:00:00Z");
    r.git("checkout", "-q", "-b", "feature");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    const b = r.commit("tick on feature", "2026-03-02T09:00:00Z");
    r.git("checkout", "-q", "main");
    r.replace("ROADMAP.md", "| M0 | Title 0 | Focus 0 | Planned |", "| M0 | Title 0 | Focus 0 | In Progress |");
    const c = r.commit("start on main", "2026-03-03T09:00:00Z");
    r.gitAt("2026-03-04T09:00:00Z", "merge", "-q", "--no-edit", "feature");
    const m = r.git("rev-parse", "HEAD");
    const h = await readHistory({ cwd: r.dir, file: "ROADMAP.md" });
    expect(h.points.map((p) => p.commit)).toEqual([a, b, c, m]);
    expect(h.points.map((p) => [p.milestones.M0!.status, p.done])).toEqual([
      ["planned", 0],
      ["planned", 1],
      ["in_progress", 0],
      ["in_progress", 1],
    ]);
    expect(h.points.map((p) => p.ticked)).toEqual([0, 1, 0, 0]);
    expect(h.milestones[0]!.startedAt).toBe("2026-03-02T09:00:00Z");
  });

  it("a merge that brings the other side's version to the main line is a point (version differs from its first parent)", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-03-01T09:00:00Z");
    r.git("checkout", "-q", "-b", "feature");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M1", "- [x] Criterion 1 of M1");
    const b = r.commit("tick on feature", "2026-03-02T09:00:00Z");
    r.git("checkout", "-q", "main");
    r.write("other.txt", "x\n");
    r.commit("other work", "2026-03-03T09:00:00Z");
    r.gitAt("2026-03-04T09:00:00Z", "merge", "-q", "--no-ff", "--no-edit", "feature");
    const m = r.git("rev-parse", "HEAD");
    const h = await readHistory({ cwd: r.dir, file: "ROADMAP.md" });
    expect(h.points.map((p) => p.commit)).toEqual([a, b, m]);
    expect(h.points.map((p) => [p.done, p.ticked])).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
    ]);
  });

  it("reads a file deleted and restored: the deletion is not a point, the restored version is", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-04-01T09:00:00Z");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    const b = r.commit("tick", "2026-04-02T09:00:00Z");
    r.git("rm", "-q", "ROADMAP.md");
    r.commit("drop the roadmap", "2026-04-03T09:00:00Z");
    r.git("checkout", b, "--", "ROADMAP.md");
    r.replace("ROADMAP.md", "- [ ] Criterion 2 of M0", "- [x] Criterion 2 of M0");
    const d = r.commit("restore it", "2026-04-05T09:00:00Z");
    const h = await readHistory({ cwd: r.dir, file: "ROADMAP.md" });
    expect(h.points.map((p) => p.commit)).toEqual([a, b, d]);
    expect(h.points.map((p) => p.done)).toEqual([0, 1, 2]);
    expect(h.milestones[0]!.addedAt).toBe("2026-04-01T09:00:00Z");
  });

  it("works from a subdirectory: paths are relative to the repository top", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-05-01T09:00:00Z");
    r.write("src/deep/file.ts", "export {};\n");
    r.commit("code", "2026-05-02T09:00:00Z");
    const h = await readHistory({ cwd: path.join(r.dir, "src/deep"), file: "../../ROADMAP.md" });
    expect(h.file).toBe("ROADMAP.md");
    expect(h.points.map((p) => p.commit)).toEqual([a]);
  });

  it("asks the repository that holds the file, not the working directory", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const a = r.commit("init", "2026-05-01T09:00:00Z");
    const h = await readHistory({ cwd: tmpdir(), file: path.join(r.dir, "ROADMAP.md") });
    expect(h.points.map((p) => p.commit)).toEqual([a]);
  });

  it("reads a roadmap whose path has spaces and glob characters literally", async () => {
    const r = fresh();
    r.write("plans [2026]/road map*.md", TWO);
    r.write("plans [2026]/road map-other.md", TWO);
    const a = r.commit("init", "2026-05-01T09:00:00Z");
    r.write("plans [2026]/road map-other.md", TWO + "\n");
    r.commit("other", "2026-05-02T09:00:00Z");
    const h = await readHistory({ cwd: r.dir, file: "plans [2026]/road map*.md" });
    expect(h.points.map((p) => p.commit)).toEqual([a]);
  });
});

describe("history: bad input is a one-line UsageError", () => {
  it("not a git repository", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-nogit-"));
    try {
      writeFileSync(path.join(dir, "ROADMAP.md"), TWO);
      const e = await usageError(readHistory({ cwd: dir, file: "ROADMAP.md" }));
      expect(e.message).toMatch(/^not a git repository: /);
      expect(e.hint).toMatch(/git/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a file that was never committed", async () => {
    const r = fresh();
    r.write("README.md", "hi\n");
    r.commit("readme", "2026-01-01T00:00:00Z");
    r.write("ROADMAP.md", TWO);
    const e = await usageError(readHistory({ cwd: r.dir, file: "ROADMAP.md" }));
    expect(e.message).toBe("no git history for ROADMAP.md: the file has never been committed here");
    expect(e.hint).toBe("commit it first: git add ROADMAP.md && git commit");
  });

  it("a directory instead of a file", async () => {
    const r = fresh();
    r.write("docs/ROADMAP.md", TWO);
    r.commit("init", "2026-01-01T00:00:00Z");
    const e = await usageError(readHistory({ cwd: r.dir, file: "docs" }));
    expect(e.message).toBe("docs: is a directory, expected the roadmap's Markdown file");
  });

  it("a repository with no commits at all", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    const e = await usageError(readHistory({ cwd: r.dir, file: "ROADMAP.md" }));
    expect(e.message).toMatch(/^no git history for ROADMAP.md/);
  });

  it("a shallow clone says so and suggests git fetch --unshallow", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    r.commit("init", "2026-01-01T00:00:00Z");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    r.commit("tick", "2026-01-02T00:00:00Z");
    const clone = new TempRepo();
    repos.push(clone);
    clone.git("clone", "-q", "--depth", "1", `file://${r.dir}`, "c");
    const e = await usageError(readHistory({ cwd: path.join(clone.dir, "c"), file: "ROADMAP.md" }));
    expect(e.message).toMatch(/^ROADMAP.md: shallow clone: the history is cut off/);
    expect(e.hint).toMatch(/git fetch --unshallow/);
  });

  it("a corrupt blob", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    r.commit("init", "2026-01-01T00:00:00Z");
    const blob = r.git("rev-parse", "HEAD:ROADMAP.md");
    const file = path.join(r.dir, ".git/objects", blob.slice(0, 2), blob.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, "this is not zlib data");
    const e = await usageError(readHistory({ cwd: r.dir, file: "ROADMAP.md" }));
    expect(e.message).toMatch(/^git repository is damaged: /);
    expect(e.message).not.toMatch(/\n/);
    expect(e.hint).toMatch(/git fsck/);
  });

  it("a missing blob", async () => {
    const r = fresh();
    r.write("ROADMAP.md", TWO);
    r.commit("init", "2026-01-01T00:00:00Z");
    const blob = r.git("rev-parse", "HEAD:ROADMAP.md");
    unlinkSync(path.join(r.dir, ".git/objects", blob.slice(0, 2), blob.slice(2)));
    const e = await usageError(readHistory({ cwd: r.dir, file: "ROADMAP.md" }));
    expect(e.message).toMatch(/^git repository is damaged: .*missing/);
  });
});
