import { describe, expect, it } from "vitest";
import { buildGraph, dependencyOrder } from "../../src/render/graph-model.js";
import { EXAMPLE, HOSTILE, load } from "./helpers.js";

const ms = (specs: [string, string[]][]) => ({
  milestones: specs.map(([id, deps]) => ({ id, title: `T ${id}`, status: "planned" as const, dependsOn: deps, progress: { done: 0, total: 1 } })),
});

describe("buildGraph", () => {
  it("draws edges from dependency to dependent", () => {
    const g = buildGraph(load(EXAMPLE).status);
    expect(g.edges.map((e) => `${e.from}->${e.to}`)).toContain("M0->M1");
    expect(g.cycles).toEqual([]);
    expect(g.unknown).toEqual([]);
  });

  it("keeps unknown dependencies and marks cycles", () => {
    const g = buildGraph(load(HOSTILE).status);
    expect(g.unknown).toEqual(["M9"]);
    expect(g.edges.find((e) => e.from === "M9")).toMatchObject({ to: "M1", unknown: true });
    expect(g.cycles).toEqual([["M2", "M3"]]);
    expect(g.edges.filter((e) => e.cycle).map((e) => `${e.from}->${e.to}`).sort()).toEqual(["M2->M3", "M3->M2"]);
    expect(g.nodes.filter((n) => n.cycle).map((n) => n.id)).toEqual(["M2", "M3"]);
  });

  it("finds self-loops and matches dependencies by normalised id", () => {
    const g = buildGraph(ms([["M1", ["m1"]], ["M2", ["milestone 1"]]]));
    expect(g.cycles).toEqual([["M1"]]);
    expect(g.edges.find((e) => e.to === "M2")).toMatchObject({ from: "M1", unknown: false, cycle: false });
  });

  it("orders dependencies first and survives cycles and long chains", () => {
    expect(dependencyOrder(buildGraph(ms([["B", ["A"]], ["A", []], ["C", ["B"]]])))).toEqual(["A", "B", "C"]);
    expect(dependencyOrder(buildGraph(ms([["X", ["Y"]], ["Y", ["X"]], ["Z", []]])))).toEqual(["X", "Y", "Z"]);
    const chain = Array.from({ length: 3000 }, (_, i): [string, string[]] => [`M${i}`, i ? [`M${i - 1}`] : []]);
    const g = buildGraph(ms(chain));
    expect(g.cycles).toEqual([]);
    expect(dependencyOrder(g)[2999]).toBe("M2999");
  });
});
