// End-to-end: the built CLI's agent edits (`criterion`, `set`, `depend`, `undepend`) on temp
// copies (run `npm run build` first): output, exit codes, and a file untouched on failure.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { cli, tempRoadmap } from "./cli-run.js";

const DEPS = readFileSync(new URL("../fixtures/edit/depend/add.md", import.meta.url), "utf8");
const BASIC = readFileSync(new URL("../fixtures/edit/criterion/basic.md", import.meta.url), "utf8");
const FREE = readFileSync(new URL("../fixtures/edit/criterion/freeform.md", import.meta.url), "utf8");

/** Asserts a failed command: its exit code, one `roadmark:` line (plus an optional hint), the file untouched. */
function expectFailed(r: ReturnType<typeof cli>, code: number, file: string, before: string, pattern: RegExp): void {
  expect(r.code).toBe(code);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^roadmark: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (lines[1]) expect(lines[1]).toMatch(/^hint: /);
  expect(r.stdout).toBe("");
  expect(readFileSync(file, "utf8")).toBe(before);
}

describe("roadmark criterion add / edit / remove", () => {
  it("adds, edits and removes, writing what the planners plan", () => {
    const { dir, file } = tempRoadmap(BASIC);
    let r = cli(dir, "criterion", "add", "M1", "Import is idempotent");
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: 'M1: criterion 5 added "Import is idempotent" (5 in all)\n' });
    expect(readFileSync(file, "utf8")).toBe(readFileSync(new URL("../fixtures/edit/criterion/basic.expected.md", import.meta.url), "utf8"));
    r = cli(dir, "criterion", "add", "M1", "First", "--at", "1");
    expect(r.stdout).toBe('M1: criterion 1 added "First" (6 in all)\n');
    r = cli(dir, "criterion", "edit", "M1", "idempotent", "Import twice changes nothing");
    expect(r.stdout).toBe('M1: criterion 6 now reads "Import twice changes nothing"\n');
    r = cli(dir, "criterion", "remove", "M1", "1");
    expect(r.stdout).toBe('M1: criterion 1 removed "First" (5 left)\n');
    const m1 = parseRoadmap(readFileSync(file, "utf8")).milestones[1]!;
    expect(m1.criteria.map((c) => c.text)).toEqual(["Reader for CSV", "Re-importing keeps ids", "Errors name the line", "Import report", "Import twice changes nothing"]);
  });

  it("--dry-run prints the diff and writes nothing; an unchanged edit says so", () => {
    const { dir, file } = tempRoadmap(BASIC);
    let r = cli(dir, "criterion", "remove", "M2", "CSV", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--- a/ROADMAP.md\n+++ b/ROADMAP.md\n");
    expect(r.stdout).toContain("\n-- [ ] CSV export\n");
    r = cli(dir, "criterion", "edit", "M2", "1", "JSON export");
    expect(r.stdout).toBe("M2: criterion 1 already reads so; nothing written\n");
    expect(readFileSync(file, "utf8")).toBe(BASIC);
  });

  it("works under an existing checklist of a free-form roadmap", () => {
    const { dir, file } = tempRoadmap(FREE);
    const r = cli(dir, "criterion", "add", "1", "Publish to npm");
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("- [ ] Write the docs\n- [ ] Publish to npm\n");
  });

  it("unknown id, index out of range, bad --at, no checklist: exit 2, nothing written", () => {
    const { dir, file } = tempRoadmap(BASIC);
    expectFailed(cli(dir, "criterion", "add", "M9", "x"), 2, file, BASIC, /unknown milestone "M9"/);
    expectFailed(cli(dir, "criterion", "remove", "M1", "9"), 2, file, BASIC, /criterion 9 of M1 is out of range/);
    expectFailed(cli(dir, "criterion", "edit", "M1", "0", "x"), 2, file, BASIC, /out of range/);
    expectFailed(cli(dir, "criterion", "add", "M1", "x", "--at", "9"), 2, file, BASIC, /position 9 is out of range for M1: give 1–5/);
    expectFailed(cli(dir, "criterion", "add", "M1", "x", "--at", "zero"), 2, file, BASIC, /--at must be a whole number/);
    const free = tempRoadmap(FREE);
    expectFailed(cli(free.dir, "criterion", "add", "2", "x"), 2, free.file, FREE, /free-form: 2 has no checklist/);
    expectFailed(cli(dir, "criterion"), 2, file, BASIC, /^roadmark: criterion: expected add, edit or remove$/);
    expectFailed(cli(dir, "criterion", "move", "M1"), 2, file, BASIC, /unknown action "move"|too many arguments/);
  });
});

