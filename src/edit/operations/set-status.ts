import { RefusedError, UsageError } from "../../model/errors.js";
import type { Milestone, Roadmap } from "../../model/roadmap.js";
import type { StatusField } from "../../model/status.js";
import type { TextEdit } from "../../model/text-edit.js";
import { findMilestone } from "../../model/milestones.js";
import { readHeadingStatus } from "../../parse/fields/status.js";
import { inlineText } from "../../parse/markdown.js";
import { requireMilestone, shorten } from "../find.js";
import { describePlaceholders, fillInHint, hasPlaceholders, milestonePlaceholders } from "../placeholders.js";
import { spellStatus, type WritableStatus } from "../status-spelling.js";
import { rewriteStatusValue } from "../status-text.js";
import { columnAligned, replaceCell } from "../table-cell.js";
import { blockedReasonEdits } from "./blocked-reason.js";

/** A status change: the milestone, the new status, `force` to override the gates, a reason for `blocked`. */
export interface StatusIntent {
  readonly id: string;
  readonly status: WritableStatus;
  readonly force?: boolean;
  readonly reason?: string;
}

/** The verb a status change is asked with, for messages. */
export const STATUS_VERBS: Readonly<Record<WritableStatus, string>> = {
  planned: "plan",
  in_progress: "start",
  done: "finish",
  blocked: "block",
  cancelled: "cancel",
};

function stated(m: Milestone): string {
  const v = m.status.value !== "unknown" ? m.status.value : m.inferredStatus;
  return v.replace("_", " ");
}

function finished(m: Milestone): boolean {
  const v = m.status.value !== "unknown" ? m.status.value : m.inferredStatus;
  return v === "done" || v === "cancelled";
}

/**
 * Why the roadmap's rules refuse moving `m` to `status` (empty when allowed): `in_progress`
 * needs a goal and criteria that are not template placeholders, every dependency done (or
 * cancelled) and no other milestone in progress; `done` needs every criterion ticked and
 * every dependency done. Other statuses have no gate.
 */
export function transitionBlockers(roadmap: Roadmap, m: Milestone, status: WritableStatus): string[] {
  const out: string[] = [];
  if (status !== "in_progress" && status !== "done") return out;
  if (status === "in_progress") {
    const p = milestonePlaceholders(roadmap, m);
    if (hasPlaceholders(p)) out.push(describePlaceholders(p));
  }
  if (status === "done") {
    const open = m.criteria.map((c, i) => ({ c, i })).filter((x) => !x.c.checked);
    if (open.length > 0) {
      const first = open.slice(0, 3).map((x) => `${x.i + 1} "${shorten(x.c.text, 30)}"`);
      out.push(`${open.length} of ${m.criteria.length} criteria unchecked (${first.join(", ")}${open.length > 3 ? ", …" : ""})`);
    }
  }
  for (const d of m.dependsOn) {
    const dep = findMilestone(roadmap, d.id);
    if (dep && dep !== m && !finished(dep)) out.push(`dependency ${dep.id} is not done (${stated(dep)})`);
  }
  if (status === "in_progress")
    for (const o of roadmap.milestones) if (o !== m && o.status.value === "in_progress") out.push(`${o.id} is in progress`);
  return out;
}

/** The status places roadmark writes: a table cell, a heading marker, a Status field, a list item's status. */
const WRITABLE_SOURCES = new Set(["table", "heading", "section", "list"]);
const CHECKBOX = /^\[[ xX]\]$/;

/** The edit that writes `status` at one stated place, in the document's vocabulary for that place. */
function writeAt(roadmap: Roadmap, m: Milestone, field: StatusField, status: WritableStatus): TextEdit | undefined {
  const source = field.source ?? "section";
  const text = spellStatus(roadmap, source, status, field.raw);
  const row = m.spans.row;
  const col = roadmap.overview?.columns.status;
  const written = field.span ? roadmap.source.slice(field.span.start, field.span.end) : "";
  if (source === "table" && row && col !== undefined) return replaceCell(roadmap.source, row, col, rewriteStatusValue(written, text, status), {
      keepWidth: columnAligned(roadmap.source, roadmap.overview!, col),
    });
  if (!field.span) return undefined;
  if (source === "heading") return { start: field.span.start, end: field.span.end, text };
  return { start: field.span.start, end: field.span.end, text: rewriteStatusValue(written, text, status) };
}

/**
 * Writes `status` everywhere the document states the milestone's status, so that every place
 * agrees: the overview-table cell (column width kept), a status in the heading, a `**Status:**`
 * field. A milestone with no stated status gets its (empty) table cell filled, else a
 * `**Status:**` line under its heading. Refused (RefusedError) when a gate says no, unless
 * `force`. `blocked` with a reason records it as a `**Blocked:** reason` line under the heading;
 * leaving `blocked` removes that line. Returns no edits when nothing changes.
 */
