// src/parse/markdown.ts replaces markdown-it's block and inline state (and builds its tokens) for
// speed, copying fields and methods of one exact version. This test fails when an upgrade changes
// what we copy: then re-read markdown-it's StateBlock/StateInline/Token and update markdown.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { ROOT } from "../harness/paths.js";

const sig = (f: unknown): string => createHash("sha256").update(String(f).replace(/\s+/g, " ")).digest("hex").slice(0, 16);

interface AnyState {
  Token: new (type: string, tag: string, nesting: number) => object;
}
type StateCtor = new (src: string, md: InstanceType<typeof MarkdownIt>, env: object, tokens: unknown[]) => AnyState;

describe("markdown-it internals we replace", () => {
  const md = new MarkdownIt("commonmark");
  const block = md.block as unknown as { State: StateCtor & { prototype: { push: unknown } } };
  const inline = md.inline as unknown as { State: StateCtor & { prototype: { push: unknown; pushPending: unknown } } };

  it("markdown-it is pinned to the exact version they were copied from", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(path.join(ROOT, "node_modules/markdown-it/package.json"), "utf8")) as { version: string };
    expect(pkg.dependencies["markdown-it"]).toBe("15.0.3");
    expect(installed.version).toBe("15.0.3");
  });

  it("Token has the fields, in the order, that plainToken sets", () => {
    const state = new block.State("", md, {}, []);
    expect(Object.keys(new state.Token("a", "b", 1))).toEqual(["map", "level", "children", "content", "markup", "info", "block", "hidden", "type", "tag", "attrs", "nesting", "meta"]);
  });

  it("StateInline has the fields, in the order, that FastInlineState sets", () => {
    expect(Object.keys(new inline.State("", md, {}, []))).toEqual([
      "pos", "level", "pending", "pendingLevel", "cache", "backticks", "backticksScanned", "skipHtmlSpecial", "linkLevel",
      "delimiters", "_prev_delimiters", "Token", "src", "env", "md", "tokens", "tokens_meta", "posMax",
    ]);
  });

  it("the methods we re-implement (block push, inline push and pushPending) are unchanged", () => {
    expect(sig(block.State.prototype.push)).toBe("511b088b0159f382");
    expect(sig(inline.State.prototype.push)).toBe("ecddc56a7b8d3de6");
    expect(sig(inline.State.prototype.pushPending)).toBe("060deae643e271b7");
  });
});
