import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../model/errors.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { setField, type SettableField } from "./set-field.js";

const DOC = `# Roadmap

| Milestone | Status |
|---|---|
| M0 | Done |
| M1 | Planned |

## M0: Base

**Goal:** Base.

## M2: **Bold** title
`;

describe("setField: errors", () => {
  const r = parseRoadmap(DOC);
  it("an unknown field is BAD_INPUT, listing the fields", () => {
    expect(() => setField(r, { id: "M0", field: "owner" as SettableField, text: "x" })).toThrowError(
      expect.objectContaining({ code: "BAD_INPUT", message: 'set: unknown field "owner": expected one of title, focus, goal' }),
    );
  });
  it("an unknown milestone is NOT_FOUND", () => {
    expect(() => setField(r, { id: "M5", field: "goal", text: "x" })).toThrowError(NotFoundError);
  });
  it("an empty text is BAD_INPUT", () => {
    expect(() => setField(r, { id: "M0", field: "title", text: "  " })).toThrowError(UsageError);
  });
  it("a field with no place (a table row without a Title column or a section) is NOT_FOUND", () => {
    expect(() => setField(r, { id: "M1", field: "title", text: "x" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND", message: expect.stringContaining("no title to set") }));
    expect(() => setField(r, { id: "M1", field: "goal", text: "x" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => setField(r, { id: "M1", field: "focus", text: "x" })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });
  it("a formatted heading title is left to the author", () => {
    expect(() => setField(r, { id: "M2", field: "title", text: "x" })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", message: expect.stringContaining("formatted") }));
  });
  it("a title that would read as a status is refused, not written", () => {
    expect(() => setField(r, { id: "M0", field: "title", text: "Ship it ✅" })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", message: expect.stringContaining("would not read back") }));
    expect(setField(r, { id: "M0", field: "title", text: "Ship it" })).toHaveLength(1);
  });
  it("a free-form roadmap refuses title, focus and goal with a clear message", () => {
    const free = parseRoadmap("# Plan\n\n## Now\n\n- [ ] a\n\n## Later\n\n- [ ] b\n");
    for (const field of ["title", "focus", "goal"] as const)
      expect(() => setField(free, { id: free.milestones[0]!.id, field, text: "x" })).toThrowError(
        `this roadmap is free-form: set ${field} has no single place to write; edit the file`,
      );
  });
});
