// The one dispatch from an edit intent to its pure planner. Adding an operation is one entry:
// a member of `EditIntent` and a planner in `PLANNERS` (TypeScript checks that every op has one).
import path from "node:path";
import { requireMilestone, resolveCriterion, shorten } from "../edit/find.js";
import { addMilestone, nextMilestoneId } from "../edit/operations/add.js";
import { addCriterion, editCriterion, removeCriterion } from "../edit/operations/criterion.js";
import { depend, undepend } from "../edit/operations/depend.js";
import { initRoadmap } from "../edit/operations/init.js";
import { learn } from "../edit/operations/learn.js";
import { SETTABLE_FIELDS, setField, type SettableField } from "../edit/operations/set-field.js";
import { setStatus, transitionBlockers } from "../edit/operations/set-status.js";
import { syncOverview } from "../edit/operations/sync-overview.js";
import { tick } from "../edit/operations/tick.js";
import type { WritableStatus } from "../edit/status-spelling.js";
import { RoadmarkError, UsageError } from "../model/errors.js";
import type { Roadmap } from "../model/roadmap.js";
import { STATUS_WORDS } from "../model/status.js";
import type { TextEdit } from "../model/text-edit.js";

/** Every edit operation, by name (CONTRACT: the MCP `roadmap_edit` ops). */
export const EDIT_OPS = [
  "tick",
  "untick",
  "start",
  "done",
  "block",
  "cancel",
  "add_milestone",
  "add_criterion",
  "edit_criterion",
  "remove_criterion",
  "set_field",
  "depend",
  "undepend",
  "learn",
  "sync",
  "init",
] as const;
export type EditOp = (typeof EDIT_OPS)[number];

/** What to change, as one value every surface can build (CLI flags, an MCP call, a request). */
export type EditIntent =
  | { readonly op: "tick" | "untick"; readonly id: string; readonly criterion: string }
  | { readonly op: "start" | "done" | "cancel"; readonly id: string }
  | { readonly op: "block"; readonly id: string; readonly reason: string }
  | {
      readonly op: "add_milestone";
      readonly title: string;
      readonly focus?: string;
      readonly goal?: string;
      readonly depends?: readonly string[];
      readonly criteria?: readonly string[];
      readonly deliverables?: readonly string[];
    }
  | { readonly op: "add_criterion"; readonly id: string; readonly text: string; readonly at?: number }
  | { readonly op: "edit_criterion"; readonly id: string; readonly criterion: string; readonly text: string }
  | { readonly op: "remove_criterion"; readonly id: string; readonly criterion: string }
  | { readonly op: "set_field"; readonly id: string; readonly field: SettableField; readonly text: string }
  | { readonly op: "depend" | "undepend"; readonly id: string; readonly on: readonly string[] }
  | { readonly op: "learn"; readonly id: string; readonly text: string }
  | { readonly op: "sync" }
  | { readonly op: "init"; readonly name?: string; readonly milestones?: number };

/** A note for the user beside the result: `reopen` (done with an open criterion), `overridden` (gates forced). */
export interface EditNote {
  readonly kind: "reopen" | "overridden";
  readonly message: string;
}

/** What a planner returns: the edits, the milestone it touched, and the lines for success and no-op. */
export interface PlannedEdit {
  readonly edits: readonly TextEdit[];
  readonly milestone?: string;
  /** One line saying what was done (shown when the edit changes the file). */
  readonly message: string;
  /** One line saying why nothing changes (shown when the edit is a no-op). */
  readonly noop: string;
  readonly notes?: readonly EditNote[];
}

/** What a planner may know besides the roadmap: whether gates are overridden, the file's path, whether it exists. */
export interface PlanContext {
  readonly force: boolean;
  readonly path: string;
  /** The path as shown in messages. */
  readonly display: string;
  readonly exists: boolean;
}

type Planner<I extends EditIntent> = (roadmap: Roadmap, intent: I, ctx: PlanContext) => PlannedEdit;
type PlannerTable = { readonly [K in EditOp]: Planner<Extract<EditIntent, { op: K }>> };

const VERB_STATUS = { start: "in_progress", done: "done", block: "blocked", cancel: "cancelled" } as const satisfies Record<string, WritableStatus>;

