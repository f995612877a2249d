import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../src/parse/document.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { corpusFiles } from "../harness/paths.js";

describe("every corpus file parses, with nothing taken from code, HTML or front matter", () => {
  for (const file of corpusFiles()) {
    it(path.basename(file), () => {
      const src = readFileSync(file, "utf8");
      const r = parseRoadmap(src);
      const doc = prepareDocument(src);
      const opaque = doc.blocks.filter((b) => b.type === "code" || b.type === "html");
      for (const m of r.milestones) {
        expect(m.line).toBeGreaterThanOrEqual(doc.bodyStart);
        expect(opaque.some((b) => m.line >= b.line && m.line < b.endLine)).toBe(false);
        expect(m.title.length).toBeGreaterThan(0);
        for (const c of m.criteria) expect(src.slice(c.box.start - 1, c.box.end + 1)).toMatch(/^\[[ xX]\]$/);
      }
    });
  }
});
