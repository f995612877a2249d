import type { Status } from "../model/status.js";
import { contentStart, lineText, type SourceDocument } from "./document.js";
import { readStatusText, type Legend } from "./fields/status.js";
import { LEGEND_ONLY_EMOJI } from "./fields/status-vocabulary.js";

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const PAIR = /(\p{Extended_Pictographic}\uFE0F?)\s*(?:[=:：-]\s*)?([\p{L}][\p{L} '’-]{1,24})/gu;

/**
 * The document's own emoji legend (`✅ Done · 🔧 In Progress · 📋 Planned`): lines that pair
 * two or more emoji with status words. Only legend-only emoji (traffic lights, 🔧, 🎯 …) and
 * emoji the legend redefines are returned; the universal markers need no legend.
 */
export function readLegend(doc: SourceDocument): Legend {
  const legend = new Map<string, Status>();
  for (const b of doc.blocks) {
    if (b.type !== "paragraph" && b.type !== "item") continue;
    if (b.type === "paragraph" && b.item) continue;
    const last = Math.min(b.endLine, b.line + 12);
    // Most blocks hold no emoji: one test over the block's lines before reading them one by one.
    if (!PICTOGRAPHIC.test(doc.source.slice(contentStart(doc, b.line), doc.lines.lineStart(last)))) continue;
    for (let l = b.line; l < last; l++) {
      const text = lineText(doc, l);
      if (!PICTOGRAPHIC.test(text)) continue;
      const pairs: [string, Status][] = [];
      for (const m of text.matchAll(PAIR)) {
        const s = readStatusText(m[2] ?? "");
        if (s && s.start === 0) pairs.push([(m[1] ?? "").replace(/\uFE0F/g, ""), s.value]);
      }
      if (pairs.length >= 2 || (pairs.length === 1 && /legend|key|status/i.test(text))) {
        for (const [emoji, value] of pairs)
          if ((LEGEND_ONLY_EMOJI as readonly string[]).includes(emoji) || !legend.has(emoji)) legend.set(emoji, value);
      }
    }
  }
  return legend;
}
