import type { BlockNode } from "./markdown.js";

const cache = new WeakMap<readonly BlockNode[], ReadonlySet<number>>();

/** The 0-based lines inside fenced or indented code blocks: text there is an example, not content. */
export function codeLines(blocks: readonly BlockNode[]): ReadonlySet<number> {
  const hit = cache.get(blocks);
  if (hit) return hit;
  const set = new Set<number>();
  for (const b of blocks) if (b.type === "code") for (let l = b.line; l < b.endLine; l++) set.add(l);
  cache.set(blocks, set);
  return set;
}
