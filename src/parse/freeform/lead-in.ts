import { readStatusText, type Legend, type StatusMatch } from "../fields/status.js";

// A lead-in is short: `Completed:`, `Planned improvements:`, `Completed work includes:`.
const LEAD_IN_MAX_WORDS = 6;

/** Status words that, opening a line, describe things rather than state a status ("Current implementation:"). */
export const ADJECTIVES: ReadonlySet<string> = new Set(["current", "now", "next", "later", "future", "active", "live", "ok", "idea", "ideas", "research", "continuous", "ongoing", "open"]);

/**
 * The status a one-line lead-in states (`Completed:`, `Planned improvements:`): a line ending in
 * a colon, of at most six words, opening with a status word that is not an adjective.
 */
export function leadInStatusText(text: string, legend?: Legend): StatusMatch | undefined {
  if (!/[:：]$/u.test(text) || text.split(/\s+/u).length > LEAD_IN_MAX_WORDS) return undefined;
  const s = readStatusText(text, legend);
  if (!s || s.kind !== "word" || s.start !== 0 || s.value === "unknown") return undefined;
  return ADJECTIVES.has(text.slice(s.start, s.end).toLowerCase()) ? undefined : s;
}
