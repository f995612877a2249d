// The one edit transaction every surface uses: lock, re-read inside the lock, check the expected
// hash, plan on those bytes, apply, diff, write atomically (temp file + rename), release.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { applyEdits } from "../edit/apply-edits.js";
import { unifiedDiff } from "../edit/unified-diff.js";
import { withFileLock, type LockOptions } from "../io/lock.js";
import { DEFAULT_MAX_SIZE, readTextFile, type ReadText } from "../io/read-file.js";
import { checkWritable, replaceFile, resolveTarget } from "../io/write-file.js";
import { InternalError, NotFoundError, StaleError, UsageError } from "../model/errors.js";
import type { Roadmap } from "../model/roadmap.js";
import { parseRoadmap } from "../parse/to-model.js";
import { hashOf, parseHash } from "./hash.js";
import { steered, steeringFor, UNSTEERED } from "./steer.js";
import { planEdit, type EditIntent, type EditNote, type PlanContext, type PlannedEdit } from "./plan-edit.js";
import { locateRoadmap, newRoadmapPath, type Located, type Workspace } from "./workspace.js";

export { EDIT_OPS, PLANNERS, planEdit, type EditIntent, type EditNote, type EditOp, type PlannedEdit, type PlanContext } from "./plan-edit.js";

/** How an edit runs. */
export interface EditOptions {
  /** The hash (`sha256:<hex>`) of the bytes the caller read: the edit is refused (STALE) when the file differs. */
  readonly expectHash?: string | undefined;
  /** Plan and diff only; write nothing (and take no lock). */
  readonly dryRun?: boolean | undefined;
  /** Override the gates (dependencies, criteria, one milestone at a time; `init` over an existing file). */
  readonly force?: boolean | undefined;
  /** How the writers' lock waits. */
  readonly lock?: LockOptions | undefined;
}

/** What an edit did (or, with `dryRun`, would do). */
export interface EditResult {
  /** The absolute path of the roadmap. */
  readonly file: string;
  /** The path as shown to the user. */
  readonly display: string;
  /** The hash of the file's bytes after the call (unchanged by a dry run or a no-op). */
  readonly hash: string;
  /** Whether the edit changes the file (with `dryRun`: would change it). */
  readonly changed: boolean;
  /** The unified diff of the change ("" when nothing changes). */
  readonly diff: string;
  /** The milestone the edit touched, when it touched one. */
  readonly milestone?: string;
  /** One line: what was done, or why nothing changed. */
  readonly message: string;
  readonly notes: readonly EditNote[];
  /** Notes about reading the file (parse notes), one line each. */
  readonly warnings: readonly string[];
  /** With `dryRun`: the text the file would hold. */
  readonly preview?: string;
  readonly dryRun: boolean;
}

function diffName(prefix: string, display: string): string {
  return `${prefix}/${display.split(path.sep).join("/").replace(/^\/+/, "")}`;
}

/** Reads the roadmap (a missing file is empty when `init` may create it). */
async function readForEdit(target: Located, ws: Workspace, mayCreate: boolean): Promise<{ file: ReadText; exists: boolean }> {
  try {
    return { file: await readTextFile(target.path, target.display, ws.maxSize ?? DEFAULT_MAX_SIZE), exists: true };
  } catch (e) {
    if (!mayCreate || !(e instanceof NotFoundError)) throw e;
    return { file: { path: target.path, bytes: Buffer.alloc(0), text: "", encoding: "utf-8", mode: 0o644 }, exists: false };
  }
}

/**
 * The transaction's refusal of a file it cannot write back byte for byte (not UTF-8). Exported for
 * an operation that must refuse before costly work and only then edits (verify's apply).
 */
export function refuseUnlessUtf8(file: Pick<ReadText, "encoding">, display: string): void {
  if (file.encoding !== "utf-8") throw new UsageError(`${display}: not valid UTF-8; roadmark edits UTF-8 files only, nothing written`, "convert the file to UTF-8 first");
}

/** A planner of an operation's own (verify's ticks): a pure function of the roadmap as read inside the lock. */
export type EditPlanner = (roadmap: Roadmap, ctx: PlanContext) => PlannedEdit;

/** What the transaction plans: an edit intent, or an operation's own planner. */
type Planned = EditIntent | { readonly op: "plan"; readonly plan: EditPlanner };

