import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/rules/rule-ids.js";
import { ROOT } from "../harness/paths.js";
import { DEV_CADENCE_GUIDE } from "../../src/templates/dev-cadence.js";

/** The `roadmap_edit` ops of the MCP contract (CONTRACT.md). */
const EDIT_OPS = ["tick", "untick", "start", "done", "block", "cancel", "add_milestone", "add_criterion", "edit_criterion", "remove_criterion", "set_field", "depend", "undepend", "learn"];
const COMMANDS = ["init", "status", "next", "lint", "tick", "untick", "start", "done", "block", "cancel", "add", "learn", "sync", "import", "history", "forecast", "render", "serve", "schema", "criterion", "set", "depend", "undepend", "verify", "mcp", "instructions", "agents", "guard"];

describe("the Development Cadence guide", () => {
  it("equals templates/dev-cadence.md byte for byte", () => {
    expect(Buffer.from(DEV_CADENCE_GUIDE, "utf8").equals(readFileSync(path.join(ROOT, "templates/dev-cadence.md")))).toBe(true);
  });

  it("states the process: M0 first, one at a time, dependencies, ticking with Verify, learnings, done when merged, kept current", () => {
    for (const phrase of ["Start with M0", "One milestone at a time", "Dependencies before start", "Tick criteria as they are met", "Verify: `command`", "roadmark verify", "Record learnings", "merged", "Keep it current"])
      expect(DEV_CADENCE_GUIDE).toContain(phrase);
  });

  it("names only real rule ids, ops and commands, and the rules the steps rely on", () => {
    const rows = DEV_CADENCE_GUIDE.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Step") && !l.startsWith("| ---"));
    const cells = rows.map((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()));
    const ruleCells = cells.map((c) => c[4]!);
    const named = new Set(ruleCells.flatMap((c) => [...c.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!)));
    for (const id of named) expect(RULE_IDS as readonly string[], id).toContain(id);
    for (const id of ["placeholder", "single-in-progress", "dependency-not-done", "status-criteria", "overview-sync", "stale"]) expect(named).toContain(id);
    const ops = new Set(cells.flatMap((c) => [...c[3]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!)).filter((o) => !o.startsWith("roadmap_")));
    for (const op of ops) expect(EDIT_OPS, op).toContain(op);
    for (const op of ["start", "tick", "add_criterion", "learn", "done"]) expect(ops).toContain(op);
    for (const m of DEV_CADENCE_GUIDE.matchAll(/roadmark ([a-z]+)/g)) expect(COMMANDS, m[0]).toContain(m[1]);
  });
});
