// One id identity (model/id.ts `idKey`): a table row `Release 02` and a section `Release 2` are
// one milestone to the reader, to duplicate-id, to the dependency lookups and to the edits.
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { setStatus } from "../../src/edit/operations/set-status.js";
import { lintRoadmap } from "../../src/lint/index.js";
import { idKey, normaliseId } from "../../src/model/id.js";
import { findMilestone, milestonesById } from "../../src/model/milestones.js";
import { parseRoadmap } from "../../src/parse/to-model.js";

const DOC = `# Roadmap

| Release | Title | Status |
|---|---|---|
| Release 01 | Basics | Done |
| Release 02 | Sync | Planned |

## Release 1: Basics

- [x] it works

## Release 2: Sync

- [ ] it syncs
`;

describe("one id identity", () => {
  it("joins case, leading zeros and the keyword's spelling, and only those", () => {
    expect(idKey("Release 02")).toBe(idKey("Release 2"));
    expect(idKey("release 2")).toBe(idKey("Release 2"));
    expect(idKey("M01")).toBe(idKey("Milestone 1"));
    expect(idKey("Phase 03")).toBe(idKey("phase 3"));
    expect(idKey("Release 2")).not.toBe(idKey("Release 20"));
    expect(idKey("M1")).not.toBe(idKey("M1.1"));
    // The display spelling stays as written where no keyword rule applies.
    expect(normaliseId("Release 02")).toBe("Release 02");
  });

  it("a table row `Release 02` and a section `Release 2` are one milestone everywhere", () => {
    const r = parseRoadmap(DOC);
    // The reader: one unit per release, row and section joined.
    const releases = r.milestones.filter((m) => idKey(m.id) === idKey("Release 2"));
    expect(releases).toHaveLength(1);
    const m = releases[0]!;
    expect(m.spans.row).toBeDefined();
    expect(m.spans.heading).toBeDefined();
    // duplicate-id: nothing to report.
    expect(lintRoadmap(r, { only: ["duplicate-id"] }).diagnostics).toEqual([]);
    // The lookups: every spelling finds the same milestone.
    expect(findMilestone(r, "Release 02")).toBe(m);
    expect(findMilestone(r, "release 2")).toBe(m);
    expect(milestonesById(r).get(idKey("Release 02"))).toBe(m);
    // The edits: naming it `Release 02` changes the one milestone.
    const out = applyEdits(DOC, setStatus(r, { id: "Release 02", status: "done", force: true })).output;
    const after = parseRoadmap(out);
    expect(findMilestone(after, "Release 2")?.status.value).toBe("done");
    expect(after.milestones).toHaveLength(r.milestones.length);
  });

  it("two sections `Release 02` and `Release 2` are one id to duplicate-id as to the lookups", () => {
    const doc = "# Roadmap\n\n## Release 02: Sync\n\n- [ ] a\n\n## Release 2: Sync again\n\n- [ ] b\n";
    const r = parseRoadmap(doc);
    const same = r.milestones.filter((m) => idKey(m.id) === idKey("Release 2"));
    const dup = lintRoadmap(r, { only: ["duplicate-id"] }).diagnostics;
    // However the reader reads them, duplicate-id agrees with it: n units with one key → n-1 findings.
    expect(dup).toHaveLength(Math.max(0, same.length - 1));
    for (const spelling of ["Release 02", "Release 2", "release 2"]) if (same.length > 0) expect(same).toContain(findMilestone(r, spelling));
  });
});
