import { RefusedError, UsageError } from "../../model/errors.js";
import type { Dependency, Milestone, Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { normaliseId } from "../../parse/fields/dependencies.js";
import { findMilestone } from "../../report/summary.js";
import { requireMilestone } from "../find.js";
import { sectionLayout } from "../section-layout.js";
import { columnAligned, replaceCell } from "../table-cell.js";

/** Dependencies to add to or remove from a milestone. */
export interface DependIntent {
  readonly id: string;
  /** Milestone ids, as the user writes them (`M1`, `m1`, `Phase 2`). */
  readonly on: readonly string[];
}

const SEP = /^\s*(?:,|;|\+|&|\/|\band\b)\s*$/i;
const SEP_BEFORE = /\s*(?:,|;|\+|&|\/|\band\b)\s*$/i;
const SEP_AFTER = /^\s*(?:,|;|\+|&|\/|\band\b)\s*/i;
const MARKER = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)/;

/** The milestone ids `from` depends on, transitively, as a path back to `target` when one exists. */
function pathTo(roadmap: Roadmap, from: Milestone, target: Milestone): Milestone[] | undefined {
  const parent = new Map<Milestone, Milestone | undefined>([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const m = queue.shift()!;
    if (m === target) {
      const path: Milestone[] = [];
      for (let x: Milestone | undefined = m; x; x = parent.get(x)) path.unshift(x);
      return path;
    }
    for (const d of m.dependsOn) {
      const dep = findMilestone(roadmap, d.id);
      if (dep && !parent.has(dep)) {
        parent.set(dep, m);
        queue.push(dep);
      }
    }
  }
  return undefined;
}

/** The milestones named in `on`, each once, in order; unknown ids throw NotFoundError. */
function targets(roadmap: Roadmap, verb: string, on: readonly string[]): Milestone[] {
  const ids = on.map((s) => s.trim()).filter((s) => s !== "");
  if (ids.length === 0) throw new UsageError(`${verb}: no milestone ids given`);
  const out: Milestone[] = [];
  for (const id of ids) {
    const t = requireMilestone(roadmap, id);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function hasDep(m: Milestone, t: Milestone): Dependency | undefined {
  const key = normaliseId(t.id);
  return m.dependsOn.find((d) => normaliseId(d.id) === key);
}

/** Dependencies stated in the section, in source order (not those read from a table cell). */
function sectionDeps(m: Milestone): Dependency[] {
  const field = m.spans.dependencies;
  if (!field) return [];
  return m.dependsOn.filter((d) => d.span.start >= field.start && d.span.end <= field.end && d.span.end > d.span.start).sort((a, b) => a.span.start - b.span.start);
}

/** True when the section lists its dependencies as list items (`- M0`), one per line. */
function listForm(roadmap: Roadmap, m: Milestone, deps: readonly Dependency[]): boolean {
  const field = m.spans.dependencies;
  if (!field || deps.length === 0) return false;
  const lines = roadmap.lines;
  const label = lines.lineOf(field.start);
  const seen = new Set<number>();
  for (const d of deps) {
    const l = lines.lineOf(d.span.start);
    if (l === label || seen.has(l) || !MARKER.test(lines.lineText(l))) return false;
    seen.add(l);
  }
  return true;
}

/** The overview cell edit writing `ids` (or `None`) into the milestone's dependencies column. */
function cellEdit(roadmap: Roadmap, m: Milestone, ids: readonly string[]): TextEdit | undefined {
  const col = roadmap.overview?.columns.dependsOn;
  const row = m.spans.row;
  if (col === undefined || !row || !roadmap.overview) return undefined;
  return replaceCell(roadmap.source, row, col, ids.length > 0 ? ids.join(", ") : "None", { keepWidth: columnAligned(roadmap.source, roadmap.overview, col) });
}

/** True when the overview has a dependencies column and a row for `m`. */
function hasColumn(roadmap: Roadmap, m: Milestone): boolean {
  return roadmap.overview?.columns.dependsOn !== undefined && m.spans.row !== undefined;
}

function requireTemplate(roadmap: Roadmap, verb: string): void {
  if (roadmap.format === "freeform") throw new UsageError(`this roadmap is free-form: ${verb} has no single place to write; edit the file`);
}

/**
 * Adds dependencies to a milestone's Dependencies field in the document's own form (a list
 * item each, or appended with the separator the field already uses; `None` replaced), and to
 * the overview's dependencies column when it has one. Refused (RefusedError) for a dependency
 * on itself or one that would close a cycle (the message names the cycle). Ids already present
 * give no edits.
 */
export function depend(roadmap: Roadmap, intent: DependIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const wanted = targets(roadmap, "depend", intent.on);
  requireTemplate(roadmap, "depend");
  for (const t of wanted) {
    if (t === m) throw new RefusedError(`${m.id} cannot depend on itself`, undefined, { blockers: [`${m.id} → ${m.id}`] });
    const back = pathTo(roadmap, t, m);
    if (back) {
      const cycle = [m, ...back].map((x) => x.id).join(" → ");
      throw new RefusedError(`${m.id} cannot depend on ${t.id}: it would make a cycle ${cycle}`, `remove a dependency of that cycle first`, { blockers: [cycle] });
    }
  }
  const added = wanted.filter((t) => !hasDep(m, t)).map((t) => t.id);
  if (added.length === 0) return [];
  const edits: TextEdit[] = [];
  const all = [...m.dependsOn.map((d) => d.id), ...added];
  const row = cellEdit(roadmap, m, all);
  if (row) edits.push(row);
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  const deps = sectionDeps(m);
  const raw = m.dependsRaw;
  const field = m.spans.dependencies;
  if (deps.length > 0 && listForm(roadmap, m, deps)) {
    const lastLine = lines.lineOf(deps[deps.length - 1]!.span.start);
    const mk = MARKER.exec(lines.lineText(lastLine))!;
    const n = /^\d+/.exec(mk[2]!);
    let next = n ? Number(n[0]) : 0;
    const text = added.map((id) => `${eol}${mk[1]}${n ? `${++next}${mk[2]!.slice(n[0].length)}` : mk[2]}${mk[3]}${id}`).join("");
    const at = lines.lineEnd(lastLine);
    edits.push({ start: at, end: at, text });
  } else if (deps.length > 0 && raw) {
    const between = deps.length > 1 ? roadmap.source.slice(deps[0]!.span.end, deps[1]!.span.start) : "";
    const sep = SEP.test(between) ? between : ", ";
    edits.push({ start: raw.span.end, end: raw.span.end, text: added.map((id) => sep + id).join("") });
  } else if (raw) {
    edits.push({ start: raw.span.start, end: raw.span.end, text: added.join(", ") });
  } else if (field) {
    const at = lines.lineEnd(lines.lineOf(field.start));
    const before = roadmap.source.slice(lines.lineStart(lines.lineOf(field.start)), at);
    edits.push({ start: at, end: at, text: (/\s$/.test(before) ? "" : " ") + added.join(", ") });
  } else if (m.spans.section) {
    // The section's field is what the model reads (a row's column only counts without a section).
    const layout = sectionLayout(roadmap, m)!;
    const at = lines.lineEnd(layout.contentEnd - 1);
    const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
    edits.push({ start: at, end: at, text: `${eol}${eol}**Dependencies:** ${added.join(", ")}${next.trim() !== "" ? eol : ""}` });
  } else if (!hasColumn(roadmap, m)) {
    throw new UsageError(`${m.id} has no place for dependencies: no section and no dependencies column`);
  }
  return edits;
}

/**
 * Removes dependencies: each one's text with the separator that joins it to a kept neighbour
 * (its list item in the list form); the field becomes `None` when none is left. The overview's
 * dependencies column is rewritten too. Ids the milestone does not depend on give no edits.
 */
export function undepend(roadmap: Roadmap, intent: DependIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const wanted = targets(roadmap, "undepend", intent.on);
  requireTemplate(roadmap, "undepend");
  const gone = wanted.map((t) => hasDep(m, t)).filter((d): d is Dependency => d !== undefined);
  if (gone.length === 0) return [];
  const goneKeys = new Set(gone.map((d) => normaliseId(d.id)));
  const kept = m.dependsOn.filter((d) => !goneKeys.has(normaliseId(d.id)));
  const edits: TextEdit[] = [];
  const row = cellEdit(roadmap, m, kept.map((d) => d.id));
  if (row) edits.push(row);
  const deps = sectionDeps(m);
  const removed = deps.filter((d) => goneKeys.has(normaliseId(d.id)));
  if (removed.length === 0) return edits;
  const lines = roadmap.lines;
  const src = roadmap.source;
  if (listForm(roadmap, m, deps)) {
    if (removed.length === deps.length && m.dependsRaw) {
      // Keep the list's shape: the first item says None, the others go.
      const first = deps[0]!;
      edits.push({ start: first.span.start, end: first.span.end, text: "None" });
      for (const d of deps.slice(1)) edits.push({ start: lines.lineEnd(lines.lineOf(d.span.start) - 1), end: lines.lineEnd(lines.lineOf(d.span.start)), text: "" });
      return edits;
    }
    for (const d of removed) {
      const l = lines.lineOf(d.span.start);
      edits.push({ start: lines.lineEnd(l - 1), end: lines.lineEnd(l), text: "" });
    }
    return edits;
  }
  const keptInSection = deps.filter((d) => !goneKeys.has(normaliseId(d.id)));
  if (keptInSection.length === 0) {
    const raw = m.dependsRaw;
    if (raw) edits.push({ start: raw.span.start, end: raw.span.end, text: "None" });
    return edits;
  }
  const ranges: { start: number; end: number }[] = [];
  deps.forEach((d, i) => {
    if (!goneKeys.has(normaliseId(d.id))) return;
    const keptBefore = deps.slice(0, i).some((x) => !goneKeys.has(normaliseId(x.id)));
    if (keptBefore) {
      const prev = deps[i - 1]!;
      const sep = SEP_BEFORE.exec(src.slice(prev.span.end, d.span.start));
      ranges.push({ start: sep ? d.span.start - sep[0].length : prev.span.end, end: d.span.end });
    } else {
      const next = deps[i + 1]!;
      const sep = SEP_AFTER.exec(src.slice(d.span.end, next.span.start));
      ranges.push({ start: d.span.start, end: sep ? d.span.end + sep[0].length : next.span.start });
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  for (const r of merged) edits.push({ ...r, text: "" });
  return edits;
}
