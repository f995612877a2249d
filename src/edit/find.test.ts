import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../parse/to-model.js";
import { requireMilestone, resolveCriterion } from "./find.js";

const r = parseRoadmap("# R\n\n## M0: A\n\n- [ ] Parse the table\n- [x] Parse the sections\n- [ ] Table\n\n## M1: B\n");

describe("resolveCriterion", () => {
  const m = requireMilestone(r, "m0");
  it("takes a 1-based index", () => {
    expect(resolveCriterion(m, "2").criterion.text).toBe("Parse the sections");
    expect(() => resolveCriterion(m, "4")).toThrowError(/criterion 4 of M0 is out of range: it has 3 \(1–3\)/);
    expect(() => resolveCriterion(m, "0")).toThrowError(/out of range/);
  });

  it("takes a unique case-insensitive fragment, an exact text beating partial matches", () => {
    expect(resolveCriterion(m, "SECTIONS").index).toBe(1);
    expect(resolveCriterion(m, "table").index).toBe(2);
  });

  it("lists the candidates of an ambiguous fragment", () => {
    expect(() => resolveCriterion(m, "parse")).toThrowError('"parse" matches 2 criteria of M0: 1 "Parse the table", 2 "Parse the sections"');
    expect(() => resolveCriterion(m, "zzz")).toThrowError(/no criterion of M0 matches "zzz"/);
  });

  it("says so for a milestone without criteria and an unknown id", () => {
    expect(() => resolveCriterion(requireMilestone(r, "M1"), "1")).toThrowError(/M1 has no criteria/);
    expect(() => requireMilestone(r, "M7")).toThrowError('unknown milestone "M7": known: M0, M1');
  });
});

describe("resolveCriterion with the source", () => {
  it("matches a fragment copied from the file as written, markup included", () => {
    const src = "## M2: API\n\n- [ ] `GET /stations` lists stations\n- [ ] `GET /tides` returns tides\n";
    const r = parseRoadmap(src);
    const m = requireMilestone(r, "M2");
    expect(() => resolveCriterion(m, "`GET /stations` lists")).toThrowError(/no criterion/);
    expect(resolveCriterion(m, "`GET /stations` lists", src).index).toBe(0);
    expect(resolveCriterion(m, "GET /tides", src).index).toBe(1);
  });
});
