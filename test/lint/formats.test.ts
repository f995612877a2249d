import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { lintSource } from "../../src/lint/fix.js";
import { formatGithub } from "../../src/lint/formats/github.js";
import { formatJson, toLintJson } from "../../src/lint/formats/json.js";
import type { LintedFile } from "../../src/lint/formats/linted-file.js";
import { toSarif } from "../../src/lint/formats/sarif.js";
import { formatStylish } from "../../src/lint/formats/stylish.js";
import { colors } from "../../src/render/terminal/colors.js";
import { RULES } from "../../src/rules/index.js";

const SOURCE = [
  "# Roadmap",
  "",
  "| Milestone | Title | Status |",
  "|---|---|---|",
  "| M0 | Foundations | Done |",
  "| M1 | Imports | In Progress |",
  "",
  "## M0: Foundations",
  "",
  "**Goal:** Start.",
  "",
  "**Acceptance Criteria:**",
  "- [ ] Open box",
  "",
  "**Key Deliverables:**",
  "- Parser",
  "",
  "**Dependencies:** None",
  "",
  "## M1: Import",
  "",
  "**Goal:** Import, see [notes](missing.md).",
  "",
  "**Acceptance Criteria:**",
  "- [ ] Reads",
  "",
  "**Key Deliverables:**",
  "- Importer",
  "",
  "**Dependencies:** M0",
  "",
].join("\r\n");

function linted(): LintedFile[] {
  const { roadmap, result } = lintSource(SOURCE, { fileExists: () => false });
  return [
    { file: "docs/ROADMAP, draft.md", lines: roadmap.lines, diagnostics: result.diagnostics },
    { file: "clean.md", lines: roadmap.lines, diagnostics: [] },
  ];
}

