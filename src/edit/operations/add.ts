import { UsageError } from "../../model/errors.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { cellSlots } from "../../parse/table.js";
import { requireMilestone } from "../find.js";
import { sectionLayout } from "../section-layout.js";
import { spellStatus } from "../status-spelling.js";
import { displayWidth } from "../../text/display-width.js";
import { escapeCell } from "../table-cell.js";

/** A new milestone: its title, and optionally focus, goal, dependencies (default: the last milestone), criteria and deliverables. */
export interface AddIntent {
  readonly title: string;
  readonly focus?: string;
  readonly goal?: string;
  /** Ids it depends on; undefined means "the last milestone", an empty list means none. */
  readonly depends?: readonly string[];
  /** Acceptance criteria (unticked); none gives the template's placeholder for the user to fill. */
  readonly criteria?: readonly string[];
  /** Key deliverables; none gives the template's placeholder. */
  readonly deliverables?: readonly string[];
}

/** The next free template id: `M<highest number + 1>`, or `M0` for a roadmap with none. */
export function nextMilestoneId(roadmap: Roadmap): string {
  let max = -1;
  for (const m of roadmap.milestones) {
    const n = /^M(\d+)/i.exec(m.id.trim());
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `M${max + 1}`;
}

/** A leading `[` escaped, so that `[ ] docs` stays text and does not become a checkbox. */
export function literalStart(text: string): string {
  return text.startsWith("[") ? `\\${text}` : text;
}

/** Text as one line: line breaks (and the spaces around them) become one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").trim();
}

/** A new table row shaped like the table's last row: same prefix, pipes, column widths and alignment. */
function buildRow(roadmap: Roadmap, values: readonly string[]): string {
  const table = roadmap.overview!;
  const model = table.rows[table.rows.length - 1] ?? table.header;
  const line = roadmap.source.slice(model.span.start, model.span.end);
  const slots = cellSlots(line);
  const delim = roadmap.source.slice(table.delimiter.span.start, table.delimiter.span.end);
  const delimSlots = cellSlots(delim);
  const lead = /^(?:\s*>)*\s*/.exec(line)?.[0] ?? "";
  const leadingPipe = line[lead.length] === "|";
  const trailingPipe = /(?<!\\)\|\s*$/.test(line);
  // Pad to the column widths only when the table is aligned (its last row as wide as the delimiter row).
  const slotWidth = (text: string, slot: [number, number] | undefined): number => (slot ? displayWidth(text.slice(slot[0], slot[1])) : -1);
  const aligned = delimSlots.length > 0 && delimSlots.every((d, c) => slotWidth(line, slots[c]) === d[1] - d[0]);
  const cells: string[] = [];
  for (let c = 0; c < table.header.cells.length; c++) {
    const value = escapeCell(values[c] ?? "");
    const slot = delimSlots[c];
    const vw = displayWidth(value);
    const width = aligned && slot ? slot[1] - slot[0] : vw + 2;
    const d = delimSlots[c] ? delim.slice(delimSlots[c]![0], delimSlots[c]![1]).trim() : "";
    const pad = Math.max(0, width - vw - 2);
    if (d.endsWith(":") && !d.startsWith(":")) cells.push(" ".repeat(pad + 1) + value + " ");
    else if (d.endsWith(":") && d.startsWith(":")) cells.push(" ".repeat(Math.floor(pad / 2) + 1) + value + " ".repeat(Math.ceil(pad / 2) + 1));
    else cells.push(" " + value + " ".repeat(pad + 1));
  }
  return lead + (leadingPipe ? "|" : "") + cells.join("|") + (trailingPipe ? "|" : "");
}

/**
 * Adds a milestone: the next free id, a row at the end of the overview table (same column
 * count, known columns filled, the table's own padding and status vocabulary) and a section
 * in the template's shape after the last milestone section (before its closing `---`).
 */
export function addMilestone(roadmap: Roadmap, intent: AddIntent): TextEdit[] {
  if (roadmap.format !== "template")
    throw new UsageError("add works on roadmaps in the template's format", "convert this one with `roadmark import`, or start one with `roadmark init`");
  const title = oneLine(intent.title);
  if (!title) throw new UsageError("add: the title is empty");
  const criteria = (intent.criteria ?? []).map(oneLine);
  const deliverables = (intent.deliverables ?? []).map(oneLine);
  if (criteria.some((c) => c === "")) throw new UsageError("add: a --criterion is empty");
  if (deliverables.some((d) => d === "")) throw new UsageError("add: a --deliverable is empty");
  const id = nextMilestoneId(roadmap);
  const last = roadmap.milestones[roadmap.milestones.length - 1];
  const deps = intent.depends ? intent.depends.map((d) => requireMilestone(roadmap, d).id) : last ? [last.id] : [];
  const depsText = deps.length > 0 ? deps.join(", ") : last ? "None" : "None (first milestone)";
  const eol = roadmap.eol;
  const edits: TextEdit[] = [];

  const table = roadmap.overview;
  if (table) {
    const cols = table.columns;
    const values: string[] = [];
    values[cols.id] = id;
    if (cols.title !== undefined) values[cols.title] = title;
    if (cols.focus !== undefined) values[cols.focus] = oneLine(intent.focus ?? "");
    if (cols.status !== undefined) values[cols.status] = spellStatus(roadmap, "table", "planned");
    if (cols.dependsOn !== undefined) values[cols.dependsOn] = depsText;
    const after = table.rows[table.rows.length - 1] ?? table.delimiter;
    edits.push({ start: after.span.end, end: after.span.end, text: eol + buildRow(roadmap, values) });
  }

  const sections = roadmap.milestones.filter((m) => m.spans.section).sort((a, b) => a.line - b.line);
  const lastSection = sections[sections.length - 1];
  const level = lastSection?.level ?? 2;
  const body = [
    `${"#".repeat(level)} ${id}: ${title}`,
    "",
    `**Goal:** ${oneLine(intent.goal ?? "") || "[Brief description of milestone goal]"}`,
    "",
    ...(!table && intent.focus ? [`**Focus:** ${oneLine(intent.focus)}`, ""] : []),
    "**Acceptance Criteria:**",
    ...(criteria.length > 0 ? criteria.map((c) => `- [ ] ${literalStart(c)}`) : ["- [ ] [Criterion 1]"]),
    "",
    "**Key Deliverables:**",
    ...(deliverables.length > 0 ? deliverables.map((d) => `- ${literalStart(d)}`) : ["- [Deliverable 1]"]),
    "",
    `**Dependencies:** ${depsText}`,
  ].join(eol);

  const src = roadmap.source;
  const layout = lastSection ? sectionLayout(roadmap, lastSection) : undefined;
  const lines = roadmap.lines;
  if (layout && layout.ruleLine !== undefined) {
    const rule = lines.lineText(layout.ruleLine).trim();
    const at = lines.lineStart(layout.ruleLine);
    edits.push({ start: at, end: at, text: rule + eol + eol + body + eol + eol });
  } else if (layout && layout.end < lines.count && lastSection!.spans.section!.end < src.length) {
    const at = lines.lineStart(layout.end);
    const blankBefore = layout.end > 0 && lines.lineText(layout.end - 1).trim() === "";
    edits.push({ start: at, end: at, text: (blankBefore ? "" : eol) + body + eol + eol });
  } else {
    const endsWithBreak = src.endsWith("\n");
    const blankAtEnd = /\n[ \t]*\r?\n$/.test(src);
    let text: string;
    if (src.trim() === "") text = body + (endsWithBreak ? eol : "");
    else if (!endsWithBreak) text = eol + eol + body;
    else text = (blankAtEnd ? "" : eol) + body + eol;
    edits.push({ start: src.length, end: src.length, text });
  }
  return edits;
}
