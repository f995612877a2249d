import type { Milestone } from "../../model/roadmap.js";
import type { SourceDocument } from "../document.js";
import type { Legend } from "../fields/status.js";
import { finishDraft, headingDraft, listDraft, paragraphDraft, tableDraft, type Draft } from "./build.js";
import { itemLabel, type Group, type UnitRef } from "./candidates.js";
import { type Decoration, decorationOf } from "./decoration.js";
import { applyDetailsBuckets } from "./details.js";
import { readBelowStatement, readDocumentStatus, readDoneThrough, readElsewhere, readStatusLists } from "./elsewhere.js";
import { detectGsd } from "./gsd.js";
import { headingWithVersion, indexDrafts, mergeChecklist, mergeNamedChecklist, mergeTable } from "./merge.js";
import { buildOutline, inHardExcluded, type Outline } from "./outline.js";
import type { UnitLabel } from "./unit-label.js";
import { idKey } from "../../model/id.js";
import { chooseSequence, steerableChoices, type SteerableChoices } from "./reading.js";
import { prepareDocument } from "../document.js";
import { readLegend } from "../legend.js";

export type { SteerableChoices };

/** What a steering choice can name in a roadmap's source (heading levels, tables, lists), for `status --explain`. */
export function steerableChoicesOf(source: string): SteerableChoices {
  const doc = prepareDocument(source);
  return steerableChoices(doc, buildOutline(doc, readLegend(doc)));
}
import type { MilestoneSteer, Reading } from "../../model/reading.js";

/** Decorative emoji on the run's headings (see `decorationOf`). */
function decorative(outline: Outline, group: Group, legend?: Legend): Decoration {
  if (group.carrier !== "heading") return false;
  return decorationOf(group.units.map((u) => outline.headings[u.heading!]!.text), legend);
}

const BOX = /^\[[ xX]\]\s/u;
const BACKLOG = /backlog|parking lot|someday/iu;

/** A GSD backlog phase: numbered 999.x, or under a heading that names the backlog. */
function inBacklog(outline: Outline, idx: number, label: UnitLabel): boolean {
  return /\b999(?:\.|$)/u.test(label.id ?? "") || backlogOwner(outline, idx);
}

// A checklist item that may name a backlog phase (`Phase 999.1`), or sits under a backlog heading.
const BACKLOG_AT = /\b999(?:\.|\b)/u;
function backlogOwner(outline: Outline, idx: number): boolean {
  const o = outline.owner[idx] ?? -1;
  return o >= 0 && BACKLOG.test(outline.headings[o]!.text);
}

/** A numbered step's horizon status (`2. Medium-Term Targets`) counts only when every step is a horizon (`1. Short-Term …`, `3. Long-Term …`). */
const horizonStep = (u: UnitRef): boolean => u.label?.kind === "numbered" && u.label.status !== undefined;

function draftOf(doc: SourceDocument, outline: Outline, group: Group, legend: Legend | undefined, deco: Decoration, gsd: boolean): Draft[] {
  // `2. Current API` among `1. Auth rewrite`, `3. Billing`: a step named with a horizon word, not a horizon.
  const units = group.units.some(horizonStep) && !group.units.every(horizonStep) ? group.units.map((u) => (horizonStep(u) ? { ...u, label: { ...u.label!, status: undefined } } : u)) : group.units;
  return units.map((u, i) => {
    switch (u.carrier) {
      case "heading":
        // GSD phases are siblings whatever their heading levels: a phase ends where the next begins.
        return headingDraft(doc, outline, u, legend, deco, gsd ? units[i + 1]?.idx : undefined);
      case "table":
        return tableDraft(doc, outline, u, legend);
      case "list":
        return listDraft(doc, outline, u, legend);
      case "paragraph":
        return paragraphDraft(doc, outline, u, legend);
    }
  });
}

/** Marks the blocks strictly inside the given `[start, end)` block ranges (section interiors). */
function interiors(n: number, ranges: readonly (readonly [number, number])[]): (idx: number) => boolean {
  const inside = new Uint8Array(n);
  for (const [s, e] of ranges) for (let i = s + 1; i < e && i < n; i++) inside[i] = 1;
  return (idx) => inside[idx] === 1;
}

