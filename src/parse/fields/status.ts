import type { Status } from "../../model/status.js";
import { STATUS_EMOJI, STATUS_PHRASES, STATUS_RANK } from "./status-vocabulary.js";
import { HORIZON_WORDS, wordsOf } from "./sequence-vocabulary.js";
import { escapeRegExp } from "../../text/regex.js";

// The horizon words (next, upcoming, future, later…) that may qualify one noun in a dash suffix
// (`— Future Vision`); other planned words (`— Research Notes`, `— Backlog Grooming`) name a topic.
const HORIZON_WORD = new RegExp(`^(?:${[...wordsOf(HORIZON_WORDS.next), ...wordsOf(HORIZON_WORDS.later)].map(escapeRegExp).join("|")})$`, "iu");

/** A status found in a piece of text: the value and where in that text it was read. */
export interface StatusMatch {
  readonly value: Status;
  readonly start: number;
  readonly end: number;
  /** "word" for a phrase, "emoji" for a marker. Words beat markers (S4). */
  readonly kind: "word" | "emoji";
}

/** Extra emoji meanings declared by the document's own legend (e.g. 🟢 = done). */
export type Legend = ReadonlyMap<string, Status>;

// Phrases of scripts written with spaces between words match whole words; CJK, Hangul and Thai
// phrases match inside a run of text (`完了済み`, `완료됨`).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORDCHAR = /[\p{L}\p{N}_]/u;

interface Entry {
  readonly phrase: string;
  readonly value: Status;
  readonly bounded: boolean;
}

