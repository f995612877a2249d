import type { Criterion, Dependency, Milestone, MilestoneSpans, TableRow, TextField } from "../../model/roadmap.js";
import type { StatusField, StatusSource } from "../../model/status.js";
import { findInLine, lineSpan, linesSpan, type SourceDocument } from "../document.js";
import { parseDependencies } from "../fields/dependencies.js";
import { fieldKind } from "../fields/labels.js";
import { isStatusOnly, readStatusText, type Legend } from "../fields/status.js";
import { STATUS_PHRASES } from "../fields/status-vocabulary.js";
import { inferStatus, pickStatus } from "../infer.js";
import { inlineText, type ItemNode, type TableNode } from "../markdown.js";
import { readSection, readTask, readTaskBox, type SectionContent } from "../section.js";
import { locateRow } from "../table.js";
import { boldLead, idColumn, itemTitle, quickTitle, UNIT_HEADER, type UnitRef } from "./candidates.js";
import { headerNames } from "./columns.js";
import { type Decoration, headingStatus } from "./decoration.js";
import { bucketAbove, isBucket, type Outline, type OutlineHeading } from "./outline.js";
import { afterLabel, namesUnitKind, sameRelease } from "./unit-label.js";
import { isAdjective, leadInOf } from "./lead-in.js";

/** A draft's spans: merges add the row of the table that lists it. */
export type DraftSpans = { -readonly [K in keyof MilestoneSpans]: MilestoneSpans[K] };

/** A milestone being assembled: statuses by source, filled in by the carrier and by merges. */
export interface Draft {
  readonly ref: UnitRef;
  id?: string;
  title: string;
  line: number;
  level?: number;
  readonly statuses: Partial<Record<StatusSource, StatusField>>;
  content?: SectionContent;
  criteria: Criterion[];
  dependsOn: Dependency[];
  spans: DraftSpans;
  rowTitle?: TextField;
  headingTitle?: TextField;
}

const STATUS_HEADER = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태|progress|progreso|progresso|done\??|complete\??)$/iu;
const NAME_HEADER = /^(?:name|title|feature|features|description|goal|goals|focus|scope|outcome|theme|deliverables?|what|summary|objective|nombre|título|titre|nome|beschreibung|名称|标题|内容|目标|描述|название|описание)$/iu;
const EXACT_NAME_HEADER = /^(?:name|title|nombre|título|titre|nome|titel|名称|标题|название)$/iu;
const NOT_NAME_HEADER = /^(?:owners?|leads?|assignees?|who|team|dates?|eta|target|due|deadline|when|week|weeks|priority|effort|estimate|size|links?|issues?|pr|prs|progress|%|percent|completed|started|plans complete|milestone|release)$/iu;
const DEPENDS_HEADER = /^(?:depends on|dependencies|deps|requires|prerequisites|blocked by)$/iu;

/** A status field from `text` found on source line `line`. */
export function statusField(doc: SourceDocument, line: number, text: string, source: StatusSource, legend?: Legend): StatusField | undefined {
  const s = readStatusText(text, legend);
  if (!s) return undefined;
  const raw = text.slice(s.start, s.end);
  const span = findInLine(doc, line, raw, true);
  return span ? { value: s.value, raw, span, source } : { value: s.value, raw, source };
}

/** The status a heading-like text states; an emoji where the run is decorated is not one (see `headingStatus`). */
export function labelStatus(doc: SourceDocument, line: number, text: string, source: StatusSource, legend: Legend | undefined, decorative: Decoration): StatusField | undefined {
  const s = headingStatus(text, legend, decorative);
  if (!s) return undefined;
  const raw = text.slice(s.start, s.end);
  const span = findInLine(doc, line, raw, true);
  return span ? { value: s.value, raw, span, source } : { value: s.value, raw, source };
}

