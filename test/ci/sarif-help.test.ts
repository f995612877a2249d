import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { lintSource } from "../../src/lint/fix.js";
import { toSarif } from "../../src/lint/formats/sarif.js";
import { RULES } from "../../src/rules/index.js";
import { ROOT } from "../harness/paths.js";

const SOURCE = [
  "# Roadmap",
  "",
  "| Milestone | Title | Status |",
  "|---|---|---|",
  "| M0 | Foundations | Done |",
  "",
  "## M0: Foundations",
  "",
  "**Goal:** see [notes](missing.md).",
  "",
  "**Acceptance Criteria:**",
  "- [ ] Open box",
  "",
  "## M2: [Title]",
  "",
  "**Dependencies:** M7",
  "",
].join("\n");

/** The official SARIF 2.1.0 schema (draft-04), read by Ajv's default draft with `id` as `$id`. */
function officialValidator() {
  const raw = JSON.parse(readFileSync(path.join(ROOT, "../shared/schemas/sarif-schema-2.1.0.json"), "utf8"));
  const { $schema: _draft, id, ...rest } = raw;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile({ $id: id, ...rest });
}

interface SarifRule {
  id: string;
  helpUri: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { informationUri: string; rules: SarifRule[] } }; results: unknown[] }[];
}

describe("SARIF rule help", () => {
  const { roadmap, result } = lintSource(SOURCE, { fileExists: () => false });
  const log = toSarif([{ file: "ROADMAP.md", lines: roadmap.lines, diagnostics: result.diagnostics }], "1.2.3", { cwd: ROOT }) as unknown as SarifLog;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

  it("validates against the official SARIF 2.1.0 schema", () => {
    expect(log.runs[0]!.results.length).toBeGreaterThanOrEqual(4);
    const validate = officialValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // …and the validator does reject a broken log
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
  });

  it("every rule's helpUri is docs/rules/<id>.md under package.json's repository, and the file exists", () => {
    expect(pkg.repository.url).toBe("https://github.com/roadmark/roadmark");
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(log.runs[0]!.tool.driver.informationUri).toBe(pkg.repository.url);
    for (const r of rules) {
      expect(r.helpUri).toBe(`${pkg.repository.url}/blob/main/docs/rules/${r.id}.md`);
      expect(existsSync(path.join(ROOT, "docs/rules", `${r.id}.md`)), r.id).toBe(true);
    }
  });

  it("carries each rule's full description from its documentation's Why section", () => {
    const rules = log.runs[0]!.tool.driver.rules;
    for (const r of rules) {
      const doc = readFileSync(path.join(ROOT, "docs/rules", `${r.id}.md`), "utf8");
      const why = /^## Why\n([\s\S]*?)(?=^## )/m.exec(doc)![1]!.trim();
      const firstSentence = why.split("\n")[0]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
      expect(r.fullDescription.text.startsWith(firstSentence), r.id).toBe(true);
      expect(r.fullDescription.text.length).toBeGreaterThan(r.shortDescription.text.length);
      expect(r.help.text).toContain(r.fullDescription.text);
      expect(r.help.text).toContain(r.helpUri);
      expect(r.help.markdown).toContain(`(${r.helpUri})`);
      expect(r.help.markdown).not.toMatch(/\]\([a-z0-9-]+\.md/);
    }
  });

  it("the generated help module is fresh (node scripts/gen-rule-help.mjs)", async () => {
    const { generate, OUT } = await import("../../scripts/gen-rule-help.mjs" as string);
    expect(readFileSync(OUT, "utf8")).toBe(generate());
  });
});
