import { region, type LintedFile } from "./linted-file.js";

/** Escapes a workflow-command message (GitHub's `escapeData`). */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow-command property value (GitHub's `escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=rule-id::message`. */
export function formatGithub(files: readonly LintedFile[]): string {
  let out = "";
  for (const f of files) {
    for (const d of f.diagnostics) {
      const { start, end } = region(f, d);
      const props = [`file=${escapeProperty(f.file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${escapeProperty(d.ruleId)}`];
      out += `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}
