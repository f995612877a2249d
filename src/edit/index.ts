// The edit layer's public surface: pure operations that return TextEdits, and their helpers.
export { applyEdits, type ApplyResult } from "./apply-edits.js";
export { tick, type TickIntent } from "./operations/tick.js";
export { setStatus, transitionBlockers, STATUS_VERBS, type StatusIntent } from "./operations/set-status.js";
export { addMilestone, nextMilestoneId, type AddIntent } from "./operations/add.js";
export { learn, type LearnIntent } from "./operations/learn.js";
export { initRoadmap, type InitIntent } from "./operations/init.js";
export { syncOverview } from "./operations/sync-overview.js";
export { requireMilestone, resolveCriterion } from "./find.js";
export { spellStatus, type WritableStatus } from "./status-spelling.js";
export { replaceCell, columnAligned, escapeCell } from "./table-cell.js";
export { unifiedDiff } from "./unified-diff.js";
export {
  addCriterion,
  editCriterion,
  removeCriterion,
  type AddCriterionIntent,
  type EditCriterionIntent,
  type RemoveCriterionIntent,
} from "./operations/criterion.js";
export { setField, SETTABLE_FIELDS, type SetFieldIntent, type SettableField } from "./operations/set-field.js";
export { depend, undepend, type DependIntent } from "./operations/depend.js";
