import { UsageError } from "../../model/errors.js";
import type { Criterion, Milestone, Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { requireMilestone, resolveCriterion } from "../find.js";
import { sectionLayout } from "../section-layout.js";
import { literalStart, oneLine } from "./add.js";

/** A criterion to add: the milestone, its text, and optionally its 1-based place among the milestone's criteria. */
export interface AddCriterionIntent {
  readonly id: string;
  readonly text: string;
  /** 1-based position the new criterion takes (1 … count + 1); default: after the last one. */
  readonly at?: number;
}

/** A criterion to rewrite: the milestone, the criterion (1-based index or unique fragment) and its new text. */
export interface EditCriterionIntent {
  readonly id: string;
  readonly criterion: string;
  readonly text: string;
}

/** A criterion to remove: the milestone and the criterion (1-based index or unique fragment). */
export interface RemoveCriterionIntent {
  readonly id: string;
  readonly criterion: string;
}

/** A task item's first line: quote/indent lead, list marker, spacing, box, spacing after the box. */
const TASK_LINE = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)\[[ xX]\]/;
const LEAD = /^(?:\s*>)*\s*/;

/** The criterion text as written on one line: no line breaks, a leading `[` escaped. */
function criterionText(verb: string, text: string): string {
  const t = oneLine(text);
  if (!t) throw new UsageError(`criterion ${verb}: the text is empty`);
  return literalStart(t);
}

/** The `- [ ] ` prefix of a new sibling of `c`, in its list's marker (an ordered list gets `next` or the same number). */
function siblingPrefix(roadmap: Roadmap, c: Criterion, next: boolean): string {
  const line = roadmap.lines.lineText(roadmap.lines.lineOf(c.span.start));
  const m = TASK_LINE.exec(line);
  if (!m) return "- [ ] ";
  const marker = m[2]!;
  const n = /^\d+/.exec(marker);
  const mk = n && next ? `${Number(n[0]) + 1}${marker.slice(n[0].length)}` : marker;
  return `${m[1]}${mk}${m[3]}[ ] `;
}

/**
 * The 0-based last line of criterion `c`'s list item: its first line, then the following lines
 * indented at least to its content column (continuation text, nested items), blank lines
 * inside the item included but not trailing ones.
 */
function itemLastLine(roadmap: Roadmap, c: Criterion): number {
  const lines = roadmap.lines;
  const first = lines.lineOf(c.span.start);
  const m = TASK_LINE.exec(lines.lineText(first));
  const column = m ? m[1]!.length + m[2]!.length + m[3]!.length : 2;
  let last = first;
  for (let l = first + 1; l < lines.count; l++) {
    const t = lines.lineText(l);
    if (t.trim() === "") continue;
    if ((LEAD.exec(t)?.[0].length ?? 0) >= column) last = l;
    else break;
  }
  return last;
}

/** The text range that removing lines `first..last` (0-based, inclusive) takes out, line break included. */
function linesRange(roadmap: Roadmap, first: number, last: number): { start: number; end: number } {
  const lines = roadmap.lines;
  const start = lines.lineStart(first);
  const end = lines.lineStart(last + 1);
  // The last line of a file without a final newline: take the break before it instead.
  if (last + 1 >= lines.count && end === roadmap.source.length && !/\n$/.test(roadmap.source.slice(start, end)))
    return { start: first > 0 ? lines.lineEnd(first - 1) : start, end };
  return { start, end };
}

function requireCriteriaHome(roadmap: Roadmap, m: Milestone): void {
  if (roadmap.format === "freeform")
    throw new UsageError(`this roadmap is free-form: ${m.id} has no checklist to add a criterion to; edit the file`, "add the first `- [ ]` item by hand; then roadmark can add more");
  if (!m.spans.section) throw new UsageError(`${m.id} has no section to hold criteria`, "add a section for it, or use `roadmark add`");
}

/**
 * Adds an unticked criterion. With criteria, the new item copies its neighbour's indentation
 * and list marker: inserted before criterion `at`, else after the last top-level item (and its
 * nested items). Without any, a `**Acceptance Criteria:**` list is created where the template
 * puts it: under an existing criteria label, else before Key Deliverables / Dependencies,
 * else after the Goal, else at the end of the section.
 */
export function addCriterion(roadmap: Roadmap, intent: AddCriterionIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const text = criterionText("add", intent.text);
  const all = m.criteria;
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  if (intent.at !== undefined && (!Number.isInteger(intent.at) || intent.at < 1 || intent.at > all.length + 1))
    throw new UsageError(`criterion add: position ${intent.at} is out of range for ${m.id}: give 1–${all.length + 1}`);
  if (all.length > 0) {
    const before = intent.at !== undefined ? all[intent.at - 1] : undefined;
    if (before) {
      const at = lines.lineStart(lines.lineOf(before.span.start));
      return [{ start: at, end: at, text: siblingPrefix(roadmap, before, false) + text + eol }];
    }
    const top = [...all].reverse().find((c) => c.depth === 0) ?? all[all.length - 1]!;
    const at = lines.lineEnd(itemLastLine(roadmap, top));
    return [{ start: at, end: at, text: eol + siblingPrefix(roadmap, top, true) + text }];
  }
  requireCriteriaHome(roadmap, m);
  const item = `- [ ] ${text}`;
  const label = m.spans.criteria;
  if (label) {
    const at = lines.lineEnd(lines.lineOf(label.start));
    return [{ start: at, end: at, text: eol + item }];
  }
  const block = `**Acceptance Criteria:**${eol}${item}`;
  const later = [m.spans.deliverables, m.spans.dependencies, m.spans.learnings].filter((s) => s !== undefined).sort((a, b) => a.start - b.start)[0];
  if (later) {
    const at = lines.lineStart(lines.lineOf(later.start));
    return [{ start: at, end: at, text: block + eol + eol }];
  }
  const layout = sectionLayout(roadmap, m)!;
  const at = lines.lineEnd(layout.contentEnd - 1);
  const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
  return [{ start: at, end: at, text: `${eol}${eol}${block}${next.trim() !== "" ? eol : ""}` }];
}

/** Rewrites a criterion's text (its first line after the box), keeping the box, marker and indentation. */
export function editCriterion(roadmap: Roadmap, intent: EditCriterionIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const text = criterionText("edit", intent.text);
  const { criterion } = resolveCriterion(m, intent.criterion, roadmap.source);
  const { start, end } = criterion.textSpan;
  if (roadmap.source.slice(start, end) === text) return [];
  return [{ start, end, text }];
}

/** Removes a criterion's whole list item (its nested items and continuation lines with it). */
export function removeCriterion(roadmap: Roadmap, intent: RemoveCriterionIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion } = resolveCriterion(m, intent.criterion, roadmap.source);
  const first = roadmap.lines.lineOf(criterion.span.start);
  const range = linesRange(roadmap, first, itemLastLine(roadmap, criterion));
  return [{ ...range, text: "" }];
}
