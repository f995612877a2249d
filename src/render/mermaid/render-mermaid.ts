// `roadmark render mermaid`: the dependency graph as a Mermaid flowchart.
import type { Status } from "../../model/status.js";
import { buildGraph, type GraphInput } from "../graph-model.js";
import { mermaidIds, mermaidLabel } from "./mermaid-text.js";

/** Fill/stroke per status; unknown dependencies are dashed. */
const CLASS_DEFS: Readonly<Record<Status | "missing", string>> = {
  done: "fill:#d3f4dc,stroke:#1a7f37,color:#0b3d1a",
  in_progress: "fill:#dbeafe,stroke:#1d4ed8,color:#0b2a6b,stroke-width:2px",
  planned: "fill:#f3f4f6,stroke:#6b7280,color:#1f2937",
  blocked: "fill:#fde2e1,stroke:#c62828,color:#5f1010",
  cancelled: "fill:#eeeeee,stroke:#9e9e9e,color:#616161,stroke-dasharray:2 2",
  unknown: "fill:#fff7d6,stroke:#a16207,color:#422006",
  missing: "fill:#ffffff,stroke:#c62828,color:#c62828,stroke-dasharray:5 5",
};

/** Options for the Mermaid flowchart. */
export interface MermaidOptions {
  /** Layout direction (default top-down). */
  readonly direction?: "TD" | "LR";
}

/** Renders the roadmap's milestones and dependencies as a Mermaid flowchart. */
export function renderMermaid(status: GraphInput, options: MermaidOptions = {}): string {
  const graph = buildGraph(status);
  const ids = mermaidIds([...graph.nodes.map((n) => n.id), ...graph.unknown]);
  const lines = [`flowchart ${options.direction ?? "TD"}`];
  for (const n of graph.nodes) {
    const progress = n.total ? ` ${n.done}/${n.total}` : "";
    lines.push(`  ${ids.get(n.id)}["${mermaidLabel(`${n.id}: ${n.title}`)}${progress ? `<br/>${progress.trim()}` : ""}"]:::${n.status}`);
  }
  for (const u of graph.unknown) lines.push(`  ${ids.get(u)}["${mermaidLabel(`${u} (unknown)`)}"]:::missing`);
  const cycleLinks: number[] = [];
  const missingLinks: number[] = [];
  graph.edges.forEach((e, i) => {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (e.cycle) cycleLinks.push(i);
    if (e.unknown) missingLinks.push(i);
    lines.push(e.unknown ? `  ${from} -.-> ${to}` : e.cycle ? `  ${from} -->|cycle| ${to}` : `  ${from} --> ${to}`);
  });
  for (const c of graph.cycles) lines.push(`  %% cycle: ${c.map((id) => ids.get(id)).join(" -> ")}`);
  for (const [name, style] of Object.entries(CLASS_DEFS)) lines.push(`  classDef ${name} ${style}`);
  if (cycleLinks.length) lines.push(`  linkStyle ${cycleLinks.join(",")} stroke:#c62828,stroke-width:2px`);
  if (missingLinks.length) lines.push(`  linkStyle ${missingLinks.join(",")} stroke:#c62828,stroke-dasharray:5 5`);
  return lines.join("\n") + "\n";
}
