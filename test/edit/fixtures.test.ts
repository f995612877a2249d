// Edit behaviour through fixtures: test/fixtures/edit/<op>/<case>.md, the intent in cases.json,
// the expected result in <case>.expected.md (byte for byte). UPDATE_EDIT_FIXTURES=1 rewrites them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { ROOT } from "../harness/paths.js";
import { runIntent, type EditCase } from "./run-intent.js";

const DIR = path.join(ROOT, "test/fixtures/edit");
const update = process.env.UPDATE_EDIT_FIXTURES === "1";

for (const op of readdirSync(DIR).sort()) {
  const cases = JSON.parse(readFileSync(path.join(DIR, op, "cases.json"), "utf8")) as Record<string, EditCase>;
  describe(`edit fixtures: ${op}`, () => {
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const source = readFileSync(path.join(DIR, op, `${name}.md`), "utf8");
        const roadmap = parseRoadmap(source);
        if (c.throws) {
          expect(() => runIntent(roadmap, c)).toThrowError(expect.objectContaining({ name: c.throws, message: expect.stringContaining(c.message ?? "") }));
          return;
        }
        const edits = runIntent(roadmap, c);
        if (c.noop) {
          expect(edits).toEqual([]);
          return;
        }
        expect(edits.length).toBeGreaterThan(0);
        const { output, skipped } = applyEdits(source, edits);
        expect(skipped).toEqual([]);
        const expectedFile = path.join(DIR, op, `${name}.expected.md`);
        // A missing expectation is written only outside CI (and then reviewed); in CI it fails.
        if (update || (!existsSync(expectedFile) && !process.env.CI)) writeFileSync(expectedFile, output);
        expect(existsSync(expectedFile), `${expectedFile} is missing; run the test outside CI to write it`).toBe(true);
        expect(output).toBe(readFileSync(expectedFile, "utf8"));
        // The kept conventions: BOM, line endings, final newline.
        expect(output.startsWith("\uFEFF")).toBe(source.startsWith("\uFEFF"));
        expect(output.endsWith("\n")).toBe(source.endsWith("\n"));
        if (source.includes("\r\n")) expect(output.replace(/\r\n/g, "")).not.toContain("\n");
        else expect(output).not.toContain("\r");
      });
    }
  });
}
