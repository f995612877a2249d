import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockTokens } from "../../src/parse/markdown.js";
import { TEMPLATE, corpusFiles } from "../harness/paths.js";

// The fast token constructor must give exactly markdown-it's tokens: same fields, values,
// order and prototype (so methods such as attrGet work).
describe("fast block tokens", () => {
  it.each([TEMPLATE, ...corpusFiles()].map((f) => [path.basename(f), f]))("%s: token stream equals stock markdown-it's", (_n, f) => {
    const text = readFileSync(f, "latin1").replace(/\r\n/g, "\n");
    const fast = blockTokens(text);
    const stock = blockTokens(text, true);
    expect(fast.length).toBe(stock.length);
    fast.forEach((t, i) => {
      const s = stock[i]!;
      expect(Object.keys(t)).toEqual(Object.keys(s));
      expect({ ...t }).toEqual({ ...s });
      expect(Object.getPrototypeOf(t)).toBe(Object.getPrototypeOf(s));
    });
  });
});
