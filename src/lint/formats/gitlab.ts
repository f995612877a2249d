// GitLab Code Quality report: a JSON array of issues that merge requests show inline.
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
import { createHash } from "node:crypto";
import { fingerprints } from "./fingerprint.js";
import { displayPosition, type LintedFile } from "./linted-file.js";

/** Code Quality severities, from least to most severe. */
export const GITLAB_SEVERITIES = ["info", "minor", "major", "critical", "blocker"] as const;
export type GitlabSeverity = (typeof GITLAB_SEVERITIES)[number];

const SEVERITY = { error: "major", warning: "minor", info: "info" } as const satisfies Record<string, GitlabSeverity>;

/** One Code Quality issue. */
export interface GitlabIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: GitlabSeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } };
}

/**
 * The issues of a lint run. Paths are the display paths with `/` separators (relative to the
 * working directory, which in CI is the repository root). A fingerprint hashes the rule, the path
 * and the offending text (plus a count of identical findings), so it survives lines moving.
 */
export function toGitlab(files: readonly LintedFile[]): GitlabIssue[] {
  return files.flatMap((f) => {
    const file = f.file.split("\\").join("/");
    const prints = fingerprints(f, file);
    return f.diagnostics.map((d, i) => ({
      description: `${d.message} (${d.ruleId})`,
      check_name: d.ruleId,
      fingerprint: createHash("sha256").update(`roadmark/v1\u0000${prints[i]!}`).digest("hex").slice(0, 40),
      severity: SEVERITY[d.severity],
      location: { path: file, lines: { begin: displayPosition(f, d.span.start).line, end: displayPosition(f, Math.max(d.span.start, d.span.end)).line } },
    }));
  });
}

/** The Code Quality JSON text for stdout. */
export function formatGitlab(files: readonly LintedFile[]): string {
  return JSON.stringify(toGitlab(files), null, 2) + "\n";
}
