import type { LintFileJson } from "../../report/json-types.js";
import { region, type LintedFile } from "./linted-file.js";

/** `lint --format json` (CONTRACT.md): one entry per file, positions 1-based, end exclusive. */
export function toLintJson(files: readonly LintedFile[]): LintFileJson[] {
  return files.map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.map((d) => {
      const { start, end } = region(f, d);
      return {
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fixable: d.fix !== undefined && d.fix.length > 0,
      };
    }),
  }));
}

/** The JSON text for stdout. */
export function formatJson(files: readonly LintedFile[]): string {
  return JSON.stringify(toLintJson(files), null, 2) + "\n";
}
