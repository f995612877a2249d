// The dependency graph every picture draws: milestones, unknown references, edges, cycles.
// Pure data over `status --json`, shared by the Mermaid renderers and the dashboard client.
import type { MilestoneJson } from "../report/status-json.js";
import type { Status } from "../model/status.js";
import { idKey } from "../model/id.js";
import { cyclicComponents, dependencyOrderOf, successorsOf } from "../report/graph.js";

/** A milestone node of the graph. */
export interface GraphNode {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  readonly done: number;
  readonly total: number;
  /** True when the node sits on a dependency cycle. */
  readonly cycle: boolean;
}

/** An edge from a dependency to its dependent. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** The dependency names no milestone of the roadmap. */
  readonly unknown: boolean;
  /** Both ends lie on the same dependency cycle. */
  readonly cycle: boolean;
}

/** Milestones, the unknown ids they reference, and the edges between them. */
export interface GraphModel {
  readonly nodes: readonly GraphNode[];
  readonly unknown: readonly string[];
  readonly edges: readonly GraphEdge[];
  /** Each cycle as the ids on it (strongly connected components with a loop). */
  readonly cycles: readonly (readonly string[])[];
}

/** The parts of `status --json` a dependency picture needs. */
export interface GraphInput {
  readonly milestones: readonly Pick<MilestoneJson, "id" | "title" | "status" | "dependsOn" | "progress">[];
}

/** Builds the dependency graph of a roadmap's status document. */
export function buildGraph(status: GraphInput): GraphModel {
  const byId = new Map<string, string>();
  const byNorm = new Map<string, string>();
  for (const m of status.milestones) {
    if (!byId.has(m.id)) byId.set(m.id, m.id);
    const n = idKey(m.id);
    if (!byNorm.has(n)) byNorm.set(n, m.id);
  }
  const resolve = (dep: string): string | undefined => byId.get(dep) ?? byNorm.get(idKey(dep));
  const raw: { from: string; to: string; unknown: boolean }[] = [];
  const unknown: string[] = [];
  const seenEdge = new Set<string>();
  for (const m of status.milestones) {
    for (const dep of m.dependsOn) {
      const target = resolve(dep);
      const from = target ?? dep;
      const key = `${from}\u0000${m.id}`;
      if (seenEdge.has(key)) continue;
      seenEdge.add(key);
      if (!target && !unknown.includes(dep)) unknown.push(dep);
      raw.push({ from, to: m.id, unknown: !target });
    }
  }
  // Each cycle lists its ids in the order Tarjan reached them (the component's root first).
  const cycles = cyclicComponents([...byId.keys()], successorsOf(raw.filter((e) => !e.unknown))).map((c) => c.reverse());
  const onCycle = new Map<string, number>();
  cycles.forEach((c, i) => c.forEach((id) => onCycle.set(id, i)));
  const seenNode = new Set<string>();
  const nodes: GraphNode[] = [];
  for (const m of status.milestones) {
    if (seenNode.has(m.id)) continue;
    seenNode.add(m.id);
    nodes.push({ id: m.id, title: m.title, status: m.status, done: m.progress.done, total: m.progress.total, cycle: onCycle.has(m.id) });
  }
  const edges = raw.map((e) => ({
    ...e,
    cycle: !e.unknown && onCycle.has(e.from) && onCycle.get(e.from) === onCycle.get(e.to),
  }));
  return { nodes, unknown, edges, cycles };
}

/** Milestone ids in dependency order (dependencies first; ties and cycles keep document order). */
export function dependencyOrder(graph: GraphModel): string[] {
  return dependencyOrderOf(
    graph.nodes.map((n) => n.id),
    graph.edges.filter((e) => !e.unknown && !e.cycle),
  );
}
