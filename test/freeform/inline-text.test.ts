import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, it } from "vitest";
import { inlineText } from "../../src/parse/markdown.js";

// The reference: markdown-it's inline parse, text and code kept (what inlineText did before its fast paths).
const md = new MarkdownIt("commonmark");
function reference(raw: string): string {
  let out = "";
  for (const t of md.parseInline(raw, {}))
    for (const c of t.children ?? []) {
      if (c.type === "text" || c.type === "code_inline") out += c.content;
      else if (c.type === "softbreak" || c.type === "hardbreak") out += " ";
      else if (c.type === "image") out += c.content;
    }
  return out.trim();
}

describe("inlineText fast paths agree with the inline parser", () => {
  it("on bold labels and near misses", () => {
    const pieces = ["**", "*", "_", "a", "Phase 1", ":", " ", "(", ")", "é", "1.", "-", "\t", "Goal", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((a) => a.join("")), (s) => reference(s) === inlineText(s)),
      { numRuns: 2000 },
    );
  });
});
