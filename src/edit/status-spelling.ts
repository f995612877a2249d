import type { Roadmap } from "../model/roadmap.js";
import { STATUS_WORDS, type Status, type StatusSource } from "../model/status.js";
import { leadingStatus } from "./status-text.js";

/** A status roadmark can write (never `unknown`). */
export type WritableStatus = Exclude<Status, "unknown">;

/** The marker written before or instead of a word when a document's statuses carry emoji. */
export const STATUS_MARKERS: Readonly<Record<WritableStatus, string>> = {
  planned: "📋",
  in_progress: "🚧",
  done: "✅",
  blocked: "⏸️",
  cancelled: "❌",
};

const EMOJI_ONLY = /^(?:[\p{Extended_Pictographic}✓✔☐☑◐✗✖\s]|\uFE0F|\u200D)+$/u;
const EMOJI_LEAD = /^(?:[\p{Extended_Pictographic}✓✔☐☑◐✗✖]|\uFE0F)+\s+\S/u;

/** The status token of a stated status: "✅ Complete" from "✅ Complete (2026-01-02)". */
function token(raw: string, source: StatusSource): { value: Status; text: string } | undefined {
  if (source === "heading") return undefined;
  const m = leadingStatus(raw);
  return m ? { value: m.value, text: raw.slice(m.start, m.end) } : undefined;
}

/** Every spelling the document uses at places of `source`, with the status it means. */
function spellings(roadmap: Roadmap, source: StatusSource): { value: Status; text: string }[] {
  const out: { value: Status; text: string }[] = [];
  for (const m of roadmap.milestones)
    for (const s of m.statuses) {
      if (s.source !== source || !s.raw || s.value === "unknown") continue;
      const t = source === "heading" ? { value: s.value, text: s.raw } : token(s.raw, source);
      if (t && t.value === s.value && t.text) out.push(t);
    }
  return out;
}

/**
 * How to spell `status` at a place of `source` (table cell, heading, Status field), in the
 * document's own vocabulary: its most used spelling of that status there; else the default
 * word (STATUS_WORDS) dressed like the document's other statuses (emoji only, emoji + word,
 * lower or upper case), the place's `current` text counting most for a heading.
 */
export function spellStatus(roadmap: Roadmap, source: StatusSource, status: WritableStatus, current?: string): string {
  let seen = spellings(roadmap, source);
  // The place's own spelling sets the style when the document has no spelling for the new status.
  const own = current?.trim() ? (token(current, "table")?.text ?? current.trim()) : "";
  if (own) seen = [...seen, { value: "unknown", text: own }];
  if (seen.length === 0 && source !== "heading") seen = [...spellings(roadmap, "table"), ...spellings(roadmap, "section")];
  const counts = new Map<string, number>();
  for (const s of seen) if (s.value === status) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [text, n] of counts) if (n > bestCount) [best, bestCount] = [text, n];
  if (best !== undefined) return best;
  const word = STATUS_WORDS[status];
  if (seen.length === 0) return word;
  if (source === "heading" && current && EMOJI_ONLY.test(current)) return STATUS_MARKERS[status];
  const emojiOnly = seen.filter((s) => EMOJI_ONLY.test(s.text)).length;
  const emojiLead = seen.filter((s) => EMOJI_LEAD.test(s.text)).length;
  if (emojiOnly * 2 > seen.length) return STATUS_MARKERS[status];
  const words = seen.map((s) => s.text.replace(/[^\p{L}\s]/gu, "").trim()).filter((w) => w !== "");
  let styled = word;
  if (words.length > 0 && words.every((w) => w === w.toLowerCase())) styled = word.toLowerCase();
  else if (words.length > 0 && words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase())) styled = word.toUpperCase();
  return emojiLead * 2 > seen.length ? `${STATUS_MARKERS[status]} ${styled}` : styled;
}
