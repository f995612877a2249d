// The verify operation (issue 15): choose the criteria with a command, hold back the unapproved
// ones, run the rest in their own process groups, record the results in the clone's git
// directory, and (when asked) tick or untick boxes through the one edit transaction, checked
// against the hash of the bytes the run started from. Every surface (CLI, MCP) calls `verify`;
// none of this prints, prompts or exits. Approving is a separate call (`approveVerifyCommands`)
// that only a person's surface makes.
import { requireMilestone, shorten } from "../edit/find.js";
import type { LockOptions } from "../io/lock.js";
import { runCommands, type CommandResult } from "../io/run-command.js";
import { approveCommands, checkTrust } from "../io/trust-store.js";
import { writeRecord } from "../io/verify-record.js";
import { StaleError, UsageError } from "../model/errors.js";
import type { Roadmap } from "../model/roadmap.js";
import { commandHash, type RecordEntry } from "../verify/record.js";
import { groupByCommand, summarise, verifyTickEdits, type VerifyResult, type VerifySummary, type VerifyTarget } from "../verify/results.js";
import type { TrustOptions } from "../verify/trust.js";
import type { RunStatus } from "../verify/types.js";
import { editWith, refuseUnlessUtf8 } from "./edit.js";
import { readRoadmap } from "./read.js";
import { verifyPlace, type VerifyPlace } from "./verify-context.js";

export { findGitPlace, readVerifyContext, verifyPlace, type GitPlace, type VerifyPlace } from "./verify-context.js";
import type { Workspace } from "./workspace.js";

/**
 * The criteria with a command in the milestones `ids` (each resolved like `tick`'s, an unknown id
 * is a NOT_FOUND error), or by default in every milestone that is not cancelled; in document order.
 */
export function selectTargets(roadmap: Roadmap, ids?: readonly string[]): VerifyTarget[] {
  const milestones = ids && ids.length > 0 ? [...new Set(ids.map((id) => requireMilestone(roadmap, id)))] : roadmap.milestones.filter((m) => m.status.value !== "cancelled");
  const order = new Map(roadmap.milestones.map((m, i) => [m, i]));
  milestones.sort((a, b) => order.get(a)! - order.get(b)!);
  const out: VerifyTarget[] = [];
  for (const m of milestones)
    m.criteria.forEach((c, i) => {
      if (c.verify) out.push({ milestone: m, index: i + 1, criterion: c as VerifyTarget["criterion"] });
    });
  return out;
}

/** The distinct commands of `targets` that are not approved for `root` yet. */
export async function unapprovedCommands(root: string, targets: readonly VerifyTarget[], trust: TrustOptions = {}): Promise<string[]> {
  return (await checkTrust(root, targets.map((t) => t.criterion.verify.command), trust)).unapproved;
}

/** What a run of commands reports (before any box is changed). */
export interface VerifyReport {
  readonly results: readonly VerifyResult[];
  readonly summary: VerifySummary;
  /** The directory the commands ran in (the git work tree's top, else the roadmap's folder). */
  readonly root: string;
  /** Where the results were recorded; null outside git (no record is kept). */
  readonly recordFile: string | null;
  /** The commit HEAD pointed at (null outside git or before the first commit). */
  readonly head: string | null;
}

