import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { STATUS_SCHEMA } from "../../src/report/status-schema.js";
import { runCli, tempDir } from "../harness/cli.js";
import { CLI, CORPUS, ROOT, TEMPLATE, corpusFiles } from "../harness/paths.js";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

const EXAMPLE = path.join(ROOT, "examples/ROADMAP.md");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(STATUS_SCHEMA);

describe("roadmark status", () => {
  it("prints one line per milestone with a bar, then the current milestone and its next criterion", () => {
    const r = runCli(["status", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^[ ›] M\d/.test(l))).toHaveLength(4);
    expect(r.stdout).toMatch(/M1\s+Tide Data Import\s+▶ in progress\s+█████░░░░░ 2\/4/);
    expect(r.stdout).toContain("Current:  M1 Tide Data Import");
    expect(r.stdout).toContain("Next:     Re-importing the same file is idempotent");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("--json matches the contract and validates against `roadmark schema`", () => {
    const r = runCli(["status", EXAMPLE, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ schemaVersion: 1, format: "template", title: "Roadmap", current: "M1", progress: { done: 5, total: 12 } });
    expect(json.next).toEqual({ milestone: "M1", criterion: "Re-importing the same file is idempotent" });
    expect(json.milestones[0]).toMatchObject({ id: "M0", title: "Foundations", status: "done", dependsOn: [], progress: { done: 3, total: 3 }, line: 17 });
    expect(json.milestones[0].criteria[0]).toEqual({ text: "Repository, CI and release pipeline in place", checked: true, line: 22, verify: null, verifyResult: null });
    const schema = JSON.parse(runCli(["schema"]).stdout);
    expect(schema).toEqual(JSON.parse(JSON.stringify(STATUS_SCHEMA)));
  });

  it("every corpus file and the template give schema-valid JSON, with only JSON on stdout", async () => {
    // Spawned asynchronously: 113 synchronous runs would block the worker past vitest's RPC timeout under load.
    for (const f of [TEMPLATE, ...corpusFiles()]) {
      const r = await execFileAsync(process.execPath, [CLI, "status", "--json", f], { env: { ...process.env, NO_COLOR: "1", ROADMARK_DEBUG: "" }, maxBuffer: 64 * 1024 * 1024 });
      const json = JSON.parse(r.stdout);
      expect(validate(json), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  }, 600_000); // 113 CLI runs: on a shared 2-core machine one run can take 2 s

  it("finds the roadmap in the default locations and takes -f", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "docs/roadmap"), { recursive: true });
    copyFileSync(EXAMPLE, path.join(dir, "docs/roadmap/ROADMAP.md"));
    expect(runCli(["status", "--json"], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(runCli(["status", "--json"], { cwd: dir }).stdout).file).toBe("docs/roadmap/ROADMAP.md");
    copyFileSync(TEMPLATE, path.join(dir, "other.md"));
    expect(JSON.parse(runCli(["status", "--json", "-f", "other.md"], { cwd: dir }).stdout).milestones).toHaveLength(4);
    const none = runCli(["status"], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")[0]).toMatch(/^roadmark: no roadmap found: /);
  });
});

describe("roadmark next", () => {
  it("names the current milestone's open criteria", () => {
    const r = runCli(["next", "-f", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Continue M1: Tide Data Import");
    expect(r.stdout).toContain("[ ] Re-importing the same file is idempotent");
    const j = JSON.parse(runCli(["next", "--json", "-f", EXAMPLE]).stdout);
    expect(j.milestone).toMatchObject({ id: "M1", status: "in_progress" });
    expect(j.open).toHaveLength(2);
  });
});

describe("help and version", () => {
  it("--help lists the commands and --version prints the package version", () => {
    const h = runCli(["--help"]);
    expect(h.code).toBe(0);
    for (const c of ["status", "next", "schema", "lint", "tick", "history", "render", "serve"]) expect(h.stdout).toContain(c);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("a bad option or command is a usage error: exit 2", () => {
    expect(runCli(["status", "--bogus"]).code).toBe(2);
    expect(runCli(["frobnicate"]).code).toBe(2);
    expect(runCli(["status", "--max-size", "lots"]).code).toBe(2);
  });
});

describe("bad input", () => {
  const oneLine = (stderr: string) => {
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^roadmark: /);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    return lines[0]!;
  };

  it("a missing file", () => {
    const r = runCli(["status", "nope/ROADMAP.md"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe("roadmark: nope/ROADMAP.md: no such file");
  });

  it("a directory", () => {
    const dir = tempDir();
    const r = runCli(["status", dir]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("is a directory");
  });

  it("a binary file", () => {
    const f = path.join(tempDir(), "bin.md");
    writeFileSync(f, Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42]));
    const r = runCli(["status", f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("binary file (NUL byte at offset 3)");
  });

  it("a file over 64 MB, unless --max-size", () => {
    const f = path.join(tempDir(), "huge.md");
    writeFileSync(f, "");
    truncateSync(f, 65 * 1024 * 1024);
    const r = runCli(["status", f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/file too large \(65\.0 MB, limit 64\.0 MB\)/);
    const small = runCli(["status", path.join(ROOT, "examples/ROADMAP.md"), "--max-size", "100"]);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain("limit 100 B");
  });

  it("an unreadable file", () => {
    if (process.getuid?.() === 0) return expect(true).toBe(true); // root reads everything
    const f = path.join(tempDir(), "locked.md");
    writeFileSync(f, "# x\n");
    chmodSync(f, 0);
    const r = runCli(["status", f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("permission denied");
  });

  it("bytes that are not UTF-8 decode as Windows-1252 with a warning on stderr", () => {
    const f = path.join(tempDir(), "legacy.md");
    writeFileSync(f, Buffer.from("## M0: Caf\xe9 \x93quoted\x94\n\n- [x] d\xe9j\xe0 vu\n", "latin1"));
    const r = runCli(["status", "--json", f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not valid UTF-8, read as Windows-1252/);
    const j = JSON.parse(r.stdout);
    expect(j.milestones[0].title).toBe("Café \u201cquoted\u201d");
    expect(j.milestones[0].criteria[0].text).toBe("déjà vu");
  });

  it("an empty file or one with no milestones is valid: exit 0 and a note on stderr", () => {
    for (const text of ["", "# Notes\n\nNothing planned here.\n"]) {
      const f = path.join(tempDir(), "ROADMAP.md");
      writeFileSync(f, text);
      const r = runCli(["status", "--json", f]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).milestones).toEqual([]);
      expect(r.stderr).toMatch(/no milestones found/);
    }
  });

  it("shows a stack only with ROADMARK_DEBUG=1", () => {
    const r = runCli(["status", "nope.md"], { env: { ROADMARK_DEBUG: "1" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it("keeps CORPUS reachable", () => {
    expect(corpusFiles()[0]!.startsWith(CORPUS)).toBe(true);
  });
});
