import { InputError } from "../../model/errors.js";
import type { TextEdit } from "../../model/text-edit.js";
import { parseRoadmap } from "../../parse/to-model.js";
import { ROADMAP_TEMPLATE } from "../../templates/roadmap-template.js";
import { applyEdits } from "../apply-edits.js";

/** What `init` writes: the project's name and how many milestones (M0…M<n-1>). */
export interface InitIntent {
  readonly name?: string;
  readonly milestones: number;
}

/** Largest milestone count `init` accepts. */
export const MAX_INIT_MILESTONES = 1000;

/**
 * The text of a new roadmap: the template with `milestones` milestones and the project's name
 * in the title. Milestones beyond the template's four repeat its last one's shape, each
 * depending on the one before. The only whole-file write roadmark does.
 */
export function initRoadmap(intent: InitIntent): string {
  const n = intent.milestones;
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
  const tail = tpl.slice(lastM.spans.section.end);
  return preamble + outRows.join("\n") + between + outSections.join("") + tail;
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
