import { anchorBefore } from "../anchors.js";
import type { SourceDocument } from "../document.js";
import type { Legend } from "../fields/status.js";
import type { ItemNode, TableNode } from "../markdown.js";
import { locateRow } from "../table.js";
import { headingDraft, itemStatus, listDraft, rowDependencies, rowStatus, tableDraft, type Draft } from "./build.js";
import { itemTitle, rowLabel, type UnitRef } from "./candidates.js";
import type { Outline } from "./outline.js";
import { labelRest, trailingVersion, VERSION_ID, versionForms, type UnitLabel } from "./unit-label.js";
import { idKey } from "../../model/id.js";

/** The drafts by loose id key, so that a table row or list item finds its unit in constant time. */
export type DraftIndex = ReadonlyMap<string, readonly Draft[]>;

/** Indexes drafts by `idKey` of their ids. */
export function indexDrafts(drafts: readonly Draft[]): DraftIndex {
  const map = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.id === undefined) continue;
    const key = idKey(d.id);
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  }
  return map;
}

/** Finds the draft a label names: the same id, compared loosely (`Phase 03` = `phase 3`). */
function findDraft(index: DraftIndex, label: UnitLabel, used: ReadonlySet<Draft>): Draft | undefined {
  if (!label.id) return undefined;
  const free = (list: readonly Draft[] | undefined): Draft | undefined => list?.find((d) => !used.has(d));
  const found = free(index.get(idKey(label.id)));
  if (found) return found;
  // A row numbered under a `Version` or `版本` column names the section `## 1.14.0：…` by its version.
  const v = trailingVersion(label.id) ?? (VERSION_ID.test(label.id) ? label.id : undefined);
  if (!v) return undefined;
  for (const form of versionForms(v)) {
    const d = free(index.get(idKey(form)));
    if (d) return d;
  }
  return undefined;
}

const VERSION_TOKEN = /(?<![\d.])v?(\d+(?:\.\d+)+)(?![\d.])/giu;
const versionCache = new WeakMap<Outline, Map<string, number[]>>();

/** A heading anywhere (not already a unit) whose text carries the version `id` as a token. */
export function headingWithVersion(outline: Outline, id: string, taken: ReadonlySet<number>): number | undefined {
  const bare = id.replace(/^v/iu, "");
  if (!/^\d+\.\d+/u.test(bare)) return undefined;
  let map = versionCache.get(outline);
  if (!map) {
    map = new Map();
    outline.headings.forEach((h, k) => {
      if (h.excluded) return;
      for (const m of h.text.matchAll(VERSION_TOKEN)) {
        const list = map!.get(m[1]!) ?? [];
        list.push(k);
        map!.set(m[1]!, list);
      }
    });
    versionCache.set(outline, map);
  }
  return map.get(bare)?.find((k) => !taken.has(k));
}

/** Puts `rest` after the unit (of `ordered`, not a table-only one) whose line precedes theirs. */
function insertByLine(ordered: readonly Draft[], rest: readonly Draft[]): Draft[] {
  if (rest.length === 0) return [...ordered];
  const anchors = ordered.map((o, i) => ({ line: o.line, i, table: o.ref.carrier === "table" })).filter((a) => !a.table);
  anchors.sort((a, b) => a.line - b.line);
  const after = new Map<number, Draft[]>();
  for (const d of rest) {
    const at = anchorBefore(anchors, d.line);
    const list = after.get(at) ?? [];
    list.push(d);
    after.set(at, list);
  }
  const out: Draft[] = [...(after.get(-1) ?? [])];
  ordered.forEach((o, i) => {
    out.push(o);
    for (const d of after.get(i) ?? []) out.push(d);
  });
  return out;
}

/**
 * Merges an overview or progress table into the drafts (L4): matched rows give their status
 * (S1 "table") and the table's order; rows naming no section become units of their own.
 * Returns the new list, or undefined when the table does not describe these units.
 */
