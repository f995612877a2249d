import { describe, expect, it } from "vitest";
import { NotFoundError, RefusedError } from "../../model/errors.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { depend, undepend } from "./depend.js";

const DOC = `# Roadmap

## M0: Base

**Dependencies:** None

## M1: Next

**Dependencies:** M0

## M2: Last

**Dependencies:** M1
`;

describe("depend / undepend: errors", () => {
  const r = parseRoadmap(DOC);
  it("a dependency on itself is REFUSED", () => {
    const e = (() => {
      try {
        depend(r, { id: "M1", on: ["m1"] });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(RefusedError);
    expect(e).toMatchObject({ code: "REFUSED", message: "M1 cannot depend on itself", blockers: ["M1 → M1"] });
  });
  it("a cycle is REFUSED, naming it, and the blockers carry it", () => {
    expect(() => depend(r, { id: "M0", on: ["M2"] })).toThrowError(
      expect.objectContaining({ code: "REFUSED", message: "M0 cannot depend on M2: it would make a cycle M0 → M2 → M1 → M0", blockers: ["M0 → M2 → M1 → M0"] }),
    );
  });
  it("an unknown id is NOT_FOUND, for the milestone and for a dependency", () => {
    expect(() => depend(r, { id: "M7", on: ["M0"] })).toThrowError(NotFoundError);
    expect(() => depend(r, { id: "M2", on: ["M0", "M8"] })).toThrowError(expect.objectContaining({ code: "NOT_FOUND", message: expect.stringContaining('"M8"') }));
    expect(() => undepend(r, { id: "M2", on: ["M8"] })).toThrowError(NotFoundError);
  });
  it("no ids is BAD_INPUT; present or absent ids give no edits", () => {
    expect(() => depend(r, { id: "M2", on: [" ", ""] })).toThrowError(expect.objectContaining({ code: "BAD_INPUT" }));
    expect(depend(r, { id: "M2", on: ["M1"] })).toEqual([]);
    expect(undepend(r, { id: "M2", on: ["M0"] })).toEqual([]);
  });
  it("a free-form roadmap refuses with a clear message", () => {
    const free = parseRoadmap("# Plan\n\n## Now\n\n- [ ] a\n\n## Later\n\n- [ ] b\n");
    expect(free.format).toBe("freeform");
    const id = free.milestones[1]!.id;
    expect(() => depend(free, { id, on: [free.milestones[0]!.id] })).toThrowError(
      expect.objectContaining({ code: "BAD_INPUT", message: "this roadmap is free-form: depend has no single place to write; edit the file" }),
    );
  });
  it("removing several neighbours keeps the separators right", () => {
    const src = "# R\n\n## M0: A\n\n## M1: B\n\n## M2: C\n\n## M3: D\n\n**Dependencies:** M0, M1, M2\n";
    const rr = parseRoadmap(src);
    const apply = (edits: { start: number; end: number; text: string }[]): string =>
      edits.sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), src);
    expect(apply(undepend(rr, { id: "M3", on: ["M0", "M1"] }))).toContain("**Dependencies:** M2\n");
    expect(apply(undepend(rr, { id: "M3", on: ["M1", "M2"] }))).toContain("**Dependencies:** M0\n");
    expect(apply(undepend(rr, { id: "M3", on: ["M0", "M2"] }))).toContain("**Dependencies:** M1\n");
  });
});

describe("depend: where the dependencies go", () => {
  const apply = (src: string, edits: { start: number; end: number; text: string }[]): string =>
    [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), src);
  it("the overview column and a new field: the section's field is what the model reads", () => {
    const src = "# R\n\n| ID | Status | Depends on |\n|---|---|---|\n| M0 | Done | None |\n| M1 | Planned | None |\n\n## M0: A\n\n- [x] a\n\n## M1: B\n\n- [ ] b\n";
    const out = apply(src, depend(parseRoadmap(src), { id: "M1", on: ["M0"] }));
    expect(out).toBe(src.replace("| M1 | Planned | None |", "| M1 | Planned | M0 |") + "\n**Dependencies:** M0\n");
    expect(parseRoadmap(out).milestones[1]!.dependsOn.map((d) => d.id)).toEqual(["M0"]);
    expect(apply(out, undepend(parseRoadmap(out), { id: "M1", on: ["M0"] }))).toBe(src + "\n**Dependencies:** None\n");
  });
  it("a new Dependencies field where the document writes them in fields", () => {
    const src = "# R\n\n## M0: A\n\n**Dependencies:** None\n\n## M1: B\n\n- [ ] b\n";
    const out = apply(src, depend(parseRoadmap(src), { id: "M1", on: ["M0"] }));
    expect(out).toBe("# R\n\n## M0: A\n\n**Dependencies:** None\n\n## M1: B\n\n- [ ] b\n\n**Dependencies:** M0\n");
    expect(parseRoadmap(out).milestones[1]!.dependsOn.map((d) => d.id)).toEqual(["M0"]);
  });
});
