import { findStatuses, readHeadingStatus, type Legend, type StatusMatch } from "../fields/status.js";

/** Where a run of headings carries decorative emoji: at the start, at the end, or nowhere. */
export type Decoration = false | "lead" | "trail";

const EMOJI_AT = /^\s*(\p{Extended_Pictographic})|(\p{Extended_Pictographic})\uFE0F?\s*$/u;

/**
 * Emoji on every text of the run in the same place, and half of them no status marker (or all
 * different with two or more non-markers): decoration (012.md), not status. Status markers
 * repeat (✅ ✅ 🔲), decoration varies (🏗️ 🚀 📱 🔄); one 🚀 among ✅ 📋 is not decoration.
 */
export function decorationOf(texts: readonly string[], legend?: Legend): Decoration {
  let plain = 0;
  const seen = new Set<string>();
  const plainSeen = new Set<string>();
  let lead: boolean | undefined;
  for (const text of texts) {
    const m = EMOJI_AT.exec(text);
    if (!m) return false;
    if (lead !== undefined && lead !== (m[1] !== undefined)) return false;
    lead = m[1] !== undefined;
    const e = m[1] ?? m[2] ?? "";
    seen.add(e);
    if (findStatuses(e, legend).length === 0) {
      plain++;
      plainSeen.add(e);
    }
  }
  // One bullet on every heading but those a marker replaces (`🔹 Phase 2` … beside `✅ Phase 1`): the markers are statuses.
  if (plainSeen.size === 1 && plain >= 2 && plain < texts.length) return false;
  return plain * 2 >= texts.length || (plain >= 2 && seen.size === texts.length) ? (lead ? "lead" : "trail") : false;
}

/**
 * The status a heading-like text states (suffix, prefix, bracket, emoji). An emoji in the place
 * the run decorates is ignored; a status marker at the other end still states a status
 * (`🚀 v1.0 — Launch ✅`).
 */
export function headingStatus(text: string, legend: Legend | undefined, decorative: Decoration): StatusMatch | undefined {
  const s = readHeadingStatus(text, legend);
  if (!s) return undefined;
  if (s.kind === "emoji" && decorative && (decorative === "lead" ? !/\S/u.test(text.slice(0, s.start)) : !/\S/u.test(text.slice(s.end).replace(/\uFE0F/gu, "")))) return undefined;
  return s;
}