/** How commands run: shared by `runVerify` and the `verify` operation. */
export interface RunSettings {
  readonly jobs?: number | undefined;
  /** Timeout of commands that give none, in ms (default 120 s). */
  readonly timeoutMs?: number | undefined;
  readonly graceMs?: number | undefined;
  readonly trust?: TrustOptions | undefined;
  /** Aborting ends every running command group; the call then rejects with RunInterruptedError and records and writes nothing. */
  readonly signal?: AbortSignal | undefined;
  /** Progress: a distinct command starts / ends (`targets` are the criteria that share it). */
  readonly onStart?: ((command: string, targets: readonly VerifyTarget[]) => void) | undefined;
  readonly onEnd?: ((command: string, targets: readonly VerifyTarget[], result: CommandResult) => void) | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/** Options of `runVerify`. */
export interface RunVerifyOptions extends RunSettings {
  readonly roadmap: Roadmap;
  /** The roadmap's path (its repository root is where commands run). */
  readonly file: string;
  /** Milestone ids; default every milestone not cancelled. */
  readonly ids?: readonly string[] | undefined;
  /** Where commands run and results go (looked up from `file` when absent). */
  readonly place?: VerifyPlace;
  /** Keep results in the record (default true; nothing is recorded outside git). */
  readonly record?: boolean;
}

/**
 * Runs the approved commands of the chosen criteria of a parsed roadmap (a command shared by
 * several criteria with the same timeout runs once), reports unapproved ones as `untrusted`
 * without running them, and records the results in the clone's git directory. Never approves.
 */
export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const place = o.place ?? (await verifyPlace(o.file));
  const targets = selectTargets(o.roadmap, o.ids);
  const unapproved = new Set(await unapprovedCommands(place.root, targets, o.trust));
  const batch = groupByCommand(targets, unapproved);
  const ran = await runCommands(
    batch.map((g) => ({ command: g.command, ...(g.timeoutMs !== undefined ? { timeoutMs: g.timeoutMs } : {}) })),
    {
      cwd: place.root,
      ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.graceMs !== undefined ? { graceMs: o.graceMs } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.env ? { env: o.env } : {}),
      onStart: (i) => o.onStart?.(batch[i]!.command, batch[i]!.targets),
      onEnd: (i, r) => o.onEnd?.(batch[i]!.command, batch[i]!.targets, r),
    },
  );
  const byTarget = new Map<VerifyTarget, CommandResult>();
  batch.forEach((g, i) => g.targets.forEach((t) => byTarget.set(t, ran[i]!)));
  const results: VerifyResult[] = targets.map((t) => {
    const r = byTarget.get(t);
    const base = { milestone: t.milestone.id, index: t.index, text: t.criterion.text, command: t.criterion.verify.command };
    return r
      ? { ...base, status: r.status, exitCode: r.exitCode, durationMs: r.durationMs, outputTail: r.outputTail }
      : { ...base, status: "untrusted", exitCode: null, durationMs: 0, outputTail: "" };
  });
  let recordFile: string | null = null;
  if (o.record !== false && place.git) {
    const at = new Date().toISOString();
    const head = place.git.head;
    const entries: RecordEntry[] = results
      .filter((r): r is VerifyResult & { status: RunStatus } => r.status !== "untrusted")
      .map((r) => ({ milestone: r.milestone, text: r.text, commandHash: commandHash(r.command), status: r.status, exitCode: r.exitCode, durationMs: r.durationMs, at, commit: head }));
    if (entries.length > 0) await writeRecord(place.git.recordFile, entries);
    recordFile = place.git.recordFile;
  }
  return { results, summary: summarise(results), root: place.root, recordFile, head: place.git?.head ?? null };
}

/** What to verify, and what to do with the results. */
export interface VerifyRequest extends RunSettings {
  /** Milestone ids; default every milestone not cancelled. */
  readonly ids?: readonly string[] | undefined;
  /** Tick the unticked criteria whose command passed (through the edit transaction). */
  readonly apply?: boolean | undefined;
  /** With `apply`: also untick the ticked criteria whose command failed or timed out. */
  readonly strict?: boolean | undefined;
  /**
   * Approve every unapproved command of the selection before running (the CLI's `--yes`, where
   * the person running it opts in). The agents' server never sets it.
   */
  readonly approveAll?: boolean | undefined;
  /** How the writers' lock waits (with `apply`). */
  readonly lock?: LockOptions | undefined;
}

/** What `apply` did. */
export interface VerifyApplied {
  /** Boxes changed (0: nothing to change). */
  readonly changed: number;
  /** The file's hash after the edit (the run's `hash` when nothing changed). */
  readonly hash: string;
  /** The unified diff of the change ("" when nothing changed). */
  readonly diff: string;
}

/** What the `verify` operation returns. */
export interface VerifyRun extends VerifyReport {
  /** The absolute path of the roadmap, and as shown to the user. */
  readonly file: string;
  readonly display: string;
  /** The hash of the bytes the run started from (`sha256:<hex>`). */
  readonly hash: string;
  /** How many criteria of the selection name a command. */
  readonly targets: number;
  /** Commands this call approved (`approveAll`). */
  readonly approved: readonly string[];
  /** Distinct commands left unrun for lack of approval. */
  readonly unapproved: readonly string[];
  /** With `apply`: the boxes changed; otherwise null. */
  readonly applied: VerifyApplied | null;
  /** Notes about reading the file, one line each. */
  readonly warnings: readonly string[];
}

