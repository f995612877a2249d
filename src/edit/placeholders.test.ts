import { describe, expect, it } from "vitest";
import { RefusedError } from "../model/errors.js";
import { parseRoadmap } from "../parse/to-model.js";
import { renderNext } from "../render/terminal/next.js";
import { colors } from "../render/terminal/colors.js";
import { ROADMAP_TEMPLATE } from "../templates/roadmap-template.js";
import { applyEdits } from "./apply-edits.js";
import { initRoadmap } from "./operations/init.js";
import { setStatus } from "./operations/set-status.js";
import { tick } from "./operations/tick.js";
import { milestonePlaceholders } from "./placeholders.js";

const FILLED = initRoadmap({
  milestones: 0,
  drafts: [
    { title: "Parser", goal: "Read the file.", criteria: ["Reads tables", "Reads `[Criterion 1]` in code as text"] },
    { title: "Lint", goal: "Check it.", criteria: ["Reports placeholders"] },
  ],
});

function refusal(f: () => unknown): RefusedError {
  try {
    f();
  } catch (e) {
    if (e instanceof RefusedError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("placeholder gates", () => {
  const template = parseRoadmap(ROADMAP_TEMPLATE);

  it("finds the template's goal and criteria placeholders, and none in a filled roadmap", () => {
    expect(milestonePlaceholders(template, template.milestones[1]!)).toEqual({
      goal: "[Brief description of milestone goal]",
      criteria: [
        { index: 1, text: "[Criterion 1]" },
        { index: 2, text: "[Criterion 2]" },
        { index: 3, text: "[Criterion 3]" },
      ],
    });
    const filled = parseRoadmap(FILLED);
    for (const m of filled.milestones) expect(milestonePlaceholders(filled, m)).toEqual({ criteria: [] });
  });

  it("refuses to tick a placeholder criterion, with a hint to write it first; unticking is allowed", () => {
    const e = refusal(() => tick(template, { id: "M0", criterion: "2", checked: true }));
    expect(e.message).toBe('cannot tick criterion 2 of M0: "[Criterion 2]" is still a template placeholder');
    expect(e.hint).toContain('roadmark criterion edit M0 2 "TEXT"');
    const ticked = applyEdits(ROADMAP_TEMPLATE, [{ start: template.milestones[0]!.criteria[0]!.box.start, end: template.milestones[0]!.criteria[0]!.box.end, text: "x" }]).output;
    expect(tick(parseRoadmap(ticked), { id: "M0", criterion: "1", checked: false })).toHaveLength(1);
    const filled = parseRoadmap(FILLED);
    expect(tick(filled, { id: "M0", criterion: "2", checked: true })).toHaveLength(1);
  });

  it("refuses to start a milestone with placeholders unless forced", () => {
    const e = refusal(() => setStatus(template, { id: "M0", status: "in_progress" }));
    expect(e.message).toBe("cannot start M0: criteria 1, 2, 3 are still template placeholders");
    expect(e.hint).toContain('roadmark criterion edit M0 1 "TEXT"');
    expect(e.overridable).toBe(true);
    const e1 = refusal(() => setStatus(template, { id: "M1", status: "in_progress" }));
    expect(e1.message).toMatch(/^cannot start M1: its goal and criteria 1, 2, 3 are still template placeholders; dependency M0 is not done/);
    expect(e1.hint).toContain('roadmark set M1 goal "TEXT"');
    expect(setStatus(template, { id: "M0", status: "in_progress", force: true }).length).toBeGreaterThan(0);
    expect(setStatus(parseRoadmap(FILLED), { id: "M0", status: "in_progress" }).length).toBeGreaterThan(0);
    // Other transitions have no placeholder gate.
    expect(setStatus(template, { id: "M0", status: "blocked", reason: "waiting" }).length).toBeGreaterThan(0);
  });

  it("next says to fill the milestone in instead of listing its placeholders", () => {
    const out = renderNext(template, colors(false));
    expect(out).toMatch(/^Fill in M0: Foundations first — criteria 1, 2, 3 are still template placeholders\n/);
    expect(out).not.toContain("[ ] [Criterion 1]");
    expect(renderNext(parseRoadmap(FILLED), colors(false))).toContain("[ ] Reads tables");
  });
});