function planTick(roadmap: Roadmap, intent: Extract<EditIntent, { op: "tick" | "untick" }>): PlannedEdit {
  const checked = intent.op === "tick";
  const m = requireMilestone(roadmap, intent.id);
  const { criterion: c } = resolveCriterion(m, intent.criterion, roadmap.source);
  const edits = tick(roadmap, { id: intent.id, criterion: intent.criterion, checked });
  const done = m.criteria.filter((x) => x.checked).length + (edits.length === 0 ? 0 : checked ? 1 : -1);
  const verb = checked ? "ticked" : "unticked";
  const notes: EditNote[] = [];
  if (!checked && edits.length > 0 && m.status.value === "done")
    notes.push({ kind: "reopen", message: `${m.id} is marked Done but now has an unchecked criterion; reopen it with \`roadmark start ${m.id}\`` });
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: ${verb} "${shorten(c.text)}" (${done}/${m.criteria.length})`,
    noop: `${m.id}: "${shorten(c.text)}" is already ${verb}`,
    notes,
  };
}

function planStatus(roadmap: Roadmap, intent: Extract<EditIntent, { op: "start" | "done" | "cancel" | "block" }>, ctx: PlanContext): PlannedEdit {
  const status = VERB_STATUS[intent.op];
  const reason = intent.op === "block" ? intent.reason : undefined;
  if (status === "blocked" && !reason?.trim()) throw new UsageError("block: the reason must not be empty");
  const m = requireMilestone(roadmap, intent.id);
  const edits = setStatus(roadmap, { id: intent.id, status, ...(ctx.force ? { force: true } : {}), ...(reason ? { reason } : {}) });
  const word = STATUS_WORDS[status];
  const notes: EditNote[] = [];
  if (ctx.force && edits.length > 0) {
    const blockers = transitionBlockers(roadmap, m, status);
    if (blockers.length > 0) notes.push({ kind: "overridden", message: `${m.id} set to ${word} despite: ${blockers.join("; ")}` });
  }
  const from = m.status.value === "unknown" ? "no status" : STATUS_WORDS[m.status.value];
  const why = status === "blocked" && reason ? ` (${shorten(reason.trim(), 60)})` : "";
  return {
    edits,
    milestone: m.id,
    message: m.status.value === status ? `${m.id}: still ${word}, reason updated${why}` : `${m.id}: ${from} → ${word}${why}`,
    noop: `${m.id}: already ${word}`,
    notes,
  };
}

function planAdd(roadmap: Roadmap, intent: Extract<EditIntent, { op: "add_milestone" }>): PlannedEdit {
  const id = nextMilestoneId(roadmap);
  const { op: _op, ...add } = intent;
  const edits = addMilestone(roadmap, add);
  return { edits, milestone: id, message: `${id}: added "${shorten(intent.title.trim())}"`, noop: "nothing to add" };
}

function planLearn(roadmap: Roadmap, intent: Extract<EditIntent, { op: "learn" }>): PlannedEdit {
  const m = requireMilestone(roadmap, intent.id);
  const edits = learn(roadmap, { id: intent.id, text: intent.text });
  return { edits, milestone: m.id, message: `${m.id}: learning added (${m.learnings.length + 1} in all)`, noop: `${m.id}: nothing to learn` };
}

function planAddCriterion(roadmap: Roadmap, intent: Extract<EditIntent, { op: "add_criterion" }>): PlannedEdit {
  const m = requireMilestone(roadmap, intent.id);
  const edits = addCriterion(roadmap, { id: intent.id, text: intent.text, ...(intent.at !== undefined ? { at: intent.at } : {}) });
  const at = intent.at ?? m.criteria.length + 1;
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${at} added "${shorten(intent.text.trim())}" (${m.criteria.length + 1} in all)`,
    noop: `${m.id}: nothing to add`,
  };
}