// Turkish dotless ı lowercases from I only in a Turkish locale: `TAMAMLANDI` reads as `tamamlandi`,
// so each phrase holding ı is also matched with i.
const spellings = (p: string): string[] => (p.includes("ı") ? [p, p.replace(/ı/gu, "i")] : [p]);
const ENTRIES: readonly Entry[] = (Object.entries(STATUS_PHRASES) as [Status, readonly string[]][])
  .flatMap(([value, phrases]) => phrases.flatMap(spellings).map((p) => ({ phrase: p.toLowerCase(), value, bounded: !UNSPACED.test(p) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

const EMOJI: readonly { readonly emoji: string; readonly value: Status }[] = (
  Object.entries(STATUS_EMOJI) as [Status, readonly string[]][]
).flatMap(([value, list]) => list.map((emoji) => ({ emoji, value })));

// ENTRIES indexes by first character, for the scan in findStatuses.
// By first character: phrases matched on word boundaries (tried only where a word starts) and
// CJK, Hangul and Thai phrases (tried anywhere). Most positions of a text are inside a word, so
// most skip the bounded phrases without a comparison.
const BOUNDED_BY_FIRST = new Map<string, number[]>();
const FREE_BY_FIRST = new Map<string, number[]>();
ENTRIES.forEach((e, i) => {
  const c = e.phrase[0]!;
  const by = e.bounded ? BOUNDED_BY_FIRST : FREE_BY_FIRST;
  by.set(c, [...(by.get(c) ?? []), i]);
});

// One pass tells whether a text can hold any status at all; most texts hold none (speed only).
// Tested on the lowercased text, as the scan below reads it: a plain literal alternation with
// no case or Unicode flags runs about four times faster than the same one with /iu.
const ANY_PHRASE = new RegExp(ENTRIES.map((e) => escapeRegExp(e.phrase)).join("|"));
const ANY_MARKER = /[\p{Extended_Pictographic}\u2610-\u2612\u2713-\u2718\u25D0\u2699]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDCHAR.test(ch);
}

const NONE_FOUND: readonly StatusMatch[] = Object.freeze([]);
// Short texts repeat (table cells, labels, emoji): their matches are found once per legend.
const found = new WeakMap<Legend, Map<string, readonly StatusMatch[]>>();
const foundNoLegend = new Map<string, readonly StatusMatch[]>();

/**
 * Forgets the cached matches. Keys are slices of a document and would keep the whole source
 * alive, so a new parse starts empty (`history` parses hundreds of versions in one process).
 */
export function forgetStatusTexts(): void {
  foundNoLegend.clear();
}
const NO_LEGEND: Legend = new Map();
const CACHE_MAX_TEXT = 200;
const CACHE_MAX_ENTRIES = 50_000;

/** Every non-overlapping status phrase and marker in `text`, longest phrases first, in text order. */
export function findStatuses(text: string, legend?: Legend): readonly StatusMatch[] {
  if (text.length > CACHE_MAX_TEXT) return scanStatuses(text, legend);
  const lg = legend && legend.size > 0 ? legend : NO_LEGEND;
  let cache = lg === NO_LEGEND ? foundNoLegend : found.get(lg);
  if (!cache) {
    cache = new Map();
    found.set(lg, cache);
  }
  let out = cache.get(text);
  if (out === undefined) {
    out = scanStatuses(text, lg === NO_LEGEND ? undefined : lg);
    if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
    cache.set(text, out);
  }
  return out;
}

// A legend's emoji first, then the built-in markers; built once per legend.
const markers = new WeakMap<Legend, readonly { readonly emoji: string; readonly value: Status }[]>();
function markersOf(legend: Legend | undefined): readonly { readonly emoji: string; readonly value: Status }[] {
  if (!legend || legend.size === 0) return EMOJI;
  let list = markers.get(legend);
  if (!list) {
    list = [...[...legend].map(([emoji, value]) => ({ emoji, value })), ...EMOJI];
    markers.set(legend, list);
  }
  return list;
}

// (Not the first character of another word: `后端`, `后台` backend, `後半` second half, `后续`, `후속` follow-up.)
const AFTER_POSTPOSITION = /^\s?(?:후|이후|後|后|以後|以后|之后|之後|以降)(?![端台半续續속])/u;

function scanStatuses(text: string, legend?: Legend): readonly StatusMatch[] {
  const lower = text.toLowerCase();
  if (!ANY_MARKER.test(text) && !ANY_PHRASE.test(lower)) return NONE_FOUND;
  // toLowerCase keeps UTF-16 length for the scripts we match, except a few rare letters;
  // when it does not, offsets would drift, so fall back to no match rather than a wrong span.
  if (lower.length !== text.length) return NONE_FOUND;
  const taken: boolean[] = [];
  const out: StatusMatch[] = [];
  const claim = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    for (let i = start; i < end; i++) taken[i] = true;
    return true;
  };
  // Every occurrence of every phrase, found by first letter, then claimed in ENTRIES order
  // (longest phrases first) so that "not started" wins over "started".
  const found: { order: number; at: number }[] = [];
  const tryAt = (orders: readonly number[], at: number): void => {
    for (const order of orders) {
      const e = ENTRIES[order]!;
      if (!lower.startsWith(e.phrase, at)) continue;
      const end = at + e.phrase.length;
      if (e.bounded && isWordChar(lower[end])) continue;
      // `출시 후`, `上线后`, `リリース後`: after the release, a time, not a status.
      if (!e.bounded && AFTER_POSTPOSITION.test(lower.slice(end, end + 4))) continue;
      found.push({ order, at });
    }
  };
  for (let at = 0; at < lower.length; at++) {
    const ch = lower[at]!;
    const free = FREE_BY_FIRST.get(ch);
    if (free !== undefined) tryAt(free, at);
    const bounded = BOUNDED_BY_FIRST.get(ch);
    if (bounded !== undefined && !isWordChar(lower[at - 1])) tryAt(bounded, at);
  }
  found.sort((a, b) => a.order - b.order || a.at - b.at);
  for (const { order, at } of found) {
    const e = ENTRIES[order]!;
    const end = at + e.phrase.length;
    if (claim(at, end)) out.push({ value: e.value, start: at, end, kind: "word" });
  }
  for (const e of markersOf(legend)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(e.emoji, from);
      if (at === -1) break;
      from = at + 1;
      let end = at + e.emoji.length;
      if (text.charCodeAt(end) === 0xfe0f) end++;
      if (claim(at, end)) out.push({ value: e.value, start: at, end, kind: "emoji" });
    }
  }
  return Object.freeze(out.sort((a, b) => a.start - b.start));
}

// A count right before a status word: `3/5`, `3 / 5 tasks`, `60%`, `60 % of items`.
const COUNTED = /(?:(\d+)\s*\/\s*(\d+)|(\d+(?:[.,]\d+)?)\s*%)(?:\s+\p{L}[\p{L}-]*){0,2}\s*$/u;

/** True when `before` ends in a count short of whole (`0/22 tasks`, `60%`): what follows counts progress. */
function partialCount(before: string): boolean {
  const m = COUNTED.exec(before);
  if (!m) return false;
  return m[3] !== undefined ? Number(m[3].replace(",", ".")) < 100 : Number(m[1]) < Number(m[2]);
}

/** Which of `matches` (in text order) start inside parentheses: one walk over the text for all of them. */
function outsideParens(text: string, matches: readonly StatusMatch[]): StatusMatch[] {
  const out: StatusMatch[] = [];
  let depth = 0;
  let i = 0;
  for (const m of matches) {
    for (; i < m.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x28 || c === 0xff08) depth++;
      else if ((c === 0x29 || c === 0xff09) && depth > 0) depth--;
    }
    if (depth === 0) out.push(m);
  }
  return out;
}

