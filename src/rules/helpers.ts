// Small readers shared by several rules: where to point at a milestone, and id lookups.
import type { Milestone, Roadmap } from "../model/roadmap.js";
import type { Span } from "../model/span.js";
import { plannedStatus, type Status } from "../model/status.js";
import { normaliseId } from "../parse/fields/dependencies.js";

/** The span a milestone-level finding points at: its heading, else its table row, else its line. */
export function milestoneAnchor(roadmap: Roadmap, m: Milestone): Span {
  if (m.spans.heading) return m.spans.heading;
  if (m.spans.row) return m.spans.row.span;
  return { start: roadmap.lines.lineStart(m.line), end: roadmap.lines.lineEnd(m.line) };
}

/** The span of the milestone's winning status, else its anchor. */
export function statusAnchor(roadmap: Roadmap, m: Milestone): Span {
  return m.status.span ?? milestoneAnchor(roadmap, m);
}

/** The status to plan with: the stated one, or what the boxes suggest when nothing is stated. */
export function effectiveStatus(m: Milestone): Status {
  return plannedStatus(m.status.value, m.inferredStatus);
}

/** Milestones by normalised id (the first of duplicates wins), for dependency lookups. */
export function milestonesById(roadmap: Roadmap): Map<string, Milestone> {
  const map = new Map<string, Milestone>();
  for (const m of roadmap.milestones) {
    const key = normaliseId(m.id);
    if (!map.has(key)) map.set(key, m);
  }
  return map;
}

/** Human text for a status value in messages. */
export function statusText(s: Status): string {
  return s === "in_progress" ? "in progress" : s;
}
