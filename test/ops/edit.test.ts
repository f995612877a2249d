// The edit transaction of the operations layer: hashes, expected hashes, locks, typed errors.
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initRoadmap } from "../../src/edit/operations/init.js";
import { lockPathOf } from "../../src/io/lock.js";
import { ERROR_CODES } from "../../src/model/errors.js";
import { edit, EDIT_OPS, PLANNERS } from "../../src/ops/edit.js";
import { hashOf } from "../../src/ops/hash.js";
import { status } from "../../src/ops/read.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { findMilestone } from "../../src/model/milestones.js";
import { cli, tempRoadmap } from "../edit/cli-run.js";

// Real criteria: tick refuses the template's `[Criterion 1]` placeholders.
const ROADMAP = initRoadmap({ name: "Ops", milestones: 3 }).replace(/\[Criterion (\d+)\]/g, "Criterion $1 holds");

describe("ops/edit", () => {
  it("returns the new hash, the diff and the milestone, and leaves no temp or lock file", async () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const before = await status({ cwd: dir });
    expect(before.hash).toBe(hashOf(readFileSync(file)));
    expect(before.json.hash).toBe(before.hash);
    const r = await edit({ cwd: dir }, { op: "tick", id: "M1", criterion: "1" }, { expectHash: before.hash });
    expect(r).toMatchObject({ changed: true, milestone: "M1", display: "ROADMAP.md", dryRun: false });
    expect(r.hash).toBe(hashOf(readFileSync(file)));
    expect(r.hash).not.toBe(before.hash);
    expect(r.diff).toMatch(/^--- a\/ROADMAP\.md\n\+\+\+ b\/ROADMAP\.md\n/);
    expect(readdirSync(dir)).toEqual(["ROADMAP.md"]);
  });

  it("the hash and diff, worked out when first read, describe this edit's bytes even after a later write", async () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const first = await edit({ cwd: dir }, { op: "tick", id: "M1", criterion: "1" });
    const written = readFileSync(file);
    const noop = await edit({ cwd: dir }, { op: "tick", id: "M1", criterion: "1" });
    await edit({ cwd: dir }, { op: "learn", id: "M2", text: "a later write" });
    expect(first.hash).toBe(hashOf(written));
    expect(noop).toMatchObject({ changed: false, hash: hashOf(written), diff: "" });
    expect(first.diff).toMatch(/^-- \[ \] Criterion 1 holds$/m);
    expect(first.diff).not.toMatch(/a later write/);
    expect(JSON.parse(JSON.stringify(first))).toMatchObject({ hash: first.hash, diff: first.diff, changed: true });
  });

  it("refuses a stale expected hash with STALE and the current hash, writing nothing", async () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const old = hashOf(ROADMAP);
    writeFileSync(file, ROADMAP + "\nsomeone else\n");
    const err = await edit({ cwd: dir }, { op: "tick", id: "M1", criterion: "1" }, { expectHash: old }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "STALE", currentHash: hashOf(readFileSync(file)) });
    expect(readFileSync(file, "utf8")).toBe(ROADMAP + "\nsomeone else\n");
    await expect(edit({ cwd: dir }, { op: "sync" }, { expectHash: "nonsense" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("a dry run writes nothing and reports the current hash", async () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const r = await edit({ cwd: dir }, { op: "learn", id: "M2", text: "dry" }, { dryRun: true });
    expect(r.changed).toBe(true);
    expect(r.hash).toBe(hashOf(ROADMAP));
    expect(readFileSync(file, "utf8")).toBe(ROADMAP);
  });

  it("types its errors: NOT_FOUND, REFUSED with blockers, LOCKED", async () => {
    const { dir } = tempRoadmap(ROADMAP);
    await expect(edit({ cwd: dir }, { op: "start", id: "M9" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(edit({ cwd: dir, file: "nope.md" }, { op: "sync" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const refused = await edit({ cwd: dir }, { op: "done", id: "M1" }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "REFUSED", overridable: true });
    expect((refused as { blockers: string[] }).blockers.length).toBeGreaterThan(0);
    expect((refused as Error).message).not.toMatch(/--force/);
    mkdirSync(lockPathOf(path.join(dir, "ROADMAP.md")));
    await expect(edit({ cwd: dir }, { op: "learn", id: "M1", text: "x" }, { lock: { waitMs: 150 } })).rejects.toMatchObject({ code: "LOCKED" });
  });

  it("recovers a stale lock left by a crashed writer", async () => {
    const { dir } = tempRoadmap(ROADMAP);
    const lock = lockPathOf(path.join(dir, "ROADMAP.md"));
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await edit({ cwd: dir }, { op: "learn", id: "M1", text: "after a crash" }, { lock: { waitMs: 150 } });
    expect(r.changed).toBe(true);
    expect(readdirSync(dir)).toEqual(["ROADMAP.md"]);
  });

  it("loses no write: 12 concurrent writers each re-read inside the lock", async () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const texts = Array.from({ length: 12 }, (_, i) => `learning ${i}`);
    await Promise.all(texts.map((text, i) => edit({ cwd: dir }, { op: "learn", id: `M${i % 3}`, text })));
    const after = parseRoadmap(readFileSync(file, "utf8"));
    const learned = after.milestones.flatMap((m) => m.learnings.map((l) => l.text));
    expect(learned.sort()).toEqual([...texts].sort());
    expect(readdirSync(dir)).toEqual(["ROADMAP.md"]);
  });

  it("has one planner per op and one exit-mapped code per error", () => {
    expect(Object.keys(PLANNERS).sort()).toEqual([...EDIT_OPS].sort());
    expect(ERROR_CODES).toEqual(expect.arrayContaining(["STALE", "REFUSED", "NOT_FOUND", "BAD_INPUT", "LOCKED"]));
    expect(findMilestone(parseRoadmap(ROADMAP), "M1")).toBeDefined();
  });
});

describe("the editing commands with --expect-hash and --json (built CLI)", () => {
  it("prints { file, hash, changed, diff, milestone } and refuses a stale hash with exit 2", () => {
    const { dir, file } = tempRoadmap(ROADMAP);
    const st = JSON.parse(cli(dir, "status", "--json").stdout) as { hash: string };
    expect(st.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const ok = cli(dir, "tick", "M1", "1", "--expect-hash", st.hash, "--json");
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.stdout) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(["file", "hash", "changed", "diff", "milestone"]);
    expect(j).toMatchObject({ file: "ROADMAP.md", changed: true, milestone: "M1", hash: hashOf(readFileSync(file)) });
    const before = readFileSync(file, "utf8");
    const stale = cli(dir, "tick", "M1", "2", "--expect-hash", st.hash);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^roadmark: ROADMAP\.md: the file changed since it was read \(now sha256:[0-9a-f]{64}\); nothing written\nhint: .*--expect-hash/);
    expect(readFileSync(file, "utf8")).toBe(before);
    const refused = cli(dir, "done", "M2");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/pass --force to override/);
  });
});
