import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { ROOT } from "../harness/paths.js";
import { expectedMarkers, fixtureOptions, lintFrozen, toLineIds } from "./harness.js";

const DOCS = path.join(ROOT, "docs/rules");

/** The ```markdown bad / ```markdown good blocks of a rule's page (a line scanner over fences). */
function examples(text: string): { kind: "bad" | "good"; source: string }[] {
  const out: { kind: "bad" | "good"; source: string }[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})markdown (bad|good)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== fence; i++) body.push(lines[i]!);
    out.push({ kind: open[2] as "bad" | "good", source: body.join("\n") + "\n" });
  }
  return out;
}

const SCOPE_TEXT = { template: "template-shaped roadmaps only", roadmap: "every roadmap", "not-a-roadmap": "documents with no milestones" } as const;

describe("rule docs", () => {
  it("the rule index lists every rule with its metadata", () => {
    const index = readFileSync(path.join(DOCS, "README.md"), "utf8");
    for (const r of RULES) expect(index).toContain(`| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.fixable ? "yes" : ""} | ${r.scope} | ${r.description} |`);
  });

  for (const rule of RULES) {
    it(`docs/rules/${rule.id}.md: why, bad, good, options; examples run`, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const text = readFileSync(file, "utf8");
      for (const h of ["## Why", "## Bad", "## Good", "## Options"]) expect(text).toContain(h);
      expect(text).toContain(`| Runs on | ${SCOPE_TEXT[rule.scope]}`);
      expect(text).toContain(`| Fixable | ${rule.fixable ? "yes" : "no"}`);
      expect(text).toContain(`| Default severity | ${rule.severity}`);
      const ex = examples(text);
      expect(ex.filter((e) => e.kind === "bad").length).toBeGreaterThan(0);
      expect(ex.filter((e) => e.kind === "good").length).toBeGreaterThan(0);
      for (const key of Object.keys(rule.options)) expect(text, `option ${key} documented`).toContain(`\`${key}\``);
      for (const e of ex) {
        const { roadmap, diagnostics } = lintFrozen(e.source, fixtureOptions(e.source, DOCS));
        const got = toLineIds(roadmap, diagnostics, new Set([rule.id]));
        if (e.kind === "good") expect(got, `good example of ${rule.id}`).toEqual([]);
        else {
          expect(got.length, `bad example of ${rule.id} has findings`).toBeGreaterThan(0);
          expect(got, `bad example of ${rule.id} at the marked lines`).toEqual(expectedMarkers(e.source));
        }
      }
    });
  }
});
