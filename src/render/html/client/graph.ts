// The dependency graph: dagre lays it out, we draw the result as SVG (text via text nodes only).
import dagre from "@dagrejs/dagre";
import { buildGraph, type GraphInput } from "../../graph-model.js";
import { svg } from "./dom.js";
import { fraction, STATUS_LABEL } from "./labels.js";

const CHAR = 7.4;
const MAX_CHARS = 30;

function clip(text: string): string {
  const chars = [...text];
  return chars.length > MAX_CHARS ? chars.slice(0, MAX_CHARS - 1).join("") + "…" : text;
}

/**
 * Lays out and draws the dependency graph: left to right where it fits in `avail` pixels
 * (scaled at most to 0.7), else top-down, which scrolls the natural way on phones and long chains.
 */
export function renderGraph(status: GraphInput, avail: number): SVGSVGElement {
  const lr = layout(status, "LR");
  return draw(lr.graph().width! * 0.7 <= avail ? lr : layout(status, "TB"));
}

type Layout = ReturnType<typeof layout>;

function layout(status: GraphInput, rankdir: "LR" | "TB") {
  const model = buildGraph(status);
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir, nodesep: 18, ranksep: 42, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const key = (id: string, unknown: boolean): string => (unknown ? `?${id}` : `#${id}`);
  for (const n of model.nodes) {
    const title = clip(n.title);
    const width = Math.max(title.length, n.id.length + 6) * CHAR + 24;
    g.setNode(key(n.id, false), { width, height: 46, n, title });
  }
  for (const u of model.unknown) g.setNode(key(u, true), { width: Math.max(u.length + 10, 12) * CHAR, height: 34, unknownId: u });
  for (const e of model.edges) if (e.from !== e.to || e.unknown) g.setEdge(key(e.from, e.unknown), key(e.to, false), { e });
  // No dependency declared at all: the milestones are laid out as the sequence the document
  // gives, joined by plain "then" lines, instead of a column of unconnected boxes.
  const sequence = inSequence(status);
  if (sequence)
    for (let i = 1; i < model.nodes.length; i++) {
      const a = model.nodes[i - 1]!.id;
      const b = model.nodes[i]!.id;
      if (a !== b) g.setEdge(key(a, false), key(b, false), { order: true });
    }
  dagre.layout(g);
  return Object.assign(g, { model, sequence });
}

/** True when no milestone declares a dependency (and there are at least two): the graph shows the document's order. */
export function inSequence(status: GraphInput): boolean {
  return status.milestones.length > 1 && buildGraph(status).edges.length === 0;
}

function draw(g: Layout): SVGSVGElement {
  const model = g.model;
  const graph = g.graph();
  const width = Math.ceil(graph.width ?? 0);
  const height = Math.ceil(graph.height ?? 0);
  const label = g.sequence ? "Milestones in document order" : "Dependency graph";
  const root = svg("svg", { class: `graph-svg${g.sequence ? " sequence" : ""}`, viewBox: `0 0 ${Math.max(width, 1)} ${Math.max(height, 1)}`, width: Math.max(width, 1), height: Math.max(height, 1), role: "img", "aria-label": label });
  root.append(
    svg(
      "defs",
      {},
      svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, svg("path", { d: "M0,0L10,5L0,10z", class: "arrow" })),
      svg("marker", { id: "arrow-bad", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, svg("path", { d: "M0,0L10,5L0,10z", class: "arrow bad" })),
    ),
  );
  const edges = svg("g", { class: "edges" });
  for (const ref of g.edges()) {
    const label = g.edge(ref) as { points?: { x: number; y: number }[]; e?: { cycle: boolean; unknown: boolean }; order?: boolean };
    const pts = label.points ?? [];
    if (pts.length < 2) continue;
    const d = pts.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join("");
    if (label.order) {
      edges.append(svg("path", { d, class: "edge order", "marker-end": "url(#arrow)" }));
      continue;
    }
    const bad = Boolean(label.e?.cycle || label.e?.unknown);
    edges.append(svg("path", { d, class: `edge${label.e?.cycle ? " cycle" : ""}${label.e?.unknown ? " missing" : ""}`, "marker-end": bad ? "url(#arrow-bad)" : "url(#arrow)" }));
  }
  root.append(edges);
  const nodes = svg("g", { class: "nodes" });
  for (const id of g.nodes()) {
    const v = g.node(id) as dagre.Node<{ n?: (typeof model.nodes)[number]; title?: string; unknownId?: string }>;
    const x = v.x - v.width / 2;
    const y = v.y - v.height / 2;
    if (v.unknownId !== undefined) {
      nodes.append(
        svg(
          "g",
          { class: "node missing", transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
          svg("title", {}, `${v.unknownId}: no milestone has this id`),
          svg("rect", { width: v.width, height: v.height, rx: 6 }),
          svg("text", { x: v.width / 2, y: v.height / 2 + 4, "text-anchor": "middle" }, `${clip(v.unknownId)} (unknown)`),
        ),
      );
      continue;
    }
    const n = v.n!;
    const pct = n.total ? n.done / n.total : 0;
    nodes.append(
      svg(
        "g",
        { class: `node s-${n.status}${n.cycle ? " cycle" : ""}`, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, "data-id": n.id },
        svg("title", {}, `${n.id}: ${n.title} — ${STATUS_LABEL[n.status]}, ${fraction(n.done, n.total)}`),
        svg("rect", { width: v.width, height: v.height, rx: 8 }),
        svg("rect", { class: "track", x: 12, y: v.height - 8, width: v.width - 24, height: 3, rx: 1.5 }),
        svg("rect", { class: "fill", x: 12, y: v.height - 8, width: ((v.width - 24) * pct).toFixed(1), height: 3, rx: 1.5 }),
        svg("text", { x: 12, y: 16, class: "nid" }, `${n.id} · ${fraction(n.done, n.total)}`),
        svg("text", { x: 12, y: 32, class: "ntitle" }, v.title ?? n.title),
      ),
    );
  }
  root.append(nodes);
  return root;
}
