import type { Severity } from "../model/diagnostic.js";
import type { HistorySnapshot } from "../model/history-snapshot.js";
import type { Roadmap } from "../model/roadmap.js";
import type { Span } from "../model/span.js";
import type { TextEdit } from "../model/text-edit.js";
import type { VerifyRecord } from "../verify/record.js";
import type { BlockNode } from "../parse/markdown.js";
import type { RuleId } from "./rule-ids.js";

/**
 * Which documents a rule runs on (issue 6, point 5):
 * - `template`: only where the document has the template's overview table or `M<n>:` sections;
 * - `roadmap`: every document with milestones, template or free-form;
 * - `not-a-roadmap`: only documents with no milestones (the single "not a roadmap" note).
 */
export const RULE_SCOPES = ["template", "roadmap", "not-a-roadmap"] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

/** A rule option value: options are declared by their defaults, and config values must match the type. */
export type OptionValue = number | string | boolean | readonly string[];
export type OptionValues = Readonly<Record<string, OptionValue>>;

/** A second place a finding points to ("first defined here"). */
export interface Related {
  readonly message: string;
  readonly span: Span;
}

/** What one report may carry besides the message id and span. */
export interface ReportExtras {
  readonly data?: Readonly<Record<string, string | number>>;
  readonly related?: readonly Related[];
  readonly fix?: readonly TextEdit[];
}

/** The narrow world a rule sees: the frozen model, its options, and `report`. No I/O, no clock. */
export interface RuleContext<M extends string, O extends OptionValues> {
  readonly roadmap: Roadmap;
  readonly options: O;
  /** The document's located blocks (markdown-it), for rules that read beyond the model. */
  readonly blocks: readonly BlockNode[];
  /** What git says about the roadmap's freshness; undefined outside git or when not asked. */
  readonly history: HistorySnapshot | undefined;
  /** Whether a relative link target exists (relative to the roadmap); undefined when unknown. */
  readonly fileExists: ((relativePath: string) => boolean) | undefined;
  /** The record of `roadmark verify` runs; undefined outside git or when not asked. */
  readonly verify: VerifyRecord | undefined;
  /** Reports a finding; `messageId` must be one of the rule's declared messages. */
  report(messageId: M, span: Span, extras?: ReportExtras): void;
}

/** A rule: stable id, metadata, typed messages and options, and a pure `check`. */
export interface RuleDefinition<M extends string, O extends OptionValues> {
  readonly id: RuleId;
  /** One sentence: what the rule wants to be true. */
  readonly description: string;
  readonly severity: Severity;
  /** True for a rule that runs only when the config sets its severity (`verify-missing`). */
  readonly offByDefault?: boolean;
  /** Messages whose default severity differs from the rule's. */
  readonly messageSeverity?: Readonly<Partial<Record<M, Severity>>>;
  /** Whether the rule offers fixes (asserted against behaviour by the tests). */
  readonly fixable: boolean;
  readonly scope: RuleScope;
  /** Message templates; `{name}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<M, string>>;
  /** Options and their defaults, taken from `rules/rule-options.ts` (the table the config is checked against; a test holds them equal); `.roadmarkrc.json` may override them. */
  readonly options: O;
  check(ctx: RuleContext<M, O>): void;
}

/** Any rule, as the registry holds them (method bivariance lets every typed rule in). */
export type AnyRule = RuleDefinition<string, OptionValues>;

/**
 * Declares a rule. Does nothing at runtime; its job is typing: `ctx.report("unknwon", …)` is a
 * compile error because message ids are inferred from `messages`.
 */
export function defineRule<const M extends string, O extends OptionValues = Record<never, never>>(rule: RuleDefinition<M, O>): RuleDefinition<M, O> {
  return rule;
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
