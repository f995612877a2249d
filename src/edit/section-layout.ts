import type { Milestone, Roadmap } from "../model/roadmap.js";
import { parseBlocks } from "../parse/markdown.js";

/** Where a milestone section's content ends, and the thematic break (`---`) that closes it, if any. */
export interface SectionLayout {
  /** 0-based line of the heading. */
  readonly headingLine: number;
  /** 0-based line after the section's last non-blank content line (before a closing `---`). */
  readonly contentEnd: number;
  /** 0-based line of a `---` after the content, when the section ends with one. */
  readonly ruleLine?: number;
  /** 0-based line where the next section starts (or the line count at the end of the file). */
  readonly end: number;
}

/** Reads the block layout of a milestone's section (block-parsed by markdown-it). */
export function sectionLayout(roadmap: Roadmap, m: Milestone): SectionLayout | undefined {
  const section = m.spans.section;
  if (!section) return undefined;
  const lines = roadmap.lines;
  const headingLine = lines.lineOf(section.start);
  const endsAtEof = section.end >= roadmap.source.length;
  const end = endsAtEof ? lines.count : lines.lineOf(section.end);
  // Line numbers survive the CRLF → LF change, so block lines are offsets from headingLine.
  const text = roadmap.source.slice(lines.lineStart(headingLine), section.end).replace(/\r\n/g, "\n");
  const blocks = parseBlocks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let contentEnd = headingLine + 1;
  for (const b of blocks) if (b.type !== "hr") contentEnd = Math.max(contentEnd, headingLine + b.endLine);
  while (contentEnd - 1 > headingLine && lines.lineText(contentEnd - 1).trim() === "") contentEnd--;
  const rule = blocks.find((b) => b.type === "hr" && headingLine + b.line >= contentEnd);
  return { headingLine, contentEnd, ...(rule ? { ruleLine: headingLine + rule.line } : {}), end };
}
