import type { Status } from "../model/status.js";
import { contentStart, lineText, type SourceDocument } from "./document.js";
import { readStatusText, type Legend } from "./fields/status.js";
import { LEGEND_ONLY_EMOJI } from "./fields/status-vocabulary.js";

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const PAIR = /(\p{Extended_Pictographic}\uFE0F?)\s*(?:[=:：-]\s*)?([\p{L}][\p{L} '’-]{1,24})/gu;
// A description after the word (`⚪ Open — not started`, `🟠 Blocked: waiting`), read when the word is no status.
const DESCRIBED = /^\s*(?:[—–:：]|\s-)\s*([\p{L}][\p{L} '’-]{1,30})/u;
// A legend item: the mark opens the item (`- ⚪ Open — not started`, `* **🟢** Started`).
const ITEM_MARK = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?\p{Extended_Pictographic}/u;

/** What a legend pair's words state: the word itself (`Done`), else its description (`Open — not started`). */
function pairStatus(text: string, m: RegExpMatchArray): Status | undefined {
  const words = m[2] ?? "";
  const s = readStatusText(words);
  if (s && s.start === 0) return s.value;
  // The word is no status: its description after a dash or a colon may be (`Open — not started`, `Open - not started`).
  const dash = words.indexOf(" - ");
  const rest = dash >= 0 ? words.slice(dash) : text.slice((m.index ?? 0) + m[0].length);
  const d = DESCRIBED.exec(rest);
  if (!d) return undefined;
  const ds = readStatusText(d[1] ?? "");
  return ds && ds.start === 0 ? ds.value : undefined;
}

/**
 * The document's own emoji legend (`✅ Done · 🔧 In Progress · 📋 Planned`): lines that pair
 * two or more emoji with status words, or a list whose items each open with one (`- ⚪ Open —
 * not started`, `- 🟢 Started`). Only legend-only emoji (traffic lights, 🔧, 🎯 …) and
 * emoji the legend redefines are returned; the universal markers need no legend.
 */
export function readLegend(doc: SourceDocument): Legend {
  const legend = new Map<string, Status>();
  const define = (pairs: readonly [string, Status][], add = false): void => {
    for (const [emoji, value] of pairs)
      if (((LEGEND_ONLY_EMOJI as readonly string[]).includes(emoji) && !add) || !legend.has(emoji)) legend.set(emoji, value);
  };
  // Items of one list, each opening with one mark and its meaning: a legend when two or more follow
  // each other and give two or more marks two or more meanings (`- ✅ Done`, `- ⚪ Open — not
  // started`), not a list of tasks each decorated alike (`- 🔐 SSO — not started`). They only add
  // marks: a legend line the document states outright is not overridden.
  let run: [string, Status][] = [];
  let runDepth = -1;
  const endRun = (): void => {
    if (run.length >= 2 && new Set(run.map((p) => p[0])).size >= 2 && new Set(run.map((p) => p[1])).size >= 2) define(run, true);
    run = [];
    runDepth = -1;
  };
  for (const b of doc.blocks) {
    if (b.type !== "paragraph" && b.type !== "item") {
      endRun();
      continue;
    }
    if (b.type === "paragraph" && b.item) continue;
    const last = Math.min(b.endLine, b.line + 12);
    // Most blocks hold no emoji: one test over the block's lines before reading them one by one.
    if (!PICTOGRAPHIC.test(doc.source.slice(contentStart(doc, b.line), doc.lines.lineStart(last)))) {
      endRun();
      continue;
    }
    let itemPair: [string, Status] | undefined;
    for (let l = b.line; l < last; l++) {
      const text = lineText(doc, l);
      if (!PICTOGRAPHIC.test(text)) continue;
      const pairs: [string, Status][] = [];
      for (const m of text.matchAll(PAIR)) {
        const value = pairStatus(text, m);
        if (value) pairs.push([(m[1] ?? "").replace(/\uFE0F/g, ""), value]);
      }
      if (pairs.length >= 2 || (pairs.length === 1 && /legend|key|status/i.test(text))) define(pairs);
      else if (pairs.length === 1 && l === b.line && b.type === "item" && ITEM_MARK.test(text)) itemPair = pairs[0];
    }
    if (b.type !== "item" || !itemPair || (runDepth >= 0 && b.depth !== runDepth)) endRun();
    if (b.type === "item" && itemPair) {
      run.push(itemPair);
      runDepth = b.depth;
    }
  }
  endRun();
  return legend;
}
