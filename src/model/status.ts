import type { Span } from "./span.js";

/** The closed list of milestone statuses; the type is derived from it. */
export const STATUSES = ["planned", "in_progress", "done", "blocked", "cancelled", "unknown"] as const;
export type Status = (typeof STATUSES)[number];

/** Where a milestone's status was read (LABELING.md S1), in order of precedence. */
export const STATUS_SOURCES = ["table", "heading", "section", "list", "bucket", "elsewhere"] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** A status as the document states it: the value, the raw text kept beside it, and where. */
export interface StatusField {
  readonly value: Status;
  /** The text the value was read from, as written ("✅ Complete"); empty when nothing was stated. */
  readonly raw: string;
  /** Where the raw text sits in the source; absent when nothing was stated. */
  readonly span?: Span;
  readonly source?: StatusSource;
}

/** The words roadmark writes for each status when the document has no spelling of its own. */
export const STATUS_WORDS: Readonly<Record<Exclude<Status, "unknown">, string>> = {
  planned: "Planned",
  in_progress: "In Progress",
  done: "Done",
  blocked: "Blocked",
  cancelled: "Cancelled",
};

/** Type guard for a status string. */
export function isStatus(x: string): x is Status {
  return (STATUSES as readonly string[]).includes(x);
}

/** What the checkboxes suggest: none → unknown, all ticked → done, some → in progress, else planned. */
export function statusFromBoxes(done: number, total: number): Status {
  if (total === 0) return "unknown";
  if (done === total) return "done";
  return done > 0 ? "in_progress" : "planned";
}

/** The one effective-status rule planning uses: the stated status, else what the boxes suggest. */
export function plannedStatus(stated: Status, inferred: Status): Status {
  return stated !== "unknown" ? stated : inferred;
}
