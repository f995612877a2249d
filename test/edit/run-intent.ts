// Runs a fixture's intent (from test/fixtures/edit/<op>/cases.json) through the edit operations.
import { addMilestone } from "../../src/edit/operations/add.js";
import { addCriterion, editCriterion, removeCriterion } from "../../src/edit/operations/criterion.js";
import { depend, undepend } from "../../src/edit/operations/depend.js";
import { setField, type SettableField } from "../../src/edit/operations/set-field.js";
import { learn } from "../../src/edit/operations/learn.js";
import { setStatus } from "../../src/edit/operations/set-status.js";
import { tick } from "../../src/edit/operations/tick.js";
import type { WritableStatus } from "../../src/edit/status-spelling.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import type { TextEdit } from "../../src/model/text-edit.js";

/** One fixture case: the operation, its intent, and what to expect. */
export type EditCase = (
  | { op: "tick"; id: string; criterion: string; checked: boolean }
  | { op: "setStatus"; id: string; status: WritableStatus; reason?: string; force?: boolean }
  | { op: "add"; title: string; focus?: string; goal?: string; depends?: string[] }
  | { op: "learn"; id: string; text: string }
  | { op: "addCriterion"; id: string; text: string; at?: number }
  | { op: "editCriterion"; id: string; criterion: string; text: string }
  | { op: "removeCriterion"; id: string; criterion: string }
  | { op: "setField"; id: string; field: SettableField; text: string }
  | { op: "depend" | "undepend"; id: string; on: string[] }
) & { throws?: "UsageError" | "RefusedError" | "NotFoundError"; message?: string; noop?: boolean };

/** The edits a case asks for. */
export function runIntent(roadmap: Roadmap, c: EditCase): TextEdit[] {
  switch (c.op) {
    case "tick":
      return tick(roadmap, c);
    case "setStatus":
      return setStatus(roadmap, c);
    case "add":
      return addMilestone(roadmap, c);
    case "learn":
      return learn(roadmap, c);
    case "addCriterion":
      return addCriterion(roadmap, c);
    case "editCriterion":
      return editCriterion(roadmap, c);
    case "removeCriterion":
      return removeCriterion(roadmap, c);
    case "setField":
      return setField(roadmap, c);
    case "depend":
      return depend(roadmap, c);
    case "undepend":
      return undepend(roadmap, c);
  }
}
