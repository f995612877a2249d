import path from "node:path";
import { InputError, UsageError } from "../../model/errors.js";
import type { TextEdit } from "../../model/text-edit.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { DEV_CADENCE_GUIDE } from "../../templates/dev-cadence.js";
import { ROADMAP_TEMPLATE } from "../../templates/roadmap-template.js";
import { applyEdits } from "../apply-edits.js";
import { replaceCell } from "../table-cell.js";
import { literalStart, oneLine, titleProblem } from "./add.js";

/** One milestone as the user describes it (the answers to `init`'s questions). */
export interface MilestoneDraft {
  readonly title: string;
  readonly focus?: string;
  readonly goal: string;
  /** At least one acceptance criterion. */
  readonly criteria: readonly string[];
  /** Key deliverables; none leaves the field empty for later. */
  readonly deliverables?: readonly string[];
}

/** What `init` writes: the project's name and how many milestones (M0…M<n-1>), or the milestones themselves. */
export interface InitIntent {
  readonly name?: string;
  readonly milestones: number;
  /** The milestones, written instead of the template's placeholders (`milestones` is then ignored). */
  readonly drafts?: readonly MilestoneDraft[];
  /** Where the roadmap's link to the Development Cadence guide points (default: the template's own link). */
  readonly cadenceLink?: string;
}

/** The link the template gives to the Development Cadence guide, relative to the roadmap. */
export const CADENCE_LINK = "../guides/dev-cadence.md";

/** Where a roadmap's Development Cadence guide goes, and the link to it as the roadmap writes it. */
export interface GuidePlacement {
  /** The guide's path (absolute when the roadmap's is). */
  readonly guide: string;
  /** The link from the roadmap's directory, with `/` separators. */
  readonly link: string;
}

/**
 * Where `init` writes the Development Cadence guide for a roadmap at `roadmapFile`: where the
 * template's link points (`docs/roadmap/ROADMAP.md` → `docs/guides/dev-cadence.md`) when that
 * stays inside `root` (the directory `init` runs in); otherwise, as for a `ROADMAP.md` at the
 * root, `docs/guides/dev-cadence.md` beside the roadmap, with the link rewritten to match.
 */
export function cadenceGuidePlacement(roadmapFile: string, root: string): GuidePlacement {
  const dir = path.dirname(roadmapFile);
  const inside = (p: string): boolean => {
    const rel = path.relative(root, p);
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
  };
  const linked = path.resolve(dir, CADENCE_LINK);
  if (inside(dir) && inside(linked)) return { guide: linked, link: CADENCE_LINK };
  return { guide: path.join(dir, "docs", "guides", "dev-cadence.md"), link: "docs/guides/dev-cadence.md" };
}

/** The text of the Development Cadence guide `init` writes beside a new roadmap. */
export function cadenceGuide(): string {
  return DEV_CADENCE_GUIDE;
}

/** Largest milestone count `init` accepts. */
export const MAX_INIT_MILESTONES = 1000;

/**
 * The text of a new roadmap: the template with `milestones` milestones and the project's name
 * in the title. Milestones beyond the template's four repeat its last one's shape, each
 * depending on the one before. The only whole-file write roadmark does.
 */
export function initRoadmap(intent: InitIntent): string {
  const drafts = intent.drafts;
  if (drafts && drafts.length === 0) throw new UsageError("init: no milestones given");
  const n = drafts ? drafts.length : intent.milestones;
  if (!Number.isInteger(n) || n < 1 || n > MAX_INIT_MILESTONES) throw new InputError("milestones", "out-of-range", `milestones must be between 1 and ${MAX_INIT_MILESTONES}, got ${n}`);
  const tpl = ROADMAP_TEMPLATE;
  const model = parseRoadmap(tpl);
  const table = model.overview;
  const ms = model.milestones;
  const lastM = ms[ms.length - 1];
  if (!table || table.rows.length === 0 || !lastM?.spans.section || !ms[0]?.spans.section) throw new Error("the bundled template has no milestones");
  const rows = table.rows;
  const lastRow = rows[rows.length - 1]!;
  const idCell = lastRow.cells[table.columns.id]!;

  const outRows: string[] = [];
  const outSections: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row) outRows.push(tpl.slice(row.span.start, row.span.end));
    else
      outRows.push(
        applyEdits(tpl.slice(lastRow.span.start, lastRow.span.end), [{ start: idCell.span.start - lastRow.span.start, end: idCell.span.end - lastRow.span.start, text: `M${i}` }]).output,
      );
    const m = ms[i];
    if (m?.spans.section) outSections.push(tpl.slice(m.spans.section.start, m.spans.section.end));
    else outSections.push(repeatSection(tpl, lastM, i));
  }
  const name = intent.name?.replace(/\s+/g, " ").trim();
  const firstLineEnd = tpl.indexOf("\n");
  const heading = name ? `# ${/\broadmap$/i.test(name) ? name : `${name} Roadmap`}` : tpl.slice(0, firstLineEnd);
  const preamble = heading + tpl.slice(firstLineEnd, rows[0]!.span.start);
  const between = tpl.slice(lastRow.span.end, ms[0].spans.section.start);
  let tail = tpl.slice(lastM.spans.section.end);
  if (intent.cadenceLink !== undefined && intent.cadenceLink !== CADENCE_LINK) {
    const at = tail.lastIndexOf(`](${CADENCE_LINK})`);
    if (at < 0) throw new Error("the bundled template has no link to the cadence guide");
    tail = tail.slice(0, at + 2) + intent.cadenceLink + tail.slice(at + 2 + CADENCE_LINK.length);
  }
  const text = preamble + outRows.join("\n") + between + outSections.join("") + tail;
  return drafts ? fillDrafts(text, drafts) : text;
}