export function mergeTable(doc: SourceDocument, outline: Outline, drafts: readonly Draft[], index: DraftIndex, tableIdx: number, legend?: Legend): Draft[] | undefined {
  const table = doc.blocks[tableIdx] as TableNode;
  const used = new Set<Draft>();
  const rows: { draft?: Draft; label: UnitLabel; r: number }[] = [];
  let matched = 0;
  table.rows.forEach((_, r) => {
    const label = rowLabel(table, r, legend);
    if (!label) return;
    const d = findDraft(index, label, used);
    if (d) {
      used.add(d);
      matched++;
    }
    rows.push(d ? { draft: d, label, r } : { label, r });
  });
  // A table naming a unit twice (metrics per phase) is not an overview of the units.
  if (new Set(rows.map((x) => x.label.id)).size < rows.length) return undefined;
  // Two matches, or a table all of whose rows name known units (a one-row progress table).
  if (matched < 2 && !(matched === 1 && (drafts.length === 1 || rows.length === 1))) return undefined;
  if (matched * 2 < rows.length && matched * 2 < drafts.length) return undefined;
  // An overview states statuses; a per-phase test or metric table (no status) is a parallel view.
  const located = rows.map(({ r }) => locateRow(doc, table.rows[r]!.line, table.rows[r]!.cells));
  const statuses = located.map((row) => rowStatus(doc, table, row, legend));
  if (!statuses.some((st) => st !== undefined && st.value !== "unknown")) return undefined;
  const takenHeadings = new Set<number>(drafts.flatMap((d) => (d.ref.heading !== undefined ? [d.ref.heading] : [])));
  const numberedFamilies = new Set(rows.filter((x) => x.draft && x.label.kind === "numbered").map((x) => x.label.family));
  const ordered: Draft[] = [];
  rows.forEach(({ draft, label, r }, at) => {
    const row = located[at]!;
    let d = draft;
    if (!d && label.kind === "strong" && label.id) {
      const k = headingWithVersion(outline, label.id, takenHeadings);
      if (k !== undefined) {
        takenHeadings.add(k);
        const ref: UnitRef = { carrier: "heading", idx: outline.headings[k]!.idx, heading: k, label };
        d = headingDraft(doc, outline, ref, legend, false);
      }
    }
    // A row naming no section becomes a unit when its label is strong, or numbered in the series the matched rows number (L4 "units only in the table").
    if (!d && label.kind !== "strong" && !(label.kind === "numbered" && numberedFamilies.has(label.family))) return;
    if (!d) {
      ordered.push(tableDraft(doc, outline, { carrier: "table", idx: tableIdx, row: r, label }, legend));
      return;
    }
    const st = statuses[at];
    if (st && !d.statuses.table) d.statuses.table = st;
    if (d.dependsOn.length === 0) d.dependsOn = rowDependencies(table, row);
    // Set in place: an object spread here gave every spans object a map of its own (V8).
    d.spans.row = row;
    ordered.push(d);
  });
  // Units the table does not list keep their place after the unit that precedes them.
  const inTable = new Set(ordered);
  return insertByLine(
    ordered,
    drafts.filter((d) => !inTable.has(d)),
  );
}

/**
 * Reads a checklist that names the units (`- [x] **Phase 3: Title**`): each named unit gets
 * the item's status (S1 "list"). When the list names mostly known units, the units only the
 * list names are added (every declared phase is found).
 */
