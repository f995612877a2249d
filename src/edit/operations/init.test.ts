import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../parse/to-model.js";
import { ROADMAP_TEMPLATE } from "../../templates/roadmap-template.js";
import { titleProblem } from "./add.js";
import { cadenceGuidePlacement, initRoadmap } from "./init.js";

describe("initRoadmap", () => {
  it("with four milestones and no name is the template itself", () => {
    expect(initRoadmap({ milestones: 4 })).toBe(ROADMAP_TEMPLATE);
  });

  it.each([1, 2, 4, 7, 12])("writes %i milestones, a row and a section each, chained by dependencies", (n) => {
    const r = parseRoadmap(initRoadmap({ milestones: n, name: "Acme" }));
    expect(r.format).toBe("template");
    expect(r.title).toBe("Acme Roadmap");
    expect(r.milestones.map((m) => m.id)).toEqual(Array.from({ length: n }, (_, i) => `M${i}`));
    expect(r.overview?.rows).toHaveLength(n);
    for (const [i, m] of r.milestones.entries()) {
      expect(m.spans.section).toBeDefined();
      expect(m.status.value).toBe("planned");
      expect(m.dependsOn.map((d) => d.id)).toEqual(i === 0 ? [] : [`M${i - 1}`]);
      expect(m.criteria.length).toBeGreaterThan(0);
    }
  });

  it("keeps a name that already says Roadmap, and refuses a bad count", () => {
    expect(initRoadmap({ milestones: 2, name: "Widget roadmap" }).split("\n", 1)[0]).toBe("# Widget roadmap");
    expect(() => initRoadmap({ milestones: 0 })).toThrowError(expect.objectContaining({ code: "BAD_INPUT", option: "milestones" }));
  });
});

describe("the Development Cadence guide's place", () => {
  const root = "/repo";
  it.each([
    ["/repo/docs/roadmap/ROADMAP.md", "/repo/docs/guides/dev-cadence.md", "../guides/dev-cadence.md"],
    ["/repo/ROADMAP.md", "/repo/docs/guides/dev-cadence.md", "docs/guides/dev-cadence.md"],
    ["/repo/docs/ROADMAP.md", "/repo/guides/dev-cadence.md", "../guides/dev-cadence.md"],
    ["/elsewhere/ROADMAP.md", "/elsewhere/docs/guides/dev-cadence.md", "docs/guides/dev-cadence.md"],
  ])("a roadmap at %s → the guide at %s, linked as %s", (roadmap, guide, link) => {
    expect(cadenceGuidePlacement(roadmap, root)).toEqual({ guide, link });
  });

  it("the link in the written roadmap resolves to the guide", () => {
    for (const roadmap of ["/repo/ROADMAP.md", "/repo/docs/roadmap/ROADMAP.md", "/repo/a/b/c/ROADMAP.md"]) {
      const p = cadenceGuidePlacement(roadmap, root);
      const text = initRoadmap({ milestones: 1, cadenceLink: p.link });
      const link = /\[Development Cadence\]\(([^)]+)\)/.exec(text)![1]!;
      expect(path.resolve(path.dirname(roadmap), link)).toBe(p.guide);
      expect(p.guide.startsWith(root + "/")).toBe(true);
    }
  });
});

describe("initRoadmap with the user's milestones", () => {
  it("writes them instead of the placeholders; the placeholder rule finds nothing", () => {
    const text = initRoadmap({
      milestones: 4,
      name: "Tide",
      drafts: [
        { title: "Core | engine", focus: "Parsing", goal: "Parse it.", criteria: ["[ ] looks like a box", "Second"], deliverables: ["parser"] },
        { title: "Two", goal: "More.", criteria: ["Only one"] },
        { title: "Three", goal: "Even more.", criteria: ["A", "B", "C", "D"] },
        { title: "Four", goal: "Last.", criteria: ["Z"] },
        { title: "Five", goal: "Beyond the template.", criteria: ["Y"] },
      ],
    });
    const r = parseRoadmap(text);
    expect(r.milestones.map((m) => [m.id, m.title, m.criteria.length, m.dependsOn.map((d) => d.id).join()])).toEqual([
      ["M0", "Core | engine", 2, ""],
      ["M1", "Two", 1, "M0"],
      ["M2", "Three", 4, "M1"],
      ["M3", "Four", 1, "M2"],
      ["M4", "Five", 1, "M3"],
    ]);
    expect(r.milestones[0]!.criteria[0]!.text).toBe("[ ] looks like a box");
    expect(r.milestones[0]!.deliverables.map((d) => d.text)).toEqual(["parser"]);
    expect(r.milestones[1]!.deliverables).toEqual([]);
    expect(text).toContain("| M0 | Core \\| engine | Parsing | Planned |");
    expect(text).not.toMatch(/\[(Title|Focus area|Criterion \d|Deliverable \d|Brief description[^\]]*)\]|<!-- TODO/);
  });

  it("refuses a draft without a goal or criteria", () => {
    expect(() => initRoadmap({ milestones: 1, drafts: [{ title: "A", goal: " ", criteria: ["x"] }] })).toThrowError(/has no goal/);
    expect(() => initRoadmap({ milestones: 1, drafts: [{ title: "A", goal: "g", criteria: [""] }] })).toThrowError(/no acceptance criterion/);
    expect(() => initRoadmap({ milestones: 1, drafts: [] })).toThrowError(/no milestones/);
  });
});

describe("titleProblem", () => {
  it.each(["Search [beta]", "Parser | core", "[x] boxes", "Tide tables"])("accepts %j", (t) => expect(titleProblem(t)).toBeUndefined());
  it.each(["Ship it [Done]", "Launch ✅", "Beta (In Progress)", " "])("refuses %j", (t) => expect(titleProblem(t)).toBeDefined());
  it("is checked by initRoadmap", () => {
    expect(() => initRoadmap({ milestones: 1, drafts: [{ title: "Ship [Done]", goal: "g", criteria: ["c"] }] })).toThrowError(/reads as a status/);
  });
});
