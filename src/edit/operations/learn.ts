import { UsageError } from "../../model/errors.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { requireMilestone } from "../find.js";
import { sectionLayout } from "../section-layout.js";

/** A learning to record under a milestone. */
export interface LearnIntent {
  readonly id: string;
  readonly text: string;
}

const MARKER = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)/;

/**
 * Appends `- TEXT` to the milestone's Learnings block, after its last line, with the block's
 * own list marker and indentation (an ordered list gets the next number). A section without
 * one gets a `**Learnings:**` block at the end of its content (before a closing `---`).
 */
export function learn(roadmap: Roadmap, intent: LearnIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const text = intent.text.replace(/\s*\r?\n\s*/g, " ").trim();
  if (!text) throw new UsageError("learn: the text is empty");
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  const field = m.spans.learnings;
  if (field) {
    const labelLine = lines.lineOf(field.start);
    const lastItem = m.learnings[m.learnings.length - 1];
    let line = lastItem ? lines.lineOf(lastItem.span.start) : labelLine;
    const fieldEnd = lines.lineOf(Math.max(field.start, field.end - 1));
    // Continuation lines of the last item (indented, non-blank) belong to it.
    while (line + 1 <= fieldEnd && /^\s+\S/.test(lines.lineText(line + 1)) && !MARKER.test(lines.lineText(line + 1))) line++;
    const itemLine = lastItem ? lines.lineText(lines.lineOf(lastItem.span.start)) : "";
    const mk = MARKER.exec(itemLine);
    let prefix = "- ";
    if (mk && lastItem && lines.lineOf(lastItem.span.start) !== labelLine) {
      const n = /^\d+/.exec(mk[2] ?? "");
      prefix = (mk[1] ?? "") + (n ? `${Number(n[0]) + 1}${(mk[2] ?? "").slice(n[0].length)}` : mk[2]) + (mk[3] ?? " ");
    }
    const at = lines.lineEnd(line);
    return [{ start: at, end: at, text: eol + prefix + text }];
  }
  const layout = sectionLayout(roadmap, m);
  if (!layout) throw new UsageError(`${m.id} has no section to hold learnings`, "add a section for it, or use `roadmark add`");
  const at = lines.lineEnd(layout.contentEnd - 1);
  // Keep a blank line before whatever follows directly (the next heading, a `---`).
  const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
  return [{ start: at, end: at, text: `${eol}${eol}**Learnings:**${eol}- ${text}${next.trim() !== "" ? eol : ""}` }];
}