describe("roadmark set", () => {
  it("sets title in the heading and the row alike, and a goal", () => {
    const { dir, file } = tempRoadmap(BASIC);
    let r = cli(dir, "set", "M1", "title", "Importing");
    expect(r).toMatchObject({ code: 0, stdout: 'M1: title set to "Importing"\n' });
    r = cli(dir, "set", "M1", "goal", "Bring every CSV in.");
    expect(r.code).toBe(0);
    const m1 = parseRoadmap(readFileSync(file, "utf8")).milestones[1]!;
    expect([m1.headingTitle?.text, m1.rowTitle?.text, m1.goal?.text]).toEqual(["Importing", "Importing", "Bring every CSV in."]);
    r = cli(dir, "set", "M1", "Focus", "CSV only");
    expect(r.code).toBe(0);
    expect(parseRoadmap(readFileSync(file, "utf8")).milestones[1]!.focus).toBe("CSV only");
  });

  it("a bad field, an unknown id, a free-form roadmap: exit 2, nothing written", () => {
    const { dir, file } = tempRoadmap(BASIC);
    expectFailed(cli(dir, "set", "M1", "owner", "me"), 2, file, BASIC, /unknown field "owner": expected one of title, focus, goal/);
    expectFailed(cli(dir, "set", "M8", "goal", "x"), 2, file, BASIC, /unknown milestone "M8"/);
    const free = tempRoadmap(FREE);
    expectFailed(cli(free.dir, "set", "1", "title", "x"), 2, free.file, FREE, /this roadmap is free-form: set title has no single place to write; edit the file/);
  });
});

describe("roadmark depend / undepend", () => {
  it("adds and removes dependencies in the field and the overview column", () => {
    const { dir, file } = tempRoadmap(DEPS);
    let r = cli(dir, "depend", "M2", "M1,m0");
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: "M2: now depends on M1, M0\n" });
    expect(readFileSync(file, "utf8")).toBe(readFileSync(new URL("../fixtures/edit/depend/add.expected.md", import.meta.url), "utf8"));
    r = cli(dir, "depend", "M2", "M1");
    expect(r.stdout).toBe("M2: already depends on M1; nothing written\n");
    r = cli(dir, "undepend", "M2", "M1", "M0");
    expect(r.stdout).toBe("M2: no longer depends on M1, M0\n");
    expect(readFileSync(file, "utf8")).toBe(DEPS);
    r = cli(dir, "undepend", "M2", "M1");
    expect(r.stdout).toBe("M2: does not depend on M1; nothing written\n");
  });

  it("a cycle or a self-dependency is refused with exit 1; an unknown id is exit 2; nothing written", () => {
    const { dir, file } = tempRoadmap(DEPS);
    expectFailed(cli(dir, "depend", "M0", "M3"), 1, file, DEPS, /M0 cannot depend on M3: it would make a cycle M0 → M3 → M1 → M0/);
    expectFailed(cli(dir, "depend", "M1", "M1"), 1, file, DEPS, /M1 cannot depend on itself/);
    expectFailed(cli(dir, "depend", "M1", "M2,M9"), 2, file, DEPS, /unknown milestone "M9"/);
    expectFailed(cli(dir, "undepend", "M9", "M1"), 2, file, DEPS, /unknown milestone "M9"/);
    expectFailed(cli(dir, "depend", "M0", "M3", "--dry-run"), 1, file, DEPS, /cycle/);
  });
});
