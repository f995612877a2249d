// The explicit, ordered registry. Ids are never reused; a retired rule stays as a comment.
import { InternalError } from "../model/errors.js";
import type { AnyRule } from "./define-rule.js";
import type { RuleId } from "./rule-ids.js";
import noMilestones from "./no-milestones.js";
import placeholder from "./placeholder.js";
import overviewSync from "./overview-sync.js";
import statusCriteria from "./status-criteria.js";
import unknownStatus from "./unknown-status.js";
import unknownDependency from "./unknown-dependency.js";
import dependencyCycle from "./dependency-cycle.js";
import dependencyOrder from "./dependency-order.js";
import dependencyNotDone from "./dependency-not-done.js";
import singleInProgress from "./single-in-progress.js";
import duplicateId from "./duplicate-id.js";
import missingSection from "./missing-section.js";
import emptyCriteria from "./empty-criteria.js";
import brokenLink from "./broken-link.js";
import idSequence from "./id-sequence.js";
import stale from "./stale.js";
import verifySyntax from "./verify-syntax.js";
import verifyFailing from "./verify-failing.js";
import verifyMissing from "./verify-missing.js";

/** Every rule, in the order they run and are documented. */
export const RULES: readonly AnyRule[] = [
  noMilestones,
  placeholder,
  overviewSync,
  statusCriteria,
  unknownStatus,
  unknownDependency,
  dependencyCycle,
  dependencyOrder,
  dependencyNotDone,
  singleInProgress,
  duplicateId,
  missingSection,
  emptyCriteria,
  brokenLink,
  idSequence,
  stale,
  verifySyntax,
  verifyFailing,
  verifyMissing,
];

/** The rule with this id. */
export function ruleById(id: RuleId): AnyRule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new InternalError(`rule ${id} is not registered`);
  return r;
}

export { RULE_IDS, isRuleId, type RuleId } from "./rule-ids.js";
export { defineRule, type RuleDefinition, type RuleContext, type RuleScope, type AnyRule } from "./define-rule.js";
