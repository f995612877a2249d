import type { Dependency, Milestone } from "../model/roadmap.js";
import { idKey } from "../model/id.js";
import { cyclicComponents } from "../report/graph.js";
import { defineRule, type Related } from "./define-rule.js";
import { milestonesById } from "../model/milestones.js";

interface Edge {
  readonly to: Milestone;
  readonly dep: Dependency;
}

/** One cycle through `start` inside its component, as the edges taken (breadth-first: shortest). */
function cycleFrom(start: Milestone, members: ReadonlySet<Milestone>, edges: ReadonlyMap<Milestone, readonly Edge[]>): Edge[] {
  const prev = new Map<Milestone, { from: Milestone; edge: Edge }>();
  const queue: Milestone[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const e of edges.get(v) ?? []) {
      if (!members.has(e.to)) continue;
      if (e.to === start) {
        const path: Edge[] = [e];
        let cur = v;
        while (cur !== start) {
          const p = prev.get(cur)!;
          path.unshift(p.edge);
          cur = p.from;
        }
        return path;
      }
      if (!prev.has(e.to)) {
        prev.set(e.to, { from: v, edge: e });
        queue.push(e.to);
      }
    }
  }
  return [];
}

/** Dependencies form no cycle: a cycle means no milestone of it can ever start. */
export default defineRule({
  id: "dependency-cycle",
  description: "Milestone dependencies form no cycle",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    cycle: "Unexpected dependency cycle {cycle}: expected dependencies that lead back to a first milestone, none of them can start",
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    const nodes = ctx.roadmap.milestones;
    const edges = new Map<Milestone, Edge[]>();
    for (const m of nodes) {
      const list: Edge[] = [];
      for (const d of m.dependsOn) {
        const to = byId.get(idKey(d.id));
        if (to) list.push({ to, dep: d });
      }
      edges.set(m, list);
    }
    const order = new Map(nodes.map((m, i) => [m, i] as const));
    const successors = new Map(nodes.map((m) => [m, (edges.get(m) ?? []).map((e) => e.to)] as const));
    for (const comp of cyclicComponents(nodes, (m) => successors.get(m) ?? [])) {
      const members = new Set(comp);
      const start = [...comp].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
      const path = cycleFrom(start, members, edges);
      const first = path[0];
      if (!first) continue;
      const cycle = [start.id, ...path.map((e) => e.to.id)].join(" → ");
      const related: Related[] = path.slice(1).map((e) => ({ message: `depends on ${e.to.id} here`, span: e.dep.span }));
      ctx.report("cycle", first.dep.span, { data: { cycle }, related });
    }
  },
});
