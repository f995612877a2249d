// The record of what held (issue 15, point 4), pure part: each criterion's latest result as kept
// per clone in the git directory (`<git-dir>/roadmark/verify.json`, never committed), its
// lenient parser, merging, and what a criterion shows. Reading and writing the file are
// io/verify-record.ts; finding the git directory is the operations layer's (ops/verify.ts).
import { createHash } from "node:crypto";
import type { Criterion, Milestone } from "../model/roadmap.js";
import { RUN_STATUSES, type RunStatus, type VerifyState } from "./types.js";

/** One criterion's latest result. */
export interface RecordEntry {
  readonly milestone: string;
  readonly text: string;
  /** sha256 (hex) of the exact command text that ran. */
  readonly commandHash: string;
  readonly status: RunStatus;
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** When the run ended (ISO 8601). */
  readonly at: string;
  /** The commit HEAD pointed at, or null in a repository without commits. */
  readonly commit: string | null;
}

/** The record file's content. */
export interface VerifyRecord {
  readonly version: 1;
  readonly results: Readonly<Record<string, RecordEntry>>;
}

/** The empty record. */
export const EMPTY_RECORD: VerifyRecord = { version: 1, results: {} };

/** sha256 (hex) of a command's exact text. */
export function commandHash(command: string): string {
  return createHash("sha256").update(command, "utf8").digest("hex");
}

/** The record key of a criterion: its milestone's id and its text (a criterion keeps its results when its command changes). */
export function recordKey(milestoneId: string, criterionText: string): string {
  return `${milestoneId}\n${criterionText}`;
}

function isEntry(x: unknown): x is RecordEntry {
  if (typeof x !== "object" || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.milestone === "string" &&
    typeof e.text === "string" &&
    typeof e.commandHash === "string" &&
    (RUN_STATUSES as readonly unknown[]).includes(e.status) &&
    (e.exitCode === null || typeof e.exitCode === "number") &&
    typeof e.durationMs === "number" &&
    typeof e.at === "string" &&
    (e.commit === null || typeof e.commit === "string")
  );
}

/** Parses a record file's text; anything unreadable (or an entry of the wrong shape) is dropped. */
export function parseRecord(text: string): VerifyRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return EMPTY_RECORD;
  }
  if (typeof raw !== "object" || raw === null || (raw as { version?: unknown }).version !== 1) return EMPTY_RECORD;
  const results: Record<string, RecordEntry> = {};
  const given = (raw as { results?: unknown }).results;
  if (typeof given === "object" && given !== null) for (const [k, v] of Object.entries(given)) if (isEntry(v)) results[k] = v;
  return { version: 1, results };
}

/** The record with `entries` merged over it (pure). */
export function mergeRecord(record: VerifyRecord, entries: readonly RecordEntry[]): VerifyRecord {
  const results: Record<string, RecordEntry> = { ...record.results };
  for (const e of entries) results[recordKey(e.milestone, e.text)] = e;
  return { version: 1, results };
}

/** A criterion's latest result and what it shows. */
export interface CriterionVerifyState {
  readonly state: VerifyState;
  /** The latest result recorded for this criterion (null when none). */
  readonly last: RecordEntry | null;
}

/** The latest result for `c` whose command is the current one (for `verify-failing`), or undefined. */
export function currentResult(record: VerifyRecord, m: Pick<Milestone, "id">, c: Pick<Criterion, "text" | "verify">): RecordEntry | undefined {
  if (!c.verify) return undefined;
  const e = record.results[recordKey(m.id, c.text)];
  return e && e.commandHash === commandHash(c.verify.command) ? e : undefined;
}

/**
 * What a criterion with a command shows: stale when its command changed or HEAD moved since its
 * latest run; otherwise verified (passed) or failing (failed, timed out); none without a run.
 */
export function criterionState(record: VerifyRecord, head: string | null, m: Pick<Milestone, "id">, c: Pick<Criterion, "text" | "verify">): CriterionVerifyState {
  if (!c.verify) return { state: "none", last: null };
  const last = record.results[recordKey(m.id, c.text)] ?? null;
  if (!last) return { state: "none", last: null };
  if (last.commandHash !== commandHash(c.verify.command) || last.commit !== head) return { state: "stale", last };
  return { state: last.status === "passed" ? "verified" : "failing", last };
}

/** The record of verify runs and the commit HEAD points at (absent outside git). */
export interface VerifyContext {
  readonly record: VerifyRecord;
  readonly head: string | null;
}
