import { describe, expect, it } from "vitest";
import { lintSource } from "../fix.js";
import { GITLAB_SEVERITIES, toGitlab } from "./gitlab.js";
import type { LintedFile } from "./linted-file.js";

const SOURCE = [
  "# Roadmap",
  "",
  "| Milestone | Title | Status |",
  "|---|---|---|",
  "| M0 | Foundations | Done |",
  "| M1 | Imports | In Progress |",
  "",
  "## M0: Foundations",
  "",
  "**Acceptance Criteria:**",
  "- [ ] Open box",
  "",
  "## M1: Import",
  "",
  "**Goal:** Import, see [notes](missing.md) and [more](gone.md).",
  "",
  "**Acceptance Criteria:**",
  "- [ ] Reads",
  "",
].join("\n");

function lint(text: string, file = "docs\\ROADMAP.md"): LintedFile[] {
  const { roadmap, result } = lintSource(text, { fileExists: () => false });
  return [{ file, lines: roadmap.lines, diagnostics: result.diagnostics }];
}

describe("toGitlab", () => {
  it("gives one Code Quality issue per finding with the documented keys", () => {
    const issues = toGitlab(lint(SOURCE));
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(["check_name", "description", "fingerprint", "location", "severity"]);
      expect(GITLAB_SEVERITIES).toContain(i.severity);
      expect(i.location.path).toBe("docs/ROADMAP.md");
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{40}$/);
    }
    const link = issues.find((i) => i.check_name === "broken-link" && i.description.includes("missing.md"));
    expect(link).toMatchObject({ location: { lines: { begin: 15 } } });
    expect(link!.description).toContain("(broken-link)");
    // error → major, warning → minor
    const { result } = lintSource(SOURCE, { fileExists: () => false });
    const bySeverity = new Map(result.diagnostics.map((d, n) => [issues[n]!.severity, d.severity]));
    for (const [gitlab, ours] of bySeverity) expect({ error: "major", warning: "minor", info: "info" }[ours]).toBe(gitlab);
  });

  it("fingerprints are unique and survive lines inserted above the findings", () => {
    const before = toGitlab(lint(SOURCE));
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(before.length);
    const moved = SOURCE.replace("# Roadmap\n", "# Roadmap\n\nA new paragraph\nover three\nlines.\n");
    const after = toGitlab(lint(moved));
    expect(after.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
    expect(after.map((i) => i.fingerprint).sort()).toEqual(before.map((i) => i.fingerprint).sort());
    // another file, same text: other fingerprints
    const other = toGitlab(lint(SOURCE, "ROADMAP.md"));
    expect(other.some((i) => before.some((b) => b.fingerprint === i.fingerprint))).toBe(false);
  });
});
