// The dependency graph every picture draws: milestones, unknown references, edges, cycles.
// Pure data over `status --json`, shared by the Mermaid renderers and the dashboard client.
import type { MilestoneJson } from "../report/status-json.js";
import type { Status } from "../model/status.js";
import { normaliseId } from "../parse/fields/dependencies.js";

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
    const n = normaliseId(m.id);
    if (!byNorm.has(n)) byNorm.set(n, m.id);
  }
  const resolve = (dep: string): string | undefined => byId.get(dep) ?? byNorm.get(normaliseId(dep));
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
  const cycles = findCycles(
    [...byId.keys()],
    raw.filter((e) => !e.unknown),
  );
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

/** Tarjan's strongly connected components; keeps components that contain a loop. */
function findCycles(ids: readonly string[], edges: readonly { from: string; to: string }[]): string[][] {
  const out = new Map<string, string[]>();
  for (const e of edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  let counter = 0;
  // Iterative to survive long dependency chains without blowing the call stack.
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { v: string; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const next = out.get(frame.v) ?? [];
      if (frame.i < next.length) {
        const w = next[frame.i++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== frame.v);
        const selfLoop = edges.some((e) => e.from === frame.v && e.to === frame.v);
        if (comp.length > 1 || selfLoop) result.push(comp.reverse());
      }
    }
  }
  return result;
}

/** Milestone ids in dependency order (dependencies first; ties and cycles keep document order). */
export function dependencyOrder(graph: GraphModel): string[] {
  const indeg = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.unknown || e.cycle || e.from === e.to) continue;
    indeg.set(e.to, (indeg.get(e.to) ?? 0) + 1);
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  }
  const order: string[] = [];
  const done = new Set<string>();
  // Repeatedly take the first node in document order whose dependencies are placed: stable and simple.
  while (order.length < graph.nodes.length) {
    const pick = graph.nodes.find((n) => !done.has(n.id) && (indeg.get(n.id) ?? 0) === 0) ?? graph.nodes.find((n) => !done.has(n.id))!;
    done.add(pick.id);
    order.push(pick.id);
    for (const t of out.get(pick.id) ?? []) indeg.set(t, (indeg.get(t) ?? 0) - 1);
  }
  return order;
}
