import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "../../src/io/windows-1252.js";
import { applyEdits } from "../../src/edit/apply-edits.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import type { Span } from "../../src/model/span.js";
import { parseBlocks } from "../../src/parse/markdown.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { TEMPLATE, corpusFiles } from "../harness/paths.js";

/** Every span the model holds, with a label for failure messages. */
function allSpans(r: Roadmap): [string, Span][] {
  const out: [string, Span][] = [];
  for (const m of r.milestones) {
    for (const [k, s] of Object.entries(m.spans)) if (s && "start" in s) out.push([`${m.id}.${k}`, s as Span]);
    if (m.spans.row) {
      out.push([`${m.id}.row`, m.spans.row.span]);
      m.spans.row.cells.forEach((c, i) => out.push([`${m.id}.cell${i}`, c.span]));
    }
    for (const st of m.statuses) if (st.span) out.push([`${m.id}.status`, st.span]);
    m.criteria.forEach((c, i) => {
      out.push([`${m.id}.c${i}`, c.span], [`${m.id}.c${i}.box`, c.box], [`${m.id}.c${i}.text`, c.textSpan]);
    });
    for (const f of [m.goal, m.dependsRaw, m.rowTitle, m.headingTitle, ...m.deliverables, ...m.learnings]) if (f) out.push([`${m.id}.field`, f.span]);
    for (const d of m.dependsOn) out.push([`${m.id}.dep`, d.span]);
  }
  if (r.overview) out.push(["overview", r.overview.span]);
  return out;
}

/** Rebuilds the document from the model's criteria spans and the gaps between them. */
function rebuild(r: Roadmap): string {
  const spans = r.milestones.flatMap((m) => m.criteria.map((c) => c.span)).sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) continue;
    out += r.source.slice(cursor, s.start) + r.source.slice(s.start, s.end);
    cursor = s.end;
  }
  return out + r.source.slice(cursor);
}

function checkLossless(source: string, label: string): Roadmap {
  const r = parseRoadmap(source);
  expect(r.source).toBe(source);
  for (const [name, s] of allSpans(r)) {
    expect(s.start, `${label} ${name}`).toBeGreaterThanOrEqual(0);
    expect(s.end, `${label} ${name}`).toBeLessThanOrEqual(source.length);
    expect(s.start, `${label} ${name}`).toBeLessThanOrEqual(s.end);
  }
  for (const m of r.milestones)
    for (const c of m.criteria) {
      expect(source.slice(c.box.start, c.box.end), `${label} ${m.id} box`).toMatch(/^[ xX]$/);
      expect(source[c.box.start - 1]).toBe("[");
      expect(c.checked).toBe(source[c.box.start] !== " ");
    }
  expect(applyEdits(source, []).output).toBe(source);
  expect(rebuild(r)).toBe(source);
  return r;
}

describe("lossless model", () => {
  const files = [TEMPLATE, ...corpusFiles()];
  it("the corpus has its 110 real roadmaps", () => {
    expect(corpusFiles().length).toBe(110);
  });
  it.each(files.map((f) => [path.basename(f), f]))("%s parses and round-trips byte for byte", (_name, file) => {
    const bytes = readFileSync(file);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
    }
    checkLossless(text, path.basename(file));
  });

  it("round-trips CRLF, BOM, tabs, astral characters and a missing final newline", () => {
    const src = "\uFEFF# Röadmap 🚀\r\n\r\n| Milestone | Title | Status |\r\n|---|---|---|\r\n| M0 | 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\t| Done |\r\n\r\n## M0: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\r\n\r\n-\t[x] 👩‍👩‍👧 family\r\n- [ ] tab\there";
    const r = checkLossless(src, "crlf");
    expect(r.milestones[0]!.criteria.map((c) => c.text)).toEqual(["👩‍👩‍👧 family", "tab\there"]);
    expect(r.milestones[0]!.status.value).toBe("done");
  });

  it("parses in chunks exactly as in one piece, on every corpus file", () => {
    for (const f of corpusFiles()) {
      const text = readFileSync(f, "latin1").replace(/\r\n/g, "\n");
      expect(parseBlocks(text, 64), path.basename(f)).toEqual(parseBlocks(text, Number.MAX_SAFE_INTEGER));
    }
  });

  it("re-parses across a chunk boundary when a fence, HTML block or table runs into it", () => {
    const parts = ["# T\n\n"];
    for (let i = 0; i < 30; i++) {
      parts.push(`## M${i}: x\n\n- [ ] a\n`);
      if (i % 7 === 0) parts.push("```\n## M99: inside a fence\n");
      if (i % 7 === 3) parts.push("```\n\n");
      if (i % 5 === 0) parts.push("<!--\n## M98: inside a comment\n");
      if (i % 5 === 2) parts.push("-->\n\n");
      if (i % 4 === 1) parts.push("| a | b |\n|---|---|\n| 1 | 2 |\n");
    }
    const text = parts.join("");
    expect(parseBlocks(text, 16)).toEqual(parseBlocks(text, Number.MAX_SAFE_INTEGER));
  });
});

describe("properties", () => {
  it("parse is total and applyEdits([]) is the identity", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (src) => {
        const r = parseRoadmap(src);
        return r.source === src && applyEdits(src, []).output === src;
      }),
      { numRuns: 300 },
    );
  });

  const alphabet = fc.constantFrom("#", "## ", "M0", ": ", "| ", "|---|", "- [ ] ", "- [x] ", "\n", "\r\n", "```", "<!--", "-->", "**Status:** ", "Done", "✅", "\t", "  ", "x", "\uFEFF", "> ", "1. ", "Milestone", "**Dependencies:** M1");
  it("parse never throws on Markdown-shaped noise, and chunking never changes the blocks", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }), (parts) => {
        const src = parts.join("");
        const r = parseRoadmap(src);
        for (const m of r.milestones) for (const c of m.criteria) if (src.slice(c.box.start, c.box.end).length !== 1) return false;
        const lf = src.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
        expect(parseBlocks(lf, 8)).toEqual(parseBlocks(lf, Number.MAX_SAFE_INTEGER));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("parse never throws on mutated corpus files", () => {
    const files = corpusFiles().slice(0, 40).map((f) => readFileSync(f, "utf8"));
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (fi, a, b, insert) => {
        const src = files[fi]!;
        const i = a % (src.length + 1);
        const j = Math.min(src.length, i + (b % 200));
        const mutated = src.slice(0, i) + insert + src.slice(j);
        parseRoadmap(mutated);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
