import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { TEMPLATE, ROOT } from "../harness/paths.js";
import path from "node:path";

const doc = (s: string) => parseRoadmap(s);

describe("template parser", () => {
  it("reads the canonical template: four milestones, table order, fields and dependencies", () => {
    const r = doc(readFileSync(TEMPLATE, "utf8"));
    expect(r.format).toBe("template");
    expect(r.title).toBe("Roadmap");
    expect(r.milestones.map((m) => m.id)).toEqual(["M0", "M1", "M2", "M3"]);
    const [m0, m1] = r.milestones;
    expect(m0!.title).toBe("Foundations");
    expect(m0!.focus).toBe("Core infrastructure, basic functionality");
    expect(m0!.status).toMatchObject({ value: "planned", raw: "Planned", source: "table" });
    expect(m0!.goal?.text).toBe("Establish core infrastructure and basic functionality.");
    expect(m0!.criteria.map((c) => [c.text, c.checked])).toEqual([
      ["[Criterion 1]", false],
      ["[Criterion 2]", false],
      ["[Criterion 3]", false],
    ]);
    expect(m0!.deliverables.map((d) => d.text)).toEqual(["[Deliverable 1]", "[Deliverable 2]"]);
    expect(m0!.dependsOn).toEqual([]);
    expect(m0!.dependsRaw?.text).toBe("None (first milestone)");
    expect(m1!.dependsOn.map((d) => d.id)).toEqual(["M0"]);
    expect(r.phases.map((p) => p.title)).toEqual(["Early Milestones (M0-M1)", "Mid Milestones (M2-M3)", "Later Milestones (M4+)"]);
    expect(r.phases[0]!.focus).toContain("Core infrastructure and reliability");
  });

  it("reads the bundled filled-in example", () => {
    const r = doc(readFileSync(path.join(ROOT, "examples/ROADMAP.md"), "utf8"));
    expect(r.milestones.map((m) => [m.id, m.status.value])).toEqual([
      ["M0", "done"],
      ["M1", "in_progress"],
      ["M2", "planned"],
      ["M3", "planned"],
    ]);
    expect(r.milestones[0]!.learnings.map((l) => l.text)).toHaveLength(1);
    expect(r.milestones[3]!.dependsOn.map((d) => d.id)).toEqual(["M1", "M2"]);
  });

  it.each([
    ["## M0: Title", "M0", "Title"],
    ["## M0 - Title", "M0", "Title"],
    ["## M0 — Title", "M0", "Title"],
    ["## M12 – Title words", "M12", "Title words"],
    ["## Milestone 3: Search", "M3", "Search"],
    ["## M2a: Auth", "M2a", "Auth"],
  ])("heading %s", (heading, id, title) => {
    const r = doc(`# R\n\n${heading}\n\n- [ ] a\n`);
    expect(r.format).toBe("template");
    expect(r.milestones[0]).toMatchObject({ id, title });
  });

  it.each([
    ["None", []],
    ["None (first milestone)", []],
    ["—", []],
    ["M0", ["M0"]],
    ["M0, M1", ["M0", "M1"]],
    ["M0 and M1", ["M0", "M1"]],
    ["M0 + M1", ["M0", "M1"]],
    ["M1 (parallel OK)", ["M1"]],
    ["Milestone 2", ["M2"]],
  ])("dependencies %s", (text, ids) => {
    const r = doc(`## M5: X\n\n**Dependencies:** ${text}\n`);
    expect(r.milestones[0]!.dependsOn.map((d) => d.id)).toEqual(ids);
  });

  it("matches the overview table by header names in any order, keeps extra columns, accepts ID/State", () => {
    const src = "| State | Owner | ID | Name |\n|---|---|---|---|\n| ✅ Complete | ana | M0 | Setup |\n| Planned | bo | M1 | Next |\n";
    const r = doc(src);
    expect(r.format).toBe("template");
    expect(r.overview?.columns).toMatchObject({ id: 2, status: 0, title: 3 });
    expect(r.milestones.map((m) => [m.id, m.title, m.status.value, m.status.raw])).toEqual([
      ["M0", "Setup", "done", "✅ Complete"],
      ["M1", "Next", "planned", "Planned"],
    ]);
    const cell = r.milestones[0]!.status.span!;
    expect(src.slice(cell.start, cell.end)).toBe("✅ Complete");
  });

  it("keeps both values where the table and the section disagree", () => {
    const src = "| Milestone | Title | Status |\n|---|---|---|\n| M0 | Old name | Done |\n\n## M0: New name\n\n**Status:** In Progress\n\n- [ ] open\n";
    const m = doc(src).milestones[0]!;
    expect(m.title).toBe("New name");
    expect(m.rowTitle?.text).toBe("Old name");
    expect(m.status.value).toBe("done");
    expect(m.statuses.map((s) => [s.source, s.value])).toEqual([
      ["table", "done"],
      ["section", "in_progress"],
    ]);
    expect(m.inferredStatus).toBe("planned");
  });

  it("follows S1 precedence: heading before Status field", () => {
    const m = doc("## M0: Setup (Done)\n\n**Status:** Planned\n").milestones[0]!;
    expect(m.status).toMatchObject({ value: "done", source: "heading" });
    expect(m.title).toBe("Setup");
  });

  it("reads fields given as sub-headings", () => {
    const m = doc("## M0: Setup\n\n### Goal\n\nBuild it.\n\n### Acceptance Criteria\n\n- [x] one\n- [ ] two\n  - [x] nested\n\n### Dependencies\n\n- M4\n").milestones[0]!;
    expect(m.goal?.text).toBe("Build it.");
    expect(m.criteria.map((c) => [c.text, c.checked, c.depth])).toEqual([
      ["one", true, 0],
      ["two", false, 0],
      ["nested", true, 1],
    ]);
    expect(m.dependsOn.map((d) => d.id)).toEqual(["M4"]);
  });

  it("never takes structure from code fences, HTML blocks or comments", () => {
    const src = "# R\n\n```md\n## M9: In a fence\n- [ ] no\n```\n\n<!--\n## M8: In a comment\n-->\n\n<div>\n\n## M0: Real\n\n</div>\n\n    ## M7: indented code\n";
    const r = doc(src);
    expect(r.milestones.map((m) => m.id)).toEqual(["M0"]);
    expect(r.milestones[0]!.criteria).toEqual([]);
  });

  it("ignores front matter", () => {
    const r = doc("---\ntitle: M1: not a heading\n---\n# Real\n\n## M0: Go\n");
    expect(r.title).toBe("Real");
    expect(r.milestones.map((m) => m.id)).toEqual(["M0"]);
  });

  it("reports spans at the right lines for CRLF and BOM documents", () => {
    const src = "\uFEFF# R\r\n\r\n## M0: A\r\n\r\n- [x] done thing\r\n- [ ] open thing\r\n";
    const r = doc(src);
    expect(r.bom).toBe(true);
    expect(r.eol).toBe("\r\n");
    const [a, b] = r.milestones[0]!.criteria;
    expect(src.slice(a!.box.start, a!.box.end)).toBe("x");
    expect(src.slice(b!.box.start, b!.box.end)).toBe(" ");
    expect(src.slice(b!.textSpan.start, b!.textSpan.end)).toBe("open thing");
    expect(r.lines.position(b!.span.start)).toEqual({ line: 6, column: 1 });
  });

  it("treats an empty document and a non-roadmap as valid with no milestones and a note", () => {
    for (const s of ["", "# Notes\n\nJust prose.\n"]) {
      const r = doc(s);
      expect(r.milestones).toEqual([]);
      expect(r.notes.length).toBe(1);
    }
  });

  it("never infers status from checkboxes", () => {
    const m = doc("## M0: All ticked\n\n- [x] a\n- [x] b\n").milestones[0]!;
    expect(m.status.value).toBe("unknown");
    expect(m.inferredStatus).toBe("done");
  });

  it("keeps an unrecognised status word as raw text with value unknown", () => {
    const m = doc("| Milestone | Status |\n|---|---|\n| M0 | Frobnicated |\n").milestones[0]!;
    expect(m.status).toMatchObject({ value: "unknown", raw: "Frobnicated", source: "table" });
  });

  it("takes decimal ids in `Milestone 6.5` sections of a template document", () => {
    const r = doc("# R\n\n## MILESTONE 6: Victory\n\n- [ ] a\n\n## MILESTONE 6.5: Covert Operations\n\n- [ ] b\n\n## MILESTONE 7: Market\n");
    expect(r.format).toBe("template");
    expect(r.milestones.map((m) => [m.id, m.title])).toEqual([
      ["M6", "Victory"],
      ["M6.5", "Covert Operations"],
      ["M7", "Market"],
    ]);
  });

  it("does not take a document whose only milestone headings are `Milestone 1.1` steps as a template", () => {
    const r = doc("# R\n\n## Phase 1: Setup\n\n### Milestone 1.1: Repo\n\n- [x] a\n\n## Phase 2: Build\n\n### Milestone 2.1: Core\n\n- [ ] b\n");
    expect(r.format).toBe("freeform");
    expect(r.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
  });
  it("does not take a document whose one M-heading is a dotted step (`### M0.1`) as a template; two of them, or one `M0`, are", () => {
    const plan = "# Plan\n\n| Slice | Scope | Gate |\n|---|---|---|\n| Phase 1 | a | Done |\n| Phase 2 | b | Planned |\n\n## Foundations\n\n### M0.1 — Contract freeze\n\n- [ ] c\n";
    const r = doc(plan);
    expect(r.format).toBe("freeform");
    expect(r.milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Phase 1 done", "Phase 2 planned"]);
    expect(doc("# R\n\n## M0.1: A\n\n- [ ] a\n\n## M0.2: B\n").format).toBe("template");
    expect(doc("# R\n\n## M0: Start\n\n- [ ] a\n").format).toBe("template");
  });
});
