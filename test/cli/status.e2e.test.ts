// The built CLI's reading commands end to end: output, exit codes and one-line errors on stderr.
// Runs are asynchronous and, where independent, concurrent (a synchronous spawn blocks the test
// worker; on a loaded machine vitest's RPC then times out). What does not need a process (every
// corpus file's JSON against the schema) is checked in process, in test/ops/status.test.ts.
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { STATUS_SCHEMA } from "../../src/report/status-schema.js";
import { runCliAsync as runCli, tempDir } from "../harness/cli.js";
import { CORPUS, ROOT, TEMPLATE, corpusFiles } from "../harness/paths.js";

const EXAMPLE = path.join(ROOT, "examples/ROADMAP.md");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(STATUS_SCHEMA);

describe("roadmark status", () => {
  it("prints one line per milestone with a bar, then the current milestone and its next criterion", async () => {
    const r = await runCli(["status", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^[ ›] M\d/.test(l))).toHaveLength(4);
    expect(r.stdout).toMatch(/M1\s+Tide Data Import\s+▶ in progress\s+█████░░░░░ 2\/4/);
    expect(r.stdout).toContain("Current:  M1 Tide Data Import");
    expect(r.stdout).toContain("Next:     Re-importing the same file is idempotent");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("--json matches the contract and validates against `roadmark schema`", async () => {
    const [r, s] = await Promise.all([runCli(["status", EXAMPLE, "--json"]), runCli(["schema"])]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ schemaVersion: 1, format: "template", title: "Roadmap", current: "M1", progress: { done: 5, total: 12 } });
    expect(json.next).toEqual({ milestone: "M1", criterion: "Re-importing the same file is idempotent" });
    expect(json.milestones[0]).toMatchObject({ id: "M0", title: "Foundations", status: "done", dependsOn: [], progress: { done: 3, total: 3 }, line: 17 });
    expect(json.milestones[0].criteria[0]).toEqual({ text: "Repository, CI and release pipeline in place", checked: true, line: 22, verify: null, verifyResult: null });
    expect(JSON.parse(s.stdout)).toEqual(JSON.parse(JSON.stringify(STATUS_SCHEMA)));
  });

  it("the template and a sample of the corpus (every corpus file in process) give schema-valid JSON, with only JSON on stdout", async () => {
    const sample = [TEMPLATE, ...corpusFiles().filter((_, i) => i % 16 === 0)];
    const runs = await Promise.all(sample.map((f) => runCli(["status", "--json", f])));
    runs.forEach((r, i) => {
      expect(r.code, `${sample[i]}: ${r.stderr}`).toBe(0);
      expect(validate(JSON.parse(r.stdout)), `${sample[i]}: ${JSON.stringify(validate.errors)}`).toBe(true);
    });
  });

  it("finds the roadmap in the default locations and takes -f", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "docs/roadmap"), { recursive: true });
    copyFileSync(EXAMPLE, path.join(dir, "docs/roadmap/ROADMAP.md"));
    copyFileSync(TEMPLATE, path.join(dir, "other.md"));
    const [found, other, none] = await Promise.all([runCli(["status", "--json"], { cwd: dir }), runCli(["status", "--json", "-f", "other.md"], { cwd: dir }), runCli(["status"], { cwd: tempDir() })]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout).file).toBe("docs/roadmap/ROADMAP.md");
    expect(JSON.parse(other.stdout).milestones).toHaveLength(4);
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")[0]).toMatch(/^roadmark: no roadmap found: /);
  });
});

describe("roadmark next", () => {
  it("names the current milestone's open criteria", async () => {
    const [r, j] = await Promise.all([runCli(["next", "-f", EXAMPLE]), runCli(["next", "--json", "-f", EXAMPLE])]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Continue M1: Tide Data Import");
    expect(r.stdout).toContain("[ ] Re-importing the same file is idempotent");
    const json = JSON.parse(j.stdout);
    expect(json.milestone).toMatchObject({ id: "M1", status: "in_progress" });
    expect(json.open).toHaveLength(2);
  });
});

describe("help and version", () => {
  it("--help lists the commands and --version prints the package version", async () => {
    const [h, v] = await Promise.all([runCli(["--help"]), runCli(["--version"])]);
    expect(h.code).toBe(0);
    for (const c of ["status", "next", "schema", "lint", "tick", "history", "render", "serve"]) expect(h.stdout).toContain(c);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(v.stdout.trim()).toBe(pkg.version);
  });

  it("a bad option or command is a usage error: exit 2", async () => {
    const runs = await Promise.all([["status", "--bogus"], ["frobnicate"], ["status", "--max-size", "lots"]].map((args) => runCli(args)));
    for (const r of runs) expect(r.code).toBe(2);
  });
});

describe("bad input", () => {
  const oneLine = (stderr: string) => {
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^roadmark: /);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    return lines[0]!;
  };

  it("a missing file", async () => {
    const r = await runCli(["status", "nope/ROADMAP.md"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe("roadmark: nope/ROADMAP.md: no such file");
  });

  it("a directory", async () => {
    const dir = tempDir();
    const r = await runCli(["status", dir]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("is a directory");
  });

  it("a binary file", async () => {
    const f = path.join(tempDir(), "bin.md");
    writeFileSync(f, Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42]));
    const r = await runCli(["status", f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("binary file (NUL byte at offset 3)");
  });

  it("a file over 64 MB, unless --max-size", async () => {
    const f = path.join(tempDir(), "huge.md");
    writeFileSync(f, "");
    truncateSync(f, 65 * 1024 * 1024);
    const [r, small] = await Promise.all([runCli(["status", f]), runCli(["status", path.join(ROOT, "examples/ROADMAP.md"), "--max-size", "100"])]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/file too large \(65\.0 MB, limit 64\.0 MB\)/);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain("limit 100 B");
  });

  it("an unreadable file", async () => {
    if (process.getuid?.() === 0) return expect(true).toBe(true); // root reads everything
    const f = path.join(tempDir(), "locked.md");
    writeFileSync(f, "# x\n");
    chmodSync(f, 0);
    const r = await runCli(["status", f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("permission denied");
  });

  it("bytes that are not UTF-8 decode as Windows-1252 with a warning on stderr", async () => {
    const f = path.join(tempDir(), "legacy.md");
    writeFileSync(f, Buffer.from("## M0: Caf\xe9 \x93quoted\x94\n\n- [x] d\xe9j\xe0 vu\n", "latin1"));
    const r = await runCli(["status", "--json", f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not valid UTF-8, read as Windows-1252/);
    const j = JSON.parse(r.stdout);
    expect(j.milestones[0].title).toBe("Café \u201cquoted\u201d");
    expect(j.milestones[0].criteria[0].text).toBe("déjà vu");
  });

  it("an empty file or one with no milestones is valid: exit 0 and a note on stderr", async () => {
    const runs = await Promise.all(
      ["", "# Notes\n\nNothing planned here.\n"].map((text) => {
        const f = path.join(tempDir(), "ROADMAP.md");
        writeFileSync(f, text);
        return runCli(["status", "--json", f]);
      }),
    );
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).milestones).toEqual([]);
      expect(r.stderr).toMatch(/no milestones found/);
    }
  });

  it("shows a stack only with ROADMARK_DEBUG=1", async () => {
    const r = await runCli(["status", "nope.md"], { env: { ROADMARK_DEBUG: "1" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it("keeps CORPUS reachable", () => {
    expect(corpusFiles()[0]!.startsWith(CORPUS)).toBe(true);
  });
});