function planEditCriterion(roadmap: Roadmap, intent: Extract<EditIntent, { op: "edit_criterion" }>): PlannedEdit {
  const m = requireMilestone(roadmap, intent.id);
  const edits = editCriterion(roadmap, { id: intent.id, criterion: intent.criterion, text: intent.text });
  const { index } = resolveCriterion(m, intent.criterion, roadmap.source);
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${index + 1} now reads "${shorten(intent.text.trim())}"`,
    noop: `${m.id}: criterion ${index + 1} already reads so`,
  };
}

function planRemoveCriterion(roadmap: Roadmap, intent: Extract<EditIntent, { op: "remove_criterion" }>): PlannedEdit {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion: c, index } = resolveCriterion(m, intent.criterion, roadmap.source);
  const edits = removeCriterion(roadmap, { id: intent.id, criterion: intent.criterion });
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${index + 1} removed "${shorten(c.text)}" (${m.criteria.length - 1} left)`,
    noop: `${m.id}: nothing to remove`,
  };
}

function planSetField(roadmap: Roadmap, intent: Extract<EditIntent, { op: "set_field" }>): PlannedEdit {
  const field = SETTABLE_FIELDS.find((x) => x === String(intent.field).trim().toLowerCase());
  if (!field) throw new UsageError(`set: unknown field "${intent.field}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  const m = requireMilestone(roadmap, intent.id);
  const edits = setField(roadmap, { id: intent.id, field, text: intent.text });
  return { edits, milestone: m.id, message: `${m.id}: ${field} set to "${shorten(intent.text.trim())}"`, noop: `${m.id}: ${field} already reads so` };
}

function planDepend(roadmap: Roadmap, intent: Extract<EditIntent, { op: "depend" | "undepend" }>): PlannedEdit {
  const m = requireMilestone(roadmap, intent.id);
  const ids = intent.on.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
  const add = intent.op === "depend";
  const edits = add ? depend(roadmap, { id: intent.id, on: ids }) : undepend(roadmap, { id: intent.id, on: ids });
  const names = ids.map((x) => requireMilestone(roadmap, x).id).join(", ");
  return add
    ? { edits, milestone: m.id, message: `${m.id}: now depends on ${names}`, noop: `${m.id}: already depends on ${names}` }
    : { edits, milestone: m.id, message: `${m.id}: no longer depends on ${names}`, noop: `${m.id}: does not depend on ${names}` };
}

function planSync(roadmap: Roadmap): PlannedEdit {
  const edits = syncOverview(roadmap);
  return { edits, message: `overview table synced (${edits.length} change${edits.length === 1 ? "" : "s"})`, noop: "overview table already in sync" };
}

function planInit(roadmap: Roadmap, intent: Extract<EditIntent, { op: "init" }>, ctx: PlanContext): PlannedEdit {
  if (ctx.exists && !ctx.force) throw new RoadmarkError("BAD_INPUT", `${ctx.display}: already exists; nothing written`, "overwrite it explicitly", { overridable: true });
  const milestones = intent.milestones ?? 4;
  const text = initRoadmap({ name: intent.name ?? path.basename(path.dirname(ctx.path)), milestones });
  return {
    edits: [{ start: 0, end: roadmap.source.length, text }],
    message: `wrote ${milestones} milestone${milestones === 1 ? "" : "s"}`,
    noop: "the file already holds this roadmap",
  };
}

/** The planner of every op: pure functions of the roadmap as read inside the writers' lock. */
export const PLANNERS: PlannerTable = {
  tick: planTick,
  untick: planTick,
  start: planStatus,
  done: planStatus,
  block: planStatus,
  cancel: planStatus,
  add_milestone: planAdd,
  add_criterion: planAddCriterion,
  edit_criterion: planEditCriterion,
  remove_criterion: planRemoveCriterion,
  set_field: planSetField,
  depend: planDepend,
  undepend: planDepend,
  learn: planLearn,
  sync: planSync,
  init: planInit,
};

/** Plans `intent` on `roadmap`: gates, then the text edits (pure; throws typed errors). */
export function planEdit(roadmap: Roadmap, intent: EditIntent, ctx: PlanContext): PlannedEdit {
  const planner = PLANNERS[intent.op] as Planner<EditIntent> | undefined;
  if (!planner) throw new UsageError(`unknown edit operation "${String((intent as { op: unknown }).op)}"`, `one of: ${EDIT_OPS.join(", ")}`);
  return planner(roadmap, intent, ctx);
}
