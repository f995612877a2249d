import type { Status } from "../../model/status.js";
import { normaliseId } from "../../model/id.js";
import { findStatuses, readStatusText, type Legend } from "../fields/status.js";
import { STATUS_PHRASES } from "../fields/status-vocabulary.js";
import { alternation } from "../../text/regex.js";
import { sectionPhrases, sectionTables } from "../fields/section-vocabulary.js";
import { CARDINAL_WORDS, PRIORITY_TIERS, PRIORITY_WORDS, CJK_FORMS, CJK_MONTH, CJK_QUARTER, CJK_YEAR, HORIZON_WORDS, MONTH_NAMES, ORDINAL_WORDS, POSTPOSED_LATER, SEQUENCE_CONCEPTS, UNIT_WORDS, wordsOf } from "../fields/sequence-vocabulary.js";

/**
 * How strongly a label says "this is one step of a delivery sequence": `strong` for a keyword
 * or code with a number (`Phase 3`, `M2`, `P0`, `v0.5.0`, `Q3 2025`), `horizon` for Now/Next/Later
 * style horizons, `bucket` for a status heading (`Completed`, `Próximas Versões`), `numbered`
 * for plain numbering (`1. Setup`, `000001 Builder`).
 */
export const UNIT_KINDS = ["strong", "horizon", "bucket", "numbered"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit label read from the start of a heading, cell, item or paragraph. */
export interface UnitLabel {
  readonly kind: UnitKind;
  /** The document's own label, normalised for comparison (`Phase 3`, `M2`, `v0.5.0`, `3`). */
  readonly id?: string;
  /** The keyword family (`phase`, `m`, `version`…), so that parallel runs can be told apart. */
  readonly family: string;
  /** For buckets and horizons: the status the label states. */
  readonly status?: Status;
  /** True when the label is the whole text (an id-only table cell). */
  readonly whole: boolean;
  /** A strong label read after a leading status (`Planned: v2.0`, `En cours — 3.x`). */
  readonly led?: true;
}

// Delivery-unit keywords (sequence-vocabulary.ts, every S2 language) followed by a number, roman numeral or letter.
const KEYWORDS = [...new Set(SEQUENCE_CONCEPTS.flatMap((c) => wordsOf(UNIT_WORDS[c])))];
// Number words after a unit word (`Phase One`, `Fase uno`, `Этап второй`, `المرحلة الأولى`) and
// ordinals before it (`First phase`, `Primera fase`, `Первый этап`), every language: their digits.
const NUMBER_WORDS: Readonly<Record<string, string>> = (() => {
  // No prototype: `constructor` or `toString` is not a number word.
  const out: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { zero: "0", eleven: "11", twelve: "12" });
  for (const table of [CARDINAL_WORDS, ORDINAL_WORDS])
    for (const numbers of Object.values(table)) numbers.forEach((forms, i) => forms.forEach((w) => (out[w.toLowerCase()] ??= String(i + 1))));
  return out;
})();
// English number words stay in the keyword regex (`Phase One`); the others, hundreds in all,
// are looked up word by word (`numberedByWord`): one regex of them all costs more to compile than
// every lookup of a lint run.
const ENGLISH_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const NUM = String.raw`(?:v?\d+(?:\.\d+)*[A-Za-z]?\+?|(?<=\s)(?:${ENGLISH_NUMBERS.join("|")})|[IVX]{1,5}|[A-Z](?![\p{L}]))`;
const ORDINALS = [...new Set(Object.values(ORDINAL_WORDS).flatMap((numbers) => numbers.flat().map((w) => w.toLowerCase())))];
const ORDINAL_SET = new Set(ORDINALS);
const KEYWORD_SET = new Set(KEYWORDS.map((k) => k.toLowerCase()));
// Thai writes its numbers on to the word (`ระยะที่หนึ่ง`).
const THAI_KEYWORDS = KEYWORDS.filter((k) => /\p{Script=Thai}/u.test(k)).sort((a, b) => b.length - a.length);
const WORD = /[^\s:：.,;)\]—–-]+/gu;

/**
 * A unit word and a number word in either order (`Fase uno`, `Этап второй`, `المرحلة الأولى`,
 * `First milestone`, `Segunda fase`, `Etapa a doua`), each of one or two words, read as that
 * unit's number; prose after it (`First phase of the rollout`) is not a label.
 */
