// `roadmark sync` end to end: the overview table rebuilt from the sections, in place.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintRoadmap } from "../../src/lint/index.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { cli, tempRoadmap } from "./cli-run.js";

const DRIFTED = [
  "# Roadmap",
  "",
  "| Milestone | Title            | Focus      | Status      |",
  "|-----------|------------------|------------|-------------|",
  "| M0        | Foundation       | Core       | Done        |",
  "| M1        | Import           | Data       | Planned     |",
  "",
  "## M0: Foundations",
  "",
  "**Status:** Done",
  "",
  "- [x] a",
  "",
  "## M1: Import",
  "",
  "**Status:** In Progress",
  "",
  "- [x] b",
  "- [ ] c",
  "",
  "## M2: Public API",
  "",
  "**Status:** Planned",
  "",
  "- [ ] d",
  "",
].join("\n");

describe("roadmark sync", () => {
  it("fixes titles and statuses in place, keeping column widths, and adds missing rows", () => {
    const { dir, file } = tempRoadmap(DRIFTED);
    const dry = cli(dir, "sync", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^--- a\/ROADMAP\.md\n\+\+\+ b\/ROADMAP\.md\n/);
    expect(readFileSync(file, "utf8")).toBe(DRIFTED);
    const r = cli(dir, "sync");
    expect(r.code, r.stderr).toBe(0);
    const out = readFileSync(file, "utf8");
    const lines = out.split("\n");
    expect(lines[4]).toBe("| M0        | Foundations      | Core       | Done        |");
    expect(lines[5]).toBe("| M1        | Import           | Data       | In Progress |");
    expect(lines[6]).toMatch(/^\| M2 +\| Public API +\| +\| Planned +\|$/);
    // Everything after the table is untouched.
    expect(out.slice(out.indexOf("## M0"))).toBe(DRIFTED.slice(DRIFTED.indexOf("## M0")));
    // The roadmap now agrees with itself.
    const roadmap = parseRoadmap(out);
    expect(lintRoadmap(roadmap).diagnostics.filter((d) => d.ruleId === "overview-sync")).toEqual([]);
    expect(cli(dir, "sync").stdout).toMatch(/nothing written/);
  });

  it("settles when two sections share an id: lint --fix and sync add no row for the duplicate", () => {
    const source = "# Roadmap\n\n| Milestone | Title | Status |\n|---|---|---|\n| M0 | A | Done |\n| M1 | B | Planned |\n\n## M0: A\n\n- [x] a\n\n## M1: B\n\n- [ ] b\n\n## M1: C [In Progress]\n\n- [ ] c\n";
    const { dir, file } = tempRoadmap(source);
    cli(dir, "lint", "--fix");
    cli(dir, "lint", "--fix");
    expect(cli(dir, "sync").stdout).toMatch(/nothing written/);
    cli(dir, "sync");
    expect(readFileSync(file, "utf8")).toBe(source);
    const lint = cli(dir, "lint");
    expect(lint.stdout).toMatch(/duplicate-id/);
    expect(lint.stdout).not.toMatch(/with no overview table row/);
  });

  it("keeps CRLF line endings when it adds a row", () => {
    const { dir, file } = tempRoadmap(DRIFTED.replace(/\n/g, "\r\n"));
    expect(cli(dir, "sync").code).toBe(0);
    const out = readFileSync(file, "utf8");
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
    expect(out).toMatch(/\| M2 +\| Public API/);
  });
});
