import type { TableCell, TableRow } from "../model/roadmap.js";
import { contentStart, lineText, lineSpan, type SourceDocument } from "./document.js";
import { inlineText } from "./markdown.js";

/**
 * Splits one table row line (located by markdown-it) into cell spans: unescaped pipes
 * separate cells; a leading and a trailing pipe are optional. `cells` are markdown-it's
 * cell contents, used for the text; the spans come from the line itself.
 */
export function locateRow(doc: SourceDocument, line: number, cells: readonly string[]): TableRow {
  const text = lineText(doc, line);
  const base = contentStart(doc, line);
  const bounds = cellSlots(text);
  const out: TableCell[] = [];
  const count = Math.max(cells.length, 0);
  for (let c = 0; c < count; c++) {
    const b = bounds[c];
    const raw = cells[c] ?? "";
    if (!b) {
      const end = base + text.length;
      out.push({ raw, text: inlineText(raw), span: { start: end, end } });
      continue;
    }
    let [s, e] = b;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ raw, text: inlineText(raw), span: { start: base + s, end: base + e } });
  }
  return { line, span: lineSpan(doc, line), cells: out };
}

/** The raw cell slots of a row line (between pipes, untrimmed), for width-preserving edits. */
export function cellSlots(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  const lead = /^(?:\s*>)*\s*/.exec(text);
  let i = lead ? lead[0].length : 0;
  if (text[i] === "|") i++;
  let cellStart = i;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "|") {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  if (text.slice(cellStart).trim() !== "") bounds.push([cellStart, text.length]);
  return bounds;
}
