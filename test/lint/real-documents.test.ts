import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixSource } from "../../src/lint/fix.js";
import { corpusFiles, ROOT, TEMPLATE } from "../harness/paths.js";
import { fixtureOptions, lintFrozen } from "./harness.js";

function lintFile(file: string) {
  const source = readFileSync(file, "utf8");
  return lintFrozen(source, fixtureOptions("", path.dirname(file)));
}

describe("real documents", () => {
  it("the filled-in example gives zero findings (no false positives)", () => {
    const { diagnostics } = lintFile(path.join(ROOT, "examples/ROADMAP.md"));
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("the repository's own ROADMAP.md gives zero findings", () => {
    const { diagnostics } = lintFile(path.join(ROOT, "ROADMAP.md"));
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it("the unfilled template gives placeholder errors on every placeholder line", () => {
    const { roadmap, diagnostics } = lintFile(TEMPLATE);
    const placeholders = diagnostics.filter((d) => d.ruleId === "placeholder");
    expect(placeholders.every((d) => d.severity === "error")).toBe(true);
    const lines = new Set(placeholders.map((d) => roadmap.lines.position(d.span.start).line));
    const source = readFileSync(TEMPLATE, "utf8").split("\n");
    source.forEach((text, i) => {
      if (/\[(?:Title|Focus area|Criterion \d|Deliverable \d|Brief description[^\]]*)\]|<!-- TODO/.test(text)) expect(lines.has(i + 1), `line ${i + 1}: ${text}`).toBe(true);
    });
    expect(placeholders.length).toBeGreaterThanOrEqual(25);
  });

  it("lints and fixes the whole corpus without a throw; fixes converge", () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const options = fixtureOptions("", path.dirname(file));
      const { diagnostics } = lintFrozen(source, options);
      for (const d of diagnostics) {
        expect(d.span.start).toBeGreaterThanOrEqual(0);
        expect(d.span.end).toBeLessThanOrEqual(source.length);
        expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
      }
      const fixed = fixSource(source, options);
      expect(fixed.result.diagnostics.filter((d) => d.fix), path.basename(file)).toEqual([]);
    }
  });

  it("a document with no milestones gets a single info finding, not a flood", () => {
    const file = corpusFiles().find((f) => lintFile(f).roadmap.milestones.length === 0);
    expect(file).toBeDefined();
    const { diagnostics } = lintFile(file!);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["no-milestones", "info"]]);
  });
});
