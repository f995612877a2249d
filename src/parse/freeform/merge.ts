import type { SourceDocument } from "../document.js";
import type { Legend } from "../fields/status.js";
import type { ItemNode, TableNode } from "../markdown.js";
import { locateRow } from "../table.js";
import { headingDraft, itemStatus, listDraft, rowDependencies, rowStatus, tableDraft, type Draft } from "./build.js";
import { itemTitle, rowLabel, type UnitRef } from "./candidates.js";
import type { Outline } from "./outline.js";
import { classifyUnit, idKey, type UnitLabel } from "./unit-label.js";

/** Finds the draft a label names: the same id, compared loosely (`Phase 03` = `phase 3`). */
function findDraft(drafts: readonly Draft[], label: UnitLabel, used: ReadonlySet<Draft>): Draft | undefined {
  if (!label.id) return undefined;
  const key = idKey(label.id);
  return drafts.find((d) => !used.has(d) && d.id !== undefined && idKey(d.id) === key);
}

/** A heading anywhere (not already a unit) whose text carries the version `id` as a token. */
export function headingWithVersion(outline: Outline, id: string, taken: ReadonlySet<number>): number | undefined {
  const bare = id.replace(/^v/iu, "");
  if (!/^\d+\.\d+/u.test(bare)) return undefined;
  const re = new RegExp(`(?<![\\d.])v?${bare.replace(/\./gu, "\\.")}(?![\\d.])`, "iu");
  const at = outline.headings.findIndex((h, k) => !taken.has(k) && !h.excluded && re.test(h.text));
  return at >= 0 ? at : undefined;
}

/**
 * Merges an overview or progress table into the drafts (L4): matched rows give their status
 * (S1 "table") and the table's order; rows naming no section become units of their own.
 * Returns the new list, or undefined when the table does not describe these units.
 */
export function mergeTable(doc: SourceDocument, outline: Outline, drafts: readonly Draft[], tableIdx: number, legend?: Legend): Draft[] | undefined {
  const table = doc.blocks[tableIdx] as TableNode;
  const used = new Set<Draft>();
  const takenHeadings = new Set<number>(drafts.flatMap((d) => (d.ref.heading !== undefined ? [d.ref.heading] : [])));
  const rows: { draft?: Draft; label: UnitLabel; r: number }[] = [];
  let matched = 0;
  table.rows.forEach((_, r) => {
    const label = rowLabel(table, r, legend);
    if (!label) return;
    const d = findDraft(drafts, label, used);
    if (d) {
      used.add(d);
      matched++;
    }
    rows.push({ ...(d ? { draft: d } : {}), label, r });
  });
  // A table naming a unit twice (metrics per phase) is not an overview of the units.
  if (new Set(rows.map((x) => x.label.id)).size < rows.length) return undefined;
  if (matched < 2 && !(matched === 1 && drafts.length === 1)) return undefined;
  if (matched * 2 < rows.length && matched * 2 < drafts.length) return undefined;
  // An overview states statuses; a per-phase test or metric table (no status) is a parallel view.
  const states = rows.some(({ r }) => {
    const src = table.rows[r]!;
    const st = rowStatus(doc, table, locateRow(doc, src.line, src.cells), legend);
    return st !== undefined && st.value !== "unknown";
  });
  if (!states) return undefined;
  const ordered: Draft[] = [];
  for (const { draft, label, r } of rows) {
    const src = table.rows[r]!;
    const row = locateRow(doc, src.line, src.cells);
    let d = draft;
    if (!d && label.kind === "strong" && label.id) {
      const k = headingWithVersion(outline, label.id, takenHeadings);
      if (k !== undefined) {
        takenHeadings.add(k);
        const ref: UnitRef = { carrier: "heading", idx: outline.headings[k]!.idx, heading: k, label };
        d = headingDraft(doc, outline, ref, legend, false);
      }
    }
    if (!d && label.kind !== "strong") continue;
    if (!d) {
      ordered.push(tableDraft(doc, outline, { carrier: "table", idx: tableIdx, row: r, label }, legend));
      continue;
    }
    const st = rowStatus(doc, table, row, legend);
    if (st && !d.statuses.table) d.statuses.table = st;
    if (d.dependsOn.length === 0) d.dependsOn = rowDependencies(table, row);
    d.spans = { ...d.spans, row };
    ordered.push(d);
  }
  // Units the table does not list keep their place after the unit that precedes them.
  const rest = drafts.filter((d) => !ordered.includes(d));
  for (const d of rest) {
    let at = -1;
    ordered.forEach((o, i) => {
      if (o.ref.carrier !== "table" && o.line < d.line && (at < 0 || o.line > ordered[at]!.line)) at = i;
    });
    ordered.splice(at + 1, 0, d);
  }
  return ordered;
}

/**
 * Reads a checklist that names the units (`- [x] **Phase 3: Title**`): each named unit gets
 * the item's status (S1 "list"). When the list names mostly known units, the units only the
 * list names are added (every declared phase is found).
 */
export function mergeChecklist(doc: SourceDocument, outline: Outline, drafts: Draft[], items: readonly number[], addMissing: boolean, legend?: Legend): Draft[] {
  const used = new Set<Draft>();
  const found: { idx: number; draft?: Draft; label: UnitLabel }[] = [];
  // A list that names the same unit twice is notes about the units, not a checklist of them.
  const ids = items.map((idx) => classifyUnit(itemTitle(doc.blocks[idx] as ItemNode), legend)?.id);
  if (new Set(ids).size < ids.length) return drafts;
  for (const idx of items) {
    const item = doc.blocks[idx] as ItemNode;
    const title = itemTitle(item);
    const label = classifyUnit(title, legend);
    if (label?.kind !== "strong") continue;
    const d = findDraft(drafts, label, used);
    if (d) {
      used.add(d);
      const st = itemStatus(doc, item, title, legend);
      if (st && !d.statuses.list) d.statuses.list = st;
    }
    found.push({ idx, ...(d ? { draft: d } : {}), label });
  }
  const hits = found.filter((f) => f.draft).length;
  if (!addMissing || hits === 0 || hits * 2 < found.length || new Set(found.map((f) => f.label.id)).size < found.length) return drafts;
  const families = new Set(drafts.map((d) => d.ref.label?.family));
  const out = [...drafts];
  let prev: Draft | undefined;
  for (const f of found) {
    if (f.draft) {
      prev = f.draft;
      continue;
    }
    if (!families.has(f.label.family)) continue;
    const d = listDraft(doc, outline, { carrier: "list", idx: f.idx, label: f.label }, legend);
    const at = prev ? out.indexOf(prev) + 1 : 0;
    out.splice(at, 0, d);
    prev = d;
  }
  return out;
}
