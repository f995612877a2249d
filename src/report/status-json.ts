import type { Milestone, Roadmap } from "../model/roadmap.js";
import type { Status } from "../model/status.js";
import type { Reading } from "../model/reading.js";
import { criterionState, type VerifyContext } from "../verify/record.js";
import type { RunStatus, VerifyState } from "../verify/types.js";
import { currentMilestone, milestoneProgress, nextStep, roadmapProgress, type NextStep, type Progress } from "./summary.js";

export type { VerifyContext } from "../verify/record.js";

/** `status --json`, schemaVersion 1 (CONTRACT.md). */
export interface StatusJson {
  readonly schemaVersion: 1;
  readonly file: string;
  /** `sha256:<hex of the file's bytes>`, when the document was read from a file. */
  readonly hash?: string;
  readonly format: Roadmap["format"];
  readonly title: string;
  readonly milestones: readonly MilestoneJson[];
  readonly progress: Progress;
  readonly current: string | null;
  readonly next: NextStep | null;
  /** Which sequence was read as the milestones, and the candidates with their scores. */
  readonly reading: Reading;
}

/** One milestone in `status --json`. */
export interface MilestoneJson {
  readonly id: string;
  readonly title: string;
  readonly focus: string | null;
  readonly status: Status;
  readonly statusText: string;
  readonly inferredStatus: Status;
  readonly goal: string | null;
  readonly criteria: readonly CriterionJson[];
  readonly deliverables: readonly string[];
  readonly dependsOn: readonly string[];
  readonly learnings: readonly string[];
  readonly progress: Progress;
  readonly line: number;
}

/** One criterion in `status --json`. */
export interface CriterionJson {
  readonly text: string;
  readonly checked: boolean;
  readonly line: number;
  /** The command that proves it (``Verify: `…` ``), or null. */
  readonly verify: { readonly command: string; readonly timeoutMs?: number } | null;
  /** Its latest recorded run and what it shows; null without a command or without a run. */
  readonly verifyResult: VerifyResultJson | null;
}

/** A criterion's latest run as `status --json` gives it. */
export interface VerifyResultJson {
  readonly state: Exclude<VerifyState, "none">;
  readonly status: RunStatus;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly at: string;
  readonly commit: string | null;
}

/**
 * The `status --json` document with its milestones still to be built: `head` holds every member
 * in order (`milestones` as an empty placeholder), `milestones(from, to)` builds that slice. A
 * writer building them a slice at a time never holds all of a large roadmap's at once.
 */
export interface LazyStatusJson {
  readonly head: Omit<StatusJson, "milestones"> & { readonly milestones: readonly [] };
  readonly count: number;
  milestones(from: number, to: number): MilestoneJson[];
}

/**
 * Builds the `status --json` document for a parsed roadmap: `hash` (of the file's bytes) when it
 * was read from a file, and `verify` (the record and HEAD) adds each criterion's latest run.
 */
export function toStatusJson(r: Roadmap, file: string, hash?: string, verify?: VerifyContext): StatusJson {
  return wholeStatusJson(lazyStatusJson(r, file, hash, verify));
}

/** The whole document of a lazy one: its head with every milestone built. */
export function wholeStatusJson(l: LazyStatusJson): StatusJson {
  // Replacing the placeholder keeps `milestones` where it stands among the members.
  return { ...l.head, milestones: l.milestones(0, l.count) };
}

/** `toStatusJson`, with the milestones built on demand (see `LazyStatusJson`). */
export function lazyStatusJson(r: Roadmap, file: string, hash?: string, verify?: VerifyContext): LazyStatusJson {
  const line = (offset: number): number => r.lines.lineOf(offset) + 1;
  const cur = currentMilestone(r);
  const next = nextStep(r);
  const milestone = (m: Milestone): MilestoneJson => ({
    id: m.id,
    title: m.title,
    focus: m.focus ?? null,
    status: m.status.value,
    statusText: m.status.raw,
    inferredStatus: m.inferredStatus,
    goal: m.goal?.text ?? null,
    criteria: m.criteria.map((c): CriterionJson => {
      const st = verify && c.verify ? criterionState(verify.record, verify.head, m, c) : undefined;
      return {
        text: c.text,
        checked: c.checked,
        line: line(c.span.start),
        verify: c.verify ? { command: c.verify.command, ...(c.verify.timeoutMs !== undefined ? { timeoutMs: c.verify.timeoutMs } : {}) } : null,
        verifyResult:
          st?.last && st.state !== "none"
            ? { state: st.state, status: st.last.status, exitCode: st.last.exitCode, durationMs: st.last.durationMs, at: st.last.at, commit: st.last.commit }
            : null,
      };
    }),
    deliverables: m.deliverables.map((d) => d.text),
    dependsOn: m.dependsOn.map((d) => d.id),
    learnings: m.learnings.map((l) => l.text),
    progress: milestoneProgress(m),
    line: m.line + 1,
  });
  const head: LazyStatusJson["head"] = {
    schemaVersion: 1,
    file,
    ...(hash !== undefined ? { hash } : {}),
    format: r.format,
    title: r.title,
    milestones: [],
    progress: roadmapProgress(r),
    current: cur ? cur.id : null,
    next: next ?? null,
    reading: r.reading ?? { carrier: r.format === "template" ? "template" : "none", candidates: [] },
  };
  return { head, count: r.milestones.length, milestones: (from, to) => r.milestones.slice(from, to).map(milestone) };
}