// The status an enclosing labelled heading states, read once per heading (its parts are many).
const enclosing = new WeakMap<Outline, Map<string, StatusField | undefined>>();
function enclosingStatus(doc: SourceDocument, outline: Outline, k: number, legend: Legend | undefined, decorative: Decoration): StatusField | undefined {
  let read = enclosing.get(outline);
  if (!read) enclosing.set(outline, (read = new Map()));
  const key = `${k}:${decorative}`;
  if (read.has(key)) return read.get(key);
  const p = outline.headings[k]!;
  const s = !p.title && p.label?.kind === "strong" ? labelStatus(doc, p.node.line, p.text, "bucket", legend, decorative) : undefined;
  read.set(key, s);
  return s;
}

/** The status a table row states: its Status column, else another cell that is only a status. */
export function rowStatus(doc: SourceDocument, table: TableNode, row: TableRow, legend?: Legend): StatusField | undefined {
  const col = headerNames(table).findIndex((h) => STATUS_HEADER.test(h));
  const fromCell = (c: number): StatusField | undefined => {
    const cell = row.cells[c];
    if (!cell || !cell.text) return undefined;
    const s = readStatusText(cell.text, legend);
    return s ? { value: s.value, raw: cell.text, span: cell.span, source: "table" } : undefined;
  };
  const direct = col >= 0 ? fromCell(col) : undefined;
  if (direct) return direct;
  const idc = idColumn(table);
  for (let c = 0; c < row.cells.length; c++) {
    if (c === idc || c === col) continue;
    if (isStatusOnly(row.cells[c]?.text ?? "", legend)) return fromCell(c);
  }
  const cell = col >= 0 ? row.cells[col] : undefined;
  return cell && cell.text ? { value: "unknown", raw: cell.text, span: cell.span, source: "table" } : undefined;
}

/** The dependency ids in a row's Depends column, if the table has one. */
export function rowDependencies(table: TableNode, row: TableRow): Dependency[] {
  const col = headerNames(table).findIndex((h) => DEPENDS_HEADER.test(h));
  const cell = col >= 0 ? row.cells[col] : undefined;
  if (!cell) return [];
  return parseDependencies(cell.text).map((d) => ({ id: d.id, raw: d.raw, span: cell.span }));
}

/**
 * A `State:`/`Status:` line whose value states no status and reads as a sentence (`State: the
 * warehouse is not ready yet.`) is prose, not the milestone's status place: a status edit adds a
 * Status line rather than overwrite it. A short value (`TBD`, `—`) is a placeholder to fill in.
 */
function proseLine(field: StatusField): boolean {
  return field.value === "unknown" && field.raw.trim().split(/\s+/u).length >= 3;
}

