import { lineText, findInLine, type SourceDocument } from "../document.js";
import { readStatusText, type Legend } from "../fields/status.js";
import { inlineText } from "../markdown.js";
import type { Draft } from "./build.js";

const SUMMARY = /<summary[^>]*>(.*?)<\/summary>/iu;

interface Region {
  readonly start: number;
  end: number;
  readonly line: number;
  readonly raw: string;
}

/**
 * Units inside `<details><summary>✅ v1.0 MVP - SHIPPED</summary> … </details>` take the
 * summary's status as their bucket (S1 "bucket"), as GSD writes collapsed milestones. Reads the
 * lines of HTML blocks only; everything between is ordinary Markdown.
 */
export function applyDetailsBuckets(doc: SourceDocument, drafts: readonly Draft[], legend?: Legend): void {
  const regions: Region[] = [];
  const open: Region[] = [];
  for (const b of doc.blocks) {
    if (b.type !== "html") continue;
    for (let l = b.line; l < b.endLine; l++) {
      const text = lineText(doc, l);
      const m = SUMMARY.exec(text);
      if (m) {
        const r: Region = { start: l, end: doc.lines.count, line: l, raw: inlineText((m[1] ?? "").replace(/<[^>]*>/gu, "")) };
        regions.push(r);
        open.push(r);
      }
      if (/<\/details>/iu.test(text)) {
        const r = open.pop();
        if (r) r.end = l;
      }
    }
  }
  if (regions.length === 0) return;
  // One sweep in line order; regions nest like the `<details>` elements they come from.
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a]!.line - drafts[b]!.line);
  const stack: Region[] = [];
  let next = 0;
  for (const i of order) {
    const d = drafts[i]!;
    while (next < regions.length && regions[next]!.start < d.line) stack.push(regions[next++]!);
    while (stack.length > 0 && stack[stack.length - 1]!.end <= d.line) stack.pop();
    const best = stack[stack.length - 1];
    if (d.statuses.bucket || !best) continue;
    const s = readStatusText(best.raw, legend);
    if (!s) continue;
    const raw = best.raw.slice(s.start, s.end);
    const span = findInLine(doc, best.line, raw);
    d.statuses.bucket = { value: s.value, raw, ...(span ? { span } : {}), source: "bucket" };
  }
}
