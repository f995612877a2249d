import { effectiveStatus as effective, findMilestone } from "../model/milestones.js";
import type { Milestone, Roadmap } from "../model/roadmap.js";

/** Done and total criteria. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** Progress of one milestone's criteria. */
export function milestoneProgress(m: Milestone): Progress {
  let done = 0;
  for (const c of m.criteria) if (c.checked) done++;
  return { done, total: m.criteria.length };
}

/** Progress over every milestone. */
export function roadmapProgress(r: Roadmap): Progress {
  let done = 0;
  let total = 0;
  for (const m of r.milestones) {
    const p = milestoneProgress(m);
    done += p.done;
    total += p.total;
  }
  return { done, total };
}

function isFinished(m: Milestone): boolean {
  const s = effective(m);
  return s === "done" || s === "cancelled";
}

/** True when every dependency of `m` that exists in the roadmap is done. */
export function dependenciesDone(r: Roadmap, m: Milestone): boolean {
  return m.dependsOn.every((d) => {
    const dep = findMilestone(r, d.id);
    return dep === undefined || isFinished(dep);
  });
}

/** The current milestone: the one in progress, else the first not-done one whose dependencies are done. */
export function currentMilestone(r: Roadmap): Milestone | undefined {
  const inProgress = r.milestones.find((m) => m.status.value === "in_progress") ?? r.milestones.find((m) => effective(m) === "in_progress");
  if (inProgress) return inProgress;
  return r.milestones.find((m) => !isFinished(m) && effective(m) !== "blocked" && dependenciesDone(r, m));
}

/**
 * Why no milestone is current, in words: every one is finished, or those left are blocked, or
 * they wait on dependencies that are not done. The terminal and Markdown status say the same.
 */
export function whyNoCurrent(r: Roadmap): string {
  const open = r.milestones.filter((m) => !isFinished(m));
  if (open.length === 0) return "every milestone is finished";
  const list = (ms: readonly Milestone[]): string => (ms.length > 4 ? `${ms.slice(0, 4).map((m) => m.id).join(", ")}, …` : ms.map((m) => m.id).join(", "));
  if (open.every((m) => effective(m) === "blocked")) return `the rest is blocked (${list(open)})`;
  return `the rest is blocked or waits on unfinished dependencies (${list(open)})`;
}

/** What to do next: the current milestone and its first unchecked criterion. */
export interface NextStep {
  readonly milestone: string;
  readonly criterion: string | null;
}

/** The next step, or undefined when every milestone is finished. */
export function nextStep(r: Roadmap): NextStep | undefined {
  const m = currentMilestone(r);
  if (!m) return undefined;
  const open = m.criteria.find((c) => !c.checked);
  return { milestone: m.id, criterion: open ? open.text : null };
}
