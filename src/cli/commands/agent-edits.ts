// The editing commands agents need (issue 14) as adapters over `ops/edit`, exactly like `tick`:
// `criterion add|edit|remove`, `set`, `depend`, `undepend` (so each has --dry-run, --json,
// --expect-hash, the writers' lock and the exit codes of every edit).
import { SETTABLE_FIELDS } from "../../edit/operations/set-field.js";
import { UsageError } from "../../model/errors.js";
import type { CommandContext } from "../context.js";
import { runEdit, type EditFlags } from "./edit.js";

/** Flags of `criterion add`. */
export interface CriterionAddFlags extends EditFlags {
  readonly at?: number;
}

/** `roadmark criterion add ID TEXT [--at N]`. */
export function runCriterionAdd(ctx: CommandContext, id: string, text: string, o: CriterionAddFlags): Promise<number> {
  return runEdit(ctx, { op: "add_criterion", id, text, ...(o.at !== undefined ? { at: o.at } : {}) }, o);
}

/** `roadmark criterion edit ID N TEXT`. */
export function runCriterionEdit(ctx: CommandContext, id: string, criterion: string, text: string, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: "edit_criterion", id, criterion, text }, o);
}

/** `roadmark criterion remove ID N`. */
export function runCriterionRemove(ctx: CommandContext, id: string, criterion: string, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: "remove_criterion", id, criterion }, o);
}

/** `roadmark set ID title|focus|goal TEXT`. */
export async function runSet(ctx: CommandContext, id: string, field: string, text: string, o: EditFlags): Promise<number> {
  const f = SETTABLE_FIELDS.find((x) => x === field.trim().toLowerCase());
  if (!f) throw new UsageError(`set: unknown field "${field}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  return runEdit(ctx, { op: "set_field", id, field: f, text }, o);
}

/** `roadmark depend ID ON[,ON…]` and `roadmark undepend ID ON[,ON…]`. */
export function runDepend(ctx: CommandContext, add: boolean, id: string, on: readonly string[], o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: add ? "depend" : "undepend", id, on }, o);
}
