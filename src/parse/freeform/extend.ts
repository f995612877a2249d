// Extenders of a labelled heading run (L3, L4): the units beside it that belong to it though
// they carry no label of their own (an opening step, buckets of features, a horizon after it,
// like-divided siblings, one step written at another level). Each keeps to the run's neighbours,
// through one sibling index per outline, so reading stays linear.
import type { SourceDocument } from "../document.js";
import { headerNames } from "./columns.js";
import { isBucket, siblingsAt, type Outline } from "./outline.js";
import { idNumber, releaseHorizon, sameRelease } from "./unit-label.js";
import type { Group, UnitRef } from "./candidates.js";

/** True when a heading's section holds a task checkbox item (C1). */
export function hasTasks(doc: SourceDocument, outline: Outline, k: number): boolean {
  const h = outline.headings[k]!;
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "item" && /^\[[ xX]\]\s/u.test(b.raw)) return true;
  }
  return false;
}

/**
 * The unlabelled sibling right before a labelled run (`#### Warm up` before `#### Release 01`,
 * `#### Release 02`), holding task checkboxes as the first unit's section does, is the run's
 * opening step (L4): a step 0 named instead of numbered.
 */
export function withLeadingStep(doc: SourceDocument | undefined, outline: Outline, g: Group): Group {
  if (!doc || g.carrier !== "heading" || g.units.length < 2) return g;
  const firstK = g.units[0]!.heading!;
  const first = outline.headings[firstK]!;
  let k = firstK - 1;
  while (k >= 0 && outline.headings[k]!.parent !== first.parent && k > first.parent) k--;
  if (k < 0 || k <= first.parent) return g;
  const h = outline.headings[k]!;
  if (h.parent !== first.parent || h.node.level !== first.node.level || h.label || h.excluded || h.hard || h.title || POOL.test(h.text)) return g;
  if (!hasTasks(doc, outline, firstK) || !hasTasks(doc, outline, k)) return g;
  return { ...g, units: [{ carrier: "heading", idx: h.idx, heading: k }, ...g.units] };
}

/**
 * The run's previous step written at another level (`## Phase 1` under the title, then `# Phase
 * 2` … `# Phase 8`): the unit of the same series numbered one before the first, whose section
 * ends where the run begins or holds the run (`## Phase 1` over `### Phase 2`, `### Phase 3`),
 * opens the run (LABELING 0: one milestone may sit at another level).
 */
export function withOffLevelFirst(outline: Outline, g: Group): Group {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const u = g.units[0]!;
  const first = outline.headings[u.heading!]!;
  const n = /^\d+$/u.test(idNumber(u.label?.id ?? "") ?? "") ? Number(idNumber(u.label!.id!)) : Number.NaN;
  if (!(n >= 1) || u.label?.family === undefined) return g;
  // The sections that end right where the run begins: the previous unit's and its own sub-sections.
  for (let k = u.heading! - 1, seen = 0; k >= 0 && seen < 64; k--, seen++) {
    const h = outline.headings[k]!;
    // …or the unit whose section holds the run (`## Phase 1` over `### Phase 2`, `### Phase 3`): a level slip, not sub-phases.
    if (h.idx < first.idx && h.end !== first.idx && k !== first.parent) continue;
    if (h.label?.kind !== "strong" || h.label.family !== u.label.family) continue;
    if (h.node.level === first.node.level || h.hard || h.excluded || idNumber(h.label.id ?? "") !== String(n - 1)) return g;
    return { ...g, units: [{ carrier: "heading", idx: h.idx, heading: k, label: h.label }, ...g.units] };
  }
  return g;
}

/** The header of the first table right in a heading's section (before any sub-heading), as one key. */
function tableShape(doc: SourceDocument, outline: Outline, k: number): string | undefined {
  const h = outline.headings[k]!;
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "heading") return undefined;
    if (b.type === "table") return headerNames(b).join("|").toLowerCase();
  }
  return undefined;
}

/**
 * Status buckets that hold feature tables (`## Current Focus` and `## Planned Features`, each a
 * `| Feature | Description | Status |` table) beside an unlabelled sibling holding a table of the
 * same columns (`## Cloud Deployment`): that sibling is one more bucket of the sequence (L3a),
 * its status unstated.
 */
