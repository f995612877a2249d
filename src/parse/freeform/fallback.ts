// The last resort when no sequence was found (L1 "plain numbered steps"): the first ordered
// list under the title or under a heading that names a plan.
import type { SourceDocument } from "../document.js";
import { isBucket, type Outline } from "./outline.js";
import { inlineText, type BlockNode } from "../markdown.js";
import { isExcludedSection } from "./unit-label.js";
import { POOL } from "./extend.js";
import { unitNouns, type Group, type UnitRef } from "./candidates.js";

// A heading naming a plan, or the units of one (a plural) in any language of the vocabulary (`Steps`, `Fasi`, `Etapas`).
const UNIT_NOUNS = unitNouns();

export const ROADMAPISH = new RegExp(
  String.raw`(?<![\p{L}])(?:roadmap|plan|sequence|delivery|order of work|(?<!by[- ])step(?![- ]by[- ]step)|feuille de route|hoja de ruta|roteiro|fahrplan|дорожная карта|план|next steps|(?:${UNIT_NOUNS})(?:s|es)|fasi|tappe|versioni|этапы|шаги|фазы|вехи|релизы|версии|спринты|итерации)(?![\p{L}])|路线图|路线|规划|计划|ロードマップ|로드맵`,
  "iu",
);

/**
 * Last resort (L1 "plain numbered steps"): the first top-level ordered list under the title or a
 * roadmap heading; ordered lists under later sibling roadmap headings continue it (L4 continued
 * sequence: the original steps, then the priorities ahead).
 */
export function orderedListFallback(doc: SourceDocument, outline: Outline): Group | undefined {
  const blocks = doc.blocks;
  const listAt = (i: number): { units: UnitRef[]; end: number } => {
    const units: UnitRef[] = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const c = blocks[j]!;
      if (c.type === "item") {
        if (c.depth === 0) units.push({ carrier: "list", idx: j });
      } else if (!(c.type === "paragraph" && c.item) && c.type !== "code" && c.type !== "html") break;
    }
    return { units, end: j };
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== "item" || b.depth !== 0 || !b.ordered || b.quoted) continue;
    const owner = outline.owner[i] ?? -1;
    const head = owner >= 0 ? outline.headings[owner] : undefined;
    // Under the title, a heading naming a plan, or a horizon of work ahead that is the whole heading
    // (`## Next` over the order issues are taken in); not `## Current behaviour` or `## Done`.
    if (head && head.node.level > 1 && !ROADMAPISH.test(head.text) && !(isBucket(head) && head.label?.whole && head.label.status === "planned")) continue;
    const first = listAt(i);
    // A list introduced as requirements, goals or ideas (`Requirements:`, `需求:`) is not a plan (L5, L6).
    if (excludedLeadIn(blocks[i - 1])) {
      i = first.end - 1;
      continue;
    }
    if (first.units.length < 2) return undefined;
    if (!head || head.node.level <= 1) return { carrier: "list", units: first.units, rank: 1, level: 9 };
    // Later sibling sections (same parent and level) named like a plan, each holding an ordered list directly (its first one).
    const units = [...first.units];
    let seen = owner;
    for (let j = first.end; j < blocks.length; j++) {
      const c = blocks[j]!;
      if (c.type !== "item" || c.depth !== 0 || !c.ordered || c.quoted) continue;
      const o = outline.owner[j] ?? -1;
      const h = o >= 0 ? outline.headings[o] : undefined;
      if (o === seen || !h || h.parent !== head.parent || h.node.level !== head.node.level || h.hard || !ROADMAPISH.test(h.text)) continue;
      const next = listAt(j);
      if (next.units.length >= 2) units.push(...next.units);
      seen = o;
      j = next.end - 1;
    }
    return { carrier: "list", units, rank: 1, level: 9 };
  }
  return undefined;
}

/** A short paragraph ending in a colon that names an excluded section or a pool (`Requirements:`). */
function excludedLeadIn(b: BlockNode | undefined): boolean {
  if (b?.type !== "paragraph" || b.item || b.raw.length > 80) return false;
  const t = inlineText(b.raw).trim();
  if (!/[:：]$/u.test(t)) return false;
  const label = t.slice(0, -1).trim();
  return isExcludedSection(label) || POOL.test(label);
}
