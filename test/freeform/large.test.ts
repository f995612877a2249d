import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { generateFreeform } from "./generate.js";

describe("a 10 MB generated free-form roadmap (sanity, not timed)", () => {
  it("finds every phase with its status, boxes and dependency, and no phantom", () => {
    const { text, phases } = generateFreeform(10 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    const r = parseRoadmap(text);
    expect(r.format).toBe("freeform");
    expect(r.milestones).toHaveLength(phases);
    const m = r.milestones[2]!;
    expect([m.id, m.status.value, m.status.source, milestoneProgress(m)]).toEqual(["Phase 3", "done", "table", { done: 3, total: 3 }]);
    expect(r.milestones[phases - 1]!.dependsOn.map((d) => d.id)).toEqual([`Phase ${phases - 1}`]);
  });
});
