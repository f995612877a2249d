import type { Status } from "../../../model/status.js";
import type { CriterionJson } from "../../../report/status-json.js";

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

/** What a criterion with a command shows: its state (for styling) and the words that say it (never colour alone). */
export interface VerifyLabel {
  readonly state: "verified" | "failing" | "stale" | "none";
  /** Short text on the badge: `✓ verified at 1a2b3c4`, `✗ failing (exit 3)`, `stale`, `not run`. */
  readonly text: string;
  /** The longer description (tooltip and accessible name): the command and the last run. */
  readonly title: string;
}

/** The badge of a criterion that names a command; null for one that names none. */
export function verifyLabel(c: CriterionJson): VerifyLabel | null {
  if (!c.verify) return null;
  const r = c.verifyResult;
  const cmd = `Verify: ${c.verify.command}`;
  if (!r) return { state: "none", text: "not run", title: `${cmd} — not run yet` };
  const at = r.commit ? ` at ${r.commit.slice(0, 7)}` : "";
  const last = r.status === "passed" ? "passed" : r.status === "timed_out" ? "timed out" : `failed${r.exitCode !== null ? ` (exit ${r.exitCode})` : ""}`;
  const when = `${r.at.slice(0, 16).replace("T", " ")} UTC`;
  switch (r.state) {
    case "verified":
      return { state: "verified", text: `✓ verified${at}`, title: `${cmd} — verified: passed${at}, ${when}` };
    case "failing":
      return { state: "failing", text: r.status === "timed_out" ? `✗ timed out${at}` : `✗ failing${r.exitCode !== null ? ` (exit ${r.exitCode})` : ""}`, title: `${cmd} — failing: ${last}${at}, ${when}` };
    case "stale":
      return { state: "stale", text: "stale", title: `${cmd} — stale: the command or HEAD changed since its last run (${last}${at}, ${when})` };
  }
}
