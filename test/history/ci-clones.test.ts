// History in the clones CI makes: shallow (fetch-depth: 1), blobless (--filter=blob:none) and
// trimmed (--filter=blob:limit, large files left out), with the promisor remote gone or not.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHistory } from "../../src/history/read-history.js";
import { similarity } from "../../src/history/git.js";
import { UsageError } from "../../src/model/errors.js";
import { TempRepo, roadmap } from "./temp-repo.js";

const ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" };

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Blob ids git knows of but does not have (never fetches them to find out). */
function missingBlobs(dir: string): Set<string> {
  const out = git(dir, "rev-list", "--objects", "--all", "--missing=print");
  return new Set(out.split("\n").filter((l) => l.startsWith("?")).map((l) => l.slice(1)));
}

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

const big = (): string => randomBytes(200_000).toString("base64");

describe("history in CI checkouts", () => {
  let origin: TempRepo;
  let root: string;
  const commits: string[] = [];
  let bigBlobs: string[] = [];

  beforeAll(() => {
    // docs/ROADMAP.md → ROADMAP.md renamed with an edit in the commit that also swaps large data files.
    origin = TempRepo.init();
    root = mkdtempSync(path.join(tmpdir(), "roadmark-clones-"));
    origin.write("docs/ROADMAP.md", roadmap([{ status: "In Progress", ticked: 0 }, { status: "Planned", ticked: 0 }]));
    origin.write("data/one.csv", big());
    commits.push(origin.commit("init", "2026-01-05T09:00:00Z"));
    origin.replace("docs/ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    origin.write("data/one.csv", big());
    commits.push(origin.commit("tick", "2026-01-06T09:00:00Z"));
    origin.git("mv", "docs/ROADMAP.md", "ROADMAP.md");
    origin.git("rm", "-q", "data/one.csv");
    origin.write("data/two.csv", big());
    origin.write("notes.md", "# Notes\n\nUnrelated.\n");
    origin.replace("ROADMAP.md", "- [ ] Criterion 2 of M0", "- [x] Criterion 2 of M0");
    commits.push(origin.commit("move the roadmap and swap data", "2026-01-07T09:00:00Z"));
    origin.write("data/two.csv", big());
    origin.write("notes.md", "# Notes\n\nStill unrelated.\n");
    commits.push(origin.commit("new data", "2026-01-08T09:00:00Z"));
    origin.replace("ROADMAP.md", "- [ ] Criterion 3 of M0", "- [x] Criterion 3 of M0");
    commits.push(origin.commit("tick 3", "2026-01-09T09:00:00Z"));
    const bare = path.join(root, "origin.git");
    git(root, "clone", "-q", "--bare", origin.dir, bare);
    git(bare, "config", "uploadpack.allowFilter", "true");
    git(bare, "config", "uploadpack.allowAnySHA1InWant", "true");
    const url = `file://${bare}`;
    git(root, "clone", "-q", "--filter=blob:limit=50k", url, "trimmed");
    git(root, "clone", "-q", "--filter=blob:none", url, "blobless");
    git(root, "clone", "-q", "--filter=blob:none", url, "blobless-online");
    git(root, "clone", "-q", "--depth=1", url, "shallow");
    bigBlobs = [...missingBlobs(path.join(root, "trimmed"))];
  });
  afterAll(() => {
    origin.remove();
    rmSync(root, { recursive: true, force: true });
  });

  /** Runs `f` with the promisor remote unreachable (the bare repository moved away). */
  async function offline<T>(f: () => Promise<T>): Promise<T> {
    renameSync(path.join(root, "origin.git"), path.join(root, "origin-away.git"));
    try {
      return await f();
    } finally {
      renameSync(path.join(root, "origin-away.git"), path.join(root, "origin.git"));
    }
  }

  it("the fixture's clones lack the large files' blobs, and git log --follow fails on them", async () => {
    expect(bigBlobs.length).toBeGreaterThanOrEqual(3);
    const follow = (): string => git(path.join(root, "trimmed"), "log", "--follow", "--raw", "--format=%H", "--", "ROADMAP.md");
    await offline(async () => expect(follow).toThrow(/promisor remote|unable to read/));
  });

  it("a clone without the large files (promisor remote unreachable) still yields the roadmap's history, across the rename", async () => {
    const h = await offline(() => readHistory({ cwd: path.join(root, "trimmed"), file: "ROADMAP.md" }));
    expect(h.file).toBe("ROADMAP.md");
    expect(h.points.map((p) => p.commit)).toEqual(commits.filter((_, i) => i !== 3));
    expect(h.points.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(h.milestones[0]!.addedAt).toBe("2026-01-05T09:00:00Z");
  });

  it("a blobless clone fetches the roadmap's own versions only", async () => {
    const dir = path.join(root, "blobless-online");
    const before = missingBlobs(dir);
    const h = await readHistory({ cwd: dir, file: "ROADMAP.md" });
    expect(h.points.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    const after = missingBlobs(dir);
    for (const b of bigBlobs) expect(after.has(b), `large blob ${b} was fetched`).toBe(true);
    expect(after.size).toBeLessThan(before.size);
  });

  it("a blobless clone with its remote gone: one clear line, not 'damaged'", async () => {
    const e = await offline(() => usageError(readHistory({ cwd: path.join(root, "blobless"), file: "ROADMAP.md" })));
    expect(e.message).toMatch(/^reading the history of ROADMAP\.md: a past version of the roadmap \([0-9a-f]{12}\) is not in this partial clone, and its promisor remote cannot be reached$/);
    expect(e.hint).toContain("fetch-depth: 0");
  });

  it("a shallow clone: a clear note pointing at fetch-depth: 0", async () => {
    const e = await usageError(readHistory({ cwd: path.join(root, "shallow"), file: "ROADMAP.md" }));
    expect(e.message).toMatch(/shallow clone/);
    expect(e.hint).toContain("fetch-depth: 0");
  });
});

describe("renames of the roadmap, found without --follow", () => {
  it("an unrelated Markdown file deleted when the roadmap is added is not taken for its past", async () => {
    const r = TempRepo.init();
    try {
      r.write("OLD.md", "# Something else\n\nentirely.\n");
      r.commit("old", "2026-02-01T09:00:00Z");
      r.git("rm", "-q", "OLD.md");
      mkdirSync(path.join(r.dir, "x"));
      r.write("ROADMAP.md", roadmap([{ status: "Planned", ticked: 0 }]));
      const added = r.commit("roadmap", "2026-02-02T09:00:00Z");
      const h = await readHistory({ cwd: r.dir, file: "ROADMAP.md" });
      expect(h.points.map((p) => p.commit)).toEqual([added]);
    } finally {
      r.remove();
    }
  });

  it("similarity scores kept lines by bytes over the larger side", () => {
    expect(similarity(Buffer.from("a\nb\nc\n"), Buffer.from("a\nb\nc\n"))).toBe(1);
    expect(similarity(Buffer.from("a\nb\n"), Buffer.from("x\ny\n"))).toBeLessThan(0.5);
    expect(similarity(Buffer.from(""), Buffer.from(""))).toBe(1);
  });
});
