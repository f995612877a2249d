// `init` as an operation: the new roadmap (through the one edit transaction) and the
// Development Cadence guide its link points to, written so that a failure of either leaves neither.
import { lstat, mkdir, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { cadenceGuide, cadenceGuidePlacement, type MilestoneDraft } from "../edit/operations/init.js";
import { displayPath } from "../io/load-roadmap.js";
import { UsageError } from "../model/errors.js";
import { edit, type EditOptions, type EditResult } from "./edit.js";
import { newRoadmapPath, type Workspace } from "./workspace.js";

/** What to initialise: the project's name and either a milestone count or the milestones themselves. */
export interface InitRequest {
  readonly name?: string;
  readonly milestones?: number;
  readonly drafts?: readonly MilestoneDraft[];
}

/** The roadmap's edit result, and what happened to the guide. */
export interface InitResult extends EditResult {
  readonly guide: {
    readonly path: string;
    readonly display: string;
    /** `written` (new), `kept` (one existed and was left alone), or `planned` (dry run). */
    readonly state: "written" | "kept" | "planned";
  };
}

/** Where `init` would put the roadmap and its guide, and whether a guide exists there already. */
export async function initTargets(ws: Workspace): Promise<{ roadmap: string; guide: string; guideDisplay: string; link: string; guideExists: boolean }> {
  const roadmap = newRoadmapPath(ws).path;
  const placement = cadenceGuidePlacement(roadmap, ws.cwd);
  const guideDisplay = displayPath(placement.guide, ws.cwd);
  const state = await pathState(placement.guide);
  if (state === "other") throw new UsageError(`${guideDisplay}: exists and is not a regular file (the Development Cadence guide goes there); nothing written`);
  return { roadmap, guide: placement.guide, guideDisplay, link: placement.link, guideExists: state === "file" };
}

/**
 * Writes a new roadmap and, unless one exists, the Development Cadence guide it links to
 * (`cadenceGuidePlacement`). Everything is checked first (a dry run of the roadmap's edit);
 * then the guide is written as a new file, then the roadmap; if the roadmap fails, the guide and
 * every directory made for either are removed again. An existing guide is never overwritten.
 */
export async function init(ws: Workspace, req: InitRequest, opts: EditOptions = {}): Promise<InitResult> {
  const t = await initTargets(ws);
  const intent = {
    op: "init" as const,
    ...(req.name !== undefined ? { name: req.name } : {}),
    ...(req.milestones !== undefined ? { milestones: req.milestones } : {}),
    ...(req.drafts ? { drafts: req.drafts } : {}),
    cadenceLink: t.link,
  };
  const guide = (state: InitResult["guide"]["state"]): InitResult["guide"] => ({ path: t.guide, display: t.guideDisplay, state });
  if (opts.dryRun) return { ...(await edit(ws, intent, opts)), guide: guide(t.guideExists ? "kept" : "planned") };
  await edit(ws, intent, { ...opts, dryRun: true }); // every refusal before anything is written
  const made: string[] = [];
  let wroteGuide = false;
  try {
    if (!t.guideExists) {
      made.push(...(await makeDirs(path.dirname(t.guide), t.guideDisplay, ws.cwd)));
      await writeNewFile(t.guide, cadenceGuide(), t.guideDisplay);
      wroteGuide = true;
    }
    made.push(...(await makeDirs(path.dirname(t.roadmap), displayPath(t.roadmap, ws.cwd), ws.cwd)));
    return { ...(await edit(ws, intent, opts)), guide: guide(t.guideExists ? "kept" : "written") };
  } catch (e) {
    if (wroteGuide) await unlink(t.guide).catch(() => undefined);
    for (const d of made.reverse()) await rmdir(d).catch(() => undefined);
    throw e;
  }
}

/** What is at a path: nothing, a regular file (or a link to one), or something else. */
async function pathState(p: string): Promise<"missing" | "file" | "other"> {
  const l = await lstat(p).catch(() => undefined);
  if (!l) return "missing";
  const s = await stat(p).catch(() => undefined);
  return s?.isFile() ? "file" : "other";
}

/** Makes `dir` and its missing parents; returns the ones it made, outermost first. */
async function makeDirs(dir: string, display: string, cwd: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    const s = await stat(d).catch(() => undefined);
    if (s) {
      if (!s.isDirectory()) throw new UsageError(`${display}: ${displayPath(d, cwd)} is not a directory; nothing written`);
      break;
    }
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new UsageError(`${display}: cannot create ${displayPath(d, cwd)}: ${fsReason(e)}; nothing written`);
    }
  }
  return missing;
}

/** Writes a file that must not exist yet (exclusive create). */
async function writeNewFile(file: string, text: string, display: string): Promise<void> {
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") await unlink(file).catch(() => undefined);
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
