import type { Span } from "./span.js";
import type { TextEdit } from "./text-edit.js";

/** Severity of a finding; `info` is for notes such as "not a roadmap". */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A lint finding: data, never printed or thrown by rules. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** A second place, e.g. "first defined here". */
  readonly related?: readonly { readonly message: string; readonly span: Span }[];
  /** A safe fix as text edits on the original source. */
  readonly fix?: readonly TextEdit[];
}
