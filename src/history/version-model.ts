// What the timeline needs from one version of the roadmap: per milestone its status and
// done/total criteria, plus where the checkboxes and overview status cells sit, so that a
// neighbouring version that only flips boxes or status cells can be derived without parsing.
import { plannedStatus, statusFromBoxes, type Status, type StatusField } from "../model/status.js";
import { pickStatus } from "../parse/infer.js";
import { parseRoadmap } from "../parse/to-model.js";

/** One milestone in one version. */
export interface MilestoneState {
  readonly id: string;
  readonly title: string;
  /** The stated status, else what the boxes suggest (as `status` and `next` plan). */
  readonly status: Status;
  /** Stated statuses, highest precedence first (index 0 is the table cell when `rowStatus`). */
  readonly statuses: readonly StatusField[];
  readonly done: number;
  readonly total: number;
  readonly dependsOn: readonly string[];
}

/** Where a checkbox sits: its milestone (index) and the byte column of the box character. */
export interface BoxRef {
  readonly m: number;
  readonly col: number;
}

/** Where an overview row sits: its milestone (index) and the status column's cell index. */
export interface RowRef {
  readonly m: number;
  readonly cell: number;
}

/** One version of the roadmap, reduced to what history needs. */
export interface VersionModel {
  readonly milestones: readonly MilestoneState[];
  readonly done: number;
  readonly total: number;
  /** 0-based line → checkbox; shared by every version with the same structure. */
  readonly boxes: ReadonlyMap<number, BoxRef>;
  /** 0-based line → overview row whose status cell decides the milestone's status. */
  readonly rows: ReadonlyMap<number, RowRef>;
}

/** The status planning uses: the stated one, else the one the boxes suggest. */
export function effectiveStatus(statuses: readonly StatusField[], done: number, total: number): Status {
  return plannedStatus(pickStatus(statuses).value, statusFromBoxes(done, total));
}

/** Parses one version fully with `parseRoadmap`. */
export function modelFromSource(source: string): VersionModel {
  const r = parseRoadmap(source);
  const boxes = new Map<number, BoxRef>();
  const rows = new Map<number, RowRef>();
  const statusCell = r.overview?.columns.status;
  let done = 0;
  let total = 0;
  const milestones = r.milestones.map((m, i): MilestoneState => {
    let d = 0;
    for (const c of m.criteria) {
      if (c.checked) d++;
      const line = r.lines.lineOf(c.box.start);
      boxes.set(line, { m: i, col: Buffer.byteLength(source.slice(r.lines.lineStart(line), c.box.start)) });
    }
    const row = m.spans.row;
    if (row && statusCell !== undefined && m.statuses[0]?.source === "table" && m.statuses[0].span && row.cells[statusCell])
      rows.set(row.line, { m: i, cell: statusCell });
    done += d;
    total += m.criteria.length;
    return {
      id: m.id,
      title: m.title,
      status: effectiveStatus(m.statuses, d, m.criteria.length),
      statuses: m.statuses,
      done: d,
      total: m.criteria.length,
      dependsOn: m.dependsOn.map((x) => x.id),
    };
  });
  return { milestones, done, total, boxes, rows };
}
