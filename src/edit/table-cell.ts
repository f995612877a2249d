import type { OverviewTable, TableRow } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { cellSlots } from "../parse/table.js";
import { displayWidth } from "../text/display-width.js";

/** Escapes a cell value so it stays one cell: pipes are escaped, line breaks become spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/(?<!\\)\|/g, "\\|");
}

/**
 * Replaces the content of cell `col` of a located row. In a padded (aligned) column the
 * author's width is kept when the new text fits (padding re-applied on the same side);
 * otherwise, and in an unpadded column, the cell gets the row's usual one-space padding.
 * `keepWidth` says the column is aligned even where this cell fills it exactly (see `columnAligned`).
 */
export function replaceCell(source: string, row: TableRow, col: number, text: string, opts: { keepWidth?: boolean } = {}): TextEdit | undefined {
  const lineText = source.slice(row.span.start, row.span.end);
  const slots = cellSlots(lineText);
  const slot = slots[col];
  const value = escapeCell(text);
  if (!slot) return undefined;
  const [s, e] = slot;
  const old = lineText.slice(s, e);
  const content = old.trim();
  if (content === value) return undefined;
  // An empty slot is all whitespace: write it with the usual one-space padding.
  const leading = content === "" ? " " : (/^\s*/.exec(old)?.[0] ?? "");
  const trailing = content === "" ? " " : (/\s*$/.exec(old)?.[0] ?? "");
  const width = displayWidth(old);
  const padded = (opts.keepWidth === true && content !== "") || (content !== "" && (leading.length > 1 || trailing.length > 1));
  let next = (leading || " ") + value + (trailing ? " " : "");
  const room = width - displayWidth(value);
  if (padded && displayWidth(next) < width) {
    // Right-aligned content (padding on the left) stays right-aligned.
    next = leading.length > 1 && trailing.length <= 1 ? " ".repeat(room - 1) + value + " " : leading + value + " ".repeat(room - leading.length);
  }
  return { start: row.span.start + s, end: row.span.start + e, text: next };
}

/** True when every row of the table has column `col` exactly as wide (in display columns) as the delimiter row's. */
export function columnAligned(source: string, table: OverviewTable, col: number): boolean {
  const width = (row: TableRow): number => {
    const line = source.slice(row.span.start, row.span.end);
    const slot = cellSlots(line)[col];
    return slot ? displayWidth(line.slice(slot[0], slot[1])) : -1;
  };
  const w = width(table.delimiter);
  return w > 0 && width(table.header) === w && table.rows.every((r) => width(r) === w);
}
