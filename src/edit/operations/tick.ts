import { RefusedError } from "../../model/errors.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";
import { requireMilestone, resolveCriterion } from "../find.js";
import { criterionPlaceholder } from "../placeholders.js";

/** What to tick: a milestone id, a criterion (1-based index or unique fragment) and the new state. */
export interface TickIntent {
  readonly id: string;
  readonly criterion: string;
  readonly checked: boolean;
}

/**
 * Ticks or unticks one criterion: a single edit of the one character inside its brackets.
 * No edit when the box already has the wanted state (`x` and `X` both count as ticked).
 * Ticking a criterion that is still a template placeholder (`[Criterion 1]`) is refused
 * (RefusedError): there is nothing yet that could hold.
 */
export function tick(roadmap: Roadmap, intent: TickIntent): TextEdit[] {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion, index } = resolveCriterion(m, intent.criterion, roadmap.source);
  if (criterion.checked === intent.checked) return [];
  const placeholder = intent.checked ? criterionPlaceholder(roadmap, criterion) : undefined;
  if (placeholder !== undefined)
    throw new RefusedError(
      `cannot tick criterion ${index + 1} of ${m.id}: "${placeholder}" is still a template placeholder`,
      `write the criterion first: \`roadmark criterion edit ${m.id} ${index + 1} "TEXT"\`, or edit the roadmap file`,
    );
  return [{ start: criterion.box.start, end: criterion.box.end, text: intent.checked ? "x" : " " }];
}
