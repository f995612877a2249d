import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cyclicComponents, dependencyOrderOf, stronglyConnected, successorsOf, type GraphLink } from "./graph.js";

/** Components by brute force: u and v share one when each reaches the other. */
function naiveComponents(n: number, links: readonly GraphLink<number>[]): Set<string> {
  const reach = Array.from({ length: n }, (_, i) => {
    const seen = new Set([i]);
    const queue = [i];
    while (queue.length) {
      const v = queue.shift()!;
      for (const e of links)
        if (e.from === v && !seen.has(e.to)) {
          seen.add(e.to);
          queue.push(e.to);
        }
    }
    return seen;
  });
  const comps = new Set<string>();
  for (let i = 0; i < n; i++) comps.add(JSON.stringify([...Array(n).keys()].filter((j) => reach[i]!.has(j) && reach[j]!.has(i))));
  return comps;
}

const graph = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1) }), { maxLength: 20 }),
  }),
);

describe("graph", () => {
  it("finds the strongly connected components (checked against reachability)", () => {
    fc.assert(
      fc.property(graph, ({ n, links }) => {
        const nodes = [...Array(n).keys()];
        const comps = stronglyConnected(nodes, successorsOf(links));
        expect(comps.flat().sort((a, b) => a - b)).toEqual(nodes);
        expect(new Set(comps.map((c) => JSON.stringify([...c].sort((a, b) => a - b))))).toEqual(naiveComponents(n, links));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps only components with a cycle, including a self-loop", () => {
    const links = [
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "c", to: "b" },
      { from: "d", to: "d" },
    ];
    expect(cyclicComponents(["a", "b", "c", "d", "e"], successorsOf(links))).toEqual([["c", "b"], ["d"]]);
  });

  it("survives a chain of 100 000 nodes without deep recursion", () => {
    const n = 100_000;
    const nodes = [...Array(n).keys()];
    const links = nodes.slice(1).map((i) => ({ from: i - 1, to: i }));
    expect(stronglyConnected(nodes, successorsOf(links))).toHaveLength(n);
    expect(cyclicComponents(nodes, successorsOf([...links, { from: n - 1, to: 0 }]))[0]).toHaveLength(n);
  });

  it("orders dependencies first, stably, and places every node once even on cycles", () => {
    expect(dependencyOrderOf(["c", "b", "a"], [])).toEqual(["c", "b", "a"]);
    expect(dependencyOrderOf(["c", "b", "a"], [{ from: "a", to: "c" }])).toEqual(["b", "a", "c"]);
    fc.assert(
      fc.property(graph, ({ n, links }) => {
        const nodes = [...Array(n).keys()];
        const order = dependencyOrderOf(nodes, links);
        expect([...order].sort((a, b) => a - b)).toEqual(nodes);
        expect(order).toEqual(referenceOrder(nodes, links));
        // On an acyclic graph every edge goes forward.
        if (cyclicComponents(nodes, successorsOf(links)).length === 0) for (const e of links) expect(order.indexOf(e.from)).toBeLessThan(order.indexOf(e.to));
      }),
      { numRuns: 300 },
    );
  });
});

/** The specification of dependencyOrderOf, quadratic: the first ready node, else the first unplaced. */
function referenceOrder<T>(nodes: readonly T[], links: readonly GraphLink<T>[]): T[] {
  const indeg = new Map<T, number>(nodes.map((n) => [n, 0]));
  const out = new Map<T, T[]>();
  for (const e of links) {
    if (e.from === e.to) continue;
    indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  }
  const unique = [...new Set(nodes)];
  const order: T[] = [];
  const done = new Set<T>();
  while (order.length < unique.length) {
    const pick = unique.find((n) => !done.has(n) && (indeg.get(n) ?? 0) === 0) ?? unique.find((n) => !done.has(n))!;
    done.add(pick);
    order.push(pick);
    for (const t of out.get(pick) ?? []) indeg.set(t, (indeg.get(t) ?? 0) - 1);
  }
  return order;
}
