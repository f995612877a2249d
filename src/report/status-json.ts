import type { Roadmap } from "../model/roadmap.js";
import type { Status } from "../model/status.js";
import type { Reading } from "../model/reading.js";
import { currentMilestone, milestoneProgress, nextStep, roadmapProgress, type NextStep, type Progress } from "./summary.js";

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
  readonly criteria: readonly { readonly text: string; readonly checked: boolean; readonly line: number }[];
  readonly deliverables: readonly string[];
  readonly dependsOn: readonly string[];
  readonly learnings: readonly string[];
  readonly progress: Progress;
  readonly line: number;
}

/** Builds the `status --json` document for a parsed roadmap. */
export function toStatusJson(r: Roadmap, file: string, hash?: string): StatusJson {
  const line = (offset: number): number => r.lines.lineOf(offset) + 1;
  const cur = currentMilestone(r);
  const next = nextStep(r);
  return {
    schemaVersion: 1,
    file,
    ...(hash !== undefined ? { hash } : {}),
    format: r.format,
    title: r.title,
    milestones: r.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      focus: m.focus ?? null,
      status: m.status.value,
      statusText: m.status.raw,
      inferredStatus: m.inferredStatus,
      goal: m.goal?.text ?? null,
      criteria: m.criteria.map((c) => ({ text: c.text, checked: c.checked, line: line(c.span.start) })),
      deliverables: m.deliverables.map((d) => d.text),
      dependsOn: m.dependsOn.map((d) => d.id),
      learnings: m.learnings.map((l) => l.text),
      progress: milestoneProgress(m),
      line: m.line + 1,
    })),
    progress: roadmapProgress(r),
    current: cur ? cur.id : null,
    next: next ?? null,
    reading: r.reading ?? { carrier: r.format === "template" ? "template" : "none", candidates: [] },
  };
}
