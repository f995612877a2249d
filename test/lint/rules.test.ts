import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixSource } from "../../src/lint/fix.js";
import { RULES } from "../../src/rules/index.js";
import { expectedMarkers, fixtureOptions, lintFrozen, listFixtures, markedRules, readFixture, toLineIds } from "./harness.js";

const fixtures = listFixtures();
const fixesSeen = new Set<string>();

describe("rule fixtures", () => {
  for (const { rule, name, file } of fixtures) {
    it(`${rule}/${name}`, async () => {
      const source = readFixture(file);
      if (name.includes("crlf")) expect(source.includes("\r\n"), "a CRLF fixture must use CRLF").toBe(true);
      const options = fixtureOptions(source, path.dirname(file));
      const { roadmap, diagnostics } = lintFrozen(source, options);
      // Clean files must be clean for every rule; others are checked for their rule and every rule they mark.
      const rules = name.startsWith("clean") ? undefined : new Set([rule, ...markedRules(source)]);
      expect(toLineIds(roadmap, diagnostics, rules)).toEqual(expectedMarkers(source));
      const def = RULES.find((r) => r.id === rule);
      expect(def, `fixture folder ${rule} names a registered rule`).toBeDefined();
      const own = diagnostics.filter((d) => d.ruleId === rule);
      if (own.some((d) => d.fix)) fixesSeen.add(rule);
      for (const d of diagnostics) {
        const r = RULES.find((x) => x.id === d.ruleId)!;
        if (!r.fixable) expect(d.fix, `${d.ruleId} is declared not fixable`).toBeUndefined();
      }
      if (def?.fixable && own.length > 0) {
        const fixed = fixSource(source, options);
        await expect(fixed.output).toMatchFileSnapshot(file.replace(/\.md$/, ".fixed.md"));
        // Fixes converge: the fixed text has no fixable finding left.
        expect(fixed.result.diagnostics.filter((d) => d.fix)).toEqual([]);
        expect(lintFrozen(fixed.output, options).diagnostics.filter((d) => d.fix)).toEqual([]);
      }
    });
  }

  it("every rule has a clean file, a file with findings, an empty document and a CRLF variant", () => {
    for (const r of RULES) {
      const names = fixtures.filter((f) => f.rule === r.id).map((f) => f.name);
      expect(names, r.id).toContain("clean.md");
      expect(names, r.id).toContain("empty.md");
      expect(names.some((n) => n.includes("crlf")), `${r.id} has a CRLF variant`).toBe(true);
      const withFindings = fixtures.filter((f) => f.rule === r.id && expectedMarkers(readFixture(f.file)).some((m) => m.endsWith(`:${r.id}`)));
      expect(withFindings.length, `${r.id} has a fixture with findings`).toBeGreaterThan(0);
    }
  });

  it("fixability metadata matches behaviour", () => {
    for (const r of RULES) expect(fixesSeen.has(r.id), `${r.id}: fixable is ${r.fixable}`).toBe(r.fixable);
  });
});
