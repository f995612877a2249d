import { LineIndex } from "../model/line-index.js";
import type { Span } from "../model/span.js";
import { parseBlocks, type BlockNode } from "./markdown.js";

/** A source prepared for reading: the original text, its line index and its located blocks. */
export interface SourceDocument {
  readonly source: string;
  readonly lines: LineIndex;
  /** Length of a leading BOM (0 or 1): line 0's content starts after it. */
  readonly bomLength: number;
  readonly blocks: readonly BlockNode[];
  readonly eol: "\n" | "\r\n";
  /** 0-based line after the front matter (0 when there is none). */
  readonly bodyStart: number;
}

/**
 * Prepares `source` for markdown-it without moving any line: the BOM is dropped, CRLF becomes
 * LF and front matter lines are blanked, so token line maps index the original's lines.
 */
export function prepareDocument(source: string): SourceDocument {
  const bomLength = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let text = bomLength ? source.slice(1) : source;
  const crlf = text.includes("\r\n");
  if (crlf) text = text.replace(/\r\n/g, "\n");
  let bodyStart = 0;
  if (text.startsWith("---\n") || text.startsWith("---\r")) {
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
    if (close) {
      const endOffset = 3 + close.index + close[0].length;
      const blanked = text.slice(0, endOffset).replace(/[^\n]/g, "");
      bodyStart = blanked.length;
      text = blanked + text.slice(endOffset);
    }
  }
  const lfCount = crlf ? (source.match(/\n/g) ?? []).length : 0;
  const crlfCount = crlf ? (source.match(/\r\n/g) ?? []).length : 0;
  return {
    source,
    lines: new LineIndex(source),
    bomLength,
    blocks: parseBlocks(text),
    eol: crlf && crlfCount * 2 >= lfCount ? "\r\n" : "\n",
    bodyStart,
  };
}

/** Offset where 0-based `line`'s content starts (after a BOM on line 0). */
export function contentStart(doc: SourceDocument, line: number): number {
  return doc.lines.lineStart(line) + (line === 0 ? doc.bomLength : 0);
}

/** The text of 0-based `line` without its terminator (and without a BOM). */
export function lineText(doc: SourceDocument, line: number): string {
  return doc.source.slice(contentStart(doc, line), doc.lines.lineEnd(line));
}

/** The span of 0-based `line`'s content. */
export function lineSpan(doc: SourceDocument, line: number): Span {
  return { start: contentStart(doc, line), end: doc.lines.lineEnd(line) };
}

/** The span from the start of `line` to the start of `endLine` (exclusive), terminators included. */
export function linesSpan(doc: SourceDocument, line: number, endLine: number): Span {
  return { start: contentStart(doc, line), end: Math.max(contentStart(doc, line), doc.lines.lineStart(endLine)) };
}

/** Finds `needle` in `line` (last occurrence when `last`), as a source span; undefined if absent. */
export function findInLine(doc: SourceDocument, line: number, needle: string, last = false): Span | undefined {
  if (!needle) return undefined;
  const text = lineText(doc, line);
  const at = last ? text.lastIndexOf(needle) : text.indexOf(needle);
  if (at === -1) return undefined;
  const start = contentStart(doc, line) + at;
  return { start, end: start + needle.length };
}
