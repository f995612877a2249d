import type { Diagnostic, Severity } from "../model/diagnostic.js";
import type { HistorySnapshot } from "../model/history-snapshot.js";
import type { Roadmap } from "../model/roadmap.js";
import { prepareDocument } from "../parse/document.js";
import { blocksOfParsed } from "../parse/to-model.js";
import type { BlockNode } from "../parse/markdown.js";
import { formatMessage, type AnyRule, type OptionValues, type RuleContext, type RuleScope } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import type { RuleId } from "../rules/rule-ids.js";
import { codeLines } from "../parse/code-lines.js";
import type { VerifyRecord } from "../verify/record.js";
import { DEFAULT_CONFIG, type LintConfig } from "./config.js";
import { readDirectives } from "./directives.js";

/** Options for a lint run. */
export interface LintOptions {
  /** What git says about the roadmap's freshness; the `stale` rule is silent without it. */
  readonly history?: HistorySnapshot;
  /** Severities and rule options (the defaults when absent). */
  readonly config?: LintConfig;
  /** Whether a relative link target exists; `broken-link` is silent without it. */
  readonly fileExists?: (relativePath: string) => boolean;
  /** The record of `roadmark verify` runs; `verify-failing` is silent without it. */
  readonly verify?: VerifyRecord;
  /** Run only these rules (tests and docs examples). */
  readonly only?: readonly RuleId[];
  /** The rules to run instead of the registry (library users with rules of their own; tests). */
  readonly rules?: readonly AnyRule[];
}

/** A lint run's findings, in source order. */
export interface LintResult {
  readonly diagnostics: Diagnostic[];
  /** Findings switched off by inline comments. */
  readonly suppressed: number;
}

/** True when the document has the template's overview table or `M<n>:` sections (issue 6, point 5). */
export function isTemplateShaped(roadmap: Roadmap): boolean {
  return roadmap.overview !== undefined || roadmap.format === "template";
}

/** Whether a rule with `scope` runs on this roadmap. */
export function scopeApplies(scope: RuleScope, roadmap: Roadmap): boolean {
  const empty = roadmap.milestones.length === 0;
  switch (scope) {
    case "not-a-roadmap":
      return empty;
    case "roadmap":
      return !empty;
    case "template":
      return !empty && isTemplateShaped(roadmap);
  }
}

const blockCache = new WeakMap<Roadmap, readonly BlockNode[]>();

function blocksOf(roadmap: Roadmap): readonly BlockNode[] {
  let b = blockCache.get(roadmap);
  if (!b) {
    // The parse's own blocks when the roadmap came from parseRoadmap; the same blocks, read again, otherwise.
    b = blocksOfParsed(roadmap) ?? prepareDocument(roadmap.source).blocks;
    blockCache.set(roadmap, b);
  }
  return b;
}

/** The severity a message of a rule gets under the config; `off` when the rule is switched off. */
export function severityFor(rule: AnyRule, messageId: string, config: LintConfig): Severity | "off" {
  const set = config.rules[rule.id]?.severity;
  if (set) return set;
  return rule.messageSeverity?.[messageId] ?? rule.severity;
}

/** Lints a parsed roadmap: runs every rule that applies, honours config and inline comments, sorts by position. */
export function lintRoadmap(roadmap: Roadmap, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const found: { d: Diagnostic; order: number }[] = [];
  (options.rules ?? RULES).forEach((rule, order) => {
    if (options.only && !options.only.includes(rule.id)) return;
    if (config.rules[rule.id]?.severity === "off") return;
    if (rule.offByDefault && config.rules[rule.id]?.severity === undefined) return;
    if (!scopeApplies(rule.scope, roadmap)) return;
    const setOptions = config.rules[rule.id]?.options;
    const ruleOptions: OptionValues = setOptions ? { ...rule.options, ...setOptions } : rule.options;
    const ctx: RuleContext<string, OptionValues> = {
      roadmap,
      options: ruleOptions,
      get blocks() {
        return blocksOf(roadmap);
      },
      history: options.history,
      fileExists: options.fileExists,
      verify: options.verify,
      report(messageId, span, extras) {
        const severity = severityFor(rule, messageId, config);
        if (severity === "off") return;
        const template = rule.messages[messageId] ?? messageId;
        found.push({
          order,
          d: {
            ruleId: rule.id,
            severity,
            message: formatMessage(template, extras?.data),
            span,
            ...(extras?.related && extras.related.length > 0 ? { related: extras.related } : {}),
            ...(extras?.fix && extras.fix.length > 0 ? { fix: extras.fix } : {}),
          },
        });
      },
    };
    rule.check(ctx);
  });
  let diagnostics = found;
  let suppressed = 0;
  if (roadmap.source.includes("roadmark-")) {
    const directives = readDirectives(roadmap.source, roadmap.lines, codeLines(blocksOf(roadmap)));
    diagnostics = found.filter(({ d }) => {
      const off = directives.suppressed(d.ruleId, roadmap.lines.lineOf(d.span.start));
      if (off) suppressed++;
      return !off;
    });
  }
  diagnostics.sort((a, b) => a.d.span.start - b.d.span.start || a.order - b.order || a.d.span.end - b.d.span.end);
  return { diagnostics: diagnostics.map((x) => x.d), suppressed };
}
