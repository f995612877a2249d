import type { SourceDocument } from "../document.js";
import { inlineText } from "../markdown.js";
import { splitRuns, type Group, type UnitRef } from "./candidates.js";
import type { Outline } from "./outline.js";

const CHECKLIST = /^\[[ xX]\]\s+\*\*Phase\s+\d/iu;
const FIELD = /^\*\*(?:Goal|Depends on|Success Criteria|Requirements|Plans)\*\*/iu;

/**
 * The GSD dialect (`.planning/ROADMAP.md`, recognised from content): `Phase N:` headings plus a
 * phase checklist, a Progress table or GSD's bold fields. Then every `Phase N` heading, at any
 * level, is a unit: GSD nests phases under milestone headings and `<details>` blocks.
 */
export function detectGsd(doc: SourceDocument, outline: Outline): Group | undefined {
  const units: UnitRef[] = [];
  outline.headings.forEach((h, k) => {
    if (h.label?.kind === "strong" && h.label.family === "phase") units.push({ carrier: "heading", idx: h.idx, label: h.label, heading: k });
  });
  if (units.length === 0) return undefined;
  let marker = false;
  // GSD's bold fields count in a phase's own section: `**Goal**:` under `### Sprint 1` is that sprint's (L4 runs, not GSD).
  const inPhase = (i: number): boolean => {
    const o = outline.owner[i] ?? -1;
    const label = o >= 0 ? outline.headings[o]!.label : undefined;
    return label?.kind === "strong" && label.family === "phase";
  };
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "item" && CHECKLIST.test(b.raw)) marker = true;
    else if (b.type === "paragraph" && !b.item && FIELD.test(b.raw) && inPhase(i)) marker = true;
    else if (b.type === "table") {
      const head = b.header.cells.map((c) => inlineText(c).toLowerCase());
      if (head[0] === "phase" && head.some((c) => c === "status" || c.startsWith("plans"))) marker = true;
    }
    if (marker) break;
  }
  if (!marker) return undefined;
  const level = units.reduce((l, u) => Math.min(l, outline.headings[u.heading!]!.node.level), 6);
  // Several roadmaps pasted in one file repeat `Phase 1…`: take the longest run (the first on a tie).
  let best: Group | undefined;
  for (const run of splitRuns({ carrier: "heading", units, rank: 3, level })) if (!best || run.units.length > best.units.length) best = run;
  return best ?? { carrier: "heading", units, rank: 3, level };
}
