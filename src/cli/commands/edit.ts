import { lstat, mkdir, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyEdits } from "../../edit/apply-edits.js";
import { requireMilestone, resolveCriterion, shorten } from "../../edit/find.js";
import { addMilestone, nextMilestoneId, titleProblem } from "../../edit/operations/add.js";
import { cadenceGuide, cadenceGuidePlacement, initRoadmap, type MilestoneDraft } from "../../edit/operations/init.js";
import { learn } from "../../edit/operations/learn.js";
import { setStatus, transitionBlockers } from "../../edit/operations/set-status.js";
import { syncOverview } from "../../edit/operations/sync-overview.js";
import { tick } from "../../edit/operations/tick.js";
import type { WritableStatus } from "../../edit/status-spelling.js";
import { unifiedDiff } from "../../edit/unified-diff.js";
import { displayPath, loadRoadmap } from "../../io/load-roadmap.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { InternalError, UsageError } from "../../model/errors.js";
import type { Roadmap } from "../../model/roadmap.js";
import { STATUS_WORDS } from "../../model/status.js";
import type { TextEdit } from "../../model/text-edit.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";
import { askAdd, askInit, onTerminal, withTerminal } from "../interview.js";

/** Flags of the editing commands (each command reads the ones it declares). */
export interface EditFlags extends FileFlags {
  readonly dryRun?: boolean;
  readonly force?: boolean;
  readonly reason?: string;
  readonly focus?: string;
  readonly goal?: string;
  readonly depends?: string;
  readonly criterion?: readonly string[];
  readonly deliverable?: readonly string[];
  readonly name?: string;
  readonly milestones?: number;
  readonly path?: string;
  /** Ask nothing: flags only, as without a terminal. */
  readonly yes?: boolean;
  /** The answers were asked for on the terminal (an empty answer then means "none", not "placeholder"). */
  readonly asked?: boolean;
}

/** What an edit computes: the edits, the line to print on success, and the line for a no-op. */
interface Planned {
  readonly edits: readonly TextEdit[];
  readonly done: string;
  readonly noop: string;
}

function diffName(prefix: string, display: string): string {
  return `${prefix}/${display.split(path.sep).join("/").replace(/^\/+/, "")}`;
}

/**
 * The shared body of every editing command: read the file once, refuse non-UTF-8, compute the
 * edits, then print the diff (`--dry-run`) or write atomically, refusing if the file changed.
 */
