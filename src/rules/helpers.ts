// Small readers shared by several rules: where to point at a milestone, and status wording.
import type { Milestone, Roadmap } from "../model/roadmap.js";
import type { Span } from "../model/span.js";
import type { Status } from "../model/status.js";

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

/** Human text for a status value in messages. */
export function statusText(s: Status): string {
  return s === "in_progress" ? "in progress" : s;
}
