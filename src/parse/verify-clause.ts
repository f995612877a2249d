// The ``Verify: `command` `` clause that may end a criterion's first line (issue 15).
//
// Grammar (at the end of the line, outside code spans):
//   Verify: `command` [(timeout 30s|5m|1h|500ms|90)]
// `Verify:` is recognised (any letter case) only when it follows the start of the text or white
// space and is followed by a code span or by nothing, so prose such as "Verify: the user can
// log in" stays ordinary text. A recognised clause with no command, an unreadable timeout or
// text after the command cannot run: it becomes a `VerifyClauseError` for the lint rule
// `verify-syntax`, never a run.

/** Why a `Verify:` clause cannot run. */
export const VERIFY_CLAUSE_ERRORS = ["empty", "timeout", "trailing"] as const;
export type VerifyClauseErrorKind = (typeof VERIFY_CLAUSE_ERRORS)[number];

/** A clause found in a string; offsets are relative to that string. */
export interface FoundVerifyClause {
  /** Where the criterion's own text ends (before `Verify:`, trailing white space excluded). */
  readonly textEnd: number;
  /** From `Verify:` to the end of the clause (the end of the string, trailing space excluded). */
  readonly start: number;
  readonly end: number;
  /** The command (code span content, trimmed), or an error kind. */
  readonly result: { readonly ok: true; readonly command: string; readonly timeoutMs?: number } | { readonly ok: false; readonly kind: VerifyClauseErrorKind };
}

const UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
};

/** `30s`, `5m`, `1h`, `500ms`, `90` (seconds) → milliseconds; undefined when unreadable or not positive. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : 1000;
  if (unit === undefined) return undefined;
  const ms = Math.round(Number(m[1]) * unit);
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/** Start offsets of `Verify:` markers outside code spans, in order. */
function markers(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "`") {
      let n = 0;
      while (s[i + n] === "`") n++;
      const close = closingRun(s, i + n, n);
      i = close === -1 ? i + n : close + n;
      continue;
    }
    if ((c === "V" || c === "v") && (i === 0 || /\s/.test(s[i - 1]!)) && s.slice(i, i + 7).toLowerCase() === "verify:") out.push(i);
    i++;
  }
  return out;
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function closingRun(s: string, from: number, n: number): number {
  let i = from;
  while (i < s.length) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let k = 0;
    while (s[i + k] === "`") k++;
    if (k === n) return i;
    i += k;
  }
  return -1;
}

/** The trailing `Verify:` clause of `s` (one line of a criterion), or undefined when it has none. */
export function findVerifyClause(s: string): FoundVerifyClause | undefined {
  const all = markers(s);
  for (let k = all.length - 1; k >= 0; k--) {
    const at = all[k]!;
    let i = at + 7;
    while (i < s.length && /[ \t]/.test(s[i]!)) i++;
    if (i < s.length && s[i] !== "`") continue; // prose after `Verify:`: not a clause
    let end = s.length;
    while (end > at && /\s/.test(s[end - 1]!)) end--;
    let textEnd = at;
    while (textEnd > 0 && /\s/.test(s[textEnd - 1]!)) textEnd--;
    const base = { textEnd, start: at, end };
    if (i >= s.length) return { ...base, result: { ok: false, kind: "empty" } };
    let n = 0;
    while (s[i + n] === "`") n++;
    const close = closingRun(s, i + n, n);
    if (close === -1) return { ...base, result: { ok: false, kind: "empty" } };
    let content = s.slice(i + n, close);
    // CommonMark: one space is stripped from each end when both ends have one and it is not all spaces.
    if (content.length >= 2 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
    const command = content.trim();
    const rest = s.slice(close + n, end);
    if (!command) return { ...base, result: { ok: false, kind: "empty" } };
    if (rest.trim() === "") return { ...base, result: { ok: true, command } };
    const t = /^\s*\(\s*timeout\s+([^)]*)\)\s*$/i.exec(rest);
    if (!t) return { ...base, result: { ok: false, kind: "trailing" } };
    const timeoutMs = parseDuration(t[1]!);
    if (timeoutMs === undefined) return { ...base, result: { ok: false, kind: "timeout" } };
    return { ...base, result: { ok: true, command, timeoutMs } };
  }
  return undefined;
}