/**
 * The status a piece of status text states (a table cell, a `Status:` value): words win over
 * markers, and among several the most advanced wins (S4: "Planned / In progress" → in_progress).
 * The returned range covers from the first to the last status token used.
 */
export function readStatusText(text: string, legend?: Legend): StatusMatch | undefined {
  let all = findStatuses(text, legend);
  if (all.length === 0) return undefined;
  // "Done" after a partial count reports progress, not a status (S3): "0/22 tasks complete (0%)",
  // "60% done"; a whole count is done ("3/3 complete", "100% complete"), and a word for another
  // status after a count still states it ("2/5 in progress").
  if (/\d\s*[/%]/u.test(text)) {
    all = all.filter((m) => m.kind !== "word" || m.value !== "done" || !partialCount(text.slice(Math.max(0, m.start - 40), m.start)));
    if (all.length === 0) return undefined;
  }
  // Words in parentheses qualify the status outside them: "Done (C6 pending)", "Partial (… done)".
  const outside = outsideParens(text, all);
  if (outside.length > 0) all = outside;
  const words = all.filter((m) => m.kind === "word");
  const pool = words.length > 0 ? words : all;
  let best = pool[0]!;
  for (const m of pool) if (STATUS_RANK[m.value] > STATUS_RANK[best.value]) best = m;
  return { value: best.value, start: all[0]!.start, end: all[all.length - 1]!.end, kind: best.kind };
}

/** True when `text` (a table cell) starts with a status and holds at most one other word ("✅ Complete", "Done (core)"). */
export function isStatusOnly(text: string, legend?: Legend): boolean {
  const s = readStatusText(text, legend);
  if (!s || /[\p{L}\p{N}]/u.test(text.slice(0, s.start))) return false;
  let rest = "";
  let at = 0;
  for (const m of findStatuses(text, legend)) {
    rest += text.slice(at, m.start) + " ";
    at = m.end;
  }
  rest = (rest + text.slice(at)).replace(/[\p{P}\p{S}\d\s]+/gu, " ").trim();
  // At most one more word, and a short one: CJK sentences have no spaces to count.
  return rest.split(/\s+/u).filter(Boolean).length <= 1 && rest.length <= 16;
}