function numberedByWord(t: string): { word: string; num: string; end: number } | undefined {
  if (/^\p{Script=Thai}/u.test(t)) {
    const k = THAI_KEYWORDS.find((w) => t.startsWith(w));
    const rest = k === undefined ? "" : t.slice(k.length);
    for (let n = Math.min(rest.length, 12); k !== undefined && n > 0; n--) if (NUMBER_WORDS[rest.slice(0, n)] !== undefined) return { word: k, num: rest.slice(0, n), end: k.length + n };
    return undefined;
  }
  const words: { text: string; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null && words.length < 5; m = WORD.exec(t)) {
    // Only words separated by spaces: a separator ends the label's head.
    if (words.length > 0 && !/^\s+$/u.test(t.slice(words[words.length - 1]!.end, m.index))) break;
    words.push({ text: m[0].toLowerCase(), end: m.index + m[0].length });
  }
  const join = (from: number, n: number): string | undefined => (from + n <= words.length ? words.slice(from, from + n).map((w) => w.text).join(" ") : undefined);
  const prose = (at: number): boolean => /^\s+\p{Ll}/u.test(t.slice(at));
  for (let kn = 1; kn <= 2; kn++) {
    const kw = join(0, kn);
    if (kw === undefined || !KEYWORD_SET.has(kw)) continue;
    for (let nn = 1; nn <= 2; nn++) {
      const num = join(kn, nn);
      if (num !== undefined && NUMBER_WORDS[num] !== undefined && !prose(words[kn + nn - 1]!.end)) return { word: t.slice(0, words[kn - 1]!.end), num, end: words[kn + nn - 1]!.end };
    }
  }
  for (let nn = 1; nn <= 2; nn++) {
    const num = join(0, nn);
    if (num === undefined || !ORDINAL_SET.has(num)) continue;
    for (let kn = 1; kn <= 2; kn++) {
      const kw = join(nn, kn);
      if (kw !== undefined && KEYWORD_SET.has(kw) && !prose(words[nn + kn - 1]!.end)) return { word: t.slice(words[nn - 1]!.end, words[nn + kn - 1]!.end).trim(), num, end: words[nn + kn - 1]!.end };
    }
  }
  return undefined;
}
const KEYWORD_RE = new RegExp(String.raw`^(${alternation(KEYWORDS)})\s*(?:#|№|n[°º]\s*)?\s*(${NUM})(?![\p{L}\p{N}])`, "iu");
// A decimal id (`阶段1.5`, inserted between 1 and 2) is one id, as in `Phase 1.5`.
// A unit keyword naming its unit without a number: `Milestone: Public beta`, `Phase — Discovery`.
const NAMED_UNIT = new RegExp(
  String.raw`^(${alternation([...new Set((["phase", "milestone", "release", "sprint"] as const).flatMap((c) => wordsOf(UNIT_WORDS[c])))])})\s*[:：—–]\s*(?=\p{Lu}|\p{Lo}|\d)`,
  "iu",
);
const CJK_NUM = String.raw`(?:\d+(?:\.\d+)*|[0-9一二三四五六七八九十百]+)`;
const cjk = (k: "before" | "counters" | "ordinal"): string => alternation([...new Set(Object.values(CJK_FORMS).flatMap((f) => f[k]))]);
// A unit word before its number, letter or Roman numeral: `阶段 3`, `阶段三`, `阶段 A` (as `Phase A`), `フェーズ II`.
const CJK_RE = new RegExp(String.raw`^(?:第\s*(${CJK_NUM})\s*(${cjk("ordinal")})|(${cjk("before")})\s*(${CJK_NUM}|(?:[IVX]{1,4}|[A-Z])(?![A-Za-z0-9.\-])))`, "u");
// "1단계", "2段階", "3阶段": the number first.
const CJK_NUM_FIRST = new RegExp(String.raw`^(\d+|[一二三四五六七八九十]{1,3})\s*(${cjk("counters")})`, "u");
const HAN_DIGITS = "一二三四五六七八九";
/** `三` → 3, `十二` → 12, `二十` → 20; digits stay as they are. */
function hanNumber(n: string): string {
  if (/^\d+$/u.test(n)) return n;
  const digit = (c: string | undefined): number => (c === undefined ? 0 : HAN_DIGITS.indexOf(c) + 1);
  const ten = n.indexOf("十");
  if (ten < 0) return n.length === 1 ? String(digit(n)) : n;
  return String((ten === 0 ? 1 : digit(n[ten - 1])) * 10 + digit(n[ten + 1]));
}
const Q = "[1-4一二三四]";
// "2026년 1분기", "2026年第1四半期", "第一季度", "2026년 3-4분기", "2026年Q1".
const CJK_QUARTER_RE = new RegExp(
  String.raw`^(?:((?:19|20)\d{2})\s*(?:(?:${CJK_YEAR.join("|")})\s*)?)?(?:第\s*)?(?:(${Q}(?:\s*[-~–]\s*${Q})?)\s*(?:${CJK_QUARTER.join("|")})|(Q[1-4]))`,
  "u",
);
// "2026年3月", "2026년 3월", and a month on its own ("3月", "12월", "3月份"), as `### March` is; not a day ("3月15日", "3월 15일").
const CJK_MONTH_RE = new RegExp(
  String.raw`^(?:((?:19|20)\d{2})\s*(?:${CJK_YEAR.join("|")})\s*)?(1[0-2]|0?[1-9])\s*(${CJK_MONTH.join("|")})(?!\s*\d)`,
  "u",
);
const MONTHS = alternation(wordsOf(MONTH_NAMES));
// A month with its year: "January 2025", "Mar 2026", "март 2026".
const MONTH = new RegExp(String.raw`^(${MONTHS})\.?\s+((?:19|20)\d{2})(?![\p{L}\p{N}])`, "iu");
// A month on its own (`### March`, `## May — Launch`): one step of a dated plan (L1 months).
const BARE_MONTH = new RegExp(String.raw`^(${MONTHS})\.?(?=\s*(?:$|[:：—–(\[|]|\s-\s))`, "iu");
// An ISO year-month or date (`## 2025-03`, `## 2025/03/14`): one step of a dated plan.
const ISO_MONTH = /^((?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\d|3[01]))?)(?![\d.])/u;
// What may follow a bare unit name (a year, a release stage): nothing, or a separator.
const NAME_END = String.raw`(?=\s*(?:$|[:：—–(\[|✓✔☐☑]|\p{Extended_Pictographic}|\s-\s))`;
// A year on its own (`## 2026`, `## 2027+`): one step of a yearly plan, as quarters and months are.
// (Not the first year of a span of quarters, `2025 - 2026 Q1`: a quarter.)
const YEAR = new RegExp(String.raw`^((?:19|20)\d{2})\+?(?!\s[-–]\s(?:19|20)\d{2}\s*[-/]?\s*(?:Q[1-4]|H[12]))${NAME_END}`, "u");
// Release stages (`Alpha`, `Beta 2`, `RC`, `GA`): releases by name, as `MVP` is (L1 versions and releases).
const RELEASE_STAGE = new RegExp(
  String.raw`^((?:alpha|beta|rc|ga|release candidate|general availability|preview|prototype|poc|proof of concept|pilot|launch)(?:\s*\d+(?:\.\d+)*)?)${NAME_END}`,
  "iu",
);
const MCODE = /^((?:[A-Z]{1,4}-)?M\d+(?:\.\d+)*[a-z]?)(?![\p{L}\p{N}])/u;
const PTIER = /^(P\d(?:\.\d+)*)(?![\p{L}\p{N}])/u;
// Letter codes with a number and a separator: `E1 - Baseline`, `S2: Search`, `R3 — Release`.
// (`FY26-H2` is a fiscal half, below.)
const CODE = /^(?!FY\d{2}\s*-\s*(?:Q[1-4]|H[12]))([A-Z]{1,3})(\d+(?:\.\d+)*[a-z]?)(?=\s*(?:[:：—–-]|$))/u;
// A version: `v1.2`, `1.2.3`, `2.x`, `V2`, `MVP`, and a 0.x release (`0.7 Data Inspector`: sections are not numbered from 0.1).
const VERSION = /^(v\d+(?:\.(?:\d+|x))*(?:-[\w.]+)?|\d+\.\d+\.\d+(?:-[\w.]+)?|\d+(?:\.\d+)*\.x|V\d+(?:\.\d+)*|MVP|0\.\d{1,3}(?![.,]\d))(?![\p{L}\p{N}])/u;
// A quarter or half with its year, a fiscal year or a span of years: `Q3 2026`, `2026-H1`, `FY2026 H2`,
// `FY26 Q1`, `2025-2026 H1`, `2025 - 2026 Q1`.
const QUARTER = /^(?:(Q[1-4])(?:\s*(?:[-/']\s*)?(?:20)?\d{2})?|(FY\s?(?:19|20)?\d{2}|(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?)\s*(?:[-/]\s*)?(Q[1-4]|H[12])|(H[12])\s+(?:19|20)\d{2})(?![\p{L}\p{N}])/u;
// A hyphen separates a number from its name only beside a space (`1 - Setup`, `1- Setup`): `0-1级` is a range.
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*|\d{4,8})(?![\d.]\d)(?:[.):]?\s+|\s*[–—]\s*|\s+-\s*|-\s+)(?=\S)/u;
// A date range (`25.09-16.10`, `1.3.2026 – 15.3.2026`): one step of a dated plan.
const DAY_MONTH = String.raw`(?:3[01]|[12]\d|0?[1-9])[./](?:1[0-2]|0?[1-9])(?:[./](?:\d{4}|\d{2}))?`;
const DATE_RANGE = new RegExp(String.raw`^(${DAY_MONTH})\s*[-–—]\s*(${DAY_MONTH})(?![\d.])`, "u");
const BARE_VERSION = /^(\d+(?:\.\d+)+)$/u;
// Horizon words of scripts written with spaces end at a word's end; CJK, Hangul and Thai ones need not.
const LATIN_WORD = /^[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]*$/u;
const horizon = (words: readonly string[]): RegExp => {
  const latin = words.filter((w) => LATIN_WORD.test(w));
  const other = words.filter((w) => !LATIN_WORD.test(w));
  // A hyphen after the word makes a compound (`Future-proofing`, `Next-gen`), not a horizon.
  const parts = [...(latin.length ? [`(?:${alternation(latin)})(?![\\p{L}-])`] : []), ...(other.length ? [`(?:${alternation(other)})`] : [])];
  return new RegExp(`^(?:${parts.join("|")})`, "iu");
};
const QUALIFIED = /^(?:early|mid|late|end of|start of|beginning of)(?:\s+|-)(?=\S)/iu;
const RELATIVE = /^(?:after|post)(?:\s+|-)(?=\S)/iu;
// A plural noun and a postposed horizon adjective (`Etapas seguintes`, `Fases futuras`).
// Italian plurals end in -i or -e (`Fasi successive`, `Tappe future`); a hyphen after the word makes a compound (`future-proofing`).
const POSTPOSED = new RegExp(`^\\p{L}{3,20}[sie]\\s+(?:${alternation(wordsOf(POSTPOSED_LATER))})(?![\\p{L}-])`, "iu");
// Speed only: the first words of the horizons of spaced scripts (`short` of `short-term`), and of
// the postposed horizons' nouns' adjectives; a text opening with another word is no horizon.
let horizonFirst: ReadonlySet<string> | undefined;
// A first word as the horizon tables spell it: Persian joins a word's parts with a zero-width non-joiner (`هم‌اکنون`).
const HORIZON_FIRST_WORD = /^[\p{L}\p{M}'’\u200c\u200d]+/u;
function mayBeHorizon(t: string): boolean {
  const w = HORIZON_FIRST_WORD.exec(t);
  // CJK, Hangul and Thai horizons need no space after them: the regexes decide.
  if (w === null || !LATIN_WORD.test(w[0])) return true;
  horizonFirst ??= new Set([...wordsOf(HORIZON_WORDS.now), ...wordsOf(HORIZON_WORDS.next), ...wordsOf(HORIZON_WORDS.later)].filter((p) => LATIN_WORD.test(p)).map((p) => (p.split(/[\s'’-]/u)[0] ?? "").toLowerCase()));
  if (horizonFirst.has(w[0].toLowerCase()) || horizonFirst.has((w[0].split(/['’]/u)[0] ?? "").toLowerCase())) return true;
  // `Etapas seguintes`: a plural noun and a postposed horizon.
  NEXT_WORD.lastIndex = w[0].length;
  const next = NEXT_WORD.exec(t);
  return next !== null && POSTPOSED_FIRST.has(next[1]!.toLowerCase());
}
const HORIZON: readonly [RegExp, Status][] = [
  [horizon(wordsOf(HORIZON_WORDS.now)), "in_progress"],
  [horizon(wordsOf(HORIZON_WORDS.next)), "planned"],
  [horizon(wordsOf(HORIZON_WORDS.later)), "planned"],
  [POSTPOSED, "planned"],
];

// Sections that are never delivery units, whatever their numbering (LABELING L5): the phrases
// of section-vocabulary.ts, every language, looked up by length (a heading opens with at most one
// of a few lengths per first character), not matched as one regex of some thousand alternatives.
const COMBINING = /[\u0300-\u036f]/u;
// Built on first use: a template roadmap, read without them, does not pay for them at start-up.
let sectionSets: { readonly excluded: PhraseSet; readonly hard: PhraseSet; readonly max: number } | undefined;
function sections(): { readonly excluded: PhraseSet; readonly hard: PhraseSet; readonly max: number } {
  if (sectionSets === undefined) {
    const tables = sectionTables();
    const excluded = phraseSet(sectionPhrases(tables.excluded));
    const hard = phraseSet(sectionPhrases(tables.hard));
    sectionSets = { excluded, hard, max: Math.max(excluded.max, hard.max) };
  }
  return sectionSets;
}

interface PhraseSet {
  readonly phrases: ReadonlySet<string>;
  /** By a phrase's first character: the lengths of the phrases opening with it, shortest first. */
  readonly lengths: ReadonlyMap<string, readonly number[]>;
  /** The longest phrase. */
  readonly max: number;
}

/**
 * Text as phrases are compared: NFC, lower case, Turkish dotted and dotless i as plain i (`İ`
 * lowercases to two characters; `KISITLAR` to `kisitlar`).
 */
function foldPhrase(t: string): string {
  // (Only decomposed accents need composing; most text has none, and normalize is not cheap.)
  const lower = (COMBINING.test(t) ? t.normalize("NFC") : t).toLowerCase();
  return lower.includes("\u0131") || lower.includes("\u0307") ? lower.replace(/i\u0307/gu, "i").replace(/\u0131/gu, "i") : lower;
}

function phraseSet(phrases: readonly string[]): PhraseSet {
  // Persian joins a word's parts with a zero-width non-joiner or a space (`ریسک‌ها`, `ریسک ها`): both
  // spellings are phrases; in a heading the non-joiner continues its word (`خلاصه‌سازی` is not `خلاصه`).
  const folded = [...new Set(phrases.map(foldPhrase).flatMap((p) => (p.includes("\u200C") ? [p, p.replace(/\u200C/gu, " ")] : [p])))];
  const lengths = new Map<string, number[]>();
  for (const p of folded) {
    const list = lengths.get(p.charAt(0)) ?? [];
    if (!list.includes(p.length)) list.push(p.length);
    lengths.set(p.charAt(0), list);
  }
  for (const list of lengths.values()) list.sort((a, b) => a - b);
  return { phrases: new Set(folded), lengths, max: Math.max(0, ...folded.map((p) => p.length)) };
}

const LETTER_OR_MARK = /[\p{L}\p{M}\u200C]/u;

/** True when the character at `i` of `head` continues a word (a letter, a combining mark, a non-joiner). */
function wordGoesOn(head: string, i: number): boolean {
  const c = head.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER_OR_MARK.test(head.charAt(i));
}

/** A heading's text as the phrase tables are looked up in (`head` of `opensWithLength`): its first characters, folded. */
function phraseHead(t: string, max: number): string {
  return foldPhrase(t.slice(0, max + 2));
}

/** The length of the longest phrase the folded `head` opens with (followed by the end or anything but a letter), or 0. */
function opensWithLength(set: PhraseSet, head: string): number {
  // Only the phrases that open with the text's first character (a few lengths, not every one).
  const lengths = set.lengths.get(head.charAt(0));
  if (lengths === undefined) return 0;
  let found = 0;
  for (const n of lengths) {
    if (n > head.length) break;
    // The boundary first (one character), the lookup (a substring) only where a phrase may end.
    if (!wordGoesOn(head, n) && set.phrases.has(head.slice(0, n))) found = n;
  }
  return found;
}

// The tiers, looked up as section names are (a pattern of all of them costs ~20 ms to compile);
// built on first use, which the priority-word test below keeps to the few texts naming a priority.
let tierSet: PhraseSet | undefined;
// What may follow a tier: nothing, a separator, or a noun that says the section lists work.
const AFTER_TIER = /^(?:\s*$|\s*[:：(（|—–]|\s+-\s|\s+(?:tasks?|items?|issues?|features?|bugs?|fixes|work|improvements?|goals?|backlog|tareas|tarefas|tâches|aufgaben|задачи|задачі)(?:\s*$|\s*[:：(（|—–]|\s+-\s))/iu;

// The word for priority (`priority`, `prioridad`, `приоритет`, `优先`): a small pattern, so that the
// tier patterns above are compiled and run only on the few texts that hold one.
const PRIORITY_WORD = new RegExp(alternation(wordsOf(PRIORITY_WORDS)), "iu");

/** A priority tier, tried only where one may be: a text naming a priority (opening with a tier, or with one in its last bracket). */
function maybeTier(t: string): UnitLabel | undefined {
  return PRIORITY_WORD.test(t) ? priorityTier(t) : undefined;
}

/**
 * A priority tier (L1): a heading that is only a tier, or a tier and a separator (`High
 * Priority`, `Prioridad media: API`, `High priority tasks`), or a short name with its tier in
 * brackets (`Критичные задачи (высокий приоритет)`). Read as a horizon with no status of its own,
 * so that tiers and horizons beside them (`Next Release`, `High Priority`, `Long-Term Vision`)
 * are one run. A feature named by a tier (`Low Priority Mode`, `High-priority notifications`) is not one.
 */
function priorityTier(t: string): UnitLabel | undefined {
  tierSet ??= phraseSet(wordsOf(PRIORITY_TIERS));
  const n = opensWithLength(tierSet, phraseHead(t, tierSet.max));
  if (n > 0) {
    const rest = t.slice(n);
    return AFTER_TIER.test(rest) ? { kind: "horizon", family: "horizon", whole: rest.replace(/[\s:：.)\]—–-]+/gu, "") === "" } : undefined;
  }
  // A short name and its tier in brackets; a numbered step keeps its number (`3. Hooks (Priority: Low)`: the tier is its tag).
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  if (open <= 0 || open > 60 || !(t.endsWith(")") || t.endsWith("）")) || /^\d/u.test(t)) return undefined;
  const inner = foldPhrase(t.slice(open + 1, -1).trim());
  return tierSet.phrases.has(inner) ? { kind: "horizon", family: "horizon", whole: false } : undefined;
}

const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3☐☑✓✔✗✖◐●○■□▶►→*_#>\s-]|\[[ xX]\])+/u;

/** Strips leading emoji, checkboxes, bullets and bold markers from a label text. */
export function stripDecoration(text: string): string {
  // Speed only: most texts open with a letter or digit, which DECORATION never strips.
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return text.trim();
  return text.replace(DECORATION, "").trim();
}

/** A label text without the bold markers around it (`**Phase 1**`). */
function unbold(t: string): string {
  if (!t.startsWith("**") && !t.endsWith("**")) return t;
  return t.replace(/^\*\*|\*\*$/gu, "").trim();
}

/** What a heading's text says of its section: `hard` (changelog, risks: nothing inside is a unit), `excluded` (overview, goals: the heading is no unit), or nothing. */
export function sectionKind(text: string): "hard" | "excluded" | undefined {
  // Section numbering: `4. Risks`, `1、更新记录`, `1.更新记录`, `一、最近修改总结`, `（二）风险`.
  const t = stripDecoration(text).replace(/^(?:\d+(?:\.\d+)*(?:[.)]?\s+|[、．]\s*|\.(?=[^\d\s]))|[一二三四五六七八九十]{1,3}[、．.]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)/u, "");
  const sets = sections();
  const head = phraseHead(t, sets.max);
  if (opensWithLength(sets.hard, head) > 0) return "hard";
  const n = opensWithLength(sets.excluded, head);
  // `Current phase: MVP Development` names the phase it holds: a bucket of the current work, not a state summary.
  const named = n > 0 ? NAMED_CURRENT.exec(t) : null;
  if (named && !readStatusText(t.slice(named[0].length))) return undefined;
  // `Key` alone (a legend's heading), never `Key features`.
  return n > 0 || /^key\s*:?\s*$/iu.test(t) ? "excluded" : undefined;
}

const NAMED_CURRENT = /^current (?:phase|stage|milestone|sprint|release)\s*[:：—–-]\s*(?=[\p{L}\p{N}])/iu;

// A heading that names a release in brackets, ending in a release noun of any language before them:
// `Current Version (v2.0)`, `Next Release (v2.1) - Q1 2024`, `下一版本（v2.1）`, `Próxima versión (v3.0)`.
const BRACKETED_RELEASE = /^([^(（]{1,60}?)\s*[(（]\s*(v?\d+(?:\.\d+)+)\s*[)）]/u;
const RELEASE_NOUN_END = new RegExp(`(?:${alternation([...wordsOf(UNIT_WORDS.release), "版本", "版", "バージョン", "リリース", "버전", "릴리스"])})(?:s|es)?$`, "iu");
// Release words no horizon table holds: the latest or an earlier release is out.
const RELEASED_HEAD = /^(?:latest|previous|last)\s+(?:stable\s+)?(?:release|version)$/iu;

/**
 * The release a horizon or bucket heading names in brackets (`Current Version (v2.0)` → v2.0,
 * done; `Next Release (v2.1)` → v2.1, planned): beside a run of releases it is one of them (L4).
 * Where it stands is the heading's own horizon or bucket, read by the vocabulary of every
 * language; the current release (a horizon of now) is out, done, as `v2.0 (Current Release)` is.
 */
export function releaseHorizon(h: { readonly text: string; readonly label?: UnitLabel | undefined }): UnitLabel | undefined {
  const m = BRACKETED_RELEASE.exec(stripDecoration(h.text));
  if (!m) return undefined;
  const head = m[1]!.trim();
  if (!RELEASE_NOUN_END.test(head)) return undefined;
  const stated = h.label?.kind === "horizon" || h.label?.kind === "bucket" ? h.label.status : RELEASED_HEAD.test(head) ? "done" : undefined;
  if (stated === undefined) return undefined;
  return { kind: "strong", id: m[2]!, family: "version", status: stated === "in_progress" ? "done" : stated, whole: false };
}

/** True when a heading's text names a section that is never a delivery unit (overview, risks…). */
export function isExcludedSection(text: string): boolean {
  return sectionKind(text) !== undefined;
}

function keywordId(word: string, num: string): string {
  const w = word.toLowerCase();
  const n = NUMBER_WORDS[num.toLowerCase()] ?? num.replace(/^v(?=\d)/i, "");
  if (w === "milestone" || w === "meilenstein") return normaliseId(`M${n}`);
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return normaliseId(`${cap} ${n}`);
}

/** True when at most one other word follows a status phrase before a separator (`Now — …`, `Planned (next up)`). */
function shortHead(rest: string, legend?: Legend): boolean {
  // A comma or slash also ends the head: "La suite, dans l'ordre", "개발 중 / 미구현 기능".
  const head = rest.split(/\s[-–—/]\s|[—–:：|(\[,，、（【]/u, 1)[0] ?? "";
  const words = head
    .replace(/[\p{P}\p{S}\d]+/gu, " ")
    .split(/\s+/u)
    .filter((w) => w && !readStatusText(w, legend));
  // Two words may follow when they are lowercase (`next execution slices`), a phrase, not a title;
  // so may two Korean words (`지금 집중할 일`, focus now), a script without case.
  return words.length <= 1 || (words.length === 2 && words.every((w) => /^[\p{Ll}\p{Script=Hangul}]/u.test(w)));
}

/** The status a bucket-like label states when it is (almost) only a status phrase. */
function bucketStatus(t: string, legend?: Legend): Status | undefined {
  const s = readStatusText(t, legend);
  if (!s) return undefined;
  // One noun, then the status ending the name: languages that put the adjective after the noun
  // (`Fonctionnalités prévues`, `Funktionen geplant`, `Задачи в работе`, `الميزات المخططة`).
  // After an English status word only a plural noun (`Milestones completed`): a singular one
  // names a milestone (`Code Complete`, `Beta Released`, `Launch planned`).
  if (s.start > 0 && s.kind === "word" && ONLY_NOTE.test(t.slice(s.end))) {
    const noun = t.slice(0, s.start);
    const word = t.slice(s.start, s.end).toLowerCase();
    if (NOUN_BEFORE.test(noun) && !NEGATION.test(noun.trim()) && !AFTER_NOUN_NOT.has(word) && (!ENGLISH_STATUS.has(word) || /[sS]\s+$/u.test(noun))) return s.value;
  }
  // One adverb may qualify the status (`Recently shipped`, `Currently in progress`).
  if ((s.start > 0 && !/^\p{L}+ly\s+$/iu.test(t.slice(0, s.start))) || !shortHead(t.slice(s.end), legend)) return undefined;
  return s.value;
}

// One word of three letters or more, not a gerund (`Going live`) nor a negation (`Not planned`, `Pas prévu`).
const NOUN_BEFORE = /^(?![\p{L}]+ing\s)\p{L}[\p{L}\p{M}\u200c]{2,}\s+$/u;
// English status words: after a singular noun they end a milestone's name, not a bucket's.
const ENGLISH_STATUS: ReadonlySet<string> = new Set([
  "done", "complete", "completed", "finished", "shipped", "delivered", "released", "published", "closed", "achieved", "implemented",
  "verified", "deployed", "merged", "planned", "planning", "pending", "proposed", "scheduled", "upcoming", "started", "blocked",
  "cancelled", "canceled", "dropped", "deferred", "paused", "postponed", "abandoned", "in progress", "in development", "in review",
  "on hold", "not started", "todo", "to do", "wip", "underway", "ongoing",
  // Round 12's English status words (review): `Design finalized`, `Account suspended` name a milestone, not a bucket.
  "finalized", "finalised", "rolled out", "accomplished", "stalled", "suspended", "queued", "discontinued", "descoped", "unstarted",
  "in testing", "in test", "in design", "in qa", "under development", "under review", "in implementation", "under construction",
  "half done", "icebox", "someday", "to be done",
]);
const NEGATION = /^(?:not|no|non|pas|nicht|kein|keine|niet|geen|inte|ej|ikke|nie|не|ні|nem|não|nao)$/iu;
// Nothing after the status but a bracketed note and punctuation (`(by priority)`, `（按优先级）`).
const ONLY_NOTE = /^(?:\s*[(（[][^()（）[\]]*[)）\]])?[\s\p{P}]*$/u;
// Status words that after a noun say when or where, not how far (`Features now`, `Support live`).
const AFTER_NOUN_NOT: ReadonlySet<string> = new Set(["now", "live", "current", "active", "next", "later", "ok", "doing", "started"]);
// The first words of status phrases (`prévues`, `planejados`): a two-word name whose second word opens one may be a bucket.
let statusFirstWords: ReadonlySet<string> | undefined;
function opensStatus(word: string): boolean {
  statusFirstWords ??= new Set(Object.values(STATUS_PHRASES).flatMap((list) => list.map((p) => (p.split(/[\s_-]/u)[0] ?? "").toLowerCase())));
  return statusFirstWords.has(word.toLowerCase());
}

const BRACKETED_LABEL = /^\[([^\][]{1,30})\](?!\()\s*/u;
// A capitalised word and a number opening the text, then a separator or the name (`Prompt 041 – Ribbon`).
const SERIES = /^([\p{Lu}][\p{Ll}]{2,15})\s+#?(\d{1,4})(?![\d.]\d)(?=$|\s*[:：.)—–-]|\s+\p{Lu})/u;
// Words that number things other than delivery units.
const NOT_SERIES = /^(?:option|example|figure|fig|table|question|answer|scenario|rule|principle|section|page|note|bug|error|risk|issue|case|chapter|appendix|article|paragraph|line|room|floor|level|size|top|class|grade|year|rank|player|team|group|tier|item|part|act|track|slice|epic|priority)$/iu;
const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, "iu");

// Speed only: the first words a label can start with; other texts are rejected without the regexes.
const FIRST_WORDS = new Set<string>([
  ...KEYWORDS.map((k) => k.split(/[\s-]/u)[0]!),
  ...Object.values(STATUS_PHRASES).flatMap((list) => list.map((p) => p.split(/[\s-]/u)[0]!)),
  ...Object.values(HORIZON_WORDS).flatMap((t) => wordsOf(t).map((w) => w.split(/[\s-]/u)[0]!.toLowerCase())),
  ...wordsOf(MONTH_NAMES).map((m) => m.toLowerCase()),
  ...ORDINALS.map((w) => w.split(/[\s-]/u)[0]!.toLowerCase()),
  "mvp", "alpha", "beta", "rc", "ga", "release", "general", "preview", "prototype", "poc", "proof", "pilot", "launch",
]);
const FIRST_WORD = /^[\p{L}\p{M}'’]+/u;
const MAY_LABEL = /^(?:\d|(?:[A-Z]{1,4}-)?M\d|[A-Z]{1,3}\d|[PQHVv]\d|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\s])/u;

// Speed only: the first words of the postposed horizons (`seguintes`, `à venir`), looked up before POSTPOSED runs.
const POSTPOSED_FIRST = new Set(wordsOf(POSTPOSED_LATER).map((w) => w.split(/\s/u)[0]!.toLowerCase()));
// Sticky, read from the end of the first word: no copy of the text per call.
const NEXT_WORD = /\s+([\p{L}]+)/uy;

const ASCII_MAY_LABEL = /^(?:[\x00-\x08\x0e-\x1f\x7f]|\d|(?:[A-Z]{1,4}-)?M\d|[A-Z]{1,3}\d|[PQHVv]\d)/;

function mayBeLabel(t: string): boolean {
  // Speed only: a text opening with an ASCII character needs only MAY_LABEL's ASCII branches.
  if (t.charCodeAt(0) < 0x80 ? ASCII_MAY_LABEL.test(t) : MAY_LABEL.test(t)) return true;
  const w = FIRST_WORD.exec(t);
  if (w === null) return false;
  const first = w[0];
  if (FIRST_WORDS.has(first.toLowerCase()) || /ly$/iu.test(first)) return true;
  // A priority tier (`High Priority`), or a name with its tier in brackets (`Критичные задачи (высокий приоритет)`).
  if (maybeTier(t) !== undefined) return true;
  NEXT_WORD.lastIndex = first.length;
  const next = NEXT_WORD.exec(t);
  if (next === null) return false;
  if (POSTPOSED_FIRST.has(next[1]!.toLowerCase()) && POSTPOSED.test(t)) return true;
  // A noun and a status closing the name (`Fonctionnalités prévues`): a bucket (see bucketStatus).
  return opensStatus(next[1]!) && !NEGATION.test(first) && bucketStatus(t) !== undefined;
}

/**
 * Reads a unit label from the start of `text` (plain text of a heading, cell, item or
 * paragraph). Undefined when the text does not look like one step of a sequence.
 */
export function classifyUnit(text: string, legend?: Legend): UnitLabel | undefined {
  return classify(text, legend, 0, true);
}

/** The label `text` has when a leading status is read as a status, not as the lead of a label (a bucket `Planned: v2.0`). */
export function classifyUnitUnled(text: string, legend?: Legend): UnitLabel | undefined {
  return classify(text, legend, 0, false);
}

// A label nests at most this deep (`[Early Q3]`, `5. Stage 0`, `Post-Phase 2`): deeper is prose, and recursion stays bounded.
const MAX_NESTING = 3;

const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59]/u;
const OTHER_DIGITS = new RegExp(OTHER_DIGIT.source, "gu");
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50];
function asciiDigit(d: string): string {
  const c = d.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9) ?? c;
  return String(c - zero);
}

const FULL_WIDTH = /[\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const FULL_WIDTHS = new RegExp(FULL_WIDTH.source, "gu");
function halfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

function classify(text: string, legend: Legend | undefined, depth: number, lead = true): UnitLabel | undefined {
  if (depth > MAX_NESTING) return undefined;
// A keycap digit (`1️⃣ Setup`) is a step number written as an emoji.
  const keycaps = text.includes("\u20E3") ? text.replace(/(\d)\uFE0F?\u20E3\s*/gu, "$1. ") : text;
  // Arabic-Indic, Persian, Devanagari and Thai digits (`فاز ۲`, `चरण २`) are the digits they write.
  const keyed = OTHER_DIGIT.test(keycaps) ? keycaps.replace(OTHER_DIGITS, asciiDigit) : keycaps;
  // Full-width letters, digits and dots (`フェーズ１`, `フェーズＡ`, `Ｖ１．２`) are the ASCII ones (as NFKC reads them).
  const t = unbold(stripDecoration(FULL_WIDTH.test(keyed) ? keyed.replace(FULL_WIDTHS, halfWidth) : keyed));
  // A unit label in brackets (`[v1.0] Core`, `[Phase 2] CLI`) is the label; a bracketed status is not.
  const bracket = t.startsWith("[") ? BRACKETED_LABEL.exec(t) : null;
  if (bracket) {
    const inner = classify(bracket[1]!, legend, depth + 1);
    // `[Planned] Prompt 001 …`: a bracketed status before a series label.
    return inner?.kind === "strong" ? { ...inner, whole: t.length === bracket[0].trimEnd().length } : seriesLabel(t.slice(bracket[0].length), legend);
  }
  if (!t || !mayBeLabel(t)) return prefixedLabel(t, legend, depth) ?? seriesLabel(t, legend);
  const whole = (m: string): boolean => t.slice(m.length).replace(/[\s:：.)\]—–-]+/gu, "") === "";
  let m = KEYWORD_RE.exec(t);
  // A letter or roman numeral only counts in capitals ("Phase B", "Part II"), not "Release a new…";
  // a lowercase word right after the number is prose about the unit ("Phase 1 exit evidence").
  if (m && !(/^[a-z]+$/iu.test(m[2]!) && m[2] !== m[2]!.toUpperCase() && NUMBER_WORDS[m[2]!.toLowerCase()] === undefined) && !/^\s+\p{Ll}/u.test(t.slice(m[0].length)))
    return { kind: "strong", id: keywordId(m[1]!, m[2]!), family: m[1]!.toLowerCase(), whole: whole(m[0]) };
  const byWord = numberedByWord(t);
  if (byWord) return { kind: "strong", id: keywordId(byWord.word, byWord.num), family: byWord.word.toLowerCase(), whole: whole(t.slice(0, byWord.end)) };
  m = NAMED_UNIT.exec(t);
  if (m) {
    const name = (t.slice(m[0].length).split(/\s*[([（]|\s+[-—–]\s|\s*\p{Extended_Pictographic}/u, 1)[0] ?? "").trim();
    if (name) return { kind: "strong", id: `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()}: ${name}`, family: m[1]!.toLowerCase(), whole: false };
  }
  m = CJK_QUARTER_RE.exec(t);
  if (m && (m[2] !== undefined || m[1] !== undefined)) {
    const q = (m[2] ?? m[3] ?? "").replace(/[一二三四]/gu, hanNumber).replace(/\s*[-~–]\s*/u, "-").replace(/^Q/u, "");
    return { kind: "strong", id: `${m[1] ? `${m[1]} ` : ""}Q${q}`, family: "quarter", whole: whole(m[0]) };
  }
  m = CJK_MONTH_RE.exec(t);
  if (m) return { kind: "strong", id: m[1] ? `${m[1]}-${m[2]!.padStart(2, "0")}` : `${Number(m[2])}${m[3]}`, family: "month", whole: whole(m[0]) };
  m = CJK_RE.exec(t);
  if (m) {
    const word = m[2] ?? m[3] ?? "";
    const num = m[1] ?? m[4] ?? "";
    return { kind: "strong", id: /^(?:\d+(?:\.\d+)*|[A-Z]|[IVX]{1,4})$/.test(num) ? `${word} ${num}` : m[0], family: word, whole: whole(m[0]) };
  }
  m = CJK_NUM_FIRST.exec(t);
  if (m) return { kind: "strong", id: `${m[2]} ${hanNumber(m[1]!)}`, family: m[2]!, whole: whole(m[0]) };
  m = MCODE.exec(t);
  if (m) return { kind: "strong", id: normaliseId(m[1]!), family: "m", whole: whole(m[0]) };
  m = PTIER.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "p", whole: whole(m[0]) };
  m = DATE_RANGE.exec(t);
  if (m) return { kind: "strong", id: `${m[1]}-${m[2]}`, family: "date", whole: whole(m[0]) };
  m = VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "version", whole: whole(m[0]) };
  m = CODE.exec(t);
  if (m) return { kind: "strong", id: `${m[1]}${m[2]}`, family: `code:${m[1]}`, whole: whole(m[0]) };
  m = BARE_VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "version", whole: true };
  m = MONTH.exec(t);
  if (m) return { kind: "strong", id: `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${m[2]}`, family: "month", whole: whole(m[0]) };
  m = YEAR.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "year", whole: whole(m[0]) };
  m = RELEASE_STAGE.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "stage", whole: whole(m[0]) };
  m = BARE_MONTH.exec(t);
  if (m) return { kind: "strong", id: `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()}`, family: "month", whole: whole(m[0]) };
  m = ISO_MONTH.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "month", whole: whole(m[0]) };
  m = QUARTER.exec(t);
  if (m) return { kind: "strong", id: m[0], family: "quarter", whole: whole(m[0]) };
  const prefixed = prefixedLabel(t, legend, depth) ?? (lead ? statusLed(t, legend, depth) : undefined);
  if (prefixed) return prefixed;
  if (mayBeHorizon(t)) {
    // The longest horizon word wins: `今後` (from now on, planned) is not `今` (now) and a rest.
    let found: { h: RegExpExecArray; status: Status } | undefined;
    for (const [re, status] of HORIZON) {
      const h = re.exec(t);
      if (h && (!found || h[0].length > found.h[0].length) && shortHead(t.slice(h[0].length), legend)) found = { h, status };
    }
    if (found) return { kind: "horizon", family: "horizon", status: found.status, whole: whole(found.h[0]) };
  }
  const tier = maybeTier(t);
  if (tier) return tier;
  const b = bucketStatus(t, legend);
  if (b) return { kind: "bucket", family: "bucket", status: b, whole: false };
  m = NUMBERED.exec(t);
  if (m) {
    // Section numbering before a unit label (`5. Stage 0 - Foundations`): the label names the unit.
    const inner = classify(t.slice(m[0].length), legend, depth + 1);
    // A step named by a release stage (`2. Prototype`, `3. Launch`) is a numbered step like its
    // siblings (`1. Research`): the stage word is its name, not a label of another series.
    if (inner?.kind === "strong" && !(inner.family === "stage" && RELEASE_STAGE.test(t.slice(m[0].length)))) return { ...inner, whole: false };
    // A numbered horizon (`2. Medium-Term Targets`) is a numbered step that states its horizon's status.
    return { kind: "numbered", id: m[1]!, family: "numbered", whole: false, ...(inner?.kind === "horizon" && inner.status ? { status: inner.status } : {}) };
  }
  return seriesLabel(t, legend);
}

/**
 * A time qualifier before a label (`Mid Month 2 – Month 3`, `Early Q3`, `End of 2026`): that label;
 * a horizon relative to a unit (`After 0.0.7`, `Post-MVP`): the steps beyond it, status unstated.
 */
function prefixedLabel(t: string, legend: Legend | undefined, depth: number): UnitLabel | undefined {
  let m = QUALIFIED.exec(t);
  if (m) {
    const inner = classify(t.slice(m[0].length), legend, depth + 1);
    if (inner?.kind === "strong") return { ...inner, whole: false };
  }
  m = RELATIVE.exec(t);
  const inner = m ? classify(t.slice(m[0].length), legend, depth + 1) : undefined;
  return inner?.kind === "strong" && inner.whole ? { kind: "horizon", family: "horizon", whole: false } : undefined;
}

// The separator between a leading status and the label it states (`En cours — 3.x`, `Done: v1.0`).
const LED_SEPARATOR = /^\s*(?:[:：—–|·]|\s-\s)\s*/u;
// The nouns of the unit kinds, in every language and in CJK forms (`phase`, `Phase`, `阶段`, `フェーズ`, `버전`).
const CJK_UNIT_NOUNS = [...CJK_FORMS.zh.before, ...CJK_FORMS.ja.before, ...CJK_FORMS.ko.before, "バージョン", "버전"];
// The unit's noun between the status and the separator (`Current version: v1.0.1`, `当前版本：v1.0.1`).
const LED_NOUN = new RegExp(String.raw`^\s*(?:${alternation([...KEYWORDS, ...CJK_UNIT_NOUNS])})(?:s|es)?(?![\p{L}])`, "iu");
// A unit noun anywhere in a short text (`Current phase`, `現在フェーズ`, `当前阶段`); compiled on first use: only bucket headings with a colon ask.
let unitNounIn: RegExp | undefined;

/** True when `text` names a kind of unit (`Current phase`, `現在フェーズ`): a key whose value is a unit's name. */
export function namesUnitKind(text: string): boolean {
  unitNounIn ??= new RegExp(String.raw`(?<![\p{L}])(?:${alternation(KEYWORDS.filter((k) => LATIN_WORD.test(k)))})(?:s|es)?(?![\p{L}])|${alternation(CJK_UNIT_NOUNS)}`, "iu");
  return unitNounIn.test(text);
}

/** A status, a separator, then a unit label (`En cours — 3.x`, `Shipped: v1.0`): that label, its status stated before it (S1 heading prefix). */
function statusLed(t: string, legend: Legend | undefined, depth: number): UnitLabel | undefined {
  // The first status phrase alone (readStatusText spans every status in the text, `当前 … ✅`).
  const s = findStatuses(t, legend)[0];
  if (!s || s.start > 0) return undefined;
  let rest = t.slice(s.end);
  rest = rest.slice(LED_NOUN.exec(rest)?.[0].length ?? 0);
  const sep = LED_SEPARATOR.exec(rest);
  if (!sep) return undefined;
  const inner = classify(rest.slice(sep[0].length), legend, depth + 1);
  return inner?.kind === "strong" ? { ...inner, whole: false, led: true } : undefined;
}

/** A series word of the document's own with a number (`Prompt 041 – …`, `Module 2: …`): a plain numbered unit, read last. */
function seriesLabel(t: string, legend?: Legend): UnitLabel | undefined {
  // Speed: most texts do not open with a capital; skip the regex for them.
  const c = t.charAt(0);
  if (t.length < 5 || c === c.toLowerCase()) return undefined;
  const own = SERIES.exec(t);
  if (!own || NOT_SERIES.test(own[1]!) || MONTH_WORD.test(own[1]!) || readStatusText(own[1]!, legend)) return undefined;
  return { kind: "numbered", id: `${own[1]} ${own[2]}`, family: `w:${own[1]!.toLowerCase()}`, whole: false };
}


// The head of an item, cell or paragraph: the text before its first separator, a bracketed note dropped.
// A match starts only where no space precedes, so a long run of spaces is not rescanned from each position.
const HEAD_END = /(?<!\s)\s*[:：—–|]|(?<!\s)\s+-\s/u;

/**
 * The horizon a text opens with when that horizon is its whole head (`**Now**: auth`, `Later — sync`,
 * `Short term (1–3 months)`), so that a list item, table cell or paragraph names a horizon step
 * (L1 horizons) and not a sentence that merely begins with "Next, …".
 */
export function horizonHead(text: string, legend?: Legend): UnitLabel | undefined {
  const t = unbold(stripDecoration(text));
  const cut = HEAD_END.exec(t);
  const whole = cut ? t.slice(0, cut.index) : t;
  // A horizon head with its bracketed note is short; a long one is not read (nor scanned for the note).
  if (whole.length > 120) return undefined;
  const head = whole.replace(/\s*[(（][^)）]*[)）]\s*$/u, "").trim();
  if (!head || head.length > 40) return undefined;
  const label = classifyUnit(head, legend);
  return label?.kind === "horizon" && label.whole ? label : undefined;
}

/** The number part of an id (`Phase 3` → `3`, `M2` → `2`), for tables that give bare numbers. */
export function idNumber(id: string): string | undefined {
  const m = /(\d+(?:\.\d+)*[a-z]?)\s*$/iu.exec(id);
  return m ? m[1]!.toLowerCase().replace(/\d+/gu, (d) => String(Number(d))) : undefined;
}

const LABEL_HEAD = /^[\s:：.)\]—–|-]+/u;

/**
 * The text after a unit's label, as a loose key (`Phase 2 — Admin` → `admin`), so that two views
 * naming the same units under different labels (`### Phase 0: Foundation`, `| M0: Foundation |`)
 * can be told to be parallel.
 */
export function labelRest(text: string): string {
  const t = unbold(stripDecoration(text));
  const m = KEYWORD_RE.exec(t) ?? MCODE.exec(t) ?? PTIER.exec(t) ?? VERSION.exec(t) ?? CODE.exec(t) ?? NUMBERED.exec(t);
  const rest = m ? t.slice(m[0].length) : t;
  return rest
    .replace(LABEL_HEAD, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The title after a unit's label, as written (`M0: Foundation + Docs` → `Foundation + Docs`,
 * `Phase 2 — Admin` → `Admin`); empty when the text is only the label or has no separator.
 */
export function afterLabel(text: string): string {
  const t = text.trim();
  const m = KEYWORD_RE.exec(t) ?? MCODE.exec(t) ?? PTIER.exec(t) ?? CODE.exec(t);
  if (!m) return "";
  const sep = /^\s*[:：—–·-]+\s+|^\s*[:：]\s*|^\s*——\s*/u.exec(t.slice(m[0].length));
  return sep ? t.slice(m[0].length + sep[0].length).trim() : "";
}

// The version a composed id ends with (`版本 1.14.0`, `Version 1.14.0` → `1.14.0`).
const TRAILING_VERSION = /\s(v?\d+(?:\.\d+)+)$/u;

/** The version a composed row id ends with (`版本 1.14.0` → `1.14.0`), which names the section `## 1.14.0：…`. */
export function trailingVersion(id: string): string | undefined {
  return TRAILING_VERSION.exec(id)?.[1];
}

// A version id: `1.9`, `v0.12.0`.
export const VERSION_ID = /^v?\d+(?:\.\d+)+$/iu;

/**
 * The spellings of one release (`0.12`, `v0.12`, `0.12.0`, `v0.12.0`): a summary row `| 0.12 |`
 * names the section `## v0.12.0 — …`. Trailing zero parts are dropped or one is added; the rest
 * of the number stays as written.
 */
export function versionForms(v: string): string[] {
  const bare = v.replace(/^v/iu, "");
  // Trailing zero parts dropped, but a dot kept: `1.0` is never the bare number `1` (a numbered step).
  let short = bare.replace(/(?:\.0)+$/u, "");
  if (!short.includes(".")) short = `${short}.0`;
  // A release line (`## 1.16.x：…`) is named by its row `| 1.16.x |` read as `1.16`.
  const forms = new Set([bare, short, `${short}.0`, `${short}.0.0`, `${bare}.x`]);
  return [...forms].flatMap((f) => [f, `v${f}`]);
}

/** True when two version ids name one release in any spelling (`1.9.0` and `v1.9`); not `1.9.1`. */
export function sameRelease(a: string, id: string): boolean {
  // A composed id names its release last (`Version 3.0`, `版本 1.14.0`).
  const b = VERSION_ID.test(id) ? id : (trailingVersion(id) ?? "");
  if (!VERSION_ID.test(a) || !VERSION_ID.test(b)) return false;
  const forms = new Set(versionForms(b).map((f) => f.toLowerCase()));
  return versionForms(a).some((f) => forms.has(f.toLowerCase()));
}
