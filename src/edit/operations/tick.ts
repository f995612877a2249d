import type { Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { requireMilestone, resolveCriterion } from "../find.js";

/** What to tick: a milestone id, a criterion (1-based index or unique fragment) and the new state. */
export interface TickIntent {
  readonly id: string;
  readonly criterion: string;
  readonly checked: boolean;
}

/**
 * Ticks or unticks one criterion: a single edit of the one character inside its brackets.
 * No edit when the box already has the wanted state (`x` and `X` both count as ticked).
 */
export function tick(roadmap: Roadmap, intent: TickIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion } = resolveCriterion(m, intent.criterion, roadmap.source);
  if (criterion.checked === intent.checked) return [];
  return [{ start: criterion.box.start, end: criterion.box.end, text: intent.checked ? "x" : " " }];
}
