import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { corpusFiles } from "../harness/paths.js";

// What the extractor reads from every corpus file (id, title, status and where it came from,
// ticked/total boxes, dependencies), kept as a reviewed golden file: any change in reading,
// intended or not, shows up as a diff. Update with `npx vitest run -u` after reviewing it.
describe("corpus extraction golden", () => {
  it("every corpus file reads as recorded", async () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(100);
    const out: Record<string, string[]> = {};
    for (const f of files) {
      const r = parseRoadmap(readFileSync(f, "utf8"));
      out[path.basename(f)] = r.milestones.map((m) => {
        const p = milestoneProgress(m);
        const deps = m.dependsOn.map((d) => d.id).join(",");
        return `${m.id} | ${m.title} | ${m.status.value} (${m.status.source ?? "-"}) | ${p.done}/${p.total}${deps ? ` | after ${deps}` : ""}`;
      });
    }
    await expect(JSON.stringify(out, null, 1) + "\n").toMatchFileSnapshot("../fixtures/golden/corpus-extraction.json");
  });
});
