import { plannedStatus } from "../model/status.js";
import type { Milestone, Roadmap } from "../model/roadmap.js";
import { normaliseId } from "../parse/fields/dependencies.js";

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

/** Finds a milestone by id, comparing normalised ids (`m1` = `M1`, `Phase 03` = `Phase 3`). */
export function findMilestone(r: Roadmap, id: string): Milestone | undefined {
  const key = normaliseId(id);
  return r.milestones.find((m) => m.id === id) ?? r.milestones.find((m) => normaliseId(m.id) === key);
}

/** The effective status for planning: the stated one, or what the boxes suggest when nothing is stated. */
function effective(m: Milestone): Milestone["status"]["value"] {
  return plannedStatus(m.status.value, m.inferredStatus);
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
