import { describe, expect, it } from "vitest";
import { applyEdits } from "../apply-edits.js";
import type { Milestone, Roadmap } from "../../model/roadmap.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { tick } from "./tick.js";

/**
 * A free-form model as the free-form extractor will give it: a milestone labelled by the
 * document ("Phase 1") with criteria, and no template spans at all. tick must need nothing else.
 */
function freeform(source: string): Roadmap {
  const parsed = parseRoadmap(source.replace("## Phase 1", "## M1: Phase 1"));
  const m = parsed.milestones[0]!;
  const offset = "M1: ".length;
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start - offset, end: s.end - offset });
  const milestone: Milestone = {
    id: "Phase 1",
    title: "Phase 1",
    status: { value: "unknown", raw: "" },
    statuses: [],
    inferredStatus: m.inferredStatus,
    criteria: m.criteria.map((c) => ({ ...c, span: shift(c.span), box: shift(c.box), textSpan: shift(c.textSpan) })),
    deliverables: [],
    dependsOn: [],
    learnings: [],
    spans: {},
    line: 2,
  };
  return { ...parseRoadmap(source), format: "freeform", milestones: [milestone] };
}

describe("tick on a free-form model", () => {
  const source = "# Plan\n\n## Phase 1\n\nSome prose.\n\n* [ ] Write the parser\n* [x] Ship it\n";
  it("edits exactly the box character the model points at", () => {
    const r = freeform(source);
    const edits = tick(r, { id: "phase 1", criterion: "parser", checked: true });
    expect(applyEdits(source, edits).output).toBe(source.replace("* [ ] Write", "* [x] Write"));
    expect(applyEdits(source, tick(r, { id: "Phase 1", criterion: "2", checked: false })).output).toBe(source.replace("* [x] Ship", "* [ ] Ship"));
  });
});
