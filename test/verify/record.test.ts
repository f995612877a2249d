import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRecord, writeRecord } from "../../src/io/verify-record.js";
import { findGitPlace } from "../../src/ops/verify-context.js";
import { commandHash, criterionState, currentResult, EMPTY_RECORD, recordKey, type RecordEntry } from "../../src/verify/record.js";
import { tempDir } from "../harness/cli.js";
import { TempRepo } from "../history/temp-repo.js";

const entry = (over: Partial<RecordEntry> = {}): RecordEntry => ({
  milestone: "M0",
  text: "Tests pass",
  commandHash: commandHash("npm test"),
  status: "passed",
  exitCode: 0,
  durationMs: 12,
  at: "2026-12-06T00:00:00.000Z",
  commit: "aaa",
  ...over,
});

describe("record", () => {
  it("lives in <git-dir>/roadmark/verify.json with HEAD; nothing outside git", async () => {
    const repo = TempRepo.init();
    const empty = await findGitPlace(repo.dir);
    expect(empty?.recordFile).toBe(path.join(repo.git("rev-parse", "--absolute-git-dir"), "roadmark", "verify.json"));
    expect(empty?.head).toBeNull(); // no commit yet
    writeFileSync(path.join(repo.dir, "a.txt"), "a");
    repo.git("add", "a.txt");
    repo.git("commit", "-qm", "a");
    mkdirSync(path.join(repo.dir, "sub"));
    expect((await findGitPlace(path.join(repo.dir, "sub")))?.head).toBe(repo.git("rev-parse", "HEAD"));
    expect(await findGitPlace(tempDir())).toBeUndefined();
  });

  it("writes atomically, creating the folder, and merges with what is on disk", async () => {
    const file = path.join(tempDir(), "roadmark", "verify.json");
    expect(await readRecord(file)).toEqual(EMPTY_RECORD);
    await writeRecord(file, [entry()]);
    await writeRecord(file, [entry({ text: "Builds", status: "failed", exitCode: 2 })]);
    const r = await readRecord(file);
    expect(Object.keys(r.results).sort()).toEqual([recordKey("M0", "Builds"), recordKey("M0", "Tests pass")]);
    // A newer run of one criterion replaces its entry.
    await writeRecord(file, [entry({ status: "timed_out", exitCode: null })]);
    expect((await readRecord(file)).results[recordKey("M0", "Tests pass")]?.status).toBe("timed_out");
    // Garbage is an empty record, not a crash; a malformed entry is dropped.
    writeFileSync(file, "{oops");
    expect(await readRecord(file)).toEqual(EMPTY_RECORD);
    writeFileSync(file, JSON.stringify({ version: 1, results: { a: { status: "weird" }, [recordKey("M0", "Tests pass")]: entry() } }));
    expect(Object.keys((await readRecord(file)).results)).toEqual([recordKey("M0", "Tests pass")]);
    expect(readFileSync(file, "utf8")).toContain("Tests pass");
  });

  it("derives verified / failing / stale / none", () => {
    const record = { version: 1 as const, results: { [recordKey("M0", "Tests pass")]: entry() } };
    const m = { id: "M0" };
    const c = (command: string | null, text = "Tests pass") => ({ text, verify: command === null ? null : { command, span: { start: 0, end: 0 } } });
    expect(criterionState(record, "aaa", m, c("npm test")).state).toBe("verified");
    expect(criterionState(record, "bbb", m, c("npm test")).state).toBe("stale"); // HEAD moved
    expect(criterionState(record, "aaa", m, c("npm test -- --run")).state).toBe("stale"); // command changed
    expect(criterionState(record, "aaa", m, c("npm test", "Other")).state).toBe("none");
    expect(criterionState(record, "aaa", m, c(null)).state).toBe("none");
    const failed = { version: 1 as const, results: { [recordKey("M0", "Tests pass")]: entry({ status: "failed", exitCode: 1 }) } };
    expect(criterionState(failed, "aaa", m, c("npm test")).state).toBe("failing");
    // The latest result for the current command, whatever HEAD did since (for verify-failing).
    expect(currentResult(failed, m, c("npm test"))?.status).toBe("failed");
    expect(currentResult(failed, m, c("npm test -- --run"))).toBeUndefined();
  });
});