/** A draft from a heading unit: its section's fields, criteria and statuses. */
export function headingDraft(doc: SourceDocument, outline: Outline, ref: UnitRef, legend: Legend | undefined, decorative: Decoration, limit?: number): Draft {
  const h = outline.headings[ref.heading!]!;
  const end = limit !== undefined && limit < h.end ? limit : h.end;
  const endLine = end < h.end ? doc.blocks[end]!.line : h.endLine;
  const content = readSection(doc, doc.blocks, legend, h.idx + 1, end);
  const statuses: Partial<Record<StatusSource, StatusField>> = {};
  const label = ref.label;
  // A horizon heading (`Someday`, `Long term`) states the status its horizon means (S2); so does a
  // numbered one (`2. Medium-Term Targets`), by its horizon only, not by other words in its name.
  const heading =
    label && (label.kind === "bucket" || label.kind === "horizon")
      ? (labelStatus(doc, h.node.line, h.text, "heading", legend, decorative) ??
        statusField(doc, h.node.line, h.text, "heading", legend) ??
        (label.status ? { value: label.status, raw: h.text, source: "heading" as const } : undefined))
      : (labelStatus(doc, h.node.line, h.text, "heading", legend, decorative) ?? (label?.status ? { value: label.status, raw: h.text, source: "heading" as const } : undefined));
  if (heading) statuses.heading = heading;
  // The milestone's own Status line or table: before its first sub-heading, or under a
  // `### Status` sub-heading; a task's status further down is the task's (094.md).
  let own = end;
  for (let i = h.idx + 1; i < end; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "heading") {
      if (fieldKind(inlineText(b.raw)) !== "status") {
        own = i;
        break;
      }
    }
  }
  const ownEndLine = own < end ? doc.blocks[own]!.line : endLine;
  const bucket = h.parent >= 0 ? bucketAbove(outline, h.parent) : undefined;
  const lineOfStatus = content.status?.span ? doc.lines.lineOf(content.status.span.start) : -1;
  const section =
    (content.status && lineOfStatus < ownEndLine && !proseLine(content.status) ? content.status : undefined) ?? keyValueStatus(doc, h.idx + 1, own, legend) ?? leadInStatus(doc, h.idx + 1, own, legend) ?? proseStatus(doc, h.idx + 1, own, legend, label?.id) ?? labelledListStatus(doc, h.idx + 1, own, legend) ?? statusHeading(doc, own < end ? own : -1, legend) ?? (bucket ? undefined : subBucketStatus(doc, outline, ref.heading!, legend));
  if (section) statuses.section = section;
  if (bucket) {
    const s = horizonField(doc, bucket, legend);
    if (s) statuses.bucket = s;
  } else if (h.parent >= 0) {
    // S1 "bucket": a labelled enclosing unit that states a status for everything under it
    // (`## v1.0 MVP (Shipped)` over its phases). "In progress" is the enclosing unit's own
    // state, not each of its parts'.
    const s = enclosingStatus(doc, outline, h.parent, legend, decorative);
    if (s && s.value !== "in_progress" && s.value !== "unknown") statuses.bucket = s;
  }
  const titleSpan = findInLine(doc, h.node.line, h.text) ?? lineSpan(doc, h.node.line);
  return {
    ref,
    id: label?.id,
    title: h.text,
    line: h.node.line,
    level: h.node.level,
    statuses,
    content,
    criteria: content.criteria,
    dependsOn: content.dependsOn,
    headingTitle: { text: h.text, span: titleSpan },
    spans: {
      heading: lineSpan(doc, h.node.line),
      section: linesSpan(doc, h.node.line, endLine),
      ...content.fieldSpans,
    },
  };
}

/**
 * A section that opens with a short status lead-in, `Planned improvements:` or `Completed work
 * includes:`, states its status (S1 "section"): the first paragraph before any sub-heading, one
 * line ending in a colon, starting with a status word, at most six words.
 */
function leadInStatus(doc: SourceDocument, from: number, to: number, legend?: Legend): StatusField | undefined {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.type !== "paragraph" || b.item) continue;
    const s = leadInOf(b, legend);
    if (!s) return undefined;
    const text = inlineText(b.raw);
    const raw = text.slice(s.start, s.end);
    const span = findInLine(doc, b.line, raw);
    return { value: s.value, raw, ...(span ? { span } : {}), source: "section" };
  }
  return undefined;
}

