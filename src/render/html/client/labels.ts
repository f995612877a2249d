import type { Status } from "../../../model/status.js";

/** Human words for each status, as the dashboard shows them. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  cancelled: "Cancelled",
  unknown: "No status",
};

/** `3/4` or `—` when there are no criteria. */
export function fraction(done: number, total: number): string {
  return total ? `${done}/${total}` : "—";
}

/** Whole percent, or empty when there is nothing to count. */
export function percent(done: number, total: number): string {
  return total ? `${Math.round((done / total) * 100)}%` : "";
}
