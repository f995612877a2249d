import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { toStatusJson } from "../../src/report/status-json.js";
import { corpusFiles } from "../harness/paths.js";

const corpus = corpusFiles().map((f) => readFileSync(f, "utf8"));
const pieces = ["## Phase 1: A\n", "### Phase 2.1: B\n", "- [x] **Phase 3: C**\n", "| Phase | Status |\n|---|---|\n| 1. A | Done |\n", "```\n", "<!--\n", "-->\n", "<details>\n", "  - [ ] nested\n", "\r\n", "\uFEFF", "M0: x\n", "## ✅ Done\n", "**Depends on**: Phase 2\n"];

/** Applies random edits (cut, duplicate, insert a piece of roadmap syntax) to a document. */
const mutated = fc
  .tuple(fc.nat({ max: Math.max(0, corpus.length - 1) }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.nat({ max: 2 }), fc.constantFrom(...pieces)), { maxLength: 6 }))
  .map(([i, edits]) => {
    let s = corpus[i] ?? "";
    for (const [at, len, kind, piece] of edits) {
      const p = s.length ? at % s.length : 0;
      if (kind === 0) s = s.slice(0, p) + s.slice(p + len);
      else if (kind === 1) s = s.slice(0, p) + s.slice(p, p + len) + s.slice(p);
      else s = s.slice(0, p) + piece + s.slice(p);
    }
    return s;
  });

function check(src: string): void {
  const r = parseRoadmap(src);
  for (const m of r.milestones) {
    expect(m.line).toBeGreaterThanOrEqual(0);
    for (const c of m.criteria) expect(src.slice(c.box.start, c.box.end)).toMatch(/^[ xX]$/);
  }
  toStatusJson(r, "x.md");
}

describe("parseRoadmap is total", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => check(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces, "text ", "# ", "\n")).map((a) => a.join("")), (s) => check(s)), { numRuns: 300 });
  });

  it("never throws on random mutations of corpus files, and criteria boxes stay exact", () => {
    fc.assert(fc.property(mutated, (s) => check(s)), { numRuns: 150 });
  });
});