const STATUS_FIRST_WORDS = new Set(Object.values(STATUS_PHRASES).flatMap((list) => list.map((p) => (p.split(/[\s_-]/u)[0] ?? "").toLowerCase())));
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MARKER_START = /^[\p{Extended_Pictographic}✓✔☐☑◐✗✖]/u;
// "This phase is complete.", "The release was shipped on 2024-03-01": the unit as subject, then its status.
const SUBJECT = /^(?:this|the)(?:\s+[\p{L}\d.-]+){1,3}?\s+(?:is|was|has been|have been|are|were)\s+(?:now\s+|fully\s+|already\s+|currently\s+)?/iu;
// "1.9.0 released: …", "v2.1 shipped.", "**1.9.0 출시:** …": the unit's release as subject, then its status.
const VERSION_SUBJECT = /^v?\d+(?:\.\d+)+\s+(?:(?:is|was|has been)\s+)?/iu;
/** The subject a status sentence opens with: the unit (`This phase is`), or its own release (`1.9.0 released`) when `id` is a version it spells. */
function subjectOf(text: string, id?: string): RegExpExecArray | null {
  const s = SUBJECT.exec(text);
  if (s) return s;
  const v = id !== undefined ? VERSION_SUBJECT.exec(text) : null;
  return v && sameRelease(v[0].trim().split(/\s/u)[0]!, id!) ? v : null;
}
// What may follow the status: the end of the sentence, a date or version, a reason in brackets.
const STATUS_END = /^(?:$|[.!;,:(\[—–]|\s+[-—–]|\s+(?:as of|since|on|in|at|for|with)(?![\p{L}]))/iu;

/**
 * The first paragraph of a unit's section states its status in prose (S1 "section"): only a
 * status (`**Done**`, `_In progress_`), a status opening a sentence about when or where
 * (`Shipped in v1.2.`, `Planned for Q3.`), or the unit as subject (`This phase is complete.`, `1.9.0
 * released: …`).
 */
/** Speed only: after an optional subject, the text's first word opens a status phrase (or it is a marker or CJK). */
function mayOpenWithStatus(text: string): boolean {
  // Any release may open it here (speed only); proseStatus checks it is the unit's own.
  const subject = SUBJECT.exec(text.trimStart()) ?? VERSION_SUBJECT.exec(text.trimStart());
  const rest = subject ? text.trimStart().slice(subject[0].length) : text.trimStart();
  const w = /^[\p{L}'’]+/u.exec(rest)?.[0];
  return w ? STATUS_FIRST_WORDS.has(w.toLowerCase()) || CJK.test(w) : MARKER_START.test(rest);
}

function proseStatus(doc: SourceDocument, from: number, to: number, legend?: Legend, id?: string): StatusField | undefined {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.type === "html" || (b.type === "paragraph" && b.item)) continue;
    if (b.type !== "paragraph") return undefined;
    const first = b.raw.split("\n", 1)[0] ?? "";
    if (first.length > 300 || !mayOpenWithStatus(quickTitle(first))) return undefined;
    const text = inlineText(first);
    const subject = subjectOf(text, id);
    const at = subject ? subject[0].length : 0;
    const rest = text.slice(at);
    const s = readStatusText(rest, legend);
    if (!s || s.value === "unknown") return undefined;
    const raw = rest.slice(s.start, s.end);
    if (at === 0 && s.kind === "word" && isAdjective(raw)) return undefined;
    const only = at === 0 && isStatusOnly(rest, legend);
    if (!only && (s.start !== 0 || s.kind !== "word" || !STATUS_END.test(rest.slice(s.end)))) return undefined;
    const span = findInLine(doc, b.line, raw);
    return { value: s.value, raw, ...(span ? { span } : {}), source: "section" };
  }
  return undefined;
}

/**
 * The unit's first sub-heading stating its status as a field, `## Статус: завершён` under
 * `# STAGE 01`, `### Status: Done` (S1 "section"), as a `**Status:** Done` line would.
 */
function statusHeading(doc: SourceDocument, at: number, legend?: Legend): StatusField | undefined {
  const b = doc.blocks[at];
  if (b?.type !== "heading" || b.raw.length > 80) return undefined;
  const text = inlineText(b.raw);
  const colon = /[:：]/u.exec(text);
  if (!colon || fieldKind(text.slice(0, colon.index).trim()) !== "status") return undefined;
  const value = text.slice(colon.index + 1);
  const s = readStatusText(value, legend);
  if (!s || s.value === "unknown") return undefined;
  const raw = value.slice(s.start, s.end);
  const span = findInLine(doc, b.line, raw);
  return { value: s.value, raw, ...(span ? { span } : {}), source: "section" };
}

/**
 * A unit whose sub-headings open with status buckets that all state one status (`# Version 2.0` ›
 * `## Planned Features` › `### AI`, `### Automation`): its content is in that state (S1 "section").
 * Buckets or horizons stating different statuses (`### Done`, `### Next`), another part beside
 * them (`### Blockers`), or an enclosing status bucket (`## In Progress` › `### Sprint 4`) leave it
 * to those; a unit opening with a horizon (`#### Mid-term goals`) is not stated by it.
 */
function subBucketStatus(doc: SourceDocument, outline: Outline, k: number, legend?: Legend): StatusField | undefined {
  const h = outline.headings[k]!;
  let found: StatusField | undefined;
  let first = true;
  for (let j = k + 1; j < outline.headings.length && outline.headings[j]!.idx < h.end; j++) {
    const c = outline.headings[j]!;
    if (c.parent !== k) continue;
    const bucket = isBucket(c) && c.label?.status ? c : undefined;
    // It opens with a status bucket (`## Planned Features`); a horizon (`#### Mid-term goals (3–6 months)`) says when, not how far.
    if (first && bucket?.label?.kind !== "bucket") return undefined;
    first = false;
    // Every part is a bucket or horizon: `### Completed` beside `### Blockers` or `### Open issues` is one part of the unit (S3).
    if (!bucket) return undefined;
    const s = horizonField(doc, bucket, legend);
    if (!s || (found && found.value !== s.value)) return undefined;
    found ??= s;
  }
  return found ? { ...found, source: "section" } : undefined;
}

/**
 * A `Status:` label on its own line followed by a list whose first item is only a status
 * (`Status:` / `- implemented` / `- current console supports …`): the section's status (S1 "section").
 */
function labelledListStatus(doc: SourceDocument, from: number, to: number, legend?: Legend): StatusField | undefined {
  for (let i = from; i + 1 < to; i++) {
    const b = doc.blocks[i]!;
    if (b.type !== "paragraph" || b.item || b.endLine - b.line !== 1 || b.raw.length > 30) continue;
    const label = inlineText(b.raw).trim();
    if (!/[:：]$/u.test(label) || fieldKind(label) !== "status") continue;
    const next = doc.blocks[i + 1]!;
    if (next.type !== "item") return undefined;
    const text = itemTitle(next);
    if (!isStatusOnly(text, legend)) return undefined;
    const s = readStatusText(text, legend);
    if (!s || s.value === "unknown") return undefined;
    const raw = text.slice(s.start, s.end);
    const span = findInLine(doc, next.line, raw);
    return { value: s.value, raw, ...(span ? { span } : {}), source: "section" };
  }
  return undefined;
}

/** A `| Status | ✅ Complete |` row of a key–value table in a section (S1 "section"). */
function keyValueStatus(doc: SourceDocument, from: number, to: number, legend?: Legend): StatusField | undefined {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.type !== "table") continue;
    for (const row of [b.header, ...b.rows]) {
      if (row.cells.length < 2 || fieldKind(inlineText(row.cells[0] ?? "")) !== "status") continue;
      const located = locateRow(doc, row.line, row.cells);
      const cell = located.cells[1];
      const s = cell ? readStatusText(cell.text, legend) : undefined;
      if (cell && s) return { value: s.value, raw: cell.text, span: cell.span, source: "section" };
    }
  }
  return undefined;
}

