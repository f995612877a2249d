import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../harness/cli.js";

// 150,000 milestones: more than a function call can take as spread arguments (about 120,000
// here), and enough for any quadratic step to run for minutes. Every read command finishes.
describe("a roadmap with 150,000 milestones", () => {
  const dir = tempDir();
  const N = 150_000;
  const lines = ["# Big", ""];
  for (let i = 0; i < N; i++) lines.push(`## M${i}: Step ${i}`, "", i === 0 ? "**Dependencies:** None" : `**Dependencies:** M${i - 1}`, "");
  const file = path.join(dir, "ROADMAP.md");
  writeFileSync(file, lines.join("\n"));

  it.each([
    ["status", ["status", file]],
    ["status --json", ["status", "--json", file]],
    ["lint (stylish)", ["lint", file]],
    ["render gantt", ["render", "gantt", "-f", file]],
    ["render mermaid", ["render", "mermaid", "-f", file]],
  ])("%s runs to the end without a stack trace", (_name, args) => {
    const r = runCli(args, { cwd: dir });
    expect(r.stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
