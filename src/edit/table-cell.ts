import type { TableRow } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { cellSlots } from "../parse/table.js";

/** Escapes a cell value so it stays one cell: pipes are escaped, line breaks become spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/(?<!\\)\|/g, "\\|");
}

/**
 * Replaces the content of cell `col` of a located row. In a padded (aligned) column the
 * author's width is kept when the new text fits (padding re-applied on the same side);
 * otherwise, and in an unpadded column, the cell gets the row's usual one-space padding.
 */
export function replaceCell(source: string, row: TableRow, col: number, text: string): TextEdit | undefined {
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
  const width = old.length;
  const padded = content !== "" && (leading.length > 1 || trailing.length > 1);
  let next = (leading || " ") + value + (trailing ? " " : "");
  if (padded && next.length < width) {
    // Right-aligned content (padding on the left) stays right-aligned.
    next = leading.length > 1 && trailing.length <= 1 ? " ".repeat(width - value.length - 1) + value + " " : leading + value + " ".repeat(width - leading.length - value.length);
  }
  return { start: row.span.start + s, end: row.span.start + e, text: next };
}
