/**
 * Every rule id, in registry order. Ids are stable and never reused: a retired rule stays
 * here as a comment so its id cannot come back with another meaning.
 */
export const RULE_IDS = [
  "no-milestones",
  "placeholder",
  "overview-sync",
  "status-criteria",
  "unknown-status",
  "unknown-dependency",
  "dependency-cycle",
  "dependency-order",
  "dependency-not-done",
  "single-in-progress",
  "duplicate-id",
  "missing-section",
  "empty-criteria",
  "broken-link",
  "id-sequence",
  "stale",
  "verify-syntax",
  "verify-failing",
  "verify-missing",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Type guard for a rule id. */
export function isRuleId(x: string): x is RuleId {
  return (RULE_IDS as readonly string[]).includes(x);
}
