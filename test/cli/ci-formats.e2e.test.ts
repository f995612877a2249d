import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../harness/cli.js";
import { ROOT } from "../harness/paths.js";

const EXAMPLE = path.join(ROOT, "examples/ROADMAP.md");

describe("roadmark status --format markdown", () => {
  it("prints the Markdown table with progress, current milestone and next step", () => {
    const r = runCli(["status", "--format", "markdown", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("| | Milestone | Title | Status | Criteria |");
    expect(r.stdout).toContain("| ▶ | M1 | Tide Data Import | 🚧 in progress | 2/4 |");
    expect(r.stdout).toContain("**Progress:** 5/12 criteria (42%)");
    expect(r.stdout).toContain("**Current:** M1 Tide Data Import");
    expect(r.stdout).toContain("**Next:** Re-importing the same file is idempotent");
  });

  it("rejects an unknown format with exit 2", () => {
    const r = runCli(["status", "--format", "html", EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roadmark: /);
  });
});

describe("roadmark lint --format gitlab", () => {
  it("prints a Code Quality array whose fingerprints survive lines inserted above", () => {
    const dir = tempDir();
    const text = ["# Roadmap", "", "## M0: One", "", "**Goal:** see [x](missing.md).", "", "**Acceptance Criteria:**", "- [ ] open", ""].join("\n");
    writeFileSync(path.join(dir, "ROADMAP.md"), text);
    const a = runCli(["lint", "--format", "gitlab"], { cwd: dir });
    expect(a.code).toBe(0);
    const before = JSON.parse(a.stdout) as { fingerprint: string; check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const link = before.find((i) => i.check_name === "broken-link")!;
    expect(link).toMatchObject({ severity: "minor", location: { path: "ROADMAP.md", lines: { begin: 5 } } });
    writeFileSync(path.join(dir, "ROADMAP.md"), text.replace("# Roadmap\n", "# Roadmap\n\nIntro.\n"));
    const after = JSON.parse(runCli(["lint", "--format", "gitlab"], { cwd: dir }).stdout) as typeof before;
    const moved = after.find((i) => i.check_name === "broken-link")!;
    expect(moved.location.lines.begin).toBe(7);
    expect(moved.fingerprint).toBe(link.fingerprint);
  });
});
