import { applyEdits } from "../edit/apply-edits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Roadmap } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { parseRoadmap } from "../parse/to-model.js";
import { lintRoadmap, type LintOptions, type LintResult } from "./run-rules.js";

/** ESLint's cap: a fix that keeps producing fixes stops here. */
export const MAX_FIX_PASSES = 10;

/** The result of linting with fixes: the fixed text, and the findings that remain in it. */
export interface FixResult {
  readonly output: string;
  /** Passes that changed the text. */
  readonly passes: number;
  /** Fixes applied over all passes. */
  readonly fixed: number;
  readonly roadmap: Roadmap;
  readonly result: LintResult;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false; // two insertions at one point keep their order
  return a.start < b.end && b.start < a.end;
}

/**
 * The fixes of one pass: each diagnostic's fix is taken whole or not at all; a fix that overlaps
 * one already taken waits for the next pass (ESLint's multipass rule).
 */
export function selectFixes(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; count: number } {
  const taken: TextEdit[] = [];
  let count = 0;
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix || fix.length === 0) continue;
    if (fix.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix);
    count++;
  }
  return { edits: taken, count };
}

/**
 * Lints `source`, applies the fixes as text edits on it, re-parses and re-lints until nothing
 * changes (at most MAX_FIX_PASSES passes), and returns the text with its remaining findings.
 */
export function fixSource(source: string, options: LintOptions = {}): FixResult {
  let text = source;
  let roadmap = parseRoadmap(text);
  let result = lintRoadmap(roadmap, options);
  let passes = 0;
  let fixed = 0;
  while (passes < MAX_FIX_PASSES) {
    const { edits, count } = selectFixes(result.diagnostics);
    if (count === 0) break;
    const next = applyEdits(text, edits).output;
    if (next === text) break;
    text = next;
    passes++;
    fixed += count;
    roadmap = parseRoadmap(text);
    result = lintRoadmap(roadmap, options);
  }
  return { output: text, passes, fixed, roadmap, result };
}

/** Parses and lints a source text in one call. */
export function lintSource(source: string, options: LintOptions = {}): { roadmap: Roadmap; result: LintResult } {
  const roadmap = parseRoadmap(source);
  return { roadmap, result: lintRoadmap(roadmap, options) };
}
