// `.roadmarkrc.json` (or a `roadmark` key in package.json): rule severities and options,
// validated at load into typed settings; a bad value is a UsageError naming the key.
import { UsageError } from "../model/errors.js";
import { validateSteer, type MilestoneSteer } from "../model/reading.js";
import type { Severity } from "../model/diagnostic.js";
import type { OptionValue, OptionValues } from "../rules/define-rule.js";
import { ruleOptions } from "../rules/rule-options.js";
import { isRuleId, RULE_IDS, type RuleId } from "../rules/rule-ids.js";

/** What a config may say about a rule's severity. */
export const CONFIG_SEVERITIES = ["off", "warn", "error"] as const;
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

/** One rule's settings after validation. */
export interface RuleSetting {
  /** `off`, or the severity every message of the rule gets; undefined keeps the rule's defaults. */
  readonly severity?: Severity | "off";
  /** Options given in the config (merged over the rule's defaults when it runs). */
  readonly options?: OptionValues;
}

/** A validated lint configuration. */
export interface LintConfig {
  readonly rules: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  /** Which sequence to read as the milestones (`"milestones"`); undefined: the reader's best guess. */
  readonly milestones?: MilestoneSteer;
  /** Where it was read from, for messages; undefined for the built-in defaults. */
  readonly source?: string;
}

/** The defaults: every rule at its own severity with its own options. */
export const DEFAULT_CONFIG: LintConfig = { rules: {} };

const TOP_KEYS = ["$schema", "rules", "milestones"] as const;

function describe(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : Array.isArray(v) ? "an array" : v === null ? "null" : typeof v === "object" ? "an object" : String(v);
}

/** The keys each steering carrier takes. */
const STEER_KEYS: Readonly<Record<MilestoneSteer["carrier"], readonly string[]>> = { heading: ["carrier", "level", "nth"], table: ["carrier", "nth"], list: ["carrier", "nth"], paragraph: ["carrier", "nth"] };

/** Validates `milestones` (a steering choice): the carrier, its number, and no other keys. */
function parseSteer(raw: unknown): MilestoneSteer {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UsageError(`config: milestones must be an object such as { "carrier": "heading", "level": 2 }, got ${describe(raw)}`);
  let steer: MilestoneSteer;
  try {
    steer = validateSteer(raw);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`config: ${e.message.startsWith("milestones") ? "" : "milestones: "}${e.message}`);
    throw e;
  }
  const allowed = STEER_KEYS[steer.carrier];
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) throw new UsageError(`config: unknown key "${key}" at milestones, a ${steer.carrier} choice takes ${allowed.map((k) => `"${k}"`).join(", ").replace(/, (?=[^,]*$)/u, " and ")}`);
  }
  return steer;
}

function checkOption(where: string, key: string, value: unknown, def: OptionValue): OptionValue {
  const at = `${where}.${key}`;
  if (Array.isArray(def)) {
    if (!Array.isArray(value) || !value.every((x) => typeof x === "string")) throw new UsageError(`config: ${at} must be an array of strings, got ${describe(value)}`);
    return value as string[];
  }
  if (typeof def === "number") {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new UsageError(`config: ${at} must be a non-negative number, got ${describe(value)}`);
    return value;
  }
  if (typeof value !== typeof def) throw new UsageError(`config: ${at} must be a ${typeof def}, got ${describe(value)}`);
  return value as OptionValue;
}

function toSeverity(where: string, v: unknown): Severity | "off" {
  if (v === "off" || v === 0) return "off";
  if (v === "warn" || v === "warning" || v === 1) return "warning";
  if (v === "error" || v === 2) return "error";
  throw new UsageError(`config: ${where} must be one of ${CONFIG_SEVERITIES.join(", ")}, got ${describe(v)}`);
}

/** Validates a parsed config object; `origin` names the file in messages. */
export function parseConfig(raw: unknown, origin: string): LintConfig {
  const prefix = (m: string): string => m.replace(/^config: /, `config: ${origin}: `);
  try {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new UsageError(`config: expected an object, got ${describe(raw)}`);
    for (const key of Object.keys(raw)) {
      if (!(TOP_KEYS as readonly string[]).includes(key)) throw new UsageError(`config: unknown key "${key}", expected one of ${TOP_KEYS.join(", ")}`);
    }
    const steerRaw = (raw as { milestones?: unknown }).milestones;
    const steer = steerRaw === undefined ? {} : { milestones: parseSteer(steerRaw) };
    const rulesRaw = (raw as { rules?: unknown }).rules;
    if (rulesRaw === undefined) return { rules: {}, ...steer, source: origin };
    if (typeof rulesRaw !== "object" || rulesRaw === null || Array.isArray(rulesRaw)) throw new UsageError(`config: rules must be an object, got ${describe(rulesRaw)}`);
    const rules: Partial<Record<RuleId, RuleSetting>> = {};
    for (const [id, value] of Object.entries(rulesRaw)) {
      const where = `rules.${id}`;
      if (!isRuleId(id)) throw new UsageError(`config: unknown rule "${id}" at ${where}, expected one of ${RULE_IDS.join(", ")}`);
      const declared = ruleOptions(id);
      let severity: Severity | "off" | undefined;
      let optionsRaw: unknown;
      if (Array.isArray(value)) {
        if (value.length < 1 || value.length > 2) throw new UsageError(`config: ${where} must be a severity or [severity, options], got an array of ${value.length}`);
        severity = toSeverity(where, value[0]);
        optionsRaw = value[1];
      } else if (typeof value === "object" && value !== null) {
        optionsRaw = value;
      } else severity = toSeverity(where, value);
      const options: Record<string, OptionValue> = {};
      if (optionsRaw !== undefined) {
        if (typeof optionsRaw !== "object" || optionsRaw === null || Array.isArray(optionsRaw)) throw new UsageError(`config: ${where} options must be an object, got ${describe(optionsRaw)}`);
        for (const [key, v] of Object.entries(optionsRaw)) {
          if (!Object.hasOwn(declared, key)) {
            const known = Object.keys(declared);
            throw new UsageError(`config: unknown option "${key}" at ${where}.${key}, ${known.length ? `expected one of ${known.join(", ")}` : "the rule takes no options"}`);
          }
          options[key] = checkOption(where, key, v, declared[key]!);
        }
      }
      rules[id] = { ...(severity ? { severity } : {}), ...(Object.keys(options).length ? { options } : {}) };
    }
    return { rules, ...steer, source: origin };
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(prefix(e.message), e.hint);
    throw e;
  }
}

/** Parses config file text (JSON); a syntax error names the file. */
export function parseConfigText(text: string, origin: string, key?: string): LintConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`config: ${origin}: not valid JSON (${(e as Error).message})`);
  }
  if (key !== undefined) {
    if (typeof raw !== "object" || raw === null) throw new UsageError(`config: ${origin}: expected an object`);
    raw = (raw as Record<string, unknown>)[key];
    return parseConfig(raw, `${origin} "${key}"`);
  }
  return parseConfig(raw, origin);
}
