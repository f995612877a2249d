import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { generateFreeform } from "./generate.js";
import { DEEP_HEADINGS, headingDocument, LONG_LINES, lineDocument } from "../../scripts/bench/shapes.mjs";

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

// Shapes a review found quadratic or deeply recursive (2026-12-06; scripts/bench/shapes.mjs). Each
// must read, and read right; how fast is the bench's business ((e) times each against a
// markdown-it parse), but a return to quadratic time would take minutes here.
describe("pathological shapes (sanity, not timed)", () => {
  const ids = (src: string) => parseRoadmap(src).milestones.map((m) => m.id);

  it("a heading of thousands of nested qualifiers (`Early Early … Q3`), brackets or numbers does not overflow the stack", () => {
    for (const [, head] of DEEP_HEADINGS) expect(() => parseRoadmap(headingDocument(head))).not.toThrow();
  });

  it("thousands of parts restarting their phases: one sequence, every id distinct", () => {
    const parts = Array.from({ length: 4000 }, (_, i) => `## Part ${i} area\n\n### Phase 1: Alpha${i}\n\n### Phase 2: Beta${i}\n`).join("\n");
    const got = ids(`# Plan\n\n${parts}`);
    expect(got).toHaveLength(8000);
    expect(new Set(got).size).toBe(8000);
  });

  it("thousands of status buckets, runs under one parent, and lists in one bucket", () => {
    expect(ids(`# Plan\n\n${Array.from({ length: 10_000 }, () => "## Done\n\n### Phase 1\n\n### Phase 2\n").join("\n")}`).length).toBeGreaterThan(0);
    expect(ids(`# Plan\n\n${Array.from({ length: 20_000 }, (_, i) => `## Phase ${(i % 2) + 1}\n\n### Sprint ${i}\n`).join("\n")}`).length).toBeGreaterThan(0);
    const oneBucket = `# Plan\n\n## Done\n\n${Array.from({ length: 20_000 }, (_, i) => `### Area ${i}\n\n- v${i}.1 a\n- v${i}.2 b\n`).join("\n")}`;
    expect(() => parseRoadmap(oneBucket)).not.toThrow();
  });

  it("long runs of digits, spaces, brackets or emphasis in one line", () => {
    for (const [, line] of LONG_LINES) expect(ids(lineDocument(line))).toEqual(["Phase 1", "Phase 2"]);
  });
});

describe("chunked parsing of many small tables (sanity, not timed)", () => {
  it("3000 sections each ending in a table read as 3000 units, as one parse of the whole would", () => {
    const src = `# Plan\n\n${Array.from({ length: 3000 }, (_, i) => `## Phase ${i + 1}\n\n| Feature | Status |\n|---|---|\n| a${i} | done |\n`).join("\n")}`;
    const r = parseRoadmap(src);
    expect(r.milestones).toHaveLength(3000);
    expect(r.milestones[2999]!.id).toBe("Phase 3000");
  });

  it("a long labelled heading over thousands of parts gives them its status (read once, not once per part)", () => {
    const src = `# Roadmap\n\n## v1.0 MVP ${"x ".repeat(5000)}(Shipped)\n\n${Array.from({ length: 20_000 }, (_, i) => `### Phase ${i + 1}: Setup\n**Goal**: repo\n`).join("")}`;
    const r = parseRoadmap(src);
    expect(r.milestones).toHaveLength(20_000);
    expect(r.milestones[19_999]!.status.value).toBe("done");
  });

  it("intro paragraphs of long space runs before the units (the statement reader folds lines without rescanning spaces)", () => {
    const src = `# Roadmap\n\n${`x${" ".repeat(1990)}y\n\n`.repeat(2500)}## Phase 1\n\n- a\n\n## Phase 2\n\n- b\n`;
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
  });
});

