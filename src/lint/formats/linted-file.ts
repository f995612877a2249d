import type { Diagnostic } from "../../model/diagnostic.js";
import type { LineIndex, Position } from "../../model/line-index.js";

/** One linted file as the formats see it: the name to show, its line index and its findings. */
export interface LintedFile {
  readonly file: string;
  readonly lines: LineIndex;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether the text starts with a BOM, which editors do not count as a column. */
  readonly bom?: boolean;
}

/** The 1-based display position of an offset (a BOM on line 1 takes no column). */
export function displayPosition(file: Pick<LintedFile, "lines" | "bom">, offset: number): Position {
  const p = file.lines.position(offset);
  return file.bom && p.line === 1 && p.column > 1 ? { line: 1, column: p.column - 1 } : p;
}

/** 1-based start and end (end exclusive) of a finding, for display. */
export function region(file: Pick<LintedFile, "lines" | "bom">, d: Diagnostic): { start: Position; end: Position } {
  return { start: displayPosition(file, d.span.start), end: displayPosition(file, d.span.end) };
}

/** Error, warning, info and fixable counts over files. */
export function countFindings(files: readonly LintedFile[]): { errors: number; warnings: number; infos: number; fixableErrors: number; fixableWarnings: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === "error") {
        errors++;
        if (d.fix) fixableErrors++;
      } else if (d.severity === "warning") {
        warnings++;
        if (d.fix) fixableWarnings++;
      } else infos++;
    }
  }
  return { errors, warnings, infos, fixableErrors, fixableWarnings };
}
