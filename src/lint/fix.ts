import { applyEdits } from "../edit/apply-edits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ParseOptions } from "../model/reading.js";
import type { Roadmap } from "../model/roadmap.js";
import type { TextEdit } from "../model/text-edit.js";
import { parseRoadmap } from "../parse/to-model.js";
import { lintRoadmap, type LintOptions, type LintResult } from "./run-rules.js";

/** The config's steering choice, as parse options (the config's `milestones`). */
function parseOptionsOf(options: LintOptions): ParseOptions {
  return options.config?.milestones ? { milestones: options.config.milestones } : {};
}

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

/** Index of the first edit in `sorted` (by start) whose start is at or after `at`. */
function lowerBound(sorted: readonly TextEdit[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `e` overlaps an edit of `sorted`. Taken edits never overlap each other, so the only
 * earlier edit that can reach past `e.start` is in the group sharing the greatest start before
 * it (insertions may sit at the start of a replacement); later ones are scanned until past `e`.
 */
function clashes(sorted: readonly TextEdit[], e: TextEdit): boolean {
  const i = lowerBound(sorted, e.start);
  let from = i - 1;
  if (from < 0) from = 0;
  else while (from > 0 && sorted[from - 1]!.start === sorted[from]!.start) from--;
  for (let j = from; j < sorted.length; j++) {
    const t = sorted[j]!;
    if (t.start >= e.end && t.start > e.start) break;
    if (overlaps(e, t)) return true;
  }
  return false;
}

/**
 * The fixes of one pass: each diagnostic's fix is taken whole or not at all; a fix that overlaps
 * one already taken waits for the next pass (ESLint's multipass rule). Returns the edits in
 * the order they were taken.
 */
export function selectFixes(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; count: number } {
  const taken: TextEdit[] = [];
  const sorted: TextEdit[] = [];
  let count = 0;
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix || fix.length === 0) continue;
    if (fix.some((e, i) => clashes(sorted, e) || fix.some((f, k) => k < i && overlaps(e, f)))) continue;
    for (const e of fix) {
      taken.push(e);
      sorted.splice(lowerBound(sorted, e.start + 1), 0, e);
    }
    count++;
  }
  return { edits: taken, count };
}

/**
 * Lints `source`, applies the fixes as text edits on it, re-parses and re-lints until nothing
 * changes (at most MAX_FIX_PASSES passes), and returns the text with its remaining findings.
 */
export function fixSource(source: string, options: LintOptions = {}): FixResult {
  const parse = parseOptionsOf(options);
  let text = source;
  let roadmap = parseRoadmap(text, parse);
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
    roadmap = parseRoadmap(text, parse);
    result = lintRoadmap(roadmap, options);
  }
  return { output: text, passes, fixed, roadmap, result };
}

/** Parses and lints a source text in one call. */
export function lintSource(source: string, options: LintOptions = {}): { roadmap: Roadmap; result: LintResult } {
  const roadmap = parseRoadmap(source, parseOptionsOf(options));
  return { roadmap, result: lintRoadmap(roadmap, options) };
}