async function editFile(ctx: CommandContext, flags: EditFlags, plan: (roadmap: Roadmap) => Planned): Promise<number> {
  const loaded = await loadRoadmap({ file: flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  const { file, display, roadmap } = loaded;
  if (file.encoding !== "utf-8")
    throw new UsageError(`${display}: not valid UTF-8; roadmark edits UTF-8 files only, nothing written`, "convert the file to UTF-8 first");
  printWarnings(ctx, loaded.warnings);
  const planned = plan(roadmap);
  if (planned.edits.length === 0) {
    ctx.out(`${planned.noop}; nothing written\n`);
    return 0;
  }
  const { output, skipped } = applyEdits(roadmap.source, planned.edits);
  if (skipped.length > 0) throw new InternalError(`overlapping edits (${skipped.length}) for ${display}`);
  if (output === roadmap.source) {
    ctx.out(`${planned.noop}; nothing written\n`);
    return 0;
  }
  if (flags.dryRun) {
    ctx.out(unifiedDiff(roadmap.source, output, { oldName: diffName("a", display), newName: diffName("b", display) }));
    return 0;
  }
  await writeFileAtomic(file.path, output, { expected: file.bytes, mode: file.mode, display });
  ctx.out(`${planned.done}\n`);
  return 0;
}

/** `roadmark init [--path FILE] [--name NAME] [--milestones N] [--force] [--dry-run] [--yes]`. */
export async function runInit(ctx: CommandContext, o: EditFlags): Promise<number> {
  if (o.path !== undefined && o.file !== undefined && path.resolve(ctx.cwd, o.path) !== path.resolve(ctx.cwd, o.file))
    throw new UsageError("init: --path and --file name different files; give one");
  const target = path.resolve(ctx.cwd, o.path ?? o.file ?? "ROADMAP.md");
  const display = displayPath(target, ctx.cwd);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isFile()) throw new UsageError(`${display}: exists and is not a regular file; nothing written`);
  if (info && !o.force) throw new UsageError(`${display}: already exists; nothing written`, "pass --force to overwrite it");
  const placement = cadenceGuidePlacement(target, ctx.cwd);
  const guideDisplay = displayPath(placement.guide, ctx.cwd);
  const guideState = await pathState(placement.guide);
  if (guideState === "other") throw new UsageError(`${guideDisplay}: exists and is not a regular file (the Development Cadence guide goes there); nothing written`);
  // The project is the directory init runs in (not `docs/roadmap` for `--path docs/roadmap/ROADMAP.md`).
  const defaultName = path.basename(target.startsWith(ctx.cwd + path.sep) ? ctx.cwd : path.dirname(target));
  let name = o.name ?? defaultName;
  let drafts: readonly MilestoneDraft[] | undefined;
  if (!o.yes && onTerminal()) {
    const answers = await withTerminal((ask) => askInit(ask, { ...(o.name !== undefined ? { name: o.name } : {}), defaultName }));
    name = answers.name;
    drafts = answers.drafts;
  }
  const milestones = drafts?.length ?? o.milestones ?? 4;
  const text = initRoadmap({ name, milestones, ...(drafts ? { drafts } : {}), cadenceLink: placement.link });
  if (o.dryRun) {
    ctx.out(text);
    return 0;
  }
  const expected = info ? await readFile(target) : undefined;
  const mode = info ? info.mode & 0o7777 : undefined;
  // The guide is written first, as a new file; if the roadmap then fails, the guide and every
  // directory made for either are removed again, so a failure leaves neither.
  const made: string[] = [];
  let wroteGuide = false;
  try {
    if (guideState === "missing") {
      made.push(...(await makeDirs(path.dirname(placement.guide), guideDisplay)));
      await writeNewFile(placement.guide, cadenceGuide(), guideDisplay);
      wroteGuide = true;
    }
    made.push(...(await makeDirs(path.dirname(target), display)));
    await writeFileAtomic(target, text, { ...(expected ? { expected } : {}), ...(mode !== undefined ? { mode } : {}), display });
  } catch (e) {
    if (wroteGuide) await unlink(placement.guide).catch(() => undefined);
    for (const d of made.reverse()) await rmdir(d).catch(() => undefined);
    throw e;
  }
  const n = `${milestones} milestone${milestones === 1 ? "" : "s"}`;
  ctx.out(`wrote ${display} (${n})${guideState === "missing" ? ` and ${guideDisplay}` : ""}\n`);
  if (guideState === "file") ctx.err(`roadmark: kept the existing ${guideDisplay}\n`);
  return 0;
}

/** What is at a path: nothing, a regular file (or a link to one), or something else. */
async function pathState(p: string): Promise<"missing" | "file" | "other"> {
  const l = await lstat(p).catch(() => undefined);
  if (!l) return "missing";
  const s = await stat(p).catch(() => undefined);
  return s?.isFile() ? "file" : "other";
}

/** Makes `dir` and its missing parents; returns the ones it made, outermost first. */
async function makeDirs(dir: string, display: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    const s = await stat(d).catch(() => undefined);
    if (s) {
      if (!s.isDirectory()) throw new UsageError(`${display}: ${displayPath(d)} is not a directory; nothing written`);
      break;
    }
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new UsageError(`${display}: cannot create ${displayPath(d)}: ${fsReason(e)}; nothing written`);
    }
  }
  return missing;
}

/** Writes a file that must not exist yet (exclusive create). */
async function writeNewFile(file: string, text: string, display: string): Promise<void> {
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (e) {
    await unlink(file).catch(() => undefined);
    throw new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
  }
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "read-only file system";
  if (code === "EEXIST") return "it appeared meanwhile";
  if (code === "ENOSPC") return "no space left on device";
  return e instanceof Error ? e.message : String(e);
}

/** `roadmark tick|untick ID CRITERION`. */
export async function runTick(ctx: CommandContext, checked: boolean, id: string, criterion: string, o: EditFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const { criterion: c } = resolveCriterion(m, criterion, roadmap.source);
    const edits = tick(roadmap, { id, criterion, checked });
    const done = m.criteria.filter((x) => x.checked).length + (edits.length === 0 ? 0 : checked ? 1 : -1);
    const verb = checked ? "ticked" : "unticked";
    if (!checked && edits.length > 0 && m.status.value === "done")
      ctx.err(`roadmark: note: ${m.id} is marked Done but now has an unchecked criterion; reopen it with \`roadmark start ${m.id}\`\n`);
    return {
      edits,
      done: `${m.id}: ${verb} "${shorten(c.text)}" (${done}/${m.criteria.length})`,
      noop: `${m.id}: "${shorten(c.text)}" is already ${verb}`,
    };
  });
}

