// The overview table kept true to the sections: the lint rule `overview-sync` reports these
// drifts and offers their edits as fixes; `roadmark sync` applies them all.
import type { Milestone, OverviewTable, Roadmap, TableRow } from "../../model/roadmap.js";
import type { Span } from "../../model/span.js";
import { STATUS_WORDS, type Status, type StatusField } from "../../model/status.js";
import type { TextEdit } from "../../model/text-edit.js";
import { idKey } from "../../model/id.js";
import { cellSlots } from "../../parse/table.js";
import { escapeCell, replaceCell } from "../table-cell.js";

/** The kinds of disagreement between the overview table and the sections. */
export const DRIFT_KINDS = ["missing-row", "missing-section", "title", "status"] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** One disagreement: where it is, what each side says, and the edits that settle it (may be none). */
export interface OverviewDrift {
  readonly kind: DriftKind;
  readonly milestone: Milestone;
  readonly span: Span;
  /** What the table says (title or status text), when it says something. */
  readonly table?: string;
  /** What the section says. */
  readonly section?: string;
  /** The other place, e.g. the section heading for a row that disagrees with it. */
  readonly related?: Span;
  readonly edits: readonly TextEdit[];
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * A title as compared between the table and a heading: whitespace trimmed and collapsed, case
 * folded (upper then lower, so `ß` meets `SS`). Both sides are already plain text (inline markup
 * reduced by the parser), so a difference only in case, spacing or markup is not drift.
 */
const titleKey = (s: string): string => squash(s.normalize("NFC")).toUpperCase().toLowerCase();

/** The status the section states (heading or `Status:` field), ignoring the table row. */
function sectionStatus(m: Milestone): StatusField | undefined {
  return m.statuses.find((s) => s.source !== "table" && s.value !== "unknown");
}

function rowStatus(m: Milestone): StatusField | undefined {
  return m.statuses.find((s) => s.source === "table");
}

/** The words to write per status: the table's own spelling where a row already uses one, else the standard words. */
export function statusWords(roadmap: Roadmap): Readonly<Record<Exclude<Status, "unknown">, string>> {
  const words: Record<Exclude<Status, "unknown">, string> = { ...STATUS_WORDS };
  const seen = new Set<Status>();
  for (const m of roadmap.milestones) {
    const s = rowStatus(m);
    if (!s || s.value === "unknown" || seen.has(s.value) || !s.raw.trim()) continue;
    seen.add(s.value);
    const cell = roadmap.overview && m.spans.row ? m.spans.row.cells[roadmap.overview.columns.status ?? -1] : undefined;
    words[s.value] = cell?.raw.trim() || s.raw.trim();
  }
  return words;
}

/** The status a new row states: the section's, else what the boxes say, else planned. */
function newRowStatus(m: Milestone): Exclude<Status, "unknown"> {
  const s = sectionStatus(m)?.value ?? m.status.value;
  if (s !== "unknown") return s;
  return m.inferredStatus !== "unknown" ? m.inferredStatus : "planned";
}

/**
 * True when the table is laid out aligned: the delimiter and at least half the rows have the
 * header's cell widths (UTF-16 units; an emoji's display width may make a row look off by one).
 */
function aligned(roadmap: Roadmap, table: OverviewTable): boolean {
  const widths = (row: TableRow): number[] => cellSlots(roadmap.source.slice(row.span.start, row.span.end)).map(([s, e]) => e - s);
  const head = widths(table.header);
  const same = (r: TableRow): boolean => {
    const w = widths(r);
    return head.every((x, i) => w[i] === x);
  };
  if (!same(table.delimiter) || table.rows.length === 0) return false;
  return table.rows.filter(same).length * 2 >= table.rows.length;
}

/** A new table row for `m`, shaped like the header (pipes; padded to the column widths when the table is aligned). */
function newRow(roadmap: Roadmap, table: OverviewTable, m: Milestone, words: ReturnType<typeof statusWords>, pad: boolean): string {
  const cols = table.columns;
  const count = table.header.cells.length;
  const values: string[] = [];
  for (let c = 0; c < count; c++) {
    let v = "";
    if (c === cols.id) v = m.id;
    else if (c === cols.title) v = m.headingTitle?.text ?? m.title;
    else if (c === cols.focus) v = m.focus ?? "";
    else if (c === cols.status) v = words[newRowStatus(m)];
    else if (c === cols.dependsOn) v = m.dependsRaw?.text ?? m.dependsOn.map((d) => d.id).join(", ");
    values.push(escapeCell(v));
  }
  const line = roadmap.source.slice(table.header.span.start, table.header.span.end);
  const lead = /^(?:\s*>)*\s*/.exec(line)?.[0] ?? "";
  const body = line.slice(lead.length).trimEnd();
  const slots = cellSlots(line);
  const cells = values.map((v, c) => {
    const slot = slots[c];
    const width = pad && slot ? slot[1] - slot[0] : 0;
    const text = ` ${v} `;
    return text.length < width ? text + " ".repeat(width - text.length) : text;
  });
  const open = body.startsWith("|");
  const close = body.endsWith("|") && !body.endsWith("\\|");
  let inner = cells.join("|");
  if (!open) inner = inner.replace(/^ /, "");
  if (!close) inner = inner.replace(/ +$/, "");
  return `${lead}${open ? "|" : ""}${inner}${close ? "|" : ""}`;
}

/** Every way the overview table disagrees with the sections, in document order of the milestones. */
export function overviewDrift(roadmap: Roadmap): OverviewDrift[] {
  const table = roadmap.overview;
  if (!table) return [];
  const out: OverviewDrift[] = [];
  const cols = table.columns;
  const hasSections = roadmap.milestones.some((m) => m.spans.section);
  const lastRow = table.rows[table.rows.length - 1] ?? table.delimiter;
  let words: ReturnType<typeof statusWords> | undefined;
  let pad: boolean | undefined;
  // A row is added only for an id with no row yet, and only for its first section in the document
  // (the one the parser pairs a row with): another section with that id is a duplicate, which the
  // `duplicate-id` rule reports, and a row for it would be added again on every pass.
  const rowIds = new Set(roadmap.milestones.filter((m) => m.spans.row).map((m) => idKey(m.id)));
  const firstSection = new Map<string, Milestone>();
  for (const m of roadmap.milestones) {
    if (!m.spans.heading) continue;
    const key = idKey(m.id);
    const seen = firstSection.get(key);
    if (!seen || m.spans.heading.start < (seen.spans.heading?.start ?? Infinity)) firstSection.set(key, m);
  }
  for (const m of roadmap.milestones) {
    const row = m.spans.row;
    const heading = m.spans.heading;
    if (!row) {
      if (!heading) continue;
      const key = idKey(m.id);
      if (rowIds.has(key) || firstSection.get(key) !== m) continue;
      words ??= statusWords(roadmap);
      pad ??= aligned(roadmap, table);
      const text = newRow(roadmap, table, m, words, pad);
      out.push({ kind: "missing-row", milestone: m, span: heading, section: m.id, edits: [{ start: lastRow.span.end, end: lastRow.span.end, text: roadmap.eol + text }] });
      continue;
    }
    if (!m.spans.section) {
      if (hasSections) out.push({ kind: "missing-section", milestone: m, span: row.span, table: m.id, edits: [] });
      continue;
    }
    // An untitled heading (`## M3`) says nothing about the title: never blank a row's cell from it.
    if (cols.title !== undefined && m.rowTitle && m.headingTitle && m.headingTitle.text.trim() !== "") {
      const want = m.headingTitle.text;
      if (titleKey(m.rowTitle.text) !== titleKey(want)) {
        const edit = replaceCell(roadmap.source, row, cols.title, want);
        out.push({ kind: "title", milestone: m, span: m.rowTitle.span, table: m.rowTitle.text, section: want, related: m.headingTitle.span, edits: edit ? [edit] : [] });
      }
    }
    const fromSection = sectionStatus(m);
    if (cols.status !== undefined && fromSection) {
      const fromRow = rowStatus(m);
      if (!fromRow || fromRow.value !== fromSection.value) {
        const value = fromSection.value === "unknown" ? "planned" : fromSection.value;
        words ??= statusWords(roadmap);
        const edit = replaceCell(roadmap.source, row, cols.status, words[value]);
        const cell = row.cells[cols.status];
        out.push({
          kind: "status",
          milestone: m,
          span: fromRow?.span ?? cell?.span ?? row.span,
          table: fromRow?.raw ?? "",
          section: fromSection.raw,
          ...(fromSection.span ? { related: fromSection.span } : {}),
          edits: edit ? [edit] : [],
        });
      }
    }
  }
  return out;
}

/** Text edits that make the overview table agree with the sections (rows fixed in place, missing rows added). */
export function syncOverview(roadmap: Roadmap): TextEdit[] {
  return overviewDrift(roadmap).flatMap((d) => d.edits);
}
