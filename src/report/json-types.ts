import type { Severity } from "../model/diagnostic.js";
import type { Status } from "../model/status.js";

/** `lint --format json`: one entry per file (CONTRACT.md). */
export interface LintFileJson {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnosticJson[];
}

/** One finding in `lint --format json`; line and column are 1-based, end exclusive column. */
export interface LintDiagnosticJson {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fixable: boolean;
}

/** `history --json` (CONTRACT.md). */
export interface HistoryJson {
  readonly file: string;
  readonly commits: number;
  readonly points: readonly HistoryPointJson[];
  readonly milestones: readonly HistoryMilestoneJson[];
}

/** One commit that changed the roadmap. */
export interface HistoryPointJson {
  readonly commit: string;
  readonly date: string;
  readonly done: number;
  readonly total: number;
  readonly milestones: Readonly<Record<string, { readonly status: Status; readonly done: number; readonly total: number }>>;
  /** Criteria this commit ticked relative to the file's previous version (0 for merges and the first version). */
  readonly ticked?: number;
}

/** Derived dates per milestone; null where the history does not show it. */
export interface HistoryMilestoneJson {
  readonly id: string;
  readonly title: string;
  readonly addedAt: string | null;
  readonly startedAt: string | null;
  readonly doneAt: string | null;
  readonly cycleDays: number | null;
}

/** `forecast --json` (CONTRACT.md). */
export interface ForecastJson {
  readonly asOf: string;
  readonly runs: number;
  readonly windowDays: number;
  readonly milestones: readonly { readonly id: string; readonly remaining: number; readonly p50: string | null; readonly p85: string | null; readonly p95: string | null }[];
  /** Present when there is too little history to forecast. */
  readonly note?: string;
  /** The seed used (pass it as `--seed` to reproduce the run). */
  readonly seed?: number;
  /** Criteria ticked in the window, and over how many days. */
  readonly throughput?: { readonly ticks: number; readonly days: number };
}