/** The template's placeholders of each milestone replaced by its draft, and the template's TODO comment removed. */
function fillDrafts(text: string, drafts: readonly MilestoneDraft[]): string {
  const r = parseRoadmap(text);
  const edits: TextEdit[] = [];
  const todo = /<!--\s*TODO\b[^\n]*-->\n\n?/.exec(text);
  if (todo) edits.push({ start: todo.index, end: todo.index + todo[0].length, text: "" });
  const cols = r.overview?.columns;
  for (const [i, d] of drafts.entries()) {
    const m = r.milestones[i];
    if (!m) throw new Error(`the generated roadmap has no milestone ${i}`);
    const title = oneLine(d.title);
    const goal = oneLine(d.goal);
    const criteria = d.criteria.map(oneLine).filter((c) => c !== "");
    const deliverables = (d.deliverables ?? []).map(oneLine).filter((x) => x !== "");
    if (!title) throw new UsageError(`init: milestone ${i + 1} has no title`);
    const problem = titleProblem(title);
    if (problem) throw new UsageError(`init: ${problem}`);
    if (!goal) throw new UsageError(`init: milestone "${title}" has no goal`);
    if (criteria.length === 0) throw new UsageError(`init: milestone "${title}" has no acceptance criterion`);
    const row = m.spans.row;
    if (row && cols?.title !== undefined) {
      const e = replaceCell(text, row, cols.title, title);
      if (e) edits.push(e);
    }
    if (row && cols?.focus !== undefined) {
      const e = replaceCell(text, row, cols.focus, oneLine(d.focus ?? ""));
      if (e) edits.push(e);
    }
    if (m.headingTitle) edits.push({ start: m.headingTitle.span.start, end: m.headingTitle.span.end, text: title });
    if (m.goal) edits.push({ start: m.goal.span.start, end: m.goal.span.end, text: goal });
    const first = m.criteria[0];
    const last = m.criteria[m.criteria.length - 1];
    if (first && last) edits.push({ start: first.span.start, end: last.span.end, text: criteria.map((c) => `- [ ] ${literalStart(c)}`).join("\n") });
    const fd = m.deliverables[0];
    const ld = m.deliverables[m.deliverables.length - 1];
    if (fd && ld) {
      // The list items run from the line start (`- `) to the end of the last one's line.
      const start = r.lines.lineStart(r.lines.lineOf(fd.span.start));
      const end = r.lines.lineEnd(r.lines.lineOf(ld.span.end));
      if (deliverables.length > 0) edits.push({ start, end, text: deliverables.map((x) => `- ${literalStart(x)}`).join("\n") });
      else edits.push({ start: start - 1, end, text: "" });
    }
  }
  const out = applyEdits(text, edits);
  if (out.skipped.length > 0) throw new Error("overlapping edits while filling in the template");
  return out.output;
}

/** The template's last section re-numbered as milestone `i`, depending on milestone `i - 1`. */
function repeatSection(tpl: string, last: ReturnType<typeof parseRoadmap>["milestones"][number], i: number): string {
  const section = last.spans.section!;
  const edits: TextEdit[] = [];
  const heading = last.spans.heading!;
  const headText = tpl.slice(heading.start, heading.end);
  const idAt = headText.indexOf(last.id);
  if (idAt >= 0) edits.push({ start: heading.start + idAt - section.start, end: heading.start + idAt + last.id.length - section.start, text: `M${i}` });
  const dep = last.dependsOn[0];
  if (dep) edits.push({ start: dep.span.start - section.start, end: dep.span.end - section.start, text: `M${i - 1}` });
  return applyEdits(tpl.slice(section.start, section.end), edits).output;
}
