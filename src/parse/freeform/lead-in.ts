import { readStatusText, type Legend, type StatusMatch } from "../fields/status.js";
import { HORIZON_WORDS, wordsOf } from "../fields/sequence-vocabulary.js";
import { inlineText, type ParagraphNode } from "../markdown.js";

// A lead-in is short: `Completed:`, `Planned improvements:`, `Completed work includes:`.
const LEAD_IN_MAX_WORDS = 6;

/**
 * Status words that, opening a line, describe things rather than state a status ("Current
 * implementation:", "Next:", "Ideias:"): the horizon words of every language, and words for ideas.
 * Built on first use (a template roadmap never needs them).
 */
let adjectives: ReadonlySet<string> | undefined;
export function isAdjective(word: string): boolean {
  adjectives ??= new Set(
    [
      ...["current", "now", "next", "later", "future", "active", "live", "ok", "idea", "ideas", "research", "continuous", "ongoing", "open"],
      ...["ideia", "ideias", "idée", "idées", "idee", "ideen", "идеи", "pomysły", "futuro", "futur", "next up", "up next"],
      ...wordsOf(HORIZON_WORDS.now),
      ...wordsOf(HORIZON_WORDS.next),
      ...wordsOf(HORIZON_WORDS.later),
    ].map((w) => w.toLowerCase()),
  );
  return adjectives.has(word.toLowerCase());
}

/**
 * The status a one-line lead-in states (`Completed:`, `Planned improvements:`): a line ending in
 * a colon, of at most six words, opening with a status word that is not an adjective.
 */
export function leadInStatusText(text: string, legend?: Legend): StatusMatch | undefined {
  if (!/[:：]$/u.test(text) || text.split(/\s+/u).length > LEAD_IN_MAX_WORDS) return undefined;
  const s = readStatusText(text, legend);
  if (!s || s.kind !== "word" || s.start !== 0 || s.value === "unknown") return undefined;
  return isAdjective(text.slice(s.start, s.end)) ? undefined : s;
}

/** The status a one-line paragraph states as a lead-in (`Completed:` over a list), if it is one. */
export function leadInOf(b: ParagraphNode, legend?: Legend): StatusMatch | undefined {
  return b.endLine - b.line === 1 ? leadInStatusText(inlineText(b.raw), legend) : undefined;
}
