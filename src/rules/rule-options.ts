import type { OptionValues } from "./define-rule.js";
import type { RuleId } from "./rule-ids.js";

/** The template's parts of a milestone section, in order (`missing-section`'s `required`). */
export const SECTION_PARTS = ["goal", "criteria", "deliverables", "dependencies"] as const;

/**
 * Every rule's options, declared by their defaults. Kept apart from the rules so a config is
 * checked without loading them: reading a roadmap never evaluates the rules' modules.
 */
export const RULE_OPTIONS = {
  "missing-section": { required: SECTION_PARTS as readonly string[] },
  placeholder: { extra: [] as readonly string[] },
  stale: { days: 30, commits: 20 },
} satisfies Partial<Record<RuleId, OptionValues>>;

const NONE: OptionValues = {};

/** The options a rule takes, with their defaults (none for most rules). */
export function ruleOptions(id: RuleId): OptionValues {
  return (RULE_OPTIONS as Partial<Record<RuleId, OptionValues>>)[id] ?? NONE;
}
