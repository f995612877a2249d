// Fingerprints of findings that survive line moves: they name the rule, the file and the
// offending text, never a line number (SARIF's partialFingerprints, GitLab's fingerprint).
import { createHash } from "node:crypto";
import type { Span } from "../../model/span.js";
import type { LintedFile } from "./linted-file.js";

/** The text of a span with whitespace collapsed; the span's first line when the span is empty. */
export function spanText(file: Pick<LintedFile, "lines">, span: Span): string {
  const lines = file.lines;
  const first = lines.lineOf(span.start);
  const last = lines.lineOf(Math.max(span.start, span.end));
  const parts: string[] = [];
  for (let l = first; l <= last; l++) {
    const start = lines.lineStart(l);
    const text = lines.lineText(l);
    parts.push(text.slice(Math.max(0, span.start - start), Math.max(0, span.end - start)));
  }
  const squash = (t: string): string => t.replace(/\s+/g, " ").trim();
  return squash(parts.join(" ")) || squash(lines.lineText(first));
}

/**
 * The `roadmark/v1` fingerprint of each finding of a file: a hash of rule id, file key and the
 * normalised offending text, with `:n` counting identical ones in document order.
 */
export function fingerprints(file: LintedFile, fileKey: string): string[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    const hash = createHash("sha256").update(`${d.ruleId}\u0000${fileKey}\u0000${spanText(file, d.span)}`).digest("hex").slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
