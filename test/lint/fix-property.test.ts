import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { fixSource, lintSource, selectFixes } from "../../src/lint/fix.js";
import type { TextEdit } from "../../src/model/text-edit.js";

const TITLES = ["Foundations", "Import", "Tide Data", "Überblick", "数据导入", "Emoji 🚀 launch", "  Spaced  out ", "Search & Sync"];
const STATUSES = ["Planned", "In Progress", "Done", "Blocked", "✅ Complete", "planned", "Soonish", ""];
const HEADING_STATUS = ["", " (Done)", " (In Progress)", " ✅", " — Planned"];

const milestone = fc.record({
  rowTitle: fc.constantFrom(...TITLES),
  headingTitle: fc.constantFrom(...TITLES),
  rowStatus: fc.constantFrom(...STATUSES),
  headingStatus: fc.constantFrom(...HEADING_STATUS),
  hasRow: fc.boolean(),
  hasSection: fc.boolean(),
  criteria: fc.array(fc.boolean(), { maxLength: 3 }),
  padId: fc.boolean(),
});

const document = fc.record({
  milestones: fc.array(milestone, { minLength: 1, maxLength: 6 }),
  eol: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  trailingPipe: fc.boolean(),
  finalNewline: fc.boolean(),
});

type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

function build(d: Doc): string {
  const lines: string[] = ["# Roadmap", "", d.trailingPipe ? "| Milestone | Title | Status |" : "| Milestone | Title | Status", "|---|---|---|"];
  d.milestones.forEach((m, i) => {
    if (!m.hasRow) return;
    const id = m.padId ? `M${i}  ` : `M${i}`;
    lines.push(`| ${id} | ${m.rowTitle} | ${m.rowStatus}${d.trailingPipe ? " |" : ""}`);
  });
  lines.push("");
  d.milestones.forEach((m, i) => {
    if (!m.hasSection) return;
    lines.push(`## M${i}: ${m.headingTitle.trim()}${m.headingStatus}`, "", "**Acceptance Criteria:**");
    for (const c of m.criteria) lines.push(`- [${c ? "x" : " "}] item`);
    lines.push("");
  });
  const text = lines.join(d.eol);
  return (d.bom ? "\uFEFF" : "") + (d.finalNewline ? text + d.eol : text.trimEnd());
}

/** Checks that `output` is `source` with exactly `edits` spliced in: no byte outside them changed. */
function onlyEditsChanged(source: string, output: string, edits: readonly TextEdit[]): void {
  let cursor = 0;
  let o = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const keep = source.slice(cursor, e.start);
    expect(output.slice(o, o + keep.length)).toBe(keep);
    o += keep.length;
    expect(output.slice(o, o + e.text.length)).toBe(e.text);
    o += e.text.length;
    cursor = e.end;
  }
  expect(output.slice(o)).toBe(source.slice(cursor));
}

/** The obvious quadratic selection, to check the indexed one against. */
function naiveSelect(fixes: readonly (readonly TextEdit[])[]): TextEdit[] {
  const overlap = (a: TextEdit, b: TextEdit): boolean => !(a.start === a.end && b.start === b.end) && a.start < b.end && b.start < a.end;
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const all = [...taken];
    let ok = true;
    for (const e of fix) {
      if (all.some((t) => overlap(e, t))) ok = false;
      all.push(e);
    }
    if (ok) taken.push(...fix);
  }
  return taken;
}

describe("fix properties", () => {
  it("fix selection takes whole, non-overlapping fixes in order (indexed = naive)", () => {
    const edit = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, len]) => ({ start, end: start + len, text: "x" }));
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 25 }), (fixes) => {
        const diagnostics = fixes.map((fix) => ({ ruleId: "x", severity: "error" as const, message: "", span: fix[0]!, fix }));
        expect(selectFixes(diagnostics).edits).toEqual(naiveSelect(fixes));
      }),
      { numRuns: 1000 },
    );
  });

  it("fixes never change bytes outside their spans, stay inside the overview table, and converge", () => {
    fc.assert(
      fc.property(document, (d) => {
        const source = build(d);
        const { roadmap, result } = lintSource(source);
        const { edits } = selectFixes(result.diagnostics);
        const applied = applyEdits(source, edits);
        expect(applied.skipped).toEqual([]);
        onlyEditsChanged(source, applied.output, applied.applied);
        const table = roadmap.overview;
        for (const e of edits) {
          expect(table).toBeDefined();
          expect(e.start).toBeGreaterThanOrEqual(table!.span.start);
          expect(e.end).toBeLessThanOrEqual(table!.span.end);
          // A new line uses the document's own line ending.
          if (/[\r\n]/.test(e.text)) expect(e.text.replace(/\r\n/g, "").includes("\n")).toBe(roadmap.eol === "\n");
        }
        const fixed = fixSource(source);
        expect(fixed.result.diagnostics.filter((x) => x.fix)).toEqual([]);
        if (d.bom) expect(fixed.output.startsWith("\uFEFF")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("lint and fix are total: no input makes them throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        fixSource(s);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom("| M0 | x | Done |", "## M1: Y (Done)", "|---|---|", "| Milestone | Status |", "- [x] a", "- [ ] b", "**Dependencies:** M1, M0", "<!-- roadmark-disable -->", "\r", "", "```"), { maxLength: 30 }), (parts) => {
        fixSource(parts.join("\n"));
      }),
      { numRuns: 300 },
    );
  });
});
