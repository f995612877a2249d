// End-to-end: the BUILT CLI (`npm run build` first) as a child process.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../harness/paths.js";
import { FIXTURES } from "./harness.js";

/** Runs `roadmark lint` without blocking the worker (a spawned child, awaited). */
function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "lint", ...args], { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, out, err }));
  });
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "roadmark-lint-e2e-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const CLEAN = readFileSync(path.join(ROOT, "examples/ROADMAP.md"), "utf8");
const DRIFT = readFileSync(path.join(FIXTURES, "overview-sync/findings.md"), "utf8");
const WARN_ONLY = CLEAN.replace("| M2 | Public API | Read-only JSON API with caching | Planned |", "| M2 | Public API | Read-only JSON API with caching | In Progress |").replace("**Dependencies:** M1\n", "**Dependencies:** M0\n");

describe("roadmark lint (built CLI)", () => {
  beforeAll(() => {
    expect(existsSync(CLI), "run `npm run build` first").toBe(true);
  });

  it("a clean roadmap: exit 0, no output; the default roadmap is found without arguments", async () => {
    const dir = workdir({ "ROADMAP.md": CLEAN });
    const r = (await run([], dir));
    expect(r).toEqual({ code: 0, out: "", err: "" });
  });

  it("stylish: findings grouped by file with a summary, exit 1 on errors", async () => {
    const dir = workdir({ "ROADMAP.md": DRIFT });
    const r = (await run(["ROADMAP.md"], dir));
    expect(r.code).toBe(1);
    expect(r.out).toContain("ROADMAP.md\n");
    expect(r.out).toMatch(/^ {2}10:8 +error +Unexpected title `Feed Imports` .* overview-sync$/m);
    expect(r.out).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(r.out).not.toContain("\u001b[");
  });

  it("json: the contract's shape; stdout holds only JSON", async () => {
    const dir = workdir({ "a.md": DRIFT, "b.md": CLEAN });
    const r = (await run(["--format", "json", "a.md", "b.md"], dir));
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { file: string; diagnostics: { ruleId: string; line: number; fixable: boolean }[] }[];
    expect(json.map((f) => f.file)).toEqual(["a.md", "b.md"]);
    expect(json[1]!.diagnostics).toEqual([]);
    expect(json[0]!.diagnostics.find((d) => d.ruleId === "overview-sync" && d.line === 10)).toMatchObject({ fixable: true });
  });

  it("sarif: a 2.1.0 log on stdout", async () => {
    const dir = workdir({ "ROADMAP.md": DRIFT });
    const r = (await run(["--format", "sarif"], dir));
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as { version: string; runs: { results: { ruleId: string }[]; tool: { driver: { name: string } } }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.tool.driver.name).toBe("roadmark");
    expect(log.runs[0]!.results.some((x) => x.ruleId === "overview-sync")).toBe(true);
  });

  it("sarif: a file outside the cwd gets a file: URI, one inside a %SRCROOT%-relative one", async () => {
    const here = realpathSync(workdir({ "ROADMAP.md": DRIFT }));
    const there = realpathSync(workdir({ "ROADMAP.md": DRIFT }));
    const r = (await run(["--format", "sarif", "ROADMAP.md", path.join(there, "ROADMAP.md")], here));
    const log = JSON.parse(r.out) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; artifacts: { location: { uri: string; uriBaseId?: string } }[] }[] };
    expect(log.runs[0]!.originalUriBaseIds["%SRCROOT%"]!.uri).toBe(pathToFileURL(here).href + "/");
    expect(log.runs[0]!.artifacts.map((a) => a.location)).toEqual([{ uri: "ROADMAP.md", uriBaseId: "%SRCROOT%" }, { uri: pathToFileURL(path.join(there, "ROADMAP.md")).href }]);
  });

  it("github: workflow annotations", async () => {
    const dir = workdir({ "ROADMAP.md": DRIFT });
    const r = (await run(["--format", "github"], dir));
    expect(r.code).toBe(1);
    expect(r.out).toContain("::error file=ROADMAP.md,line=10,col=8,");
    expect(r.out).toContain(",title=overview-sync::Unexpected title `Feed Imports`");
  });

  it("warnings alone exit 0, and 1 once they exceed --max-warnings", async () => {
    const dir = workdir({ "ROADMAP.md": WARN_ONLY });
    const plain = (await run([], dir));
    expect(plain.code).toBe(0);
    expect(plain.out).toContain("single-in-progress");
    expect((await run(["--max-warnings", "1"], dir)).code).toBe(0);
    const over = (await run(["--max-warnings", "0"], dir));
    expect(over.code).toBe(1);
    expect(over.err).toContain("too many warnings");
  });

  it("--fix writes the fixed file atomically and reports what remains", async () => {
    const dir = workdir({ "ROADMAP.md": DRIFT });
    const r = (await run(["--fix", "--format", "json"], dir));
    const fixed = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    expect(fixed).toBe(readFileSync(path.join(FIXTURES, "overview-sync/findings.fixed.md"), "utf8"));
    const json = JSON.parse(r.out) as { diagnostics: { ruleId: string; fixable: boolean }[] }[];
    expect(json[0]!.diagnostics.filter((d) => d.fixable)).toEqual([]);
    expect(json[0]!.diagnostics.some((d) => d.ruleId === "overview-sync")).toBe(true); // a row without a section is not fixable
    expect(r.code).toBe(1);
    expect(r.err).toBe("roadmark: ROADMAP.md: fixed 3 problems\n");
  });

  it("--fix refuses a Windows-1252 file (exit 2, nothing written)", async () => {
    const dir = workdir({});
    const bytes = Buffer.from(DRIFT.replace("Feed Imports", "Caf\u00e9 Imports"), "latin1");
    writeFileSync(path.join(dir, "ROADMAP.md"), bytes);
    const r = (await run(["--fix"], dir));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^roadmark: ROADMAP\.md: not valid UTF-8 \(read as Windows-1252\); refusing to fix\n/);
    expect(readFileSync(path.join(dir, "ROADMAP.md")).equals(bytes)).toBe(true);
  });

  it("globs: several files; a glob matching nothing is exit 2 with one line", async () => {
    const dir = workdir({ "a.md": CLEAN, "b.md": CLEAN, "notes.txt": "x" });
    const r = (await run(["--format", "json", "*.md"], dir));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { file: string }[]).map((f) => f.file)).toEqual(["a.md", "b.md"]);
    const none = (await run(["*.markdown"], dir));
    expect(none.code).toBe(2);
    expect(none.err.split("\n")[0]).toBe('roadmark: no files match "*.markdown"');
    expect(none.out).toBe("");
  });

  it("bad input is exit 2 with one line: missing file, bad config, unknown format", async () => {
    const dir = workdir({ "ROADMAP.md": CLEAN });
    const missing = (await run(["nope.md"], dir));
    expect(missing.code).toBe(2);
    expect(missing.err.split("\n")[0]).toBe("roadmark: nope.md: no such file");
    writeFileSync(path.join(dir, ".roadmarkrc.json"), JSON.stringify({ rules: { stale: ["warn", { days: "x" }] } }));
    const bad = (await run([], dir));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^roadmark: config: .*\.roadmarkrc\.json: rules\.stale\.days must be a non-negative number, got "x"\n$/);
    expect((await run(["--format", "xml"], dir)).code).toBe(2);
  });

  it("config upward and --config: severities change the exit code", async () => {
    const dir = workdir({ "ROADMAP.md": WARN_ONLY, "strict.json": JSON.stringify({ rules: { "single-in-progress": "error" } }) });
    expect((await run([], dir)).code).toBe(0);
    expect((await run(["--config", "strict.json"], dir)).code).toBe(1);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "x", roadmark: { rules: { "single-in-progress": "error" } } }));
    expect((await run([], dir)).code).toBe(1);
  });

  it("a document that is not a roadmap: one info note, exit 0", async () => {
    const dir = workdir({ "NOTES.md": "# Notes\n\nNothing planned here.\n" });
    const r = (await run(["NOTES.md", "--format", "json"], dir));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { diagnostics: { ruleId: string; severity: string }[] }[];
    expect(json[0]!.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["no-milestones", "info"]]);
  });

  it("the CRLF fixture fixes to its snapshot byte for byte", async () => {
    const dir = workdir({});
    copyFileSync(path.join(FIXTURES, "overview-sync/findings-crlf.md"), path.join(dir, "ROADMAP.md"));
    (await run(["--fix"], dir));
    expect(readFileSync(path.join(dir, "ROADMAP.md")).equals(readFileSync(path.join(FIXTURES, "overview-sync/findings-crlf.fixed.md")))).toBe(true);
  });
});