/** S1 "bucket": the status of the status bucket (`## Completed`) enclosing block `idx`, if any. */
function bucketStatus(doc: SourceDocument, outline: Outline, idx: number, legend?: Legend): StatusField | undefined {
  const owner = outline.owner[idx] ?? -1;
  const bucket = owner >= 0 ? bucketAbove(outline, owner) : undefined;
  return bucket ? horizonField(doc, bucket, legend) : undefined;
}

/**
 * A bucket's status: its status phrase, or for a horizon ("La suite", "近い将来") the status its
 * word states. A key before a colon states it for what follows (`現在フェーズ：検証 -> 準備済み`,
 * `Current phase: …`): the name after the colon is the phase's, not its status.
 */
function horizonField(doc: SourceDocument, bucket: OutlineHeading, legend?: Legend): StatusField | undefined {
  // Only a key naming a kind of unit (`Current phase:`, not `Current status:`), when the name after
  // it does not end or open with a status of its own (`Current milestone: v1 shipped`).
  const colon = bucket.text.search(/[:：]/u);
  const rest = colon > 0 ? bucket.text.slice(colon + 1).trim() : "";
  const said = colon > 0 ? readStatusText(rest, legend) : undefined;
  const keyed = colon > 0 && namesUnitKind(bucket.text.slice(0, colon)) && !(said && (said.start === 0 || said.end === rest.length));
  const key = keyed ? statusField(doc, bucket.node.line, bucket.text.slice(0, colon), "bucket", legend) : undefined;
  return key ?? statusField(doc, bucket.node.line, bucket.text, "bucket", legend) ?? (bucket.label?.status ? { value: bucket.label.status, raw: bucket.text, source: "bucket" } : undefined);
}

