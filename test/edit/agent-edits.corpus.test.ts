// The agent edits over the real-roadmap corpus (every other file, to keep the run short): each
// edit either throws a typed roadmark error or reads back as intended; adding then removing a
// criterion restores the bytes where the milestone had criteria; depend then undepend restores
// them where it had dependencies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { addCriterion, editCriterion, removeCriterion } from "../../src/edit/operations/criterion.js";
import { depend, undepend } from "../../src/edit/operations/depend.js";
import { setField } from "../../src/edit/operations/set-field.js";
import { RoadmarkError } from "../../src/model/errors.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { corpusFiles } from "../harness/paths.js";

it("agent edits on the corpus: typed refusals or a faithful read-back", () => {
  const problems: string[] = [];
  let applied = 0;
  const attempt = (where: string, fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof RoadmarkError)) problems.push(`${where}: untyped ${String(e)}`);
    }
  };
  for (const f of corpusFiles().filter((_, k) => k % 2 === 0)) {
    const src = readFileSync(f, "utf8");
    const r = parseRoadmap(src);
    const name = path.basename(f);
    r.milestones.forEach((m, i) => {
      const at = `${name} ${m.id}`;
      attempt(`${at} criterion add`, () => {
        const out = applyEdits(src, addCriterion(r, { id: m.id, text: "Added by the test" })).output;
        const r2 = parseRoadmap(out);
        const idx = r2.milestones[i]?.criteria.findIndex((c) => c.text === "Added by the test") ?? -1;
        if (r2.milestones[i]?.criteria.length !== m.criteria.length + 1 || idx < 0) return void problems.push(`${at} criterion add: not read back`);
        const back = applyEdits(out, removeCriterion(r2, { id: m.id, criterion: String(idx + 1) })).output;
        if (m.criteria.length > 0 && back !== src) problems.push(`${at} criterion add/remove: bytes not restored`);
        applied++;
      });
      if (m.criteria.length > 0)
        attempt(`${at} criterion edit`, () => {
          const out = applyEdits(src, editCriterion(r, { id: m.id, criterion: "1", text: "Edited by the test" })).output;
          if (parseRoadmap(out).milestones[i]?.criteria[0]?.text !== "Edited by the test") problems.push(`${at} criterion edit: not read back`);
          applied++;
        });
      for (const field of ["title", "goal"] as const)
        attempt(`${at} set ${field}`, () => {
          const m2 = parseRoadmap(applyEdits(src, setField(r, { id: m.id, field, text: "Set by the test" })).output).milestones[i];
          if ((field === "title" ? m2?.title : m2?.goal?.text) !== "Set by the test") problems.push(`${at} set ${field}: not read back`);
          applied++;
        });
      if (i > 0)
        attempt(`${at} depend`, () => {
          const on = r.milestones[0]!.id;
          const edits = depend(r, { id: m.id, on: [on] });
          if (edits.length === 0) return;
          const out = applyEdits(src, edits).output;
          const r2 = parseRoadmap(out);
          if (!r2.milestones[i]?.dependsOn.some((d) => d.id === on)) return void problems.push(`${at} depend: not read back`);
          const back = applyEdits(out, undepend(r2, { id: m.id, on: [on] })).output;
          if (m.dependsOn.length > 0 && back !== src) problems.push(`${at} depend/undepend: bytes not restored`);
          applied++;
        });
    });
  }
  expect(problems).toEqual([]);
  expect(applied).toBeGreaterThan(100);
});