/** For a table-carried sequence: rows whose unit has its own section take the section (L4). */
function attachSections(doc: SourceDocument, outline: Outline, drafts: Draft[], legend?: Legend): Draft[] {
  const taken = new Set<number>();
  const byKey = new Map<string, number[]>();
  outline.headings.forEach((h, i) => {
    if (h.label?.kind !== "strong" || h.label.id === undefined) return;
    const key = idKey(h.label.id);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return drafts.map((d) => {
    if (!d.id) return d;
    const key = idKey(d.id);
    let k = byKey.get(key)?.find((i) => !taken.has(i)) ?? -1;
    if (k < 0) k = headingWithVersion(outline, d.id, taken) ?? -1;
    if (k < 0) return d;
    taken.add(k);
    const h = outline.headings[k]!;
    const s = headingDraft(doc, outline, { carrier: "heading", idx: h.idx, heading: k, ...(h.label?.id ? { label: h.label } : d.ref.label ? { label: d.ref.label } : {}) }, legend, false);
    if (d.statuses.table) s.statuses.table = d.statuses.table;
    if (s.dependsOn.length === 0) s.dependsOn = d.dependsOn;
    if (d.spans.row) s.spans.row = d.spans.row;
    if (d.rowTitle) s.rowTitle = d.rowTitle;
    return s;
  });
}

/**
 * Free-form extraction (issue 6): chooses the document's main sequence of delivery units
 * (outermost heading level, table, list or paragraph run with two or more sequence-like
 * siblings; status buckets are see-through), then merges overview tables and phase checklists
 * that describe the same units. One pass over the blocks per step; linear in the document.
 */
export function extractFreeform(doc: SourceDocument, legend?: Legend, steer?: MilestoneSteer): { milestones: Milestone[]; reading: Reading; notes: string[] } {
  const outline = buildOutline(doc, legend);
  const gsd = detectGsd(doc, outline);
  const choice = chooseSequence(doc, outline, gsd, legend, steer);
  const main = choice.main;
  const notes = [...choice.notes];
  if (!main) return { milestones: [], reading: choice.reading, notes };
  const mainGroup = main;

  let drafts = draftOf(doc, outline, mainGroup, legend, decorative(outline, mainGroup, legend), choice.gsd);
  if (mainGroup.carrier === "table") drafts = attachSections(doc, outline, drafts, legend);
  const inMember = interiors(doc.blocks.length, drafts.flatMap((d) => (d.ref.heading !== undefined ? [[d.ref.idx, outline.headings[d.ref.heading]!.end] as const] : [])));
  const mainBlocks = new Set(mainGroup.units.map((u) => u.idx));

  let index = indexDrafts(drafts);
  // The drafts `index` was built from: the last index is reused when nothing was added since.
  let indexed = drafts;
  // Overview and progress tables that describe the same units.
  if (mainGroup.carrier !== "table") {
    for (let i = 0; i < doc.blocks.length; i++) {
      const b = doc.blocks[i]!;
      if (b.type !== "table" || b.quoted || inMember(i) || inHardExcluded(outline, i)) continue;
      const merged = mergeTable(doc, outline, drafts, index, i, legend);
      if (merged) {
        // Re-index only when the table brought units of its own.
        if (merged.length !== drafts.length) {
          index = indexDrafts(merged);
          indexed = merged;
        }
        drafts = merged;
      }
    }
  }
  // Checklists that name the units (the GSD phase list).
  const lists = new Map<string, { idx: number; label: UnitLabel }[]>();
  // Top-level lists are told apart by what separates them (a heading, an HTML block, prose).
  let listSeq = 0;
  // Items without a unit label, outside the units' sections: checklists naming units by title.
  const named = new Map<string, number[]>();
  doc.blocks.forEach((b, i) => {
    if (b.type !== "item" && !(b.type === "paragraph" && b.item)) listSeq++;
    if (b.type !== "item" || b.quoted || !b.raw || mainBlocks.has(i) || inHardExcluded(outline, i)) return;
    // Inside a unit's section a checklist is its content, except GSD phase items (a backlog
    // checklist of `Phase 999.x` after the last phase heading declares phases of its own).
    const member = inMember(i);
    // Cheap tests first (speed): a section's criteria are never labelled unless they may be backlog phases.
    if (member && !(choice.gsd && b.depth === 0 && BOX.test(b.raw) && (BACKLOG_AT.test(b.raw) || backlogOwner(outline, i)))) return;
    const label = itemLabel(b, legend);
    const key = b.parent ? `n:${b.parent.line}` : `t:${listSeq}`;
    if (label?.kind !== "strong") {
      if (!member) {
        const list = named.get(key);
        if (list) list.push(i);
        else named.set(key, [i]);
      }
      return;
    }
    if (member && !(label.family === "phase" && inBacklog(outline, i, label))) return;
    const list = lists.get(key) ?? [];
    list.push({ idx: i, label });
    lists.set(key, list);
  });
  for (const items of lists.values()) {
    const merged = mergeChecklist(doc, outline, drafts, index, items, gsd !== undefined, legend, (idx, label) => inBacklog(outline, idx, label));
    if (merged !== drafts) {
      index = indexDrafts(merged);
      indexed = merged;
    }
    drafts = merged;
  }
  let names: Map<string, number> | undefined;
  for (const items of named.values()) names = mergeNamedChecklist(doc, drafts, items, legend, names);
  applyDetailsBuckets(doc, drafts, legend);
  const byId = indexed === drafts ? index : indexDrafts(drafts);
  readElsewhere(doc, byId, legend);
  readStatusLists(doc, byId, legend);
  readDoneThrough(doc, drafts, byId, legend);
  readDocumentStatus(doc, drafts, legend);
  readBelowStatement(doc, drafts, legend);
  return { milestones: drafts.map((d, i) => finishDraft(d, i + 1)), reading: choice.reading, notes };
}