/** A horizon unit (`Short term`, `Later`) states the status its horizon means (S2), when nothing more specific does. */
function horizonStatus(ref: UnitRef, raw: string, source: StatusSource): StatusField | undefined {
  return ref.label?.kind === "horizon" && ref.label.status ? { value: ref.label.status, raw, source } : undefined;
}

/** A draft from a table row (T2: an id-only first cell takes its title from the next text cell). */
export function tableDraft(doc: SourceDocument, outline: Outline, ref: UnitRef, legend?: Legend): Draft {
  const table = doc.blocks[ref.idx] as TableNode;
  const src = table.rows[ref.row!]!;
  const row = locateRow(doc, src.line, src.cells);
  const col = idColumn(table);
  let titleCell = row.cells[col];
  // T2: an id-only cell (`M0`, `Phase 1`) takes the next text cell as title; a version is a name.
  // So does a row read only because the configuration chose its table, when its first cell is
  // empty or only a status (`| ✅ | Login |`).
  const plainStatus = !ref.label && (!titleCell?.text || isStatusOnly(titleCell.text, legend));
  if ((ref.label?.whole && ref.label.family !== "version") || plainStatus) {
    const names = headerNames(table);
    // A column named for names (`Name`, `Title`); under a bare row number (`| # | Milestone | Scope |`)
    // then the column named for the units, unless it holds versions or ids (T2's first text cell);
    // then a description, goal or scope column.
    const bareNumber = ref.label !== undefined && (ref.label.family === "numbered" || /^\d+$/u.test(ref.label.id ?? "") || /^\d+\.?$/u.test(row.cells[col]?.text ?? ""));
    let named = bareNumber ? names.findIndex((h, i) => i !== col && EXACT_NAME_HEADER.test(h)) : -1;
    if (named < 0 && bareNumber) named = names.findIndex((h, i) => i > col && UNIT_HEADER.test(h) && !/^v?\d+(?:\.\d+)*\S*$/u.test(row.cells[i]?.text ?? ""));
    if (named < 0) named = names.findIndex((h, i) => i !== col && NAME_HEADER.test(h));
    const next =
      (named >= 0 && row.cells[named]?.text ? row.cells[named] : undefined) ??
      row.cells.find(
        (c, i) =>
          i > col && c.text && !isStatusOnly(c.text, legend) && !/^[\d\s%./-]+$/u.test(c.text) && !NOT_NAME_HEADER.test(names[i] ?? ""),
      );
    if (next) titleCell = next;
  }
  const statuses: Partial<Record<StatusSource, StatusField>> = {};
  const st = rowStatus(doc, table, row, legend) ?? horizonStatus(ref, row.cells[col]?.text ?? "", "table");
  if (st) statuses.table = st;
  const bucket = bucketStatus(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  let title = titleCell?.text || row.cells[col]?.text || "";
  // A cell holding label and title (`M0: Foundation + Docs`, `Phase 2 — Admin`): the label is the
  // id, the rest the title (issue 12); a version cell (`v1.0.0 Beta`) is a name as a whole (T2).
  if (titleCell === row.cells[col] && ref.label?.kind === "strong" && ref.label.id && !ref.label.whole && ref.label.family !== "version") {
    const rest = afterLabel(title);
    if (rest) title = rest;
  }
  return {
    ref,
    id: ref.label?.id,
    title,
    line: src.line,
    statuses,
    criteria: [],
    dependsOn: rowDependencies(table, row),
    ...(titleCell ? { rowTitle: { text: titleCell.text, span: titleCell.span } } : {}),
    spans: { row },
  };
}

/** A draft from a list item: its nested task items are its criteria; its own box or words its status. */
export function listDraft(doc: SourceDocument, outline: Outline, ref: UnitRef, legend?: Legend): Draft {
  const item = doc.blocks[ref.idx] as ItemNode;
  const title = itemTitle(item);
  const criteria: Criterion[] = [];
  let rootDepth = -1;
  for (let j = ref.idx + 1; j < doc.blocks.length; j++) {
    const b = doc.blocks[j]!;
    if (b.line >= item.endLine) break;
    if (b.type !== "item") continue;
    if (rootDepth < 0) rootDepth = b.depth;
    const task = readTask(doc, b, Math.max(0, b.depth - rootDepth));
    if (task) criteria.push(task);
  }
  const statuses: Partial<Record<StatusSource, StatusField>> = {};
  const st = itemStatus(doc, item, title, legend) ?? horizonStatus(ref, title, "list");
  if (st) statuses.list = st;
  const bucket = bucketStatus(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  return {
    ref,
    id: ref.label?.id,
    title,
    line: item.line,
    statuses,
    criteria,
    dependsOn: [],
    spans: { heading: lineSpan(doc, item.line), section: linesSpan(doc, item.line, item.endLine) },
  };
}

/** The status a list item naming a milestone states: its words, else its own checkbox (S4: the word wins). */
export function itemStatus(doc: SourceDocument, item: ItemNode, title: string, legend?: Legend): StatusField | undefined {
  const words = labelStatus(doc, item.line, title, "list", legend, false);
  if (words) return words;
  const task = readTaskBox(doc, item);
  if (!task) return undefined;
  return { value: task.checked ? "done" : "planned", raw: task.checked ? "[x]" : "[ ]", span: task.box, source: "list" };
}

/** A draft from a bare paragraph (007's "000001 Builder Foundation"). */
export function paragraphDraft(doc: SourceDocument, outline: Outline, ref: UnitRef, legend?: Legend): Draft {
  const p = doc.blocks[ref.idx]!;
  const raw = p.type === "paragraph" ? p.raw : "";
  const title = inlineText(raw);
  const statuses: Partial<Record<StatusSource, StatusField>> = {};
  // A long paragraph opening with a bold label states its status in that label, not in its prose.
  const lead = p.type === "paragraph" && (p.endLine - p.line > 3 || raw.length > 200) ? boldLead(raw) : undefined;
  const st = labelStatus(doc, p.line, lead !== undefined ? inlineText(lead) : title, "heading", legend, false) ?? horizonStatus(ref, title, "heading");
  if (st) statuses.heading = st;
  // A status line right under the unit's paragraph (`**Phase 2: Ordering**` then `*Status: in progress*`), S1 "section".
  const next = doc.blocks[ref.idx + 1];
  if (next?.type === "paragraph" && !next.item) {
    // Only a line that states a status: `State: the warehouse is not ready yet.` is prose, kept as written.
    const section = readSection(doc, doc.blocks, legend, ref.idx + 1, ref.idx + 2).status;
    if (section && section.value !== "unknown" && !proseLine(section)) statuses.section = section;
  }
  const bucket = bucketStatus(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  return { ref, id: ref.label?.id, title, line: p.line, statuses, criteria: [], dependsOn: [], spans: { heading: lineSpan(doc, p.line) } };
}

const ORDER: readonly StatusSource[] = ["table", "heading", "section", "list", "bucket", "elsewhere"];

/** Turns a finished draft into a milestone; `position` is its 1-based place, the id when it has no label. */
export function finishDraft(d: Draft, position: number): Milestone {
  const statuses = ORDER.map((s) => d.statuses[s]).filter((s): s is StatusField => s !== undefined);
  const c = d.content;
  // Built field by field rather than with conditional spreads (a temporary object and a
  // property copy per optional field, 21k times on a 10 MB roadmap); absent fields stay absent.
  const m: { -readonly [K in keyof Milestone]: Milestone[K] } = { id: d.id ?? String(position), title: d.title } as Milestone;
  if (c?.focus) m.focus = c.focus.text;
  m.status = pickStatus(statuses);
  m.statuses = statuses;
  m.inferredStatus = inferStatus(d.criteria);
  if (c?.goal) m.goal = c.goal;
  m.criteria = d.criteria;
  m.deliverables = c?.deliverables ?? [];
  m.dependsOn = d.dependsOn;
  if (c?.dependsRaw) m.dependsRaw = c.dependsRaw;
  m.learnings = c?.learnings ?? [];
  if (d.rowTitle) m.rowTitle = d.rowTitle;
  if (d.headingTitle) m.headingTitle = d.headingTitle;
  m.spans = d.spans;
  m.line = d.line;
  if (d.level !== undefined) m.level = d.level;
  return m;
}
