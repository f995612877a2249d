// The steering choice (`"milestones"` in `.roadmarkrc.json` or package.json's "roadmark"): found
// upward from the roadmap, as lint's rules are, and handed to every read of it, so every operation
// reads the same milestones. A choice that matches nothing names the config file and the candidates.
import { displayPath } from "../io/load-roadmap.js";
import type { LintConfig } from "../lint/config.js";
import { ConfigFinder } from "../lint/find-config.js";
import { candidateName, SteeringError, steerOf, type ParseOptions, type ReadingCandidate } from "../model/reading.js";

/** How a roadmap is read: the parse options and the config they came from. */
export interface Steering {
  readonly parse: ParseOptions;
  /** The config file that holds the choice (as given by the finder), when there is one. */
  readonly source?: string | undefined;
}

/** No steering: the reader's best guess. */
export const UNSTEERED: Steering = { parse: {} };

/** The steering of a loaded config. */
export function steeringOf(config: LintConfig): Steering {
  return config.milestones ? { parse: { milestones: config.milestones }, source: config.source } : UNSTEERED;
}

/** The steering that applies to the roadmap at `file` (absolute): its nearest config's choice, if any. */
export function steeringFor(file: string, finder: ConfigFinder = new ConfigFinder()): Steering {
  return steeringOf(finder.forFile(file));
}

/** A candidate as `status --explain` names it (`headings at level 2`, `table 1`, `list 3`). */
export function candidateLabel(c: ReadingCandidate, candidates: readonly ReadingCandidate[]): string {
  return `${candidateName(steerOf(c, candidates))} (${c.count} units, score ${c.score})`;
}

/**
 * Runs a read under a steering choice; a choice that matches nothing becomes a one-line
 * BAD_INPUT error naming the roadmap and the config, with the candidates in the hint.
 */
export function steered<T>(steering: Steering, display: string, cwd: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw explainSteeringError(e, steering, display, cwd);
  }
}

/** The error a surface shows for a steering failure (other errors pass through unchanged). */
export function explainSteeringError(e: unknown, steering: Steering, display: string, cwd: string): unknown {
  if (!(e instanceof SteeringError) || e.reason !== "no-match" || !steering.parse.milestones) return e;
  const m = steering.parse.milestones;
  const what = candidateName(m);
  const where = steering.source ? ` in ${displayPath(steering.source, cwd)}` : "";
  const hint =
    e.hint ??
    (e.candidates.length === 0
      ? m.carrier === "heading"
        ? `the document has no heading at level ${m.level} outside its title and excluded sections: choose another level, or remove the milestones setting`
        : m.carrier === "paragraph"
          ? "the reader found no run of labelled paragraphs (`**Phase 1:** …`) in the document: choose a heading level, table or list, or remove the milestones setting"
          : `the document has fewer than ${m.nth} ${m.carrier === "table" ? "tables" : "lists"} (counted from 1 in document order), or that one has no ${m.carrier === "table" ? "row" : "item"} with text: choose another, or remove the milestones setting`
      : `candidates: ${e.candidates.map((c) => candidateLabel(c, e.candidates)).join("; ")}`);
  return new SteeringError("no-match", `${display}: the milestones chosen${where} (${what}) match nothing in the document`, e.candidates, hint);
}
