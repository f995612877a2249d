// SARIF 2.1.0 for code-scanning upload: rule metadata with help URIs, results with regions.
// Files under the working directory are named relative to `%SRCROOT%` (the cwd as a `file:` URI);
// other files by their own `file:` URI. Fingerprints name the rule, the file and the offending
// text, never a line number, so an alert keeps its identity when lines above it move.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Span } from "../../model/span.js";
import { RULES } from "../../rules/index.js";
import { REPOSITORY_URL, RULE_DOCS_BASE, RULE_WHY } from "../../rules/rule-help.generated.js";
import { fingerprints } from "./fingerprint.js";
import { displayPosition, type LintedFile } from "./linted-file.js";

export { RULE_DOCS_BASE };

/** The help URI of a rule: `docs/rules/<id>.md` in the repository named by package.json. */
export function ruleHelpUri(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

/** A rule's rationale as Markdown, relative links made absolute (it is shown away from the repository). */
export function ruleHelpMarkdown(id: string): string {
  return (RULE_WHY[id] ?? "").replace(/\]\(([a-z0-9-]+\.md)(#[^)]*)?\)/g, (_m, file: string, hash: string | undefined) => `](${RULE_DOCS_BASE}${file}${hash ?? ""})`);
}

/** A rule's rationale as plain text: paragraphs joined into lines, links reduced to their text. */
export function ruleHelpText(id: string): string {
  return (RULE_WHY[id] ?? "")
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"))
    .join("\n\n");
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function sarifRegion(file: LintedFile, span: Span): Record<string, number> {
  const s = displayPosition(file, span.start);
  const e = displayPosition(file, span.end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/** The uri base id that stands for the working directory. */
export const SRCROOT = "%SRCROOT%";

/** A SARIF artifact location: relative to `%SRCROOT%` under `cwd`, else an absolute `file:` URI. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const full = path.resolve(cwd, file);
  const rel = path.relative(cwd, full);
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(full).href };
}

/** The `file:` URI of a directory, ending in `/` as a SARIF base must. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** Options of the SARIF log: the directory `%SRCROOT%` stands for (default: the process's cwd). */
export interface SarifOptions {
  readonly cwd?: string;
}

/** The SARIF log object for a lint run. */
export function toSarif(files: readonly LintedFile[], version: string, opts: SarifOptions = {}): Record<string, unknown> {
  const cwd = opts.cwd ?? process.cwd();
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i] as const));
  const result = (f: LintedFile, at: ReturnType<typeof artifactLocation>, d: Diagnostic, fingerprint: string): Record<string, unknown> => {
    const location = { physicalLocation: { artifactLocation: at, region: sarifRegion(f, d.span) } };
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
              physicalLocation: { artifactLocation: at, region: sarifRegion(f, r.span) },
            })),
          }
        : {}),
      partialFingerprints: { "roadmark/v1": fingerprint },
      ...(d.fix && d.fix.length > 0 ? { properties: { fixable: true } } : {}),
    };
  };
  const located = files.map((f) => ({ f, at: artifactLocation(f.file, cwd) }));
  const results = located.flatMap(({ f, at }) => {
    const prints = fingerprints(f, at.uriBaseId ? `${at.uriBaseId}/${at.uri}` : at.uri);
    return f.diagnostics.map((d, i) => result(f, at, d, prints[i]!));
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmark",
            version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id
                .split("-")
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(""),
              shortDescription: { text: r.description },
              fullDescription: { text: ruleHelpText(r.id) || `${r.description}.` },
              helpUri: ruleHelpUri(r.id),
              help: {
                text: `${r.description}.\n\n${ruleHelpText(r.id)}\n\nDocumentation: ${ruleHelpUri(r.id)}`,
                markdown: `**${r.description}.**\n\n${ruleHelpMarkdown(r.id)}\n\n[Documentation of ${r.id}](${ruleHelpUri(r.id)})`,
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { fixable: r.fixable, scope: r.scope },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        columnKind: "utf16CodeUnits",
        artifacts: located.map(({ at }) => ({ location: at })),
        results,
      },
    ],
  };
}

/** The SARIF text for stdout. */
export function formatSarif(files: readonly LintedFile[], version: string, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(files, version, opts), null, 2) + "\n";
}
