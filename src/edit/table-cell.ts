import type { TableRow } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { cellSlots } from "../parse/table.js";

/** Escapes a cell value so it stays one cell: pipes are escaped, line breaks become spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/(?<!\\)\|/g, "\\|");
}

/**
 * Replaces the content of cell `col` of a located row. The author's column width is kept when
 * the new text fits in the old slot (padding re-applied on the same side); otherwise the slot
 * grows by exactly what the text needs, with the row's usual one-space padding.
 */
export function replaceCell(source: string, row: TableRow, col: number, text: string): TextEdit | undefined {
  const lineText = source.slice(row.span.start, row.span.end);
  const slots = cellSlots(lineText);
  const slot = slots[col];
  const value = escapeCell(text);
  if (!slot) return undefined;
  const [s, e] = slot;
  const old = lineText.slice(s, e);
  const leading = /^\s*/.exec(old)?.[0] ?? "";
  const content = old.trim();
  if (content === value) return undefined;
  // An empty slot is all "leading" whitespace: write it with the row's usual one-space padding.
  const padLeft = content === "" ? " " : leading;
  const width = old.length;
  let next = padLeft + value;
  if (next.length + 1 <= width) next = next + " ".repeat(width - next.length);
  else next = (padLeft || " ") + value + " ";
  return { start: row.span.start + s, end: row.span.start + e, text: next };
}