export function mergeChecklist(
  doc: SourceDocument,
  outline: Outline,
  drafts: Draft[],
  index: DraftIndex,
  items: readonly { readonly idx: number; readonly label: UnitLabel }[],
  addMissing: boolean,
  legend?: Legend,
  backlog?: (idx: number, label: UnitLabel) => boolean,
): Draft[] {
  const used = new Set<Draft>();
  const found: { idx: number; draft?: Draft; label: UnitLabel }[] = [];
  // A list that names the same unit twice is notes about the units, not a checklist of them.
  if (new Set(items.map((x) => x.label.id)).size < items.length) return drafts;
  for (const { idx, label } of items) {
    const item = doc.blocks[idx] as ItemNode;
    const d = findDraft(index, label, used);
    if (d) {
      used.add(d);
      const st = itemStatus(doc, item, itemTitle(item), legend);
      if (st && !d.statuses.list) d.statuses.list = st;
    }
    found.push(d ? { idx, draft: d, label } : { idx, label });
  }
  const hits = found.filter((f) => f.draft).length;
  // GSD collapses shipped milestones into `<details>` holding a list of their phases: a list of
  // two or more phases none of which has a section declares phases of its own (by position); so
  // does one backlog phase (`- [ ] **Phase 999.1: Themes** (BACKLOG)`), as GSD's parser reads it.
  const lone = found.length === 1 && backlog !== undefined && backlog(found[0]!.idx, found[0]!.label);
  if (addMissing && hits === 0 && (found.length >= 2 || lone) && found.every((f) => f.label.family === "phase")) {
    return insertByLine(
      drafts,
      found.map((f) => listDraft(doc, outline, { carrier: "list", idx: f.idx, label: f.label }, legend)),
    );
  }
  if (hits < 2 && drafts.length > 1) {
    // One item naming one unit ("✅ Phase 0 UI: …") is a note about part of it, not a checklist.
    for (const f of found) if (f.draft?.statuses.list) delete f.draft.statuses.list;
    return drafts;
  }
  if (!addMissing || hits === 0 || hits * 2 < found.length || new Set(found.map((f) => f.label.id)).size < found.length) return drafts;
  const families = new Set(drafts.map((d) => d.ref.label?.family));
  const after = new Map<Draft | undefined, Draft[]>();
  let prev: Draft | undefined;
  for (const f of found) {
    if (f.draft) {
      prev = f.draft;
      continue;
    }
    if (!families.has(f.label.family)) continue;
    const d = listDraft(doc, outline, { carrier: "list", idx: f.idx, label: f.label }, legend);
    const list = after.get(prev) ?? [];
    list.push(d);
    after.set(prev, list);
  }
  if (after.size === 0) return drafts;
  const out: Draft[] = [...(after.get(undefined) ?? [])];
  for (const d of drafts) {
    out.push(d);
    for (const e of after.get(d) ?? []) out.push(e);
  }
  return out;
}

/** The name an item gives before its status (`Backend - in progress`, `✅ Frontend: done`), as a loose key. */
function itemName(title: string): string {
  return labelRest(title.split(/\s+[-–—]\s+|[:：(（]/u, 1)[0] ?? "");
}

/**
 * S1 "list" by title: a checklist whose items name two or more units by their titles, not their
 * ids (`- [ ] Backend - in progress` for `## 2. Backend`), gives each named unit the item's
 * status words, else its box. An item names a unit when its name is the unit's title after the
 * label, or the first words of exactly one unit's title.
 */
export function mergeNamedChecklist(doc: SourceDocument, drafts: readonly Draft[], items: readonly number[], legend?: Legend, names?: Map<string, number>): Map<string, number> | undefined {
  if (items.length < 2 || drafts.length < 2) return names;
  // Unit title keys, and their first one to four words (-1 when two units share them); built once.
  if (!names) {
    names = new Map();
    const exact = new Set<string>();
    drafts.forEach((d, k) => {
      const key = labelRest(d.title);
      if (!key) return;
      if (exact.has(key)) names!.set(key, -1);
      else names!.set(key, k);
      exact.add(key);
      const words = key.split(" ");
      for (let n = 1; n < words.length && n <= 4; n++) {
        const p = words.slice(0, n).join(" ");
        if (exact.has(p)) continue;
        names!.set(p, names!.has(p) ? -1 : k);
      }
    });
  }
  const found = new Map<Draft, number>();
  for (const idx of items) {
    const name = itemName(itemTitle(doc.blocks[idx] as ItemNode));
    if (name.length < 3) continue;
    const hit = names.get(name) ?? -1;
    if (hit >= 0 && !found.has(drafts[hit]!)) found.set(drafts[hit]!, idx);
  }
  if (found.size < 2 || found.size * 2 < items.length) return names;
  for (const [d, idx] of found) {
    if (d.statuses.list) continue;
    const item = doc.blocks[idx] as ItemNode;
    const st = itemStatus(doc, item, itemTitle(item), legend);
    if (st) d.statuses.list = st;
  }
  return names;
}
