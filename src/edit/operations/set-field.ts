import { NotFoundError, UsageError } from "../../model/errors.js";
import type { Milestone, Roadmap } from "../../model/roadmap.js";
import type { Span } from "../../model/span.js";
import type { TextEdit } from "../../model/text-edit.js";
import { normaliseId } from "../../parse/fields/dependencies.js";
import { readLineLabel } from "../../parse/fields/labels.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { applyEdits } from "../apply-edits.js";
import { requireMilestone } from "../find.js";
import { columnAligned, replaceCell } from "../table-cell.js";
import { oneLine } from "./add.js";

/** The milestone fields `setField` writes. */
export const SETTABLE_FIELDS = ["title", "focus", "goal"] as const;
export type SettableField = (typeof SETTABLE_FIELDS)[number];

/** A field to set: the milestone, which field, and its new text (one line). */
export interface SetFieldIntent {
  readonly id: string;
  readonly field: SettableField;
  readonly text: string;
}

const LEAD = /^(?:\s*>)*\s*(?:[-*+]\s+)?/;

/** The trimmed value span of a `**Focus:** …` line in the milestone's section, if it has one. */
function sectionFocus(roadmap: Roadmap, m: Milestone): { label: number; value: Span } | undefined {
  const section = m.spans.section;
  if (!section) return undefined;
  const lines = roadmap.lines;
  const last = lines.lineOf(Math.max(section.start, section.end - 1));
  let fence = false;
  for (let l = lines.lineOf(section.start) + 1; l <= last; l++) {
    const t = lines.lineText(l);
    if (/^\s*(?:```|~~~)/.test(t)) fence = !fence;
    if (fence) continue;
    const lead = LEAD.exec(t)?.[0] ?? "";
    const label = readLineLabel(t.slice(lead.length));
    if (label?.kind !== "focus") continue;
    const base = lines.lineStart(l);
    let s = lead.length + label.valueStart;
    let e = t.length;
    while (e > s && /\s/.test(t[e - 1]!)) e--;
    if (s > e) s = e;
    return { label: l, value: { start: base + s, end: base + e } };
  }
  return undefined;
}

/** The end of the paragraph a value starts in: its last non-blank line before a blank line or the field's end. */
function paragraphEnd(roadmap: Roadmap, from: number, limit: number): number {
  const lines = roadmap.lines;
  let line = lines.lineOf(from);
  const lastLine = lines.lineOf(Math.max(from, limit - 1));
  // A list item, a heading or another label starts a new block; anything else continues the paragraph.
  const continues = (t: string): boolean =>
    t.trim() !== "" && !/^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:\s|$)/.test(t) && !readLineLabel(t.replace(LEAD, ""));
  while (line + 1 <= lastLine && continues(lines.lineText(line + 1))) line++;
  let end = lines.lineEnd(line);
  while (end > from && /\s/.test(roadmap.source[end - 1]!)) end--;
  return end;
}

/** An insertion of `**Label:** text` as its own paragraph right under the milestone's heading. */
function underHeading(roadmap: Roadmap, m: Milestone, label: string, text: string): TextEdit | undefined {
  const h = m.spans.heading;
  if (!h) return undefined;
  // Keep a blank line before content that follows the heading directly.
  const line = roadmap.lines.lineOf(h.start);
  const tight = line + 1 < roadmap.lines.count && roadmap.lines.lineText(line + 1).trim() !== "";
  return { start: h.end, end: h.end, text: `${roadmap.eol}${roadmap.eol}**${label}:** ${text}${tight ? roadmap.eol : ""}` };
}

function cell(roadmap: Roadmap, m: Milestone, col: number | undefined, text: string): TextEdit | undefined {
  const row = m.spans.row;
  if (!row || col === undefined || !roadmap.overview) return undefined;
  return replaceCell(roadmap.source, row, col, text, { keepWidth: columnAligned(roadmap.source, roadmap.overview, col) });
}

function titleEdits(roadmap: Roadmap, m: Milestone, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const h = m.headingTitle;
  const heading = m.spans.heading;
  if (h && heading) {
    const written = roadmap.source.slice(h.span.start, h.span.end);
    // The heading's title must be plain text we found on the line, not the whole line as a fallback.
    if (written !== h.text || h.span.start === heading.start)
      throw new UsageError(`${m.id}: its heading's title is formatted ("${written}"); edit it by hand`);
    if (written !== text) edits.push({ start: h.span.start, end: h.span.end, text: text.replace(/#+$/, (s) => s.replace(/#/g, "\\#")) });
  }
  const row = cell(roadmap, m, roadmap.overview?.columns.title, text);
  if (row) edits.push(row);
  if (!h && !(m.spans.row && roadmap.overview?.columns.title !== undefined))
    throw new NotFoundError(`${m.id} has no title to set: no section heading and no Title column`);
  // A heading ending in a status word or marker (`Ship ✅`) would read as a status: check it reads back.
  if (h && edits.length > 0) {
    const after = parseRoadmap(applyEdits(roadmap.source, edits).output);
    const same = after.milestones.find((x) => normaliseId(x.id) === normaliseId(m.id) && x.line === m.line);
    if (same?.headingTitle?.text !== text || same.status.value !== m.status.value)
      throw new UsageError(`set title: "${text}" would not read back as ${m.id}'s title (a status word or marker at its end?); nothing changed`, "reword the title, or edit the heading by hand");
  }
  return edits;
}

function focusEdits(roadmap: Roadmap, m: Milestone, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const col = roadmap.overview?.columns.focus;
  const row = cell(roadmap, m, col, text);
  if (row) edits.push(row);
  const inRow = m.spans.row !== undefined && col !== undefined;
  const sec = sectionFocus(roadmap, m);
  if (sec) {
    if (roadmap.source.slice(sec.value.start, sec.value.end) !== text) {
      const bare = sec.value.start === sec.value.end && !/\s$/.test(roadmap.source.slice(roadmap.lines.lineStart(sec.label), sec.value.start));
      edits.push({ start: sec.value.start, end: sec.value.end, text: bare ? ` ${text}` : text });
    }
  } else if (!inRow) {
    const e = underHeading(roadmap, m, "Focus", text);
    if (!e) throw new NotFoundError(`${m.id} has no focus to set: no section and no Focus column`);
    edits.push(e);
  }
  return edits;
}

function goalEdits(roadmap: Roadmap, m: Milestone, text: string): TextEdit[] {
  const field = m.spans.goal;
  if (m.goal) {
    const end = paragraphEnd(roadmap, m.goal.span.start, field?.end ?? m.goal.span.end);
    if (roadmap.source.slice(m.goal.span.start, end) === text) return [];
    return [{ start: m.goal.span.start, end, text }];
  }
  if (field) {
    const at = roadmap.lines.lineEnd(roadmap.lines.lineOf(field.start));
    const before = roadmap.source.slice(roadmap.lines.lineStart(roadmap.lines.lineOf(field.start)), at);
    return [{ start: at, end: at, text: /\s$/.test(before) ? text : ` ${text}` }];
  }
  const e = underHeading(roadmap, m, "Goal", text);
  if (!e) throw new NotFoundError(`${m.id} has no section to hold a goal`, "add a section for it, or use `roadmark add`");
  return [e];
}

/**
 * Sets a milestone's title, focus or goal. Title and focus are written everywhere the document
 * states them (the section heading or `**Focus:**` line, and the overview-table row, its column
 * width kept), so the two stay in step; a goal replaces the Goal paragraph. A field stated
 * nowhere is added under the heading. Free-form roadmaps have no single place: refused.
 */
export function setField(roadmap: Roadmap, intent: SetFieldIntent): TextEdit[] {
  if (!(SETTABLE_FIELDS as readonly string[]).includes(intent.field))
    throw new UsageError(`set: unknown field "${String(intent.field)}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  const m = requireMilestone(roadmap, intent.id);
  if (roadmap.format === "freeform")
    throw new UsageError(`this roadmap is free-form: set ${intent.field} has no single place to write; edit the file`);
  const text = oneLine(intent.text);
  if (!text) throw new UsageError(`set ${intent.field}: the text is empty`);
  switch (intent.field) {
    case "title":
      return titleEdits(roadmap, m, text);
    case "focus":
      return focusEdits(roadmap, m, text);
    case "goal":
      return goalEdits(roadmap, m, text);
  }
}
