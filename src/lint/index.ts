// Placeholder seam, owned by the lint work (issue 4): replaced by the real engine.
import type { Diagnostic } from "../model/diagnostic.js";
import type { HistorySnapshot } from "../model/history-snapshot.js";
import type { Roadmap } from "../model/roadmap.js";

/** Options for a lint run. */
export interface LintOptions {
  readonly history?: HistorySnapshot;
}

/** Lints a parsed roadmap; returns its findings in source order. */
export function lintRoadmap(_roadmap: Roadmap, _options: LintOptions = {}): { diagnostics: Diagnostic[] } {
  return { diagnostics: [] };
}
