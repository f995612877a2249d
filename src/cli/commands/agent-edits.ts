// The editing commands agents need (issue 14), as thin adapters over the pure planners and the
// shared edit path: `criterion add|edit|remove`, `set`, `depend`, `undepend`.
import { requireMilestone, resolveCriterion, shorten } from "../../edit/find.js";
import { addCriterion, editCriterion, removeCriterion } from "../../edit/operations/criterion.js";
import { depend, undepend } from "../../edit/operations/depend.js";
import { setField, SETTABLE_FIELDS } from "../../edit/operations/set-field.js";
import { UsageError } from "../../model/errors.js";
import type { CommandContext } from "../context.js";
import { editFile, type EditFlags } from "./edit.js";

/** Flags of `criterion add`. */
export interface CriterionAddFlags extends EditFlags {
  readonly at?: number;
}

/** `roadmark criterion add ID TEXT [--at N]`. */
export async function runCriterionAdd(ctx: CommandContext, id: string, text: string, o: CriterionAddFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = addCriterion(roadmap, { id, text, ...(o.at !== undefined ? { at: o.at } : {}) });
    const at = o.at ?? m.criteria.length + 1;
    return { edits, done: `${m.id}: criterion ${at} added "${shorten(text.trim())}" (${m.criteria.length + 1} in all)`, noop: `${m.id}: nothing to add` };
  });
}

/** `roadmark criterion edit ID N TEXT`. */
export async function runCriterionEdit(ctx: CommandContext, id: string, criterion: string, text: string, o: EditFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = editCriterion(roadmap, { id, criterion, text });
    const { index } = resolveCriterion(m, criterion, roadmap.source);
    return { edits, done: `${m.id}: criterion ${index + 1} now reads "${shorten(text.trim())}"`, noop: `${m.id}: criterion ${index + 1} already reads so` };
  });
}

/** `roadmark criterion remove ID N`. */
export async function runCriterionRemove(ctx: CommandContext, id: string, criterion: string, o: EditFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const { criterion: c, index } = resolveCriterion(m, criterion, roadmap.source);
    const edits = removeCriterion(roadmap, { id, criterion });
    return { edits, done: `${m.id}: criterion ${index + 1} removed "${shorten(c.text)}" (${m.criteria.length - 1} left)`, noop: `${m.id}: nothing to remove` };
  });
}

/** `roadmark set ID title|focus|goal TEXT`. */
export async function runSet(ctx: CommandContext, id: string, field: string, text: string, o: EditFlags): Promise<number> {
  const f = SETTABLE_FIELDS.find((x) => x === field.trim().toLowerCase());
  if (!f) throw new UsageError(`set: unknown field "${field}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = setField(roadmap, { id, field: f, text });
    return { edits, done: `${m.id}: ${f} set to "${shorten(text.trim())}"`, noop: `${m.id}: ${f} already reads so` };
  });
}

/** The ids of `ON[,ON…]` (several arguments and commas both work). */
function idList(on: readonly string[]): string[] {
  return on.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

/** `roadmark depend ID ON[,ON…]` and `roadmark undepend ID ON[,ON…]`. */
export async function runDepend(ctx: CommandContext, add: boolean, id: string, on: readonly string[], o: EditFlags): Promise<number> {
  const ids = idList(on);
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = add ? depend(roadmap, { id, on: ids }) : undepend(roadmap, { id, on: ids });
    const names = ids.map((x) => requireMilestone(roadmap, x).id).join(", ");
    return add
      ? { edits, done: `${m.id}: now depends on ${names}`, noop: `${m.id}: already depends on ${names}` }
      : { edits, done: `${m.id}: no longer depends on ${names}`, noop: `${m.id}: does not depend on ${names}` };
  });
}
