import { inlineText, type TableNode } from "../markdown.js";

const cache = new WeakMap<TableNode, readonly string[]>();

/** A table's header names as plain text without `*` and `:` (read once per table). */
export function headerNames(table: TableNode): readonly string[] {
  let names = cache.get(table);
  if (!names) {
    names = table.header.cells.map((c) => inlineText(c).replace(/[*:]/g, "").trim());
    cache.set(table, names);
  }
  return names;
}
