import type { Criterion } from "../model/roadmap.js";
import { statusFromBoxes, type Status, type StatusField } from "../model/status.js";

/** What the checkboxes suggest (never used as the stated status). */
export function inferStatus(criteria: readonly Criterion[]): Status {
  return statusFromBoxes(criteria.filter((c) => c.checked).length, criteria.length);
}

/**
 * The winning status among stated ones, given highest precedence first: the first recognised
 * one; else the first stated-but-unrecognised one (value `unknown`, raw kept); else unknown.
 */
export function pickStatus(statuses: readonly StatusField[]): StatusField {
  return statuses.find((s) => s.value !== "unknown") ?? statuses.find((s) => s.raw !== "") ?? { value: "unknown", raw: "" };
}
