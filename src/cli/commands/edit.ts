// The editing commands: flags → an EditIntent → `ops/edit` → one line, a diff or JSON → exit code.
import { edit, type EditIntent, type EditResult } from "../../ops/edit.js";
import { UsageError } from "../../model/errors.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** Flags of the editing commands (each command reads the ones it declares). */
export interface EditFlags extends FileFlags {
  readonly dryRun?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly expectHash?: string;
  readonly reason?: string;
  readonly focus?: string;
  readonly goal?: string;
  readonly depends?: string;
  readonly criterion?: readonly string[];
  readonly deliverable?: readonly string[];
  readonly name?: string;
  readonly milestones?: number;
}

/** The `--json` form of an edit (CONTRACT: `{ file, hash, changed, diff, milestone }`). */
export function editJson(r: EditResult): { file: string; hash: string; changed: boolean; diff: string; milestone: string | null } {
  return { file: r.display, hash: r.hash, changed: r.changed, diff: r.diff, milestone: r.milestone ?? null };
}

/** Runs one edit and prints it the CLI's way. */
export async function runEdit(ctx: CommandContext, intent: EditIntent, o: EditFlags): Promise<number> {
  const r = await edit({ cwd: ctx.cwd, file: o.file, maxSize: o.maxSize }, intent, {
    expectHash: o.expectHash,
    dryRun: o.dryRun,
    force: o.force,
  });
  printWarnings(ctx, r.warnings);
  for (const n of r.notes) ctx.err(n.kind === "overridden" ? `roadmark: --force: ${n.message}\n` : `roadmark: note: ${n.message}\n`);
  if (o.json) ctx.out(JSON.stringify(editJson(r), null, 2) + "\n");
  else if (!r.changed) ctx.out(`${r.message}; nothing written\n`);
  else if (r.dryRun) ctx.out(intent.op === "init" ? (r.preview ?? "") : r.diff);
  else ctx.out(intent.op === "init" ? `wrote ${r.display} (${r.message.replace(/^wrote /, "")})\n` : `${r.message}\n`);
  return 0;
}

/** `roadmark init [--name NAME] [--milestones N] [--force] [--dry-run]`. */
export function runInit(ctx: CommandContext, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: "init", ...(o.name !== undefined ? { name: o.name } : {}), milestones: o.milestones ?? 4 }, o);
}

/** `roadmark tick|untick ID CRITERION`. */
export function runTick(ctx: CommandContext, checked: boolean, id: string, criterion: string, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: checked ? "tick" : "untick", id, criterion }, o);
}

/** `roadmark start|done|block|cancel ID`. */
export async function runSetStatus(ctx: CommandContext, verb: "start" | "done" | "block" | "cancel", id: string, o: EditFlags): Promise<number> {
  if (verb === "block" && !o.reason?.trim()) throw new UsageError("block: --reason must not be empty");
  return runEdit(ctx, verb === "block" ? { op: "block", id, reason: o.reason ?? "" } : { op: verb, id }, o);
}

/** `roadmark add TITLE [--focus] [--goal] [--depends] [--criterion]… [--deliverable]…`. */
export function runAdd(ctx: CommandContext, title: string, o: EditFlags): Promise<number> {
  const depends =
    o.depends === undefined ? undefined : /^\s*(?:none|-)?\s*$/i.test(o.depends) ? [] : o.depends.split(",").map((d) => d.trim()).filter((d) => d !== "");
  return runEdit(
    ctx,
    {
      op: "add_milestone",
      title,
      ...(o.focus !== undefined ? { focus: o.focus } : {}),
      ...(o.goal !== undefined ? { goal: o.goal } : {}),
      ...(depends ? { depends } : {}),
      ...(o.criterion?.length ? { criteria: o.criterion } : {}),
      ...(o.deliverable?.length ? { deliverables: o.deliverable } : {}),
    },
    o,
  );
}

/** `roadmark learn ID TEXT`. */
export function runLearn(ctx: CommandContext, id: string, text: string, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: "learn", id, text }, o);
}

/** `roadmark sync`: the overview table rebuilt from the sections (the lint `overview-sync` fix). */
export function runSync(ctx: CommandContext, o: EditFlags): Promise<number> {
  return runEdit(ctx, { op: "sync" }, o);
}
