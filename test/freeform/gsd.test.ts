import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { ROOT } from "../harness/paths.js";

const fixture = (name: string) => parseRoadmap(readFileSync(path.join(ROOT, "test/fixtures/parse", name), "utf8"));
const view = (name: string) =>
  fixture(name).milestones.map((m) => ({
    id: m.id,
    status: m.status.value,
    source: m.status.source ?? null,
    boxes: `${milestoneProgress(m).done}/${milestoneProgress(m).total}`,
    deps: m.dependsOn.map((d) => d.id),
  }));

describe("GSD dialect", () => {
  it("reads phases at any level, inside <details>, with decimal ids, progress-table statuses, boxes and dependencies", () => {
    const r = fixture("gsd-milestones.md");
    expect(r.format).toBe("freeform");
    expect(view("gsd-milestones.md")).toEqual([
      { id: "Phase 1", status: "done", source: "table", boxes: "2/2", deps: [] },
      { id: "Phase 2", status: "done", source: "table", boxes: "2/2", deps: ["Phase 1"] },
      { id: "Phase 2.1", status: "done", source: "table", boxes: "1/1", deps: ["Phase 2"] },
      { id: "Phase 3", status: "done", source: "table", boxes: "3/3", deps: ["Phase 2", "Phase 2.1"] },
      { id: "Phase 4", status: "in_progress", source: "table", boxes: "1/2", deps: ["Phase 3"] },
      { id: "Phase 5", status: "blocked", source: "table", boxes: "0/1", deps: ["Phase 4"] },
    ]);
    // Titles keep numbering and status labels (LABELING T1).
    expect(r.milestones[3]!.title).toBe("Phase 3: Polish (COMPLETE)");
    // The heading label is still read, below the table in precedence.
    expect(r.milestones[4]!.statuses.map((s) => s.source)).toEqual(["table", "list"]);
    expect(r.milestones[5]!.statuses.find((s) => s.source === "heading")?.value).toBe("blocked");
  });

  it("finds no phantom phase in fences, comments or prose; keeps 2.1 ≠ 2.10, 3A ≠ 3, 07.1 = 7.1; survives mixed levels and duplicate ids", () => {
    const v = view("gsd-adversarial.md");
    expect(v.map((m) => m.id)).toEqual(["Phase 1", "Phase 2", "Phase 2.1", "Phase 2.10", "Phase 3", "Phase 3A", "Phase 7.1", "Phase 3"]);
    expect(v.find((m) => m.id === "Phase 2")).toEqual({ id: "Phase 2", status: "in_progress", source: "table", boxes: "1/2", deps: ["Phase 1"] });
    expect(v.find((m) => m.id === "Phase 2.1")?.boxes).toBe("0/1");
    expect(v.find((m) => m.id === "Phase 2.10")).toMatchObject({ boxes: "0/2", deps: ["Phase 2.1"] });
    expect(v.find((m) => m.id === "Phase 3A")?.deps).toEqual(["Phase 3"]);
    expect(v.find((m) => m.id === "Phase 7.1")?.deps).toEqual(["Phase 3A", "Phase 7.1"]);
    expect(v[0]).toMatchObject({ status: "done", deps: [] });
  });

  it("takes phases from the phase checklist when there are no phase sections (bullet-form phases)", () => {
    expect(view("gsd-checklist-only.md")).toEqual([
      { id: "Phase 1", status: "done", source: "list", boxes: "2/2", deps: [] },
      { id: "Phase 2", status: "planned", source: "list", boxes: "1/2", deps: [] },
      { id: "Phase 3", status: "planned", source: "list", boxes: "0/0", deps: [] },
    ]);
  });

  it("finds phases of collapsed milestones: a phase list or phase sections inside <details>, the summary as bucket", () => {
    expect(view("gsd-collapsed.md")).toEqual([
      { id: "Phase 1", status: "done", source: "list", boxes: "0/0", deps: [] },
      { id: "Phase 2", status: "done", source: "list", boxes: "0/0", deps: [] },
      { id: "Phase 3", status: "done", source: "bucket", boxes: "2/2", deps: ["Phase 2"] },
      { id: "Phase 4", status: "done", source: "bucket", boxes: "1/1", deps: ["Phase 3"] },
      { id: "Phase 5", status: "in_progress", source: "table", boxes: "1/2", deps: ["Phase 4"] },
    ]);
  });

  it("gives every criterion exact spans (box character and text) for editing", () => {
    const r = fixture("gsd-milestones.md");
    for (const m of r.milestones)
      for (const c of m.criteria) {
        expect(r.source.slice(c.box.start, c.box.end)).toMatch(/^[ xX]$/);
        expect(r.source.slice(c.box.start - 1, c.box.end + 1)).toMatch(/^\[[ xX]\]$/);
        expect(r.source.slice(c.textSpan.start, c.textSpan.end).trim()).toBe(c.text);
      }
  });
});
