// `roadmark verify`'s results, pure part (issue 15): the shapes of a run, its summary and exit
// code, how criteria share a command, and the box edits a run implies. Choosing, gating,
// running and recording are the operations layer's (ops/verify.ts).
import type { Criterion, Milestone, Roadmap } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import type { VerifyStatus } from "./types.js";

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

/** The `verify --json` document. */
export interface VerifyJson {
  readonly results: readonly VerifyResult[];
  readonly summary: VerifySummary;
}

/** A distinct command to run and the criteria that share it (same command, same timeout). */
export interface CommandGroup {
  readonly command: string;
  readonly timeoutMs: number | undefined;
  readonly targets: readonly VerifyTarget[];
}

/** The distinct (command, timeout) pairs of `targets`, in document order, leaving out `skip`'s commands. */
export function groupByCommand(targets: readonly VerifyTarget[], skip: ReadonlySet<string> = new Set()): CommandGroup[] {
  const groups = new Map<string, { command: string; timeoutMs: number | undefined; targets: VerifyTarget[] }>();
  for (const t of targets) {
    const { command, timeoutMs } = t.criterion.verify;
    if (skip.has(command)) continue;
    const key = `${timeoutMs ?? ""}\0${command}`;
    const g = groups.get(key);
    if (g) g.targets.push(t);
    else groups.set(key, { command, timeoutMs, targets: [t] });
  }
  return [...groups.values()];
}

/** The counts of `results`. */
export function summarise(results: readonly VerifyResult[]): VerifySummary {
  const n = (s: VerifyStatus): number => results.filter((r) => r.status === s).length;
  return { total: results.length, passed: n("passed"), failed: n("failed"), timed_out: n("timed_out"), untrusted: n("untrusted") };
}

/** The exit code a run means: 2 when any command was left unrun for lack of approval, 1 on a failure or time-out, else 0. */
export function verifyExitCode(report: { readonly summary: VerifySummary }): 0 | 1 | 2 {
  const s = report.summary;
  if (s.untrusted > 0) return 2;
  return s.failed > 0 || s.timed_out > 0 ? 1 : 0;
}

/**
 * The box edits a run implies on the roadmap it ran on (pure): tick the unticked criteria
 * whose command passed; with `strict`, also untick the ticked ones whose command failed or
 * timed out. Untrusted results change nothing; a result that no longer matches its criterion
 * (text or command) changes nothing.
 */
export function verifyTickEdits(roadmap: Roadmap, report: { readonly results: readonly VerifyResult[] }, opts: { readonly strict?: boolean } = {}): TextEdit[] {
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