const VERB_STATUS: Readonly<Record<string, WritableStatus>> = { start: "in_progress", done: "done", block: "blocked", cancel: "cancelled" };

/** `roadmark start|done|block|cancel ID`. */
export async function runSetStatus(ctx: CommandContext, verb: string, id: string, o: EditFlags): Promise<number> {
  const status = VERB_STATUS[verb];
  if (!status) throw new UsageError(`unknown status command "${verb}"`);
  if (status === "blocked" && !o.reason?.trim()) throw new UsageError("block: --reason must not be empty");
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = setStatus(roadmap, { id, status, ...(o.force ? { force: true } : {}), ...(o.reason ? { reason: o.reason } : {}) });
    const word = STATUS_WORDS[status];
    if (o.force && edits.length > 0) {
      const blockers = transitionBlockers(roadmap, m, status);
      if (blockers.length > 0) ctx.err(`roadmark: --force: ${m.id} set to ${word} despite: ${blockers.join("; ")}\n`);
    }
    const from = m.status.value === "unknown" ? "no status" : STATUS_WORDS[m.status.value];
    const reason = status === "blocked" && o.reason ? ` (${shorten(o.reason.trim(), 60)})` : "";
    return {
      edits,
      done: m.status.value === status ? `${m.id}: still ${word}, reason updated${reason}` : `${m.id}: ${from} → ${word}${reason}`,
      noop: `${m.id}: already ${word}`,
    };
  });
}

/** `roadmark add TITLE [--focus] [--goal] [--depends] [--criterion]… [--deliverable]…`. */
export async function runAdd(ctx: CommandContext, title: string, o: EditFlags): Promise<number> {
  const depends =
    o.depends === undefined ? undefined : /^\s*(?:none|-)?\s*$/i.test(o.depends) ? [] : o.depends.split(",").map((d) => d.trim()).filter((d) => d !== "");
  const problem = titleProblem(title);
  if (problem) throw new UsageError(`add: ${problem}; nothing written`);
  const given = o.focus !== undefined && o.goal !== undefined && Boolean(o.criterion?.length) && Boolean(o.deliverable?.length);
  if (!given && !o.yes && !o.dryRun && onTerminal()) {
    // On a terminal, ask for what the flags did not give, so the new section has no placeholders.
    const { roadmap } = await loadRoadmap({ file: o.file, maxSize: o.maxSize, cwd: ctx.cwd });
    if (roadmap.format === "template") {
      const a = await withTerminal((ask) =>
        askAdd(ask, nextMilestoneId(roadmap), {
          ...(o.focus !== undefined ? { focus: o.focus } : {}),
          ...(o.goal !== undefined ? { goal: o.goal } : {}),
          ...(o.criterion?.length ? { criteria: o.criterion } : {}),
          ...(o.deliverable?.length ? { deliverables: o.deliverable } : {}),
        }),
      );
      o = { ...o, focus: a.focus ?? "", ...(a.goal !== undefined ? { goal: a.goal } : {}), criterion: a.criteria ?? [], deliverable: a.deliverables ?? [], asked: true };
    }
  }
  return editFile(ctx, o, (roadmap) => {
    const id = nextMilestoneId(roadmap);
    const edits = addMilestone(roadmap, {
      title,
      ...(o.focus !== undefined ? { focus: o.focus } : {}),
      ...(o.goal !== undefined ? { goal: o.goal } : {}),
      ...(depends ? { depends } : {}),
      ...(o.criterion?.length ? { criteria: o.criterion } : {}),
      ...(o.deliverable?.length || o.asked ? { deliverables: o.deliverable ?? [] } : {}),
    });
    return { edits, done: `${id}: added "${shorten(title.trim())}"`, noop: "nothing to add" };
  });
}

/** `roadmark learn ID TEXT`. */
export async function runLearn(ctx: CommandContext, id: string, text: string, o: EditFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const m = requireMilestone(roadmap, id);
    const edits = learn(roadmap, { id, text });
    return { edits, done: `${m.id}: learning added (${m.learnings.length + 1} in all)`, noop: `${m.id}: nothing to learn` };
  });
}

/** `roadmark sync`: the overview table rebuilt from the sections (the lint `overview-sync` fix). */
export async function runSync(ctx: CommandContext, o: EditFlags): Promise<number> {
  return editFile(ctx, o, (roadmap) => {
    const edits = syncOverview(roadmap);
    return { edits, done: `overview table synced (${edits.length} change${edits.length === 1 ? "" : "s"})`, noop: "overview table already in sync" };
  });
}
