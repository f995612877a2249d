// Property tests of the edit operations over generated template roadmaps and the real corpus:
// an edit touches only its target span's lines; tick then untick is the identity; the status
// after a status edit is the intended one, at every place the document states it.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { addMilestone, nextMilestoneId } from "../../src/edit/operations/add.js";
import { learn } from "../../src/edit/operations/learn.js";
import { setStatus } from "../../src/edit/operations/set-status.js";
import { tick } from "../../src/edit/operations/tick.js";
import type { WritableStatus } from "../../src/edit/status-spelling.js";
import type { Milestone, Roadmap } from "../../src/model/roadmap.js";
import { contains, type Span } from "../../src/model/span.js";
import type { TextEdit } from "../../src/model/text-edit.js";
import { findMilestone } from "../../src/model/milestones.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { corpusFiles } from "../harness/paths.js";
import { renderShape, roadmapShape } from "./gen-roadmap.js";

const WRITABLE: readonly WritableStatus[] = ["planned", "in_progress", "done", "blocked", "cancelled"];

function apply(source: string, edits: readonly TextEdit[]): string {
  const r = applyEdits(source, edits);
  expect(r.skipped).toEqual([]);
  return r.output;
}

/** Lines of `text` without terminators. */
function lineList(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Every edit lies inside one of `targets`, and the lines outside the targets' lines are unchanged. */
function expectOnlyTargets(roadmap: Roadmap, edits: readonly TextEdit[], targets: readonly Span[]): void {
  for (const e of edits) expect(targets.some((t) => contains(t, e)), `edit ${JSON.stringify(e)} outside its targets`).toBe(true);
  const lines = roadmap.lines;
  const touched = new Set<number>();
  for (const e of edits) for (let l = lines.lineOf(e.start); l <= lines.lineOf(e.end); l++) touched.add(l);
  const out = lineList(apply(roadmap.source, edits));
  const old = lineList(roadmap.source);
  const first = Math.min(...touched);
  const last = Math.max(...touched);
  expect(out.slice(0, first)).toEqual(old.slice(0, first));
  const tail = old.length - 1 - last;
  expect(tail === 0 ? [] : out.slice(-tail)).toEqual(tail === 0 ? [] : old.slice(-tail));
  // Between touched lines (several places of one status), untouched lines keep their text.
  const middleOld = old.slice(first, last + 1).filter((_, k) => !touched.has(first + k));
  const middleOut = out.slice(first, out.length - tail);
  let at = 0;
  for (const l of middleOld) {
    const found = middleOut.indexOf(l, at);
    expect(found, `line ${JSON.stringify(l)} lost`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

/** The spans a status edit may touch: each stated place, the table row and the heading line. */
function statusTargets(m: Milestone): Span[] {
  const out: Span[] = [];
  for (const s of m.statuses) if (s.span) out.push(s.span);
  if (m.spans.row) out.push(m.spans.row.span);
  if (m.spans.heading) out.push(m.spans.heading);
  return out;
}

/** Checks tick/untick on one criterion: one box char, identity when undone. */
function checkTick(roadmap: Roadmap, m: Milestone, index: number): void {
  const c = m.criteria[index]!;
  const boxChar = roadmap.source.slice(c.box.start, c.box.end);
  const first = tick(roadmap, { id: m.id, criterion: String(index + 1), checked: !c.checked });
  expect(first).toEqual([{ start: c.box.start, end: c.box.end, text: c.checked ? " " : "x" }]);
  expectOnlyTargets(roadmap, first, [c.span]);
  const once = apply(roadmap.source, first);
  const again = parseRoadmap(once);
  const m2 = again.milestones.find((x) => x.line === m.line && x.id === m.id)!;
  expect(m2.criteria[index]!.checked).toBe(!c.checked);
  const back = apply(once, tick(again, { id: m.id, criterion: String(index + 1), checked: c.checked }));
  if (boxChar !== "X") expect(back).toBe(roadmap.source);
  else expect(back.length).toBe(roadmap.source.length);
}

/** Checks a forced status change: only its places change, and re-parsing gives the intent everywhere. */
function checkStatus(roadmap: Roadmap, m: Milestone, status: WritableStatus): void {
  const edits = setStatus(roadmap, { id: m.id, status, force: true });
  if (edits.length === 0) {
    expect(m.statuses.filter((s) => s.source !== "bucket" && s.source !== "elsewhere").every((s) => s.value === status)).toBe(true);
    return;
  }
  expectOnlyTargets(roadmap, edits, statusTargets(m));
  const after = parseRoadmap(apply(roadmap.source, edits));
  const m2 = findMilestone(after, m.id)!;
  expect(m2.status.value).toBe(status);
  for (const s of m2.statuses) expect(s.value, `${s.source} "${s.raw}"`).toBe(status);
  // A second application is a no-op.
  expect(setStatus(after, { id: m.id, status, force: true })).toEqual([]);
}

function uniqueIds(r: Roadmap): Milestone[] {
  const count = new Map<string, number>();
  for (const m of r.milestones) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  return r.milestones.filter((m) => count.get(m.id) === 1 && findMilestone(r, m.id) === m);
}

describe("edit properties over generated template roadmaps", () => {
  const pick = fc.record({ shape: roadmapShape, a: fc.nat(), b: fc.nat(), s: fc.constantFrom(...WRITABLE) });

  it("tick then untick is the identity, and only the box changes", () => {
    fc.assert(
      fc.property(pick, ({ shape, a, b }) => {
        const r = parseRoadmap(renderShape(shape));
        const withCriteria = r.milestones.filter((m) => m.criteria.length > 0);
        fc.pre(withCriteria.length > 0);
        const m = withCriteria[a % withCriteria.length]!;
        checkTick(r, m, b % m.criteria.length);
      }),
      { numRuns: 200 },
    );
  });

  it("a status change writes every stated place and nothing else; re-parsing gives the intent", () => {
    fc.assert(
      fc.property(pick, ({ shape, a, s }) => {
        const r = parseRoadmap(renderShape(shape));
        const m = r.milestones[a % r.milestones.length]!;
        checkStatus(r, m, s);
      }),
      { numRuns: 300 },
    );
  });

  it("learn appends exactly one line to the milestone's section and the learning reads back", () => {
    fc.assert(
      fc.property(pick, ({ shape, a }) => {
        const r = parseRoadmap(renderShape(shape));
        const m = r.milestones[a % r.milestones.length]!;
        const edits = learn(r, { id: m.id, text: "New insight" });
        expectOnlyTargets(r, edits, [m.spans.section!]);
        const out = apply(r.source, edits);
        expect(lineList(out).length).toBe(lineList(r.source).length + (m.spans.learnings ? 1 : 3));
        const m2 = findMilestone(parseRoadmap(out), m.id)!;
        expect(m2.learnings.map((l) => l.text)).toEqual([...m.learnings.map((l) => l.text), "New insight"]);
      }),
      { numRuns: 200 },
    );
  });

  it("a refused transition produces no edits and names its blockers", () => {
    fc.assert(
      fc.property(pick, ({ shape, a }) => {
        const r = parseRoadmap(renderShape(shape));
        const m = r.milestones[a % r.milestones.length]!;
        for (const status of ["in_progress", "done"] as const) {
          let edits: TextEdit[] | undefined;
          try {
            edits = setStatus(r, { id: m.id, status });
          } catch (e) {
            expect(e).toMatchObject({ name: "RefusedError", message: expect.stringMatching(/^cannot (start|finish) M\d+: .+/) });
          }
          if (edits && edits.length > 0) expect(parseRoadmap(apply(r.source, edits)).milestones.find((x) => x.id === m.id)!.status.value).toBe(status);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("edit properties over the real corpus (template milestones with criteria)", () => {
  const files = corpusFiles()
    .map((f) => ({ f, r: parseRoadmap(readFileSync(f, "utf8")) }))
    .filter(({ r }) => r.format === "template" && r.milestones.some((m) => m.spans.section && m.criteria.length > 0));

  it("the corpus has such files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const { f, r } of files) {
    const ms = uniqueIds(r).filter((m) => m.spans.section && m.criteria.length > 0);
    it(`${path.basename(f)}: tick/untick every criterion of ${ms.length} milestones`, () => {
      for (const m of ms) for (let i = 0; i < m.criteria.length; i++) checkTick(r, m, i);
    });
    it(`${path.basename(f)}: every status on ${ms.length} milestones`, () => {
      for (const m of ms) for (const s of WRITABLE) checkStatus(r, m, s);
    });
  }
});

describe("add and learn over every template file of the corpus", () => {
  const files = corpusFiles()
    .map((f) => ({ f, r: parseRoadmap(readFileSync(f, "utf8")) }))
    .filter(({ r }) => r.format === "template" && r.milestones.length > 0);

  for (const { f, r } of files) {
    it(`${path.basename(f)}: add keeps every milestone and adds one row and one section`, () => {
      const edits = addMilestone(r, { title: "Added by test", focus: "Testing" });
      const out = apply(r.source, edits);
      expect(out.startsWith("\uFEFF")).toBe(r.bom);
      const after = parseRoadmap(out);
      const id = nextMilestoneId(r);
      const added = findMilestone(after, id)!;
      expect(added.title).toBe("Added by test");
      expect(added.spans.section).toBeDefined();
      if (r.overview) expect(after.overview!.rows.length).toBe(r.overview.rows.length + 1);
      if (r.overview) expect(added.spans.row).toBeDefined();
      const summary = (x: Roadmap): string[] => x.milestones.map((m) => `${m.id}|${m.status.value}|${m.criteria.length}|${m.title}`);
      expect(summary(after).filter((s) => !s.startsWith(`${id}|`))).toEqual(summary(r));
      // Everything before the first insertion point is unchanged.
      const first = Math.min(...edits.map((e) => e.start));
      expect(out.slice(0, first)).toBe(r.source.slice(0, first));
    });

    it(`${path.basename(f)}: learn adds one learning to each milestone with a section`, () => {
      for (const m of uniqueIds(r).filter((x) => x.spans.section)) {
        const out = apply(r.source, learn(r, { id: m.id, text: "Corpus learning" }));
        const m2 = findMilestone(parseRoadmap(out), m.id)!;
        expect(m2.learnings.map((l) => l.text)).toEqual([...m.learnings.map((l) => l.text), "Corpus learning"]);
      }
    });
  }
});

describe("status changes over every template file of the corpus", () => {
  const files = corpusFiles()
    .map((f) => ({ f, r: parseRoadmap(readFileSync(f, "utf8")) }))
    .filter(({ r }) => r.format === "template" && r.milestones.length > 0);
  for (const { f, r } of files) {
    it(`${path.basename(f)}: every status on every milestone reads back everywhere`, () => {
      for (const m of uniqueIds(r)) for (const s of WRITABLE) checkStatus(r, m, s);
    });
  }
});
