import type { Milestone, Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";

/** The label roadmark writes a block reason under, on its own line under the milestone heading. */
export const BLOCKED_LABEL = "**Blocked:**";

const BLOCKED_LINE = /^(\s*)\*\*Blocked:\*\*[ \t]*(.*)$/;

/** The 0-based line of the section's `**Blocked:**` line, if it has one (read one line at a time). */
export function findBlockedLine(roadmap: Roadmap, m: Milestone): { line: number; valueStart: number; valueEnd: number } | undefined {
  const heading = m.spans.heading;
  const section = m.spans.section;
  if (!heading || !section) return undefined;
  const lines = roadmap.lines;
  const first = lines.lineOf(heading.start) + 1;
  const last = lines.lineOf(Math.max(section.start, section.end - 1));
  for (let l = first; l <= last; l++) {
    const text = lines.lineText(l);
    const mm = BLOCKED_LINE.exec(text);
    if (!mm) continue;
    const start = lines.lineStart(l) + text.length - (mm[2] ?? "").length;
    return { line: l, valueStart: start, valueEnd: lines.lineStart(l) + text.length };
  }
  return undefined;
}

/**
 * Edits for the block reason: write or update `**Blocked:** reason` when blocking with a reason
 * (`insert` is text to put after the heading), and remove a stale line when the milestone
 * leaves `blocked` (`keep` false). Line endings follow the document.
 */
export function blockedReasonEdits(roadmap: Roadmap, m: Milestone, reason: string | undefined, keep: boolean): { edits: TextEdit[]; insert: string } {
  const found = findBlockedLine(roadmap, m);
  const clean = reason?.replace(/\s*\r?\n\s*/g, " ").trim();
  if (clean) {
    if (found) {
      const old = roadmap.source.slice(found.valueStart, found.valueEnd);
      return { edits: old === clean ? [] : [{ start: found.valueStart, end: found.valueEnd, text: clean }], insert: "" };
    }
    return { edits: [], insert: m.spans.heading ? `${roadmap.eol}${roadmap.eol}${BLOCKED_LABEL} ${clean}` : "" };
  }
  if (keep || !found) return { edits: [], insert: "" };
  const lines = roadmap.lines;
  let start = lines.lineStart(found.line);
  let end = lines.lineStart(found.line + 1);
  if (found.line + 1 >= lines.count) start = lines.lineEnd(found.line - 1);
  else if (found.line > 0 && lines.lineText(found.line - 1).trim() === "") start = lines.lineStart(found.line - 1);
  if (end < start) end = start;
  return { edits: [{ start, end, text: "" }], insert: "" };
}
