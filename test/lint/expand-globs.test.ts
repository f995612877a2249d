import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandBraces, expandFileArgs, globFiles, hasMagic, segmentRegex } from "../../src/lint/expand-globs.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), "roadmark-glob-"));
  made.push(root);
  for (const f of ["ROADMAP.md", "docs/ROADMAP.md", "docs/roadmap/old.md", "docs/notes.txt", ".planning/ROADMAP.md", "node_modules/x/ROADMAP.md", "a1.md", "b2.md"]) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "# x\n");
  }
  return root;
}

describe("file arguments", () => {
  it("knows globs from paths and expands braces", () => {
    expect(hasMagic("docs/*.md")).toBe(true);
    expect(hasMagic("docs/ROADMAP.md")).toBe(false);
    expect(expandBraces("{a,b}/{c,d}.md")).toEqual(["a/c.md", "a/d.md", "b/c.md", "b/d.md"]);
    expect(segmentRegex("*.md").test(".hidden.md")).toBe(false);
    expect(segmentRegex("[ab]?.md").test("a1.md")).toBe(true);
  });

  it("expands *, **, ? and [] with node's fs, skipping node_modules and dot folders under **", () => {
    const root = tree();
    const rel = (xs: string[]): string[] => xs.map((x) => path.relative(root, x));
    expect(rel(globFiles("*.md", root))).toEqual(["ROADMAP.md", "a1.md", "b2.md"]);
    expect(rel(globFiles("**/ROADMAP.md", root))).toEqual(["ROADMAP.md", "docs/ROADMAP.md"]);
    expect(rel(globFiles(".planning/*.md", root))).toEqual([".planning/ROADMAP.md"]);
    expect(rel(globFiles("[ab]?.md", root))).toEqual(["a1.md", "b2.md"]);
    expect(rel(globFiles("docs/**/*.md", root))).toEqual(["docs/ROADMAP.md", "docs/roadmap/old.md"]);
  });

  it("keeps plain paths, drops duplicates, and a glob matching nothing is a usage error", () => {
    const root = tree();
    expect(expandFileArgs(["ROADMAP.md", "*.md"], root).map((x) => path.relative(root, x))).toEqual(["ROADMAP.md", "a1.md", "b2.md"]);
    expect(() => expandFileArgs(["*.txt"], root)).toThrow(/no files match "\*\.txt"/);
  });
});

describe("git work tree lookup", () => {
  it("finds .git above a folder, and nothing outside", async () => {
    const { GitRootFinder, findGitRoot } = await import("../../src/io/git-root.js");
    const root = tree();
    const finder = new GitRootFinder();
    expect(finder.rootOf(path.join(root, "docs/roadmap"))).toBeUndefined();
    mkdirSync(path.join(root, ".git"));
    expect(new GitRootFinder().rootOf(path.join(root, "docs/roadmap"))).toBe(root);
    expect(findGitRoot(path.join(root, "docs/roadmap"))).toBe(root);
    writeFileSync(path.join(root, "docs/.git"), "gitdir: elsewhere\n");
    expect(new GitRootFinder().rootOf(path.join(root, "docs"))).toBe(path.join(root, "docs"));
  });
});