describe("formats", () => {
  it("the run has the findings these tests format", () => {
    expect(linted()[0]!.diagnostics.map((d) => d.ruleId).sort()).toEqual(["broken-link", "overview-sync", "status-criteria"]);
  });

  it("json follows the contract: 1-based lines, end-exclusive columns, fixable flag", () => {
    const json = toLintJson(linted());
    expect(json.map((f) => f.file)).toEqual(["docs/ROADMAP, draft.md", "clean.md"]);
    const sync = json[0]!.diagnostics.find((d) => d.ruleId === "overview-sync")!;
    expect(sync).toMatchObject({ severity: "error", line: 6, column: 8, endLine: 6, endColumn: 15, fixable: true });
    const crit = json[0]!.diagnostics.find((d) => d.ruleId === "status-criteria")!;
    expect(crit).toMatchObject({ severity: "error", line: 13, column: 1, endLine: 13, endColumn: 15, fixable: false });
    for (const d of json[0]!.diagnostics) expect(Object.keys(d).sort()).toEqual(["column", "endColumn", "endLine", "fixable", "line", "message", "ruleId", "severity"]);
    expect(JSON.parse(formatJson(linted()))).toEqual(json);
  });

  it("stylish groups by file, aligns line:col, ends with a summary, and has no colour when off", () => {
    const out = formatStylish(linted(), colors(false));
    expect(out).not.toContain("\u001b[");
    expect(out).toContain("docs/ROADMAP, draft.md\n");
    expect(out).not.toContain("clean.md");
    expect(out).toMatch(/^ {2}6:8 {4}error {4}Unexpected title `Imports`.*overview-sync$/m);
    expect(out).toMatch(/^ {2}22:\d+ {2}warning {2}Unexpected link to `missing\.md`.*broken-link$/m);
    expect(out).toContain("✖ 3 problems (2 errors, 1 warning)");
    expect(out).toContain("1 error and 0 warnings potentially fixable with the `--fix` option.");
    expect(formatStylish([{ ...linted()[1]! }], colors(false))).toBe("");
    expect(formatStylish(linted(), colors(true))).toContain("\u001b[31m");
  });

  it("a BOM takes no column on line 1", () => {
    const source = "\uFEFF# Notes\n";
    const { roadmap, result } = lintSource(source);
    const [d] = toLintJson([{ file: "a.md", lines: roadmap.lines, bom: roadmap.bom, diagnostics: result.diagnostics }])[0]!.diagnostics;
    expect(d).toMatchObject({ ruleId: "no-milestones", line: 1, column: 1, endLine: 1, endColumn: 8 });
  });

  it("github prints one escaped workflow command per finding", () => {
    const out = formatGithub(linted()).trimEnd().split("\n");
    expect(out).toHaveLength(3);
    expect(out).toContain("::error file=docs/ROADMAP%2C draft.md,line=6,col=8,endLine=6,endColumn=15,title=overview-sync::Unexpected title `Imports` for M1 in the overview table, expected `Import` as in its section");
    expect(out.some((l) => l.startsWith("::warning file=docs/ROADMAP%2C draft.md,line=22,"))).toBe(true);
    const info = formatGithub([{ file: "a.md", lines: linted()[0]!.lines, diagnostics: [{ ruleId: "no-milestones", severity: "info", message: "50%\nnext", span: { start: 0, end: 1 } }] }]);
    expect(info).toBe("::notice file=a.md,line=1,col=1,endLine=1,endColumn=2,title=no-milestones::50%25%0Anext\n");
  });

  it("sarif is valid 2.1.0 with rule metadata, regions and help URIs", () => {
    const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, "schemas/sarif-2.1.0-minimal.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat("uri", (s: string) => URL.canParse(s));
    ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/"));
    const validate = ajv.compile(schema);
    const log = toSarif(linted(), "1.2.3");
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The schema is strict enough to fail on a broken log.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    const run = (log as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: object; artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of run.tool.driver.rules) expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
    const sync = run.results.find((r) => r.ruleId === "overview-sync")!;
    expect(run.tool.driver.rules[sync.ruleIndex]!.id).toBe("overview-sync");
    expect(sync.level).toBe("error");
    expect(sync.locations[0]!.physicalLocation.region).toEqual({ startLine: 6, startColumn: 8, endLine: 6, endColumn: 15 });
    expect(sync.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "docs/ROADMAP%2C%20draft.md", uriBaseId: "%SRCROOT%" });
  });

  it("sarif names files under the cwd relative to %SRCROOT% and others by file: URI", () => {
    const cwd = path.resolve("/work/project");
    const outside = path.resolve("/elsewhere/road map.md");
    const files: LintedFile[] = [
      { ...linted()[0]!, file: "docs/ROADMAP.md" },
      { ...linted()[0]!, file: outside },
      { ...linted()[0]!, file: "../sibling/ROADMAP.md" },
    ];
    const log = toSarif(files, "1.2.3", { cwd }) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; artifacts: { location: object }[]; results: { locations: { physicalLocation: { artifactLocation: object } }[] }[] }[] };
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(cwd).href + "/" } });
    expect(run.originalUriBaseIds["%SRCROOT%"]!.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: "docs/ROADMAP.md", uriBaseId: "%SRCROOT%" },
      { uri: pathToFileURL(outside).href },
      { uri: pathToFileURL(path.resolve(cwd, "../sibling/ROADMAP.md")).href },
    ]);
    expect(pathToFileURL(outside).href).toMatch(/^file:\/\/\/.*road%20map\.md$/);
    // Every result points at its file the same way as the artifact list.
    const perFile = linted()[0]!.diagnostics.length;
    run.results.forEach((r, i) => expect(r.locations[0]!.physicalLocation.artifactLocation).toEqual(run.artifacts[Math.floor(i / perFile)]!.location));
    const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, "schemas/sarif-2.1.0-minimal.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat("uri", (s: string) => URL.canParse(s));
    ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/"));
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it("sarif fingerprints hold no line number: findings keep their identity when lines shift", () => {
    const prints = (source: string, file = "ROADMAP.md"): { ruleId: string; line: number; print: string }[] => {
      const { roadmap, result } = lintSource(source, { fileExists: () => false });
      const log = toSarif([{ file, lines: roadmap.lines, diagnostics: result.diagnostics }], "1.2.3", { cwd: path.resolve("/work/project") }) as {
        runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
      };
      return log.runs[0]!.results.map((r) => ({ ruleId: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, print: r.partialFingerprints["roadmark/v1"]! }));
    };
    const before = prints(SOURCE);
    const shifted = prints(SOURCE.replace("# Roadmap\r\n", "# Roadmap\r\n\r\nSome intro.\r\n\r\nMore intro.\r\n"));
    expect(before.length).toBe(3);
    expect(shifted.map((r) => r.line)).toEqual(before.map((r) => r.line + 4));
    expect(shifted.map((r) => [r.ruleId, r.print])).toEqual(before.map((r) => [r.ruleId, r.print]));
    for (const r of before) expect(r.print).not.toContain(`:${r.line}:`);
    // Distinct findings, and the same finding in another file, get distinct fingerprints.
    expect(new Set(before.map((r) => r.print)).size).toBe(before.length);
    const other = prints(SOURCE, "docs/OTHER.md");
    for (const [i, r] of other.entries()) expect(r.print).not.toBe(before[i]!.print);
  });
});
