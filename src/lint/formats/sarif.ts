// SARIF 2.1.0 for code-scanning upload: rule metadata with help URIs, results with regions.
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Span } from "../../model/span.js";
import { RULES } from "../../rules/index.js";
import { displayPosition, region, type LintedFile } from "./linted-file.js";

/** Where each rule's documentation lives: `docs/rules/<id>.md` in the repository. */
export const RULE_DOCS_BASE = "https://github.com/roadmark/roadmark/blob/main/docs/rules/";

/** The help URI of a rule. */
export function ruleHelpUri(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function sarifRegion(file: LintedFile, span: Span): Record<string, number> {
  const s = displayPosition(file, span.start);
  const e = displayPosition(file, span.end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

function uri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

/** The SARIF log object for a lint run. */
export function toSarif(files: readonly LintedFile[], version: string): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i] as const));
  const result = (f: LintedFile, d: Diagnostic): Record<string, unknown> => {
    const { start } = region(f, d);
    const location = { physicalLocation: { artifactLocation: { uri: uri(f.file) }, region: sarifRegion(f, d.span) } };
    return {
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [location],
      ...(d.related && d.related.length > 0
        ? {
            relatedLocations: d.related.map((r, i) => ({
              id: i + 1,
              message: { text: r.message },
              physicalLocation: { artifactLocation: { uri: uri(f.file) }, region: sarifRegion(f, r.span) },
            })),
          }
        : {}),
      partialFingerprints: { "roadmark/v1": `${d.ruleId}:${start.line}:${d.message}` },
      ...(d.fix && d.fix.length > 0 ? { properties: { fixable: true } } : {}),
    };
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmark",
            version,
            informationUri: "https://github.com/roadmark/roadmark",
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id
                .split("-")
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(""),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description}.` },
              helpUri: ruleHelpUri(r.id),
              help: { text: `See ${ruleHelpUri(r.id)}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { fixable: r.fixable, scope: r.scope },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        artifacts: files.map((f) => ({ location: { uri: uri(f.file) } })),
        results: files.flatMap((f) => f.diagnostics.map((d) => result(f, d))),
      },
    ],
  };
}

/** The SARIF text for stdout. */
export function formatSarif(files: readonly LintedFile[], version: string): string {
  return JSON.stringify(toSarif(files, version), null, 2) + "\n";
}
