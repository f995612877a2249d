import type { Status } from "../model/status.js";
import { findStatuses, readStatusText, type Legend } from "../parse/fields/status.js";

const WRAPPER = /^(\*\*|__|\*|_|`)(.+)\1$/su;
/** What may follow a status word and go with it: dates, a parenthetical, punctuation. */
const TRIVIA = /^[\s\p{P}\p{S}\d]*(?:\([^)]*\))?[\s\p{P}\d]*$/u;

/**
 * The first status group in `text`: the first status word or marker and those right after it
 * with only spaces between (`✅ Complete`), with the status the group states. Later words
 * (`… live on the box`) are not part of it.
 */
export function leadingStatus(text: string, legend?: Legend): { start: number; end: number; value: Status } | undefined {
  const all = findStatuses(text, legend);
  const first = all[0];
  if (!first) return undefined;
  let end = first.end;
  for (const m of all.slice(1)) {
    if (text.slice(end, m.start).trim() !== "") break;
    end = m.end;
  }
  const group = readStatusText(text.slice(first.start, end), legend);
  return group ? { start: first.start, end, value: group.value } : undefined;
}

/**
 * The new text of a status value (a table cell or a `Status:` field, as written in the source)
 * when its status becomes `spelling`: emphasis or code around the whole value is kept; the status
 * words are replaced; a trailing note (`-- runs on the T4`) is kept, while trailing trivia (a
 * date, `(core)`) that belonged to the old status goes. Falls back to the bare spelling when
 * the kept note would change what the value says.
 */
export function rewriteStatusValue(raw: string, spelling: string, target: Status, legend?: Legend): string {
  const trimmed = raw.trim();
  const w = WRAPPER.exec(trimmed);
  const open = w ? w[1]! : "";
  const inner = w ? w[2]! : trimmed;
  const found = leadingStatus(inner, legend);
  let next = spelling;
  if (found) {
    const rest = inner.slice(found.end);
    if (!TRIVIA.test(rest)) next = spelling + rest;
  }
  const check = readStatusText(next, legend);
  if (!check || check.value !== target) next = spelling;
  return open + next + open;
}
