import type { Colors } from "../../render/terminal/colors.js";
import { countFindings, region, type LintedFile } from "./linted-file.js";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** ESLint-style output: findings grouped by file (`line:col  severity  message  rule-id`), then a summary. */
export function formatStylish(files: readonly LintedFile[], c: Colors): string {
  let out = "";
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    const rows = f.diagnostics.map((d) => {
      const { start } = region(f, d);
      return { pos: `${start.line}:${start.column}`, sev: d.severity, message: d.message, rule: d.ruleId };
    });
    // reduce, not Math.max(...): a spread of 200,000 arguments overflows the stack.
    const posWidth = rows.reduce((w, r) => Math.max(w, r.pos.length), 0);
    const sevWidth = rows.reduce((w, r) => Math.max(w, r.sev.length), 0);
    out += `\n${c.bold(f.file)}\n`;
    for (const r of rows) {
      const sev = r.sev.padEnd(sevWidth);
      const coloured = r.sev === "error" ? c.red(sev) : r.sev === "warning" ? c.yellow(sev) : c.blue(sev);
      out += `  ${c.dim(r.pos.padEnd(posWidth))}  ${coloured}  ${r.message}  ${c.dim(r.rule)}\n`;
    }
  }
  const n = countFindings(files);
  const total = n.errors + n.warnings + n.infos;
  if (total === 0) return out;
  const parts = [plural(n.errors, "error"), plural(n.warnings, "warning")];
  if (n.infos > 0) parts.push(plural(n.infos, "info"));
  const line = `${n.errors > 0 ? "✖" : n.warnings > 0 ? "⚠" : "ℹ"} ${plural(total, "problem")} (${parts.join(", ")})`;
  out += `\n${n.errors > 0 ? c.red(c.bold(line)) : n.warnings > 0 ? c.yellow(c.bold(line)) : c.bold(line)}\n`;
  if (n.fixableErrors + n.fixableWarnings > 0)
    out += `  ${plural(n.fixableErrors, "error")} and ${plural(n.fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.\n`;
  return out;
}