export function withLikeTables(doc: SourceDocument, outline: Outline, g: Group): Group {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const parent = outline.headings[g.units[0]!.heading!]!.parent;
  const level = outline.headings[g.units[0]!.heading!]!.node.level;
  if (!g.units.every((u) => outline.headings[u.heading!]!.parent === parent)) return g;
  const shapes = new Set<string>();
  for (const u of g.units) {
    const shape = tableShape(doc, outline, u.heading!);
    if (shape === undefined) return g;
    shapes.add(shape);
  }
  if (shapes.size !== 1) return g;
  const members = new Set(g.units.map((u) => u.heading!));
  const extra: UnitRef[] = [];
  for (const k of childrenOf(outline, parent)) {
    const h = outline.headings[k]!;
    if (members.has(k) || h.node.level !== level || h.label || h.excluded || h.hard || h.title || POOL.test(h.text)) continue;
    if (shapes.has(tableShape(doc, outline, k) ?? "")) extra.push({ carrier: "heading", idx: h.idx, heading: k });
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}

const childLists = new WeakMap<Outline, Map<number, number[]>>();

/** The outline indices of each heading's direct sub-headings (-1: the top level), built once. */
export function childrenOf(outline: Outline, k: number): readonly number[] {
  let map = childLists.get(outline);
  if (!map) {
    map = new Map();
    outline.headings.forEach((h, j) => {
      const list = map!.get(h.parent);
      if (list) list.push(j);
      else map!.set(h.parent, [j]);
    });
    childLists.set(outline, map);
  }
  return map.get(k) ?? [];
}

/**
 * An unlabelled sibling of a labelled run whose section is divided like the units' sections, into
 * sub-units of the same series (`# Pré-Projeto` › `## Missão 001–003` before `# Sprint 001` ›
 * `## Missão 004–010`), is a unit of the run (L4), in document order.
 */
const unlabelledCache = new WeakMap<Outline, Map<string, readonly number[]>>();
// Beyond this many unlabelled siblings the section is not a run with a few unnamed steps (and
// checking each against every group under the parent would be quadratic).
const MAX_UNLABELLED = 64;

/** The unlabelled siblings under `parent` at `level` that may be steps (not excluded, pools, the title). */
function unlabelledSiblings(outline: Outline, parent: number, level: number): readonly number[] {
  let map = unlabelledCache.get(outline);
  if (!map) unlabelledCache.set(outline, (map = new Map()));
  const key = `${parent}:${level}`;
  let list = map.get(key);
  if (!list) {
    const found = siblingsAt(outline, parent, level).list.filter((k) => {
      const h = outline.headings[k]!;
      return !h.label && !h.excluded && !h.hard && !h.title && !POOL.test(h.text);
    });
    list = found.length > MAX_UNLABELLED ? [] : found;
    map.set(key, list);
  }
  return list;
}

export function withLikeSiblings(outline: Outline, g: Group): Group {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const parent = outline.headings[g.units[0]!.heading!]!.parent;
  const level = outline.headings[g.units[0]!.heading!]!.node.level;
  if (!g.units.every((u) => outline.headings[u.heading!]!.parent === parent)) return g;
  const families = new Set<string>();
  const members = new Set<number>();
  for (const u of g.units) {
    members.add(u.heading!);
    for (const c of childrenOf(outline, u.heading!)) {
      const l = outline.headings[c]!.label;
      if (l && (l.kind === "strong" || l.kind === "numbered") && l.family !== "numbered") families.add(l.family);
    }
  }
  if (families.size === 0) return g;
  const extra: UnitRef[] = [];
  for (const k of unlabelledSiblings(outline, parent, level)) {
    if (members.has(k)) continue;
    if (childrenOf(outline, k).some((c) => families.has(outline.headings[c]!.label?.family ?? ""))) extra.push({ carrier: "heading", idx: outline.headings[k]!.idx, heading: k });
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}

/**
 * Labelled units inside status buckets (`## Planned` › `### Phase 2`, `### Phase 3`) beside a bucket
 * that holds no units, only features (`## Completed (v1.0)` › `### Slash commands`): that bucket is
 * itself a milestone of the sequence (L3a: units where a bucket has them, else the bucket), in
 * document order. A pool of ideas or a backlog bucket does not join (L5).
 */
const featureCache = new WeakMap<Outline, Map<number, boolean>>();

export function withBuckets(outline: Outline, g: Group, doc?: SourceDocument): Group {
  if (g.carrier !== "heading") return g;
  const holders = new Set<number>();
  for (const u of g.units) {
    const p = outline.headings[u.heading!]!.parent;
    if (p < 0 || !isBucket(outline.headings[p]!)) return g;
    holders.add(p);
  }
  const one = outline.headings[[...holders][0]!]!;
  if (![...holders].every((p) => outline.headings[p]!.parent === one.parent && outline.headings[p]!.node.level === one.node.level)) return g;
  // The buckets' siblings in order; a feature bucket joins only next to a holder (or another that joined).
  const { list: siblings, pos } = siblingsAt(outline, one.parent, one.node.level);
  let memo = doc ? featureCache.get(outline) : new Map<number, boolean>();
  if (!memo) featureCache.set(outline, (memo = new Map()));
  const feature = (k: number): boolean => {
    let f = memo.get(k);
    if (f === undefined) memo.set(k, (f = isFeatureBucket(k)));
    return f;
  };
  const isFeatureBucket = (k: number): boolean => {
    const h = outline.headings[k]!;
    // A dropped bucket is a "not doing" list (L5).
    if (!isBucket(h) || h.hard || POOL.test(h.text) || h.label?.status === "cancelled") return false;
    // A bucket with labelled units of its own is not a feature bucket.
    for (let j = k + 1; j < outline.headings.length && outline.headings[j]!.idx < h.end; j++) if (outline.headings[j]!.parent === k && outline.headings[j]!.label?.kind === "strong") return false;
    // A bucket with no features of its own (`## Completed` › "Nothing yet") holds nothing to deliver (L5).
    return doc ? holdsContent(doc, h, true) : true;
  };
  const extra: UnitRef[] = [];
  const take = (k: number): void => {
    extra.push({ carrier: "heading", idx: outline.headings[k]!.idx, heading: k, label: outline.headings[k]!.label! });
  };
  // From each holder, in order, outwards over its neighbours only (linear in what joins).
  const at = new Set<number>(holders);
  for (const i of [...holders].map((k) => pos.get(k)!).sort((a, b) => a - b)) {
    for (let j = i - 1; j >= 0 && !at.has(siblings[j]!) && feature(siblings[j]!); j--) {
      at.add(siblings[j]!);
      take(siblings[j]!);
    }
    for (let j = i + 1; j < siblings.length && !at.has(siblings[j]!) && feature(siblings[j]!); j++) {
      at.add(siblings[j]!);
      take(siblings[j]!);
    }
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}

// A horizon that names a pool of ideas, a vision or research rather than a step (L5).
export const POOL =
  /(?<![\p{L}])(?:ideas?|features?|wish(?:es|list)?|backlog|parking|requests?|suggestions?|visions?|directions?|research|explorations?|considerations?|thoughts|ideias|idées|ideen|idee|идеи|pomysły|fikirler|visión|visão|visione|visie|vize|vizyon|wizja|видение|бачення)(?![\p{L}])|想法|点子|构想|愿景|願景|アイデア|アイディア|ビジョン|아이디어|비전/iu;

/**
 * A labelled heading run (`## v0.1`, `## v0.2`) followed by horizon siblings (`## Later`, `## Long-term
 * (v1.0+)`, `## After 0.2`): the horizons are further steps of the same sequence (L1 horizons, L4
 * continued under a new naming). Only siblings right after the last unit, under the same parent and
 * at the same level, join, and only horizons ahead (a "current" one before or after a run is a state
 * summary); a pool of ideas, a vision or research does not (L5).
 */
export function withHorizons(outline: Outline, g: Group, doc?: SourceDocument): Group {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const first = outline.headings[g.units[0]!.heading!]!;
  const parent = first.parent;
  const level = first.node.level;
  if (!g.units.every((u) => outline.headings[u.heading!]!.parent === parent)) return g;
  const joins = (k: number): boolean => {
    const h = outline.headings[k]!;
    return h.label?.kind === "horizon" && h.label.status !== "in_progress" && !h.excluded && !h.hard && !POOL.test(h.text);
  };
  // Before a run of releases: siblings right before its first unit that name a release in brackets
  // (`## Current Version (v2.0)`, `## Next Release (v2.1)`, then `## Version 3.0`) are releases of it.
  const before: UnitRef[] = [];
  if (g.units.every((u) => u.label?.family === "version")) {
    for (let k = g.units[0]!.heading! - 1; k >= 0; k--) {
      const h = outline.headings[k]!;
      if (h.parent !== parent) {
        if (h.node.level <= level) break;
        continue;
      }
      const release = h.node.level === level && !h.hard ? releaseHorizon(h) : undefined;
      // Not a release the run names itself (`## Current Version (v2.0)` over `## v2.0 — Core`), and
      // with content of its own (a list, table or sub-heading), not a one-line state summary (L5).
      if (!release || g.units.some((u) => sameRelease(release.id!, u.label?.id ?? "")) || (doc && !holdsContent(doc, h))) break;
      before.unshift({ carrier: "heading", idx: h.idx, heading: k, label: release });
    }
  }
  const after: UnitRef[] = [];
  // Siblings: headings with the same parent at the same level; anything deeper is content.
  for (let k = g.units[g.units.length - 1]!.heading! + 1; k < outline.headings.length; k++) {
    const h = outline.headings[k]!;
    if (h.parent !== parent) {
      if (h.node.level <= level) break;
      continue;
    }
    if (h.node.level !== level || !joins(k)) break;
    after.push({ carrier: "heading", idx: h.idx, heading: k, label: h.label! });
  }
  return after.length === 0 && before.length === 0 ? g : { ...g, units: [...before, ...g.units, ...after] };
}

/** The bold span opening a paragraph (`**Phase 1 – Setup:** We …` → `Phase 1 – Setup:`), if any. */
export function boldLead(raw: string): string | undefined {
  if (!raw.startsWith("**") && !raw.startsWith("__")) return undefined;
  const end = raw.indexOf(raw.slice(0, 2), 2);
  return end > 2 && end <= 120 ? raw.slice(2, end) : undefined;
}

/** True when a heading's section holds more than prose: a list, a table or a sub-heading (or, with `named`, a paragraph opening in bold). */
function holdsContent(doc: SourceDocument, h: { idx: number; end: number }, named = false): boolean {
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "item" || b.type === "table" || b.type === "heading" || (named && b.type === "paragraph" && boldLead(b.raw) !== undefined)) return true;
  }
  return false;
}
