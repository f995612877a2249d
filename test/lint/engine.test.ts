import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syncOverview } from "../../src/edit/operations/sync-overview.js";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { fixSource, lintSource, MAX_FIX_PASSES, selectFixes } from "../../src/lint/fix.js";
import { isTemplateShaped, lintRoadmap } from "../../src/lint/index.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { defineRule } from "../../src/rules/define-rule.js";
import { RULES } from "../../src/rules/index.js";
import { RULE_IDS } from "../../src/rules/rule-ids.js";
import { ROOT } from "../harness/paths.js";
import { deepFreeze, FIXTURES } from "./harness.js";

const read = (rel: string): string => readFileSync(path.join(FIXTURES, rel), "utf8");

describe("rule engine", () => {
  it("the registry lists every id once, in RULE_IDS order, one file per rule", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const r of RULES) {
      const src = readFileSync(path.join(ROOT, "src/rules", `${r.id}.ts`), "utf8");
      expect(src).toContain(`id: "${r.id}"`);
      expect(Object.keys(r.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(r.messages)) expect(m).toMatch(/^(Unexpected|No )/);
    }
  });

  it("severities and scopes are those the issue lists", () => {
    const sev = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    expect(sev).toMatchObject({
      placeholder: "error", "overview-sync": "error", "unknown-dependency": "error", "dependency-cycle": "error", "dependency-order": "warning",
      "dependency-not-done": "error", "single-in-progress": "warning", "duplicate-id": "error", "missing-section": "warning", "empty-criteria": "warning",
      "unknown-status": "error", "broken-link": "warning", "id-sequence": "warning", stale: "warning", "no-milestones": "info",
      "verify-syntax": "error", "verify-failing": "error", "verify-missing": "warning",
    });
    expect(RULES.find((r) => r.id === "status-criteria")!.messageSeverity).toEqual({ doneWithOpen: "error" });
    const freeform = RULES.filter((r) => r.scope === "roadmap").map((r) => r.id).sort();
    expect(freeform).toEqual([
      "broken-link", "dependency-cycle", "dependency-not-done", "dependency-order", "duplicate-id", "id-sequence",
      "single-in-progress", "stale", "status-criteria", "unknown-dependency", "unknown-status", "verify-failing", "verify-missing", "verify-syntax",
    ]);
    expect(RULES.filter((r) => r.offByDefault).map((r) => r.id)).toEqual(["verify-missing"]);
    // Template-only: the template's own structure (placeholders, overview table, its fields).
    expect(RULES.filter((r) => r.scope === "template").map((r) => r.id)).toEqual(["placeholder", "overview-sync", "missing-section", "empty-criteria"]);
    expect(RULES.filter((r) => r.fixable).map((r) => r.id)).toEqual(["overview-sync"]);
  });

  it("a free-form roadmap runs only the rules that make sense there (issue 6, point 5)", () => {
    const template = parseRoadmap(read("placeholder/findings.md"));
    expect(isTemplateShaped(template)).toBe(true);
    const all = new Set(lintRoadmap(template).diagnostics.map((d) => d.ruleId));
    expect(all.has("placeholder")).toBe(true);
    const { overview: _overview, ...rest } = template;
    const freeform: Roadmap = { ...rest, format: "freeform" };
    expect(isTemplateShaped(freeform)).toBe(false);
    const ids = new Set(lintRoadmap(freeform).diagnostics.map((d) => d.ruleId));
    for (const id of ids) expect(RULES.find((r) => r.id === id)!.scope).toBe("roadmap");
    expect(ids.has("placeholder")).toBe(false);
    expect(ids.has("overview-sync")).toBe(false);
  });

  it("rules run on a deep-frozen model (a mutating rule would throw)", () => {
    const roadmap = deepFreeze(parseRoadmap(read("overview-sync/findings.md")));
    expect(Object.isFrozen(roadmap.milestones[0]!.criteria)).toBe(true);
    expect(() => lintRoadmap(roadmap)).not.toThrow();
    expect(() => {
      (roadmap.milestones as Roadmap["milestones"][number][]).push(roadmap.milestones[0]!);
    }).toThrow(TypeError);
  });

  it("defineRule types message ids: an unknown id is a compile error", () => {
    const rule = defineRule({
      id: "stale",
      description: "test",
      severity: "warning",
      fixable: false,
      scope: "roadmap",
      messages: { known: "Unexpected {x}" },
      options: { n: 1 },
      check(ctx) {
        ctx.report("known", { start: 0, end: 0 }, { data: { x: ctx.options.n } });
        // @ts-expect-error -- "unknwon" is not a declared message id
        ctx.report("unknwon", { start: 0, end: 0 });
      },
    });
    expect(Object.keys(rule.messages)).toEqual(["known"]);
  });

  it("diagnostics come in source order", () => {
    const d = lintSource(read("placeholder/findings.md")).result.diagnostics;
    const starts = d.map((x) => x.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("fix loop", () => {
  it("syncOverview returns exactly the overview-sync fixes", () => {
    const source = read("overview-sync/findings.md");
    const roadmap = parseRoadmap(source);
    const fromRule = lintRoadmap(roadmap).diagnostics.filter((d) => d.ruleId === "overview-sync").flatMap((d) => d.fix ?? []);
    expect(syncOverview(roadmap)).toEqual(fromRule);
    expect(fromRule.length).toBe(3);
    const once = applyEdits(source, syncOverview(roadmap)).output;
    expect(syncOverview(parseRoadmap(once))).toEqual([]);
  });

  it("an untitled section heading never blanks the row's title", () => {
    const source = "# R\n\n| Milestone | Title | Status |\n|---|---|---|\n| M0 | Foundations | Planned |\n\n## M0\n\n**Goal:** x\n";
    expect(syncOverview(parseRoadmap(source))).toEqual([]);
  });

  it("a fix is taken whole or deferred when it overlaps another", () => {
    const d = (start: number, end: number, text: string): Diagnostic => ({ ruleId: "x", severity: "error", message: "", span: { start, end }, fix: [{ start, end, text }] });
    const a = d(0, 5, "A");
    const b = { ...d(3, 8, "B"), fix: [{ start: 10, end: 11, text: "b" }, { start: 3, end: 8, text: "B" }] };
    const c = d(5, 5, "C");
    const picked = selectFixes([a, b, c]);
    expect(picked.count).toBe(2);
    expect(picked.edits).toEqual([...a.fix!, ...c.fix!]);
  });

  it("stops after the pass cap even when fixes keep coming", () => {
    expect(MAX_FIX_PASSES).toBe(10);
    const restless = defineRule({
      id: "stale",
      description: "always wants one more dot",
      severity: "warning",
      fixable: true,
      scope: "not-a-roadmap",
      messages: { more: "Unexpected end, expected one more dot" },
      options: {},
      check(ctx) {
        const end = ctx.roadmap.source.length;
        ctx.report("more", { start: end, end }, { fix: [{ start: end, end, text: "." }] });
      },
    });
    const capped = fixSource("notes", { rules: [restless] });
    expect(capped.passes).toBe(MAX_FIX_PASSES);
    expect(capped.output).toBe("notes..........");
  });

  it("converges on a real fixture and is idempotent", () => {
    const source = read("overview-sync/findings.md");
    const fixed = fixSource(source);
    expect(fixed.passes).toBeGreaterThan(0);
    expect(fixed.passes).toBeLessThanOrEqual(MAX_FIX_PASSES);
    expect(fixed.result.diagnostics.filter((x) => x.fix)).toEqual([]);
    // Idempotent: fixing the fixed text changes nothing.
    expect(fixSource(fixed.output).output).toBe(fixed.output);
  });

  it("keeps CRLF and a BOM byte for byte around the fixes", () => {
    const source = "\uFEFF" + read("overview-sync/findings-crlf.md");
    const fixed = fixSource(source).output;
    expect(fixed.startsWith("\uFEFF")).toBe(true);
    expect(fixed.replace(/\r\n/g, "")).not.toContain("\n");
    expect(fixed.split("\r\n").length).toBe(source.split("\r\n").length + 1);
  });
});
