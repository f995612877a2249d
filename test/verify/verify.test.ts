import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { approveCommands } from "../../src/io/trust-store.js";
import { runVerify, selectTargets } from "../../src/ops/verify.js";
import { verifyExitCode, verifyTickEdits } from "../../src/verify/results.js";
import { tempDir } from "../harness/cli.js";

const SRC = `# Roadmap

## M0: One

- [ ] Passes Verify: \`true\`
- [x] Fails Verify: \`false\`
- [ ] Shares Verify: \`true\`
- [ ] Plain

## M1: Two

**Status:** Cancelled

- [ ] Skipped Verify: \`true\`

## M2: Three

- [x] Untrusted Verify: \`echo not approved\`
`;

describe("runVerify", () => {
  it("selects criteria with commands, skipping cancelled milestones unless named", () => {
    const r = parseRoadmap(SRC);
    expect(selectTargets(r).map((t) => `${t.milestone.id}#${t.index}`)).toEqual(["M0#1", "M0#2", "M0#3", "M2#1"]);
    expect(selectTargets(r, ["M2", "m1"]).map((t) => `${t.milestone.id}#${t.index}`)).toEqual(["M1#1", "M2#1"]);
    expect(() => selectTargets(r, ["M7"])).toThrowError(/unknown milestone "M7"/);
  });

  it("runs approved commands once each, reports the rest untrusted, and never approves", async () => {
    const trust = { env: { XDG_STATE_HOME: path.join(tempDir(), "state") } };
    const root = tempDir();
    await approveCommands(root, ["true", "false"], trust);
    const roadmap = parseRoadmap(SRC);
    const started: string[] = [];
    const report = await runVerify({ roadmap, file: path.join(root, "ROADMAP.md"), place: { root, git: undefined }, trust, onStart: (c) => started.push(c) });
    expect(started.sort()).toEqual(["false", "true"]);
    expect(report.results.map((x) => [x.milestone, x.index, x.status])).toEqual([
      ["M0", 1, "passed"],
      ["M0", 2, "failed"],
      ["M0", 3, "passed"],
      ["M2", 1, "untrusted"],
    ]);
    expect(report.summary).toEqual({ total: 4, passed: 2, failed: 1, timed_out: 0, untrusted: 1 });
    expect(report.recordFile).toBeNull();
    expect(verifyExitCode(report)).toBe(2);
    expect(verifyExitCode({ summary: { ...report.summary, untrusted: 0 } })).toBe(1);
    expect(verifyExitCode({ summary: { total: 1, passed: 1, failed: 0, timed_out: 0, untrusted: 0 } })).toBe(0);
    // --apply ticks what passed; --strict also unticks what failed; untrusted changes nothing.
    const ticked = applyEdits(roadmap.source, verifyTickEdits(roadmap, report)).output;
    expect(ticked).toBe(SRC.replace("- [ ] Passes", "- [x] Passes").replace("- [ ] Shares", "- [x] Shares"));
    const strict = applyEdits(roadmap.source, verifyTickEdits(roadmap, report, { strict: true })).output;
    expect(strict).toBe(ticked.replace("- [x] Fails", "- [ ] Fails"));
    // A report about another version of the roadmap changes nothing it does not match.
    const moved = parseRoadmap(SRC.replace("- [ ] Passes Verify: `true`", "- [ ] Passes Verify: `true 2`"));
    const edits = verifyTickEdits(moved, report);
    expect(edits).toHaveLength(1);
    expect(moved.lines.lineOf(edits[0]!.start)).toBe(moved.lines.lineOf(moved.source.indexOf("- [ ] Shares")));
  });
});