/** The body of the transaction on bytes read (under the lock unless a dry run). */
async function transact(target: Located, ws: Workspace, intent: Planned, opts: EditOptions, write: ((text: string, file: ReadText) => Promise<void>) | undefined): Promise<EditResult> {
  const { file, exists } = await readForEdit(target, ws, intent.op === "init");
  if (opts.expectHash !== undefined) {
    const expected = parseHash(opts.expectHash);
    if (!expected) throw new UsageError(`expected hash "${opts.expectHash}" is not of the form sha256:<64 hex digits>`);
    const hash = hashOf(file.bytes);
    if (expected !== hash) throw new StaleError(`${target.display}: the file changed since it was read (now ${hash}); nothing written`, hash);
  }
  refuseUnlessUtf8(file, target.display);
  // The same milestones every read finds: the nearest config's steering (none for `init`, which writes the template).
  const steering = exists && intent.op !== "init" ? steeringFor(target.path) : UNSTEERED;
  const roadmap = steered(steering, target.display, ws.cwd, () => parseRoadmap(file.text, steering.parse));
  const warnings = roadmap.notes.map((n) => `${target.display}: ${n.message}`);
  const ctx: PlanContext = { force: opts.force === true, path: target.path, display: target.display, exists };
  const plan = intent.op === "plan" ? intent.plan(roadmap, ctx) : planEdit(roadmap, intent, ctx);
  const { output, skipped } = applyEdits(roadmap.source, plan.edits);
  if (skipped.length > 0) throw new InternalError(`overlapping edits (${skipped.length}) for ${target.display}`);
  const changed = output !== roadmap.source || (!exists && intent.op === "init");
  const dryRun = opts.dryRun === true;
  if (changed && write) await write(output, file);
  // The hash and the diff cost a pass over the whole file each (a tenth of a 10 MB tick): worked
  // out when a surface reads them (--json, --dry-run, MCP), once, not for a plain `roadmark tick`.
  const hash = once(() => hashOf(changed && !dryRun ? output : file.bytes));
  const diff = once(() => (changed ? unifiedDiff(roadmap.source, output, { oldName: diffName("a", target.display), newName: diffName("b", target.display) }) : ""));
  return {
    file: target.path,
    display: target.display,
    get hash() {
      return hash();
    },
    changed,
    get diff() {
      return diff();
    },
    ...(plan.milestone !== undefined ? { milestone: plan.milestone } : {}),
    message: changed ? plan.message : plan.noop,
    notes: changed ? (plan.notes ?? []) : [],
    warnings,
    ...(dryRun ? { preview: output } : {}),
    dryRun,
  };
}

/** `compute`, run on the first call only. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Applies one edit to the workspace's roadmap. Writers hold the roadmap's advisory lock, re-read
 * the file inside it and plan on those bytes, so two writers never interleave and none is lost;
 * the new text replaces the file atomically. Throws typed errors: STALE (`expectHash` differs,
 * with `currentHash`), REFUSED (a gate, with the blockers), NOT_FOUND, BAD_INPUT, LOCKED.
 */
export async function edit(ws: Workspace, intent: EditIntent, opts: EditOptions = {}): Promise<EditResult> {
  return run(ws, intent, opts);
}

/**
 * The same transaction for an operation whose edits are not an `EditIntent` (verify's ticks):
 * `plan` runs on the bytes read inside the lock, after the `expectHash` check.
 */
export async function editWith(ws: Workspace, plan: EditPlanner, opts: EditOptions = {}): Promise<EditResult> {
  return run(ws, { op: "plan", plan }, opts);
}

async function run(ws: Workspace, intent: Planned, opts: EditOptions): Promise<EditResult> {
  const located = intent.op === "init" ? newRoadmapPath(ws) : locateRoadmap(ws);
  if (opts.dryRun) return transact(located, ws, intent, opts, undefined);
  const target: Located = { path: await resolveTarget(located.path), display: located.display };
  await mkdir(path.dirname(target.path), { recursive: true }).catch(() => undefined); // `init -f docs/ROADMAP.md` in a new repo
  return withFileLock(
    target.path,
    target.display,
    (lock) =>
      transact(target, ws, intent, opts, async (text, file) => {
        await checkWritable(target.path, target.display, { mode: file.mode });
        await replaceFile(target.path, text, { mode: file.mode, display: target.display }, lock, file.bytes.length > 0 || intent.op !== "init" ? file.bytes : undefined);
      }),
    opts.lock,
  );
}
