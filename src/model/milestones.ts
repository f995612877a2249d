// Shared domain helpers over the model: milestone lookup by id and the effective status.
import { idKey } from "./id.js";
import type { Milestone, Roadmap } from "./roadmap.js";
import { plannedStatus, type Status } from "./status.js";

/** Finds a milestone by id, comparing id keys (`m1` = `M1`, `Phase 03` = `Phase 3`, `Release 02` = `Release 2`). */
export function findMilestone(r: Roadmap, id: string): Milestone | undefined {
  const key = idKey(id);
  return r.milestones.find((m) => m.id === id) ?? r.milestones.find((m) => idKey(m.id) === key);
}

/** Milestones by id key (the first of duplicates wins), for dependency lookups. */
export function milestonesById(roadmap: Roadmap): Map<string, Milestone> {
  const map = new Map<string, Milestone>();
  for (const m of roadmap.milestones) {
    const key = idKey(m.id);
    if (!map.has(key)) map.set(key, m);
  }
  return map;
}

/** The status to plan with: the stated one, or what the boxes suggest when nothing is stated. */
export function effectiveStatus(m: Milestone): Status {
  return plannedStatus(m.status.value, m.inferredStatus);
}
