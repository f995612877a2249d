// The folder graph of src/ stays a DAG with the tiers in order: core ← ops ← surfaces.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without declarations
import { checkImports } from "../scripts/check-imports.mjs";

describe("src/ folder graph", () => {
  it("has no folder cycle, no upward import and no import from outside src/", () => {
    const { problems, edges } = checkImports() as { problems: string[]; edges: Map<string, string[]> };
    expect(problems).toEqual([]);
    expect(edges.has("cli -> ops")).toBe(true);
    expect(edges.has("server -> ops")).toBe(true);
  });
});
