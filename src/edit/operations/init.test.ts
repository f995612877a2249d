import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../parse/to-model.js";
import { ROADMAP_TEMPLATE } from "../../templates/roadmap-template.js";
import { initRoadmap } from "./init.js";

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
    expect(() => initRoadmap({ milestones: 0 })).toThrowError(expect.objectContaining({ name: "UsageError" }));
  });
});
