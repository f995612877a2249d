// The gates that keep a user from acting on the template's placeholders: ticking `[Criterion 1]`
// or starting a milestone whose goal is still `[Brief description of milestone goal]` is a dead
// end, so the planners refuse it and say what to write first.
import type { Criterion, Milestone, Roadmap } from "../model/roadmap.js";
import { findPlaceholder } from "../text/placeholder.js";

/** The placeholder a criterion still is (its text as written), or undefined once it is real. */
export function criterionPlaceholder(roadmap: Roadmap, c: Criterion): string | undefined {
  return findPlaceholder(roadmap.source.slice(c.textSpan.start, c.textSpan.end));
}

/** What of a milestone is still a template placeholder: its goal, and its criteria by 1-based index. */
export interface MilestonePlaceholders {
  readonly goal?: string;
  readonly criteria: readonly { readonly index: number; readonly text: string }[];
}

/** The milestone's goal and criteria that are still placeholders (none: an empty `criteria` and no `goal`). */
export function milestonePlaceholders(roadmap: Roadmap, m: Milestone): MilestonePlaceholders {
  const goal = m.goal ? findPlaceholder(roadmap.source.slice(m.goal.span.start, m.goal.span.end)) : undefined;
  const criteria: { index: number; text: string }[] = [];
  m.criteria.forEach((c, i) => {
    const text = criterionPlaceholder(roadmap, c);
    if (text !== undefined) criteria.push({ index: i + 1, text });
  });
  return { ...(goal !== undefined ? { goal } : {}), criteria };
}

/** True when the milestone's goal or some criterion is still a placeholder. */
export function hasPlaceholders(p: MilestonePlaceholders): boolean {
  return p.goal !== undefined || p.criteria.length > 0;
}

/** `goal and criteria 1, 2 are template placeholders`, for messages. */
export function describePlaceholders(p: MilestonePlaceholders): string {
  const parts: string[] = [];
  if (p.goal !== undefined) parts.push("its goal");
  if (p.criteria.length === 1) parts.push(`criterion ${p.criteria[0]!.index}`);
  else if (p.criteria.length > 1) parts.push(`criteria ${p.criteria.map((c) => c.index).join(", ")}`);
  const one = (p.goal !== undefined ? 1 : 0) + p.criteria.length === 1;
  return `${parts.join(" and ")} ${one ? "is still a template placeholder" : "are still template placeholders"}`;
}

/** How to fill in a milestone's placeholders, as one hint line. */
export function fillInHint(m: Milestone, p: MilestonePlaceholders): string {
  const ways: string[] = [];
  const c = p.criteria[0];
  if (c) ways.push(`\`roadmark criterion edit ${m.id} ${c.index} "TEXT"\``);
  if (p.goal !== undefined) ways.push(`\`roadmark set ${m.id} goal "TEXT"\``);
  return `write ${p.goal !== undefined && c ? "them" : p.criteria.length > 1 ? "the criteria" : c ? "the criterion" : "the goal"} first: ${ways.join(", ")}, or edit the roadmap file`;
}
