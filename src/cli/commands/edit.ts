// The editing commands: flags → an EditIntent → `ops/edit` → one line, a diff or JSON → exit code.
import path from "node:path";
import { titleProblem } from "../../edit/operations/add.js";
import type { MilestoneDraft } from "../../edit/operations/init.js";
import { edit, type EditIntent, type EditResult } from "../../ops/edit.js";
import { init, initTargets } from "../../ops/init.js";
import { readRoadmap } from "../../ops/read.js";
import { nextMilestoneId } from "../../edit/operations/add.js";
import { UsageError } from "../../model/errors.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";
import { askAdd, askInit, onTerminal, withTerminal } from "../interview.js";

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
  /** `init --path`: where the roadmap goes (the same as `--file`). */
  readonly path?: string;
  /** Ask nothing: flags only, as without a terminal. */
  readonly yes?: boolean;
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

/**
 * `roadmark init [--path FILE] [--name NAME] [--milestones N] [--force] [--dry-run] [--yes]`: the
 * roadmap and the Development Cadence guide it links to. On a terminal (and without `--yes`)
 * it first asks for the project's name and the first milestones.
 */
export async function runInit(ctx: CommandContext, o: EditFlags): Promise<number> {
  if (o.path !== undefined && o.file !== undefined && path.resolve(ctx.cwd, o.path) !== path.resolve(ctx.cwd, o.file))
    throw new UsageError("init: --path and --file name different files; give one");
  const ws = { cwd: ctx.cwd, file: o.path ?? o.file, maxSize: o.maxSize };
  const t = await initTargets(ws); // a guide path that is not a file is refused before any question
  // The project is the directory init runs in (not `docs/roadmap` for `--path docs/roadmap/ROADMAP.md`).
  const defaultName = path.basename(t.roadmap.startsWith(ctx.cwd + path.sep) ? ctx.cwd : path.dirname(t.roadmap));
  let name = o.name ?? defaultName;
  let drafts: readonly MilestoneDraft[] | undefined;
  if (!o.yes && !o.json && onTerminal()) {
    const answers = await withTerminal((ask) => askInit(ask, { ...(o.name !== undefined ? { name: o.name } : {}), defaultName }));
    name = answers.name;
    drafts = answers.drafts;
  }
  // No parse warnings: they would be about the file init replaces (or the empty one it creates).
  const r = await init(ws, { name, milestones: o.milestones ?? 4, ...(drafts ? { drafts } : {}) }, { expectHash: o.expectHash, dryRun: o.dryRun, force: o.force });
  if (o.json) ctx.out(JSON.stringify({ ...editJson(r), guide: { file: r.guide.display, state: r.guide.state } }, null, 2) + "\n");
  else if (r.dryRun) ctx.out(r.preview ?? "");
  else {
    const n = drafts?.length ?? o.milestones ?? 4;
    ctx.out(`wrote ${r.display} (${n} milestone${n === 1 ? "" : "s"})${r.guide.state === "written" ? ` and ${r.guide.display}` : ""}\n`);
    if (r.guide.state === "kept") ctx.err(`roadmark: kept the existing ${r.guide.display}\n`);
  }
  return 0;
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
export async function runAdd(ctx: CommandContext, title: string, o: EditFlags): Promise<number> {
  const depends =
    o.depends === undefined ? undefined : /^\s*(?:none|-)?\s*$/i.test(o.depends) ? [] : o.depends.split(",").map((d) => d.trim()).filter((d) => d !== "");
  const problem = titleProblem(title);
  if (problem) throw new UsageError(`add: ${problem}; nothing written`);
  const given = o.focus !== undefined && o.goal !== undefined && Boolean(o.criterion?.length) && Boolean(o.deliverable?.length);
  if (!given && !o.yes && !o.dryRun && !o.json && onTerminal()) {
    // On a terminal, ask for what the flags did not give, so the new section has no placeholders.
    const { roadmap } = await readRoadmap({ cwd: ctx.cwd, file: o.file, maxSize: o.maxSize });
    if (roadmap.format === "template") {
      const a = await withTerminal((ask) =>
        askAdd(ask, nextMilestoneId(roadmap), {
          ...(o.focus !== undefined ? { focus: o.focus } : {}),
          ...(o.goal !== undefined ? { goal: o.goal } : {}),
          ...(o.criterion?.length ? { criteria: o.criterion } : {}),
          ...(o.deliverable?.length ? { deliverables: o.deliverable } : {}),
        }),
      );
      return runEdit(
        ctx,
        {
          op: "add_milestone",
          title,
          focus: a.focus ?? "",
          ...(a.goal !== undefined ? { goal: a.goal } : {}),
          ...(depends ? { depends } : {}),
          ...(a.criteria?.length ? { criteria: a.criteria } : {}),
          // Asked and none given: an empty field, not the template's placeholder.
          deliverables: a.deliverables ?? [],
        },
        o,
      );
    }
  }
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