/** True when every letter of `seg` belongs to a status phrase ("NOT STARTED", "Done / Shipped"). */
function onlyStatusWords(seg: string, legend?: Legend): boolean {
  const letters = (t: string): number => t.replace(/[\p{P}\p{S}\s\d]+/gu, "").length;
  return letters(seg) > 0 && letters(seg) === findStatuses(seg, legend).reduce((n, m) => n + letters(seg.slice(m.start, m.end)), 0);
}

const TAIL_WORDS = /(?:(\p{Extended_Pictographic}\uFE0F?)\s*|\s)([\p{L}][\p{L} '’-]{1,24}?)[\s.!]*$/u;
// Or one word right after a closing bracket (`Phase 1 — 商业 MVP（6-8 周）当前阶段`): tried only when the
// tail above states nothing; CJK has no capitals, so it passes as capitals do. (The empty group
// stands where TAIL_WORDS holds its emoji: none here.)
const BRACKET_TAIL = /[)）]()([\p{L}][\p{L}'’-]{0,24})[\s.!]*$/u;

// ("Closed" before any noun is an adjective: "(Closed beta)", "(Closed development)".)
// A note naming the release out now (only in a heading's bracket: a `## Current release` bucket is the work of now).
const RELEASED_NOTE = /^\s*(?:current|latest)(?:\s+stable)?\s+release\s*$/iu;
// ...on a version (`Version 1.2`, `v3.0`, `GTW-RPG 2.1.0`), not on a phase in that release.
const VERSION_BEFORE = /(?:^|[\s(])(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|version\s+\S+)[\w.-]*\s*$/iu;
const MODIFIERS = new Set(["active", "live", "open", "ongoing", "continuous", "current", "closed"]);
const UNIT_NOUN = /^\s+(?:phase|milestone|stage|step|sprint|iteration|release|version|focus|work|development)(?![\p{L}])/iu;
const BRACKETED = /[([（【]([^()[\]（）【】]{1,60})[)\]）】]/gu;
const LEADING_EMOJI = /^\s*(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])/u;
const AFTER_LABEL_EMOJI = /^\s*(?:[^\s\p{Extended_Pictographic}]+\s+){1,2}?(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])(?=\s)/u;
// A closing marker, or one followed only by a bracketed note (`✅ (this repository)`, `🚧 [since May]`).
const TRAILING_EMOJI = /(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])\s*(?:[([（][^()[\]（）]{0,60}[)\]）]\s*)?$/u;
// (In Chinese or Japanese, one to four Han characters right after: `后续迭代（上线后）`, later iterations.)
const ONE_NOUN = /^(?:\s+[\p{L}][\p{L}'’-]*|\p{Script=Han}{1,4})(?:\s*[(（][^()（）]*[)）])?\s*$/u;
const DASH_SUFFIX = /\s[—–-]{1,2}\s+([^—–]+?)\s*$/u;
// A status before a colon or a spaced dash (`Done: …`, `En cours — 3.x`).
const PREFIX = /^\s*([^:：—–]{1,25}?)\s*(?:[:：]|(?<=\s)[—–-])\s+\S/u;

/** True when `rest` holds nothing but punctuation, digits, dates or a parenthetical (`(at launch)`, `（上线即有）`, `[Q3]`). */
function onlyTrivia(rest: string): boolean {
  return /^[\s\p{P}\p{S}\d]*(?:[(（【[].*[)）】\]])?[\s\p{P}\d]*$/u.test(rest) || /^\s*(?:on|in|since|at|em|en|am)\s+[\p{L}\d .,/-]{0,20}$/iu.test(rest);
}

/**
 * A status stated on a heading (S1 "heading"): a bracket or parenthetical (`(Done)`,
 * `[In Progress]`), a dash suffix (`— Completed`), a leading or trailing status emoji, or a
 * `Done:` prefix. Words in the title itself ("Live chat") are not statuses.
 */
export function readHeadingStatus(text: string, legend?: Legend): StatusMatch | undefined {
  if (!ANY_MARKER.test(text) && !ANY_PHRASE.test(text.toLowerCase()) && !/release/iu.test(text)) return undefined;
  const found: StatusMatch[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] ?? "";
    // `Version 1.2 (Current Release)`: the current release is the one out, so the version is done.
    const out = RELEASED_NOTE.exec(inner);
    if (out && VERSION_BEFORE.test(text.slice(0, m.index ?? 0))) {
      const start = (m.index ?? 0) + 1 + out.index + (out[0].length - out[0].trimStart().length);
      found.push({ value: "done", start, end: start + out[0].trim().length, kind: "word" });
      continue;
    }
    const s = readStatusText(inner, legend);
    if (!s) continue;
    const before = inner.slice(0, s.start);
    if (/[\p{L}\p{N}]/u.test(before) && s.kind === "word") continue;
    // "(Active Defense)", "(Live Streaming)": a word that is also an adjective, followed by the
    // noun it qualifies, describes the milestone rather than stating its status; "(Current
    // Phase)" still states one.
    const word = inner.slice(s.start, s.end).toLowerCase();
    if (s.kind === "word" && MODIFIERS.has(word) && /^\s+\p{L}/u.test(inner.slice(s.end)) && (word === "closed" || !UNIT_NOUN.test(inner.slice(s.end)))) continue;
    const base = (m.index ?? 0) + 1;
    if (!onlyTrivia(inner.slice(s.end)) && !/^[\s\p{P}]*[\p{L}\d\s.,/#–—-]{0,24}$/u.test(inner.slice(s.end))) {
      // A long note: only a marker opening the bracket states the status, whatever the note says
      // (`(✅ code side done in 0.4.0; gold set still to label)`).
      const opening = findStatuses(inner, legend)[0];
      if (opening?.kind === "emoji" && !/\S/u.test(inner.slice(0, opening.start))) found.push({ ...opening, start: base + opening.start, end: base + opening.end });
      continue;
    }
    found.push({ ...s, start: base + s.start, end: base + s.end });
  }
  const dash = DASH_SUFFIX.exec(text);
  if (dash) {
    const seg = dash[1] ?? "";
    const s = readStatusText(seg, legend);
    const segStart = (dash.index ?? 0) + dash[0].indexOf(seg);
    // `— Future Vision`, `- Upcoming Features`: a planned horizon word may qualify one noun (S2 future, upcoming).
    const tail = seg.slice(s?.end ?? 0);
    if (s && !/[\p{L}\p{N}]/u.test(seg.slice(0, s.start).replace(/\p{Extended_Pictographic}/gu, "")) && (onlyTrivia(tail) || (s.value === "planned" && s.kind === "word" && HORIZON_WORD.test(seg.slice(s.start, s.end)) && ONE_NOUN.test(tail))))
      found.push({ ...s, start: segStart + s.start, end: segStart + s.end });
  }
  // "v0.2 🚧 Beta", "Sprint 3 ✅ Search": a marker right after the label.
  const second = AFTER_LABEL_EMOJI.exec(text);
  if (second) {
    const s = findStatuses(second[1] ?? "", legend)[0];
    const at = (second.index ?? 0) + second[0].length - (second[1] ?? "").length;
    if (s) found.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const lead = LEADING_EMOJI.exec(text);
  if (lead) {
    const s = findStatuses(lead[1] ?? "", legend)[0];
    const at = text.indexOf(lead[1] ?? "");
    if (s) found.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const trail = TRAILING_EMOJI.exec(text);
  if (trail) {
    const s = findStatuses(trail[1] ?? "", legend)[0];
    const at = trail.index ?? 0;
    if (s) found.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const prefix = PREFIX.exec(text);
  if (prefix) {
    const p = prefix[1] ?? "";
    const s = readStatusText(p, legend);
    if (s && s.kind === "word" && s.start === p.search(/\S/u) && onlyTrivia(p.slice(s.end))) found.push(s);
  }
  // "Foundation ✅ shipped", "CSS ✅ COMPLETE", "Setup DONE": status words closing the heading
  // after an emoji, or in capitals.
  if (found.every((f) => f.kind === "emoji")) {
    // The tail after a space or an emoji first; the word right after a bracket only when that states nothing.
    for (const re of [TAIL_WORDS, BRACKET_TAIL]) {
      const tail = re.exec(text);
      const seg = tail?.[2] ?? "";
      const s = tail ? readStatusText(seg, legend) : undefined;
      if (tail && s && s.kind === "word" && onlyStatusWords(seg, legend) && (tail[1] || seg === seg.toUpperCase())) {
        const at = (tail.index ?? 0) + tail[0].lastIndexOf(seg);
        found.push({ ...s, start: at + s.start, end: at + s.end });
        break;
      }
    }
  }
  // "Phase 0: COMPLETE", "Phase 5: NOT STARTED (Locked)": a colon followed by only status words.
  const colon = /[:：]\s*([^:：(（—–]+?)\s*(?:[(（—–]|\s-\s|$)/u.exec(text);
  if (colon && found.length === 0) {
    const seg = colon[1] ?? "";
    const s = readStatusText(seg, legend);
    if (s && s.kind === "word" && onlyStatusWords(seg, legend)) {
      const at = (colon.index ?? 0) + colon[0].indexOf(seg);
      found.push({ ...s, start: at + s.start, end: at + s.end });
    }
  }
  if (found.length === 0) return undefined;
  const words = found.filter((m) => m.kind === "word");
  const pool = words.length > 0 ? words : found;
  let best = pool[0]!;
  for (const m of pool) if (STATUS_RANK[m.value] > STATUS_RANK[best.value]) best = m;
  return best;
}

// Latin-script phrases long enough for a typo to be told from another word.
const NEAR_PHRASES: readonly string[] = ENTRIES.filter((e) => e.bounded && e.phrase.length >= 6).map((e) => e.phrase);

/**
 * True when `t` is `p` with one slip of the fingers that does not make another English word:
 * two neighbouring letters swapped (`compelted`), a letter typed twice (`plannned`), or one
 * letter of a doubled pair dropped (`in progres`). Substitutions and dropped or added letters
 * elsewhere are not counted: `planner`, `blocker`, `release`, `search` are words of their own.
 */
function slipOf(t: string, p: string): boolean {
  if (t.length === p.length) {
    let i = 0;
    while (i < t.length && t[i] === p[i]) i++;
    return i > 0 && i + 1 < t.length && t[i] === p[i + 1] && t[i + 1] === p[i] && t[i] !== t[i + 1] && t.slice(i + 2) === p.slice(i + 2);
  }
  const [long, short, doubled] = t.length === p.length + 1 ? [t, p, true] : p.length === t.length + 1 ? [p, t, false] : ["", "", false];
  if (!long) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // `long` has one extra letter at `i`; it must repeat its neighbour (a doubled letter).
  if (long.slice(i + 1) !== short.slice(i)) return false;
  const repeats = long[i] === long[i - 1] || long[i] === long[i + 1];
  return repeats && /\p{L}/u.test(long[i] ?? "") && (doubled || i > 0);
}

/**
 * The status phrase `text` looks like a misspelling of (`In Progres`, `Compelted`, `Plannned`),
 * if any: not itself a status, letters and spaces only, one slip (see `slipOf`) from a phrase of
 * six or more letters.
 */
export function misspeltStatus(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t.length < 5 || t.length > 24 || !/^[\p{L}][\p{L} _-]*$/u.test(t) || readStatusText(t)) return undefined;
  return NEAR_PHRASES.find((p) => slipOf(t, p));
}
