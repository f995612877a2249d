// `roadmark verify` as a library call (issue 15): choose the criteria with a command, hold back
// the unapproved ones, run the rest, record the results. The CLI, the operations layer, the MCP
// tool and the action call `runVerify`; none of this prints, prompts or exits.
import path from "node:path";
import { requireMilestone } from "../edit/find.js";
import type { Criterion, Milestone, Roadmap } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { commandHash, findGitPlace, writeRecord, type GitPlace, type RecordEntry } from "./record.js";
import { runCommands, type CommandResult } from "./run.js";
import { checkTrust, type TrustOptions } from "./trust.js";
import type { RunStatus, VerifyStatus } from "./types.js";

/** A criterion with a command, as chosen for a run. */
export interface VerifyTarget {
  readonly milestone: Milestone;
  /** 1-based position among the milestone's criteria (as `tick ID N` takes it). */
  readonly index: number;
  readonly criterion: Criterion & { readonly verify: NonNullable<Criterion["verify"]> };
}

/** One criterion's outcome (`verify --json` `results[]`). */
export interface VerifyResult {
  readonly milestone: string;
  readonly index: number;
  readonly text: string;
  readonly command: string;
  readonly status: VerifyStatus;
  /** null when it did not run (untrusted), timed out, or could not start. */
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly outputTail: string;
}

/** Counts of a run (`verify --json` `summary`). */
export interface VerifySummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly timed_out: number;
  /** Left unrun for lack of approval. */
  readonly untrusted: number;
}

/** What `runVerify` returns. */
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

/** Where a roadmap's commands run and its results are recorded. */
export interface VerifyPlace {
  readonly root: string;
  readonly git: GitPlace | undefined;
}

/** The repository root of the roadmap at `file` (its folder outside git) and its git place. */
export async function verifyPlace(file: string): Promise<VerifyPlace> {
  const dir = path.dirname(path.resolve(file));
  const git = await findGitPlace(dir);
  return { root: git?.top ?? dir, git };
}

/**
 * The criteria with a command in the milestones `ids` (each resolved like `tick`'s, an unknown id
 * is a UsageError), or by default in every milestone that is not cancelled; in document order.
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

/** Options of `runVerify`. */
export interface RunVerifyOptions {
  readonly roadmap: Roadmap;
  /** The roadmap's path (its repository root is where commands run). */
  readonly file: string;
  /** Milestone ids; default every milestone not cancelled. */
  readonly ids?: readonly string[];
  readonly jobs?: number;
  /** Timeout of commands that give none, in ms (default 120 s). */
  readonly timeoutMs?: number;
  readonly graceMs?: number;
  readonly trust?: TrustOptions;
  /** Where commands run and results go (looked up from `file` when absent). */
  readonly place?: VerifyPlace;
  /** Aborting ends every running command group; `runVerify` then rejects with RunInterruptedError and records nothing. */
  readonly signal?: AbortSignal;
  /** Progress: a distinct command starts / ends (`targets` are the criteria that share it). */
  readonly onStart?: (command: string, targets: readonly VerifyTarget[]) => void;
  readonly onEnd?: (command: string, targets: readonly VerifyTarget[], result: CommandResult) => void;
  /** Keep results in the record (default true; nothing is recorded outside git). */
  readonly record?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

function summarise(results: readonly VerifyResult[]): VerifySummary {
  const n = (s: VerifyStatus): number => results.filter((r) => r.status === s).length;
  return { total: results.length, passed: n("passed"), failed: n("failed"), timed_out: n("timed_out"), untrusted: n("untrusted") };
}

/**
 * Runs the approved commands of the chosen criteria (a command shared by several criteria with
 * the same timeout runs once), reports unapproved ones as `untrusted` without running them, and
 * records the results in the clone's git directory. Never approves anything.
 */
export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const place = o.place ?? (await verifyPlace(o.file));
  const targets = selectTargets(o.roadmap, o.ids);
  const unapproved = new Set(await unapprovedCommands(place.root, targets, o.trust));
  // Distinct (command, timeout) pairs among the approved targets, in document order.
  const groups = new Map<string, { command: string; timeoutMs: number | undefined; targets: VerifyTarget[] }>();
  for (const t of targets) {
    const { command, timeoutMs } = t.criterion.verify;
    if (unapproved.has(command)) continue;
    const key = `${timeoutMs ?? ""}\0${command}`;
    const g = groups.get(key);
    if (g) g.targets.push(t);
    else groups.set(key, { command, timeoutMs, targets: [t] });
  }
  const batch = [...groups.values()];
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
    const entries: RecordEntry[] = results
      .filter((r): r is VerifyResult & { status: RunStatus } => r.status !== "untrusted")
      .map((r) => ({ milestone: r.milestone, text: r.text, commandHash: commandHash(r.command), status: r.status, exitCode: r.exitCode, durationMs: r.durationMs, at, commit: place.git!.head }));
    if (entries.length > 0) await writeRecord(place.git.recordFile, entries);
    recordFile = place.git.recordFile;
  }
  return { results, summary: summarise(results), root: place.root, recordFile, head: place.git?.head ?? null };
}

/** The exit code a report means: 2 when any command was left unrun for lack of approval, 1 on a failure or time-out, else 0. */
export function verifyExitCode(report: Pick<VerifyReport, "summary">): 0 | 1 | 2 {
  const s = report.summary;
  if (s.untrusted > 0) return 2;
  return s.failed > 0 || s.timed_out > 0 ? 1 : 0;
}

/**
 * The box edits a report implies on the roadmap it ran on (pure): tick the unticked criteria
 * whose command passed; with `strict`, also untick the ticked ones whose command failed or
 * timed out. Untrusted results change nothing.
 */
export function verifyTickEdits(roadmap: Roadmap, report: Pick<VerifyReport, "results">, opts: { readonly strict?: boolean } = {}): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<Criterion>();
  for (const r of report.results) {
    const m = roadmap.milestones.find((x) => x.id === r.milestone);
    const c = m?.criteria[r.index - 1];
    if (!c || seen.has(c) || c.text !== r.text || c.verify?.command !== r.command) continue;
    seen.add(c);
    if (r.status === "passed" && !c.checked) edits.push({ start: c.box.start, end: c.box.end, text: "x" });
    else if (opts.strict && c.checked && (r.status === "failed" || r.status === "timed_out")) edits.push({ start: c.box.start, end: c.box.end, text: " " });
  }
  return edits.sort((a, b) => a.start - b.start);
}