export function setStatus(roadmap: Roadmap, intent: StatusIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const statusEdits = statusPlaceEdits(roadmap, m, intent.status);
  if (statusEdits.edits.length > 0 || statusEdits.insert) {
    const blockers = intent.force ? [] : transitionBlockers(roadmap, m, intent.status);
    if (blockers.length > 0) {
      const p = intent.status === "in_progress" ? milestonePlaceholders(roadmap, m) : undefined;
      const hint = p && hasPlaceholders(p) ? fillInHint(m, p) : "finish those first";
      throw new RefusedError(`cannot ${STATUS_VERBS[intent.status]} ${m.id}: ${blockers.join("; ")}`, hint, { blockers, overridable: true });
    }
  }
  const blocked = intent.status === "blocked";
  const reason = blockedReasonEdits(roadmap, m, blocked ? intent.reason : undefined, blocked);
  const edits = [...statusEdits.edits, ...reason.edits];
  const insert = statusEdits.insert + reason.insert;
  // One insertion after the heading: a Status line first, then the Blocked line.
  if (insert && m.spans.heading) edits.push({ start: m.spans.heading.end, end: m.spans.heading.end, text: insert });
  return edits;
}

/** The edits that write the status itself, and text to insert under the heading when it is stated nowhere. */
function statusPlaceEdits(roadmap: Roadmap, m: Milestone, status: WritableStatus): { edits: TextEdit[]; insert: string } {
  const edits: TextEdit[] = [];
  // A table place without a span is writable only through the overview's status column; a
  // status a row's label states (`| Now (Q1) | auth |`) has no cell to rewrite.
  const tableCell = m.spans.row !== undefined && roadmap.overview?.columns.status !== undefined;
  const places = m.statuses.filter((s) => s.source !== undefined && WRITABLE_SOURCES.has(s.source) && (s.span || (s.source === "table" && tableCell)));
  for (const s of places) {
    // A checklist item's box (`- [x] **Phase 3: …**`) can say only done or not done.
    if (CHECKBOX.test(s.raw) && s.span) {
      const box = status === "done" ? "x" : " ";
      if ((s.raw[1] === " ") !== (box === " ")) edits.push({ start: s.span.start, end: s.span.end, text: box });
      continue;
    }
    if (s.value === status) continue;
    const e = writeAt(roadmap, m, s, status);
    if (e && s.source === "heading" && /^\p{L}/u.test(s.raw)) refuseUnlessHeadingReads(roadmap, m, e, status);
    if (e) edits.push(e);
  }
  if (places.length > 0) return { edits, insert: "" };
  // Stated only by a bucket, an enclosing unit or a statement elsewhere, and already so: nothing to write.
  if (m.status.value === status) return { edits, insert: "" };
  const row = m.spans.row;
  const col = roadmap.overview?.columns.status;
  if (row && col !== undefined) {
    const e = replaceCell(roadmap.source, row, col, spellStatus(roadmap, "table", status), { keepWidth: columnAligned(roadmap.source, roadmap.overview!, col) });
    return { edits: e ? [e] : [], insert: "" };
  }
  if (m.spans.heading) return { edits, insert: `${roadmap.eol}${roadmap.eol}**Status:** ${spellStatus(roadmap, "section", status)}` };
  const where = m.statuses[0]?.source;
  throw new UsageError(`${m.id}: its status is stated ${where ? `by its place (${where})` : "nowhere roadmark can write"}; change it by hand`);
}

/** A heading line without its ATX markers and line ending. */
function headingContent(line: string): string {
  return line.replace(/\r$/u, "").replace(/^\s{0,3}#{1,6}\s+/u, "").replace(/\s+#+\s*$/u, "");
}

/**
 * A heading's new status must read back as written. A status word that qualifies a noun of the
 * title (`— Future Vision`, read as planned) cannot be rewritten in place: `— Done Vision` would
 * state nothing. Such an edit is refused (exit 2), and nothing is written.
 */
function refuseUnlessHeadingReads(roadmap: Roadmap, m: Milestone, e: TextEdit, status: WritableStatus): void {
  const src = roadmap.source;
  const start = src.lastIndexOf("\n", e.start - 1) + 1;
  const nl = src.indexOf("\n", e.end);
  const end = nl < 0 ? src.length : nl;
  // The heading's plain text as the reader takes it (inline HTML and markup dropped, as T1 says).
  const text = inlineText(headingContent(src.slice(start, e.start) + e.text + src.slice(e.end, end))).trim();
  if (readHeadingStatus(text)?.value === status) return;
  const was = headingContent(src.slice(start, end));
  throw new UsageError(`${m.id}: its status is read from a word of its title ("${was}"); change it by hand`, "write the status in brackets after the title, e.g. (Done)");
}
