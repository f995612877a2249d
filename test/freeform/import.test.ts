import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineItemText, toTemplate } from "../../src/import/to-template.js";
import { prepareDocument } from "../../src/parse/document.js";
import { readTask } from "../../src/parse/section.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { CLI, ROOT, corpusFiles } from "../harness/paths.js";

const summary = (src: string) =>
  parseRoadmap(src).milestones.map((m) => {
    const p = milestoneProgress(m);
    return `${m.status.value} ${p.done}/${p.total}`;
  });

describe("import: status of the import equals status of the source", () => {
  for (const file of corpusFiles()) {
    const src = readFileSync(file, "utf8");
    const r = parseRoadmap(src);
    if (r.milestones.length === 0) continue;
    it(path.basename(file), () => {
      const out = toTemplate(r).text;
      const back = parseRoadmap(out);
      expect(back.format).toBe("template");
      expect(summary(out)).toEqual(summary(src));
      expect(back.milestones.map((m) => m.id)).toEqual(r.milestones.map((_, i) => `M${i}`));
      // No checkbox lost: every task item of the source is in a milestone or verbatim in Notes.
      const doc = prepareDocument(src);
      for (const b of doc.blocks) {
        if (b.type !== "item" || !readTask(doc, b, 0)) continue;
        const line = src.slice(doc.lines.lineStart(b.line), doc.lines.lineEnd(b.line)).trim().replace(/^(?:>\s*)*(?:[-*+]|\d+[.)])\s+/u, "");
        expect(out).toContain(line);
      }
    });
  }
});

describe("import keeps statuses and boxes on odd input", () => {
  it("keeps a criterion nested under a plain bullet a criterion", () => {
    const src = "# R\n\n## Phase 1: A\n- note\n  - more\n    - [x] deep\n## Phase 2: B\n- [ ] b\n";
    expect(summary(toTemplate(parseRoadmap(src)).text)).toEqual(summary(src));
    expect(summary(src)).toEqual(["unknown 1/1", "unknown 0/1"]);
  });

  it("keeps a deliverable whose text starts like a task item one deliverable (no new checkbox)", () => {
    // The shrunk counterexample of the random-edit property: `**Deliverables:**  - [ ] nested`.
    const src = "# R\n\n## Phase 1: A\n- [ ] a\n\n**Deliverables:**  - [ ] nested\n\n- thing\n\n## Phase 2: B\n- [ ] b\n";
    expect(summary(src)).toEqual(["unknown 0/1", "unknown 0/1"]);
    expect(summary(toTemplate(parseRoadmap(src)).text)).toEqual(summary(src));
    expect(inlineItemText("- [ ] nested")).toBe("\\- [ ] nested");
    expect(inlineItemText("12. step")).toBe("12\\. step");
    expect(inlineItemText("## x")).toBe("\\## x");
    expect(inlineItemText("-1 degree")).toBe("-1 degree");
  });
  it("on random edits of corpus files", () => {
    const corpus = corpusFiles().map((f) => readFileSync(f, "utf8"));
    const pieces = ["## Phase 1: A\n", "- [x] **Phase 3: C**\n", "  - [ ] nested\n", "```\n", "<!--\n", "| Phase | Status |\n|---|---|\n| 1. A | Done |\n", "\r\n", "## ✅ Done\n"];
    const doc = fc
      .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 800 }), fc.boolean(), fc.constantFrom(...pieces)), { maxLength: 8 }))
      .map(([i, edits]) => edits.reduce((s, [at, len, cut, piece]) => (cut ? s.slice(0, at % (s.length || 1)) + s.slice((at % (s.length || 1)) + len) : s.slice(0, at % (s.length || 1)) + piece + s.slice(at % (s.length || 1))), corpus[i] ?? ""));
    fc.assert(
      fc.property(doc, (src) => {
        const r = parseRoadmap(src);
        if (r.milestones.length > 0) expect(summary(toTemplate(r).text)).toEqual(summary(src));
      }),
      { numRuns: 120 },
    );
  });
});

describe("roadmark import (built CLI)", () => {
  const fixture = path.join(ROOT, "test/fixtures/parse/gsd-milestones.md");
  it("prints to stdout without -o, refuses to overwrite without --force (exit 2), writes with it", () => {
    const stdout = execFileSync(process.execPath, [CLI, "import", fixture], { encoding: "utf8" });
    expect(stdout).toMatch(/^## M5: Phase 5: Teams \(DEFERRED\)$/m);
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-import-"));
    const out = path.join(dir, "ROADMAP.md");
    writeFileSync(out, "keep me\n");
    const refused = spawnSync(process.execPath, [CLI, "import", fixture, "-o", out], { encoding: "utf8" });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^roadmark: import: .*exists/m);
    expect(readFileSync(out, "utf8")).toBe("keep me\n");
    const forced = spawnSync(process.execPath, [CLI, "import", fixture, "-o", out, "--force"], { encoding: "utf8" });
    expect(forced.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(stdout);
    const status = JSON.parse(execFileSync(process.execPath, [CLI, "status", out, "--json"], { encoding: "utf8" })) as { format: string; milestones: { status: string; progress: { done: number; total: number } }[] };
    const source = JSON.parse(execFileSync(process.execPath, [CLI, "status", fixture, "--json"], { encoding: "utf8" })) as typeof status;
    expect(status.format).toBe("template");
    expect(status.milestones.map((m) => [m.status, m.progress])).toEqual(source.milestones.map((m) => [m.status, m.progress]));
  });

  it("fails with exit 2 on a missing source", () => {
    const r = spawnSync(process.execPath, [CLI, "import", path.join(ROOT, "no-such-file.md")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });
});