/**
 * Verifies the workspace's roadmap: runs the approved commands of the chosen criteria, reports
 * the rest as `untrusted`, records the results, and with `apply` changes the boxes the results
 * imply through the edit transaction with the hash of the bytes the run started from, so a
 * roadmap changed on disk during the run is refused (STALE) and nothing is written. Throws
 * typed errors (NOT_FOUND for an unknown milestone, BAD_INPUT, STALE, LOCKED); an aborted
 * `signal` rejects with RunInterruptedError once every command group has ended.
 */
export async function verify(ws: Workspace, req: VerifyRequest = {}): Promise<VerifyRun> {
  if (req.strict && !req.apply) throw new UsageError("verify: strict changes what apply writes; nothing to untick without apply");
  const r = await readRoadmap(ws);
  const { display } = r;
  // Refused before any command runs, as the edit transaction would refuse the ticks afterwards.
  if (req.apply) refuseUnlessUtf8(r.file, display);
  const targets = selectTargets(r.roadmap, req.ids);
  const place = await verifyPlace(r.file.path);
  let approved: string[] = [];
  if (req.approveAll && targets.length > 0) {
    approved = await unapprovedCommands(place.root, targets, req.trust);
    await approveCommands(place.root, approved, req.trust);
  }
  const report = await runVerify({ ...req, roadmap: r.roadmap, file: r.file.path, place });
  const unapproved = [...new Set(report.results.filter((x) => x.status === "untrusted").map((x) => x.command))];
  let applied: VerifyApplied | null = null;
  if (req.apply) {
    const edits = verifyTickEdits(r.roadmap, report, { strict: req.strict === true });
    if (edits.length === 0) applied = { changed: 0, hash: r.hash, diff: "" };
    else {
      try {
        const done = await editWith(
          { ...ws, file: r.file.path },
          (roadmap) => {
            const now = verifyTickEdits(roadmap, report, { strict: req.strict === true });
            const n = now.length;
            return { edits: now, message: `${n} box${n === 1 ? "" : "es"} changed`, noop: "nothing to change" };
          },
          { expectHash: r.hash, ...(req.lock ? { lock: req.lock } : {}) },
        );
        applied = { changed: done.changed ? edits.length : 0, hash: done.hash, diff: done.diff };
      } catch (e) {
        if (e instanceof StaleError) throw new StaleError(`${display}: the roadmap changed on disk during the run (now ${e.currentHash}); nothing written`, e.currentHash);
        throw e;
      }
    }
  }
  return { ...report, file: r.file.path, display, hash: r.hash, targets: targets.length, approved, unapproved, applied, warnings: r.warnings };
}

/** The commands of a selection and which of them still need approval. */
export interface VerifyTrustState {
  /** The repository root the approvals are keyed on. */
  readonly root: string;
  readonly display: string;
  /** How many criteria of the selection name a command. */
  readonly targets: number;
  /** The distinct commands of the selection. */
  readonly commands: readonly string[];
  readonly unapproved: readonly string[];
  readonly warnings: readonly string[];
}

/** Which commands of the chosen milestones (default: every one not cancelled) are not approved yet. Runs nothing. */
export async function verifyTrustState(ws: Workspace, req: { readonly ids?: readonly string[] | undefined; readonly trust?: TrustOptions | undefined } = {}): Promise<VerifyTrustState> {
  const r = await readRoadmap(ws);
  const targets = selectTargets(r.roadmap, req.ids);
  const place = await verifyPlace(r.file.path);
  const commands = [...new Set(targets.map((t) => t.criterion.verify.command))];
  const unapproved = await unapprovedCommands(place.root, targets, req.trust);
  return { root: place.root, display: r.display, targets: targets.length, commands, unapproved, warnings: r.warnings };
}

/**
 * Approves `commands` for the roadmap's repository; only commands the roadmap names are
 * approved (any other is refused as BAD_INPUT). For a person's surface (a terminal's y/N, CI's
 * opt-in); the agents' server never calls it.
 */
export async function approveVerifyCommands(ws: Workspace, commands: readonly string[], trust: TrustOptions = {}): Promise<{ root: string; approved: readonly string[] }> {
  const r = await readRoadmap(ws);
  const named = new Set<string>();
  for (const m of r.roadmap.milestones) for (const c of m.criteria) if (c.verify) named.add(c.verify.command);
  const foreign = commands.filter((c) => !named.has(c));
  if (foreign.length > 0) throw new UsageError(`${r.display}: names no command \`${shorten(foreign[0]!, 60)}\`; nothing approved`);
  const place = await verifyPlace(r.file.path);
  await approveCommands(place.root, commands, trust);
  return { root: place.root, approved: [...new Set(commands)] };
}
