import { readFileSync } from "node:fs";
import path from "node:path";
import type { Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { inlineText, inlineTokens, parseBlocks } from "../../src/parse/markdown.js";
import { TEMPLATE, corpusFiles } from "../harness/paths.js";

/** markdown-it core's text_join, which the fast path leaves out: escapes become text, adjacent text merges. */
function joined(tokens: readonly Token[]): { type: string; tag: string; content: string; markup: string; level: number; nesting: number; attrs: unknown }[] {
  const out: ReturnType<typeof joined> = [];
  for (const t of tokens) {
    const type = t.type === "text_special" ? "text" : t.type;
    const last = out[out.length - 1];
    if (type === "text" && last?.type === "text") last.content += t.content;
    else out.push({ type, tag: t.tag, content: t.content, markup: type === "text" ? "" : t.markup, level: t.level, nesting: t.nesting, attrs: t.attrs });
  }
  return out;
}

/** Every inline source the readers see: heading text, paragraph and item text, table cells. */
function inlineSources(text: string): string[] {
  const out: string[] = [];
  for (const b of parseBlocks(text)) {
    if (b.type === "heading" || b.type === "paragraph" || b.type === "item") out.push(b.raw);
    else if (b.type === "table") for (const r of [b.header, ...b.rows]) out.push(...r.cells);
  }
  return out;
}

// The fast inline state must give markdown-it's own inline tokens (same fields, same prototype).
describe("fast inline tokens", () => {
  it.each([TEMPLATE, ...corpusFiles()].map((f) => [path.basename(f), f]))("%s: inline tokens equal stock markdown-it's", (_n, f) => {
    const text = readFileSync(f, "utf8").replace(/\r\n/g, "\n");
    const sources = inlineSources(text);
    expect(sources.length).toBeGreaterThan(0);
    for (const raw of sources) {
      const fast = inlineTokens(raw);
      const stock = inlineTokens(raw, true);
      expect(joined(fast)).toEqual(joined(stock));
      for (const t of fast) expect(Object.getPrototypeOf(t)).toBe(Object.getPrototypeOf(stock[0] ?? t));
    }
  });

  it("keeps escapes, entities, code, link text and image alt; normalises CR and NUL", () => {
    expect(inlineText("a \\*b\\* &amp; `c` [d](e) ![f](g) **h**")).toBe("a *b* & c d f h");
    expect(joined(inlineTokens("*x*\r\ny\0"))).toEqual(joined(inlineTokens("*x*\r\ny\0", true)));
    expect(inlineText("*x*\r\ny\0")).toBe("x y\uFFFD");
    expect(Object.keys(inlineTokens("*a*")[0]!)).toEqual(Object.keys(inlineTokens("*a*", true)[0]!));
  });
});
