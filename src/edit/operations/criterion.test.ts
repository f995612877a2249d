import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../model/errors.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { addCriterion, editCriterion, removeCriterion } from "./criterion.js";

const DOC = `# Roadmap

| Milestone | Status |
|---|---|
| M0 | Done |
| M1 | Planned |
| M2 | Planned |

## M0: Base

**Acceptance Criteria:**
- [x] Parse import files
- [ ] Import report

## M1: Next

**Goal:** Later.
`;

describe("criterion edits: errors", () => {
  const r = parseRoadmap(DOC);
  it("an unknown milestone is NOT_FOUND", () => {
    expect(() => addCriterion(r, { id: "M9", text: "x" })).toThrowError(NotFoundError);
    expect(() => editCriterion(r, { id: "M9", criterion: "1", text: "x" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => removeCriterion(r, { id: "M9", criterion: "1" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });
  it("an index out of range or an unmatched fragment is NOT_FOUND", () => {
    expect(() => removeCriterion(r, { id: "M0", criterion: "3" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND", message: expect.stringContaining("out of range") }));
    expect(() => editCriterion(r, { id: "M0", criterion: "0", text: "x" })).toThrowError(NotFoundError);
    expect(() => editCriterion(r, { id: "M0", criterion: "nothing like it", text: "x" })).toThrowError(NotFoundError);
  });
  it("an ambiguous fragment, an empty text and a bad position are BAD_INPUT", () => {
    expect(() => removeCriterion(r, { id: "M0", criterion: "import" })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", message: expect.stringContaining("matches 2") }));
    expect(() => addCriterion(r, { id: "M0", text: " \n " })).toThrowError(expect.objectContaining({ code: "BAD_INPUT" }));
    expect(() => editCriterion(r, { id: "M0", criterion: "1", text: "" })).toThrowError(UsageError);
    for (const at of [0, 4, 1.5]) expect(() => addCriterion(r, { id: "M0", text: "x", at })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", message: expect.stringContaining("1–3") }));
  });
  it("a milestone with no criteria (editing) or no section (adding) is refused as input", () => {
    expect(() => removeCriterion(r, { id: "M1", criterion: "1" })).toThrowError(expect.objectContaining({ message: "M1 has no criteria (checkbox items)" }));
    expect(() => addCriterion(r, { id: "M2", text: "x" })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", message: "M2 has no section to hold criteria" }));
  });
  it("a multi-line text becomes one line and a leading bracket stays text", () => {
    const edits = addCriterion(r, { id: "M0", text: "[ ] looks\n  like a box" });
    expect(edits).toHaveLength(1);
    expect(edits[0]!.text).toBe("\n- [ ] \\[ ] looks like a box");
  });
});
