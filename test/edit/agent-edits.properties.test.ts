// Property tests of the agent edits over generated template roadmaps: adding then removing a
// criterion restores the bytes; depend then undepend restores the bytes; every planned edit
// re-parses to the intended model change and leaves the other milestones as they were.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { addCriterion, editCriterion, removeCriterion } from "../../src/edit/operations/criterion.js";
import { depend, undepend } from "../../src/edit/operations/depend.js";
import { setField } from "../../src/edit/operations/set-field.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import type { TextEdit } from "../../src/model/text-edit.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { renderShape, roadmapShape } from "./gen-roadmap.js";

function apply(source: string, edits: readonly TextEdit[]): string {
  const r = applyEdits(source, edits);
  expect(r.skipped).toEqual([]);
  return r.output;
}

/**
 * Plain one-line text: words, CJK, emoji, and a leading `[` now and then (it must stay text).
 * No status emoji (🎉, ✅): at the end of a heading they state a status, by design.
 */
const text = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.constantFrom("alpha", "Größe", "日本語", "🦀", "re-import", "ids", "v2", "x"), { minLength: 1, maxLength: 5 }),
  )
  .map(([bracket, words]) => `${bracket ? "[draft] " : ""}${words.join(" ")}`);

/** What the criteria of every milestone but `skip` look like, to check they are untouched. */
function othersCriteria(r: Roadmap, skip: number): unknown[] {
  return r.milestones.filter((_, i) => i !== skip).map((m) => m.criteria.map((c) => [c.text, c.checked]));
}

describe("agent edits: properties", () => {
  it("add a criterion then remove it restores the bytes; the added one reads back unticked at its place", () => {
    fc.assert(
      fc.property(roadmapShape, fc.nat(), fc.option(fc.nat(), { nil: undefined }), text, (shape, pick, atPick, t) => {
        const source = renderShape(shape);
        const r = parseRoadmap(source);
        const i = pick % r.milestones.length;
        const m = r.milestones[i]!;
        const at = atPick === undefined ? undefined : (atPick % (m.criteria.length + 1)) + 1;
        const added = apply(source, addCriterion(r, { id: m.id, text: t, ...(at !== undefined ? { at } : {}) }));
        const r2 = parseRoadmap(added);
        const m2 = r2.milestones[i]!;
        const index = at ?? m.criteria.length + 1;
        expect(m2.criteria.length).toBe(m.criteria.length + 1);
        expect(m2.criteria[index - 1]).toMatchObject({ text: t, checked: false });
        expect(othersCriteria(r2, i)).toEqual(othersCriteria(r, i));
        expect(r2.milestones.map((x) => x.id)).toEqual(r.milestones.map((x) => x.id));
        const removed = apply(added, removeCriterion(r2, { id: m.id, criterion: String(index) }));
        // A milestone without criteria got a new Acceptance Criteria label, which stays.
        if (m.criteria.length > 0) expect(removed).toBe(source);
        else expect(parseRoadmap(removed).milestones[i]!.criteria).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("edit a criterion changes its text only; remove drops exactly that one", () => {
    fc.assert(
      fc.property(roadmapShape, fc.nat(), fc.nat(), text, (shape, pick, cPick, t) => {
        const source = renderShape(shape);
        const r = parseRoadmap(source);
        const withCriteria = r.milestones.map((m, i) => ({ m, i })).filter((x) => x.m.criteria.length > 0);
        fc.pre(withCriteria.length > 0);
        const { m, i } = withCriteria[pick % withCriteria.length]!;
        const k = cPick % m.criteria.length;
        const edited = parseRoadmap(apply(source, editCriterion(r, { id: m.id, criterion: String(k + 1), text: t }))).milestones[i]!;
        expect(edited.criteria.map((c) => [c.text, c.checked])).toEqual(m.criteria.map((c, j) => [j === k ? t : c.text, c.checked]));
        const after = parseRoadmap(apply(source, removeCriterion(r, { id: m.id, criterion: String(k + 1) })));
        expect(after.milestones[i]!.criteria.map((c) => c.text)).toEqual(m.criteria.filter((_, j) => j !== k).map((c) => c.text));
        expect(othersCriteria(after, i)).toEqual(othersCriteria(r, i));
      }),
      { numRuns: 200 },
    );
  });

  it("depend then undepend restores the bytes; the dependency reads back in between", () => {
    fc.assert(
      fc.property(roadmapShape, fc.nat(), fc.nat(), (shape, a, b) => {
        const source = renderShape(shape);
        const r = parseRoadmap(source);
        fc.pre(r.milestones.length >= 2);
        // Generated dependencies point backwards only, so an earlier milestone never closes a cycle.
        const i = 1 + (a % (r.milestones.length - 1));
        const j = b % i;
        const m = r.milestones[i]!;
        const on = r.milestones[j]!.id;
        const edits = depend(r, { id: m.id, on: [on] });
        if (m.dependsOn.some((d) => d.id === on)) {
          expect(edits).toEqual([]);
          return;
        }
        const added = apply(source, edits);
        const r2 = parseRoadmap(added);
        expect(r2.milestones[i]!.dependsOn.map((d) => d.id)).toEqual([...m.dependsOn.map((d) => d.id), on]);
        expect(apply(added, undepend(r2, { id: m.id, on: [on] }))).toBe(source);
      }),
      { numRuns: 200 },
    );
  });

  it("depending an earlier milestone on a later one that reaches it is refused, naming the cycle", () => {
    fc.assert(
      fc.property(roadmapShape, (shape) => {
        const r = parseRoadmap(renderShape(shape));
        const chain = r.milestones.findIndex((m, i) => i > 0 && m.dependsOn.some((d) => d.id === r.milestones[i - 1]!.id));
        fc.pre(chain > 0);
        const later = r.milestones[chain]!;
        const earlier = r.milestones[chain - 1]!;
        expect(() => depend(r, { id: earlier.id, on: [later.id] })).toThrowError(
          expect.objectContaining({ code: "REFUSED", message: expect.stringContaining(`${earlier.id} → ${later.id} → ${earlier.id}`) }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("set title / goal writes the heading and the row alike and reads back", () => {
    fc.assert(
      fc.property(roadmapShape, fc.nat(), fc.constantFrom("title" as const, "goal" as const), text, (shape, pick, field, t) => {
        const source = renderShape(shape);
        const r = parseRoadmap(source);
        const i = pick % r.milestones.length;
        const m = r.milestones[i]!;
        const out = apply(source, setField(r, { id: m.id, field, text: t }));
        const m2 = parseRoadmap(out).milestones[i]!;
        if (field === "goal") expect(m2.goal?.text).toBe(t);
        else {
          expect(m2.headingTitle?.text).toBe(t);
          if (m.rowTitle) expect(m2.rowTitle?.text).toBe(t);
        }
        expect(out.split(/\r?\n/).length).toBe(source.split(/\r?\n/).length);
      }),
      { numRuns: 200 },
    );
  });
});
