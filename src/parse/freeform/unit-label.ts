import type { Status } from "../../model/status.js";
import { normaliseId } from "../fields/dependencies.js";
import { readStatusText, type Legend } from "../fields/status.js";
import { STATUS_PHRASES } from "../fields/status-vocabulary.js";

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
}

// Delivery-unit keywords in the corpus's languages, followed by a number, roman numeral or letter.
const KEYWORDS = [
  "phase", "stage", "step", "milestone", "sprint", "iteration", "release", "version", "week", "day", "month",
  "part", "act", "slice", "epic", "wave", "cycle", "tier", "increment", "item", "level", "round", "track",
  "fase", "etapa", "versão", "versao", "versión", "hito", "marco", "entrega", "paso", "semana", "mes",
  "étape", "etape", "jalon", "palier", "semaine", "lot",
  "stufe", "meilenstein", "schritt", "woche", "etappe", "tappa", "faza", "krok", "etap",
  "этап", "фаза", "спринт", "веха", "шаг", "неделя", "релиз", "версия", "итерация", "часть",
  "giai đoạn", "bước", "cột mốc",
];
const NUM = String.raw`(?:v?\d+(?:\.\d+)*[A-Za-z]?\+?|[IVX]{1,5}|[A-Z](?![\p{L}]))`;
const KEYWORD_RE = new RegExp(String.raw`^(${KEYWORDS.join("|")})\s*(?:#|№|n[°º]\s*)?\s*(${NUM})(?![\p{L}\p{N}])`, "iu");
const CJK_NUM = "[0-9一二三四五六七八九十百]+";
const CJK_RE = new RegExp(
  String.raw`^(?:第\s*(${CJK_NUM})\s*(阶段|階段|期|周|週|步|个?里程碑|版|轮|部分|フェーズ|段階|단계)|(阶段|階段|里程碑|フェーズ|段階|ステップ|マイルストーン|단계|마일스톤|페이즈|스프린트|スプリント)\s*(${CJK_NUM}))`,
  "u",
);
// "1단계", "2段階", "3阶段": the number first.
const CJK_NUM_FIRST = /^(\d+)\s*(단계|차|段階|阶段|階段|期)/u;
const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";
// A month with its year: "January 2025", "Mar 2026".
const MONTH = new RegExp(String.raw`^(${MONTHS})\.?\s+((?:19|20)\d{2})(?![\p{L}\p{N}])`, "iu");
const MCODE = /^((?:[A-Z]{1,4}-)?M\d+(?:\.\d+)*[a-z]?)(?![\p{L}\p{N}])/u;
const PTIER = /^(P\d(?:\.\d+)*)(?![\p{L}\p{N}])/u;
// Letter codes with a number and a separator: `E1 - Baseline`, `S2: Search`, `R3 — Release`.
const CODE = /^([A-Z]{1,3})(\d+(?:\.\d+)*[a-z]?)(?=\s*(?:[:：—–-]|$))/u;
const VERSION = /^(v\d+(?:\.(?:\d+|x))*(?:-[\w.]+)?|\d+\.\d+\.\d+(?:-[\w.]+)?|\d+\.x|V\d+(?:\.\d+)*|MVP)(?![\p{L}\p{N}])/u;
const QUARTER = /^(?:(Q[1-4])(?:\s*[-/' ]?\s*(?:20)?\d{2})?|((?:19|20)\d{2})\s*[-/ ]?\s*(Q[1-4]|H[12])|(H[12])\s+(?:19|20)\d{2})(?![\p{L}\p{N}])/u;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*|\d{4,8})(?![\d.]\d)(?:[.):]?\s+|\s*[-–—]\s*)(?=\S)/u;
const BARE_VERSION = /^(\d+(?:\.\d+)+)$/u;
const HORIZON: readonly [RegExp, Status][] = [
  [/^(?:now|right now|today|current(?:ly)?|this (?:week|month|quarter|release))(?![\p{L}])/iu, "in_progress"],
  [/^(?:next|soon|near[- ]term|short[- ]term|upcoming|coming soon|up next)(?![\p{L}])/iu, "planned"],
  [/^(?:later|future|someday|mid[- ]term|medium[- ]term|long[- ]term|eventually|beyond)(?![\p{L}])/iu, "planned"],
  [/^(?:短期|中期|长期|長期|近期|远期)/u, "planned"],
];

// Sections that are never delivery units, whatever their numbering (LABELING L5).
const EXCLUDED =
  /^(?:table of contents|contents|toc|overview|current (?:phase|state|version)|introduction|intro|summary|executive summary|vision|mission|purpose|about|background|context|goals?|objectives?|principles?|design principles|non[- ]goals|out of scope|not doing|risks?|risk mitigation|risks and mitigations|metrics|success metrics|success criteria|kpis?|changelog|change log|history|version history|release notes|contributing|contribution|how to contribute|license|faq|glossary|appendix|references|resources|links|notes|legend|status key|key|timeline|timeline summary|progress|progress summary|status|architecture|tech stack|technology|team|contact|feedback|support|acknowledg(?:e)?ments|open questions|questions|assumptions|constraints|dependencies|requirements|how we prioritize|how to use|maintenance|conclusion|sobre|visão geral|introducción|resumen|visión|índice|aperçu|sommaire|übersicht|概述|概览|目录|背景|愿景|风险|总结|概要)(?![\p{L}])/iu;

const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3☐☑✓✔✗✖◐●○■□▶►→*_#>\s-]|\[[ xX]\])+/u;

/** Strips leading emoji, checkboxes, bullets and bold markers from a label text. */
export function stripDecoration(text: string): string {
  return text.replace(DECORATION, "").trim();
}

// Sections whose whole content is never the sequence: history, risks, metrics, how-to (L5).
const HARD_EXCLUDED =
  /^(?:non[- ]goals|out of scope|not doing|risks?|risk mitigation|risks and mitigations|metrics|success metrics|kpis?|changelog|change log|history|version history|release history|release notes|revision history|document history|contributing|contribution|how to contribute|license|faq|glossary|appendix|references|legend|status key|open questions|acknowledg(?:e)?ments|feedback|contact|how we prioritize|how to use|maintenance|roadmap maintenance|historial|histórico|historique|versionshistorie|更新日志|变更日志|版本历史|历史)(?![\p{L}])/iu;

/** True when a heading names a section whose content never carries the sequence (changelog, risks…). */
export function isHardExcluded(text: string): boolean {
  const t = stripDecoration(text).replace(/^\d+(?:\.\d+)*[.)]?\s+/u, "");
  return HARD_EXCLUDED.test(t);
}

/** True when a heading's text names a section that is never a delivery unit (overview, risks…). */
export function isExcludedSection(text: string): boolean {
  const t = stripDecoration(text).replace(/^\d+(?:\.\d+)*[.)]?\s+/u, "");
  return EXCLUDED.test(t) || HARD_EXCLUDED.test(t);
}

function keywordId(word: string, num: string): string {
  const w = word.toLowerCase();
  const n = num.replace(/^v(?=\d)/i, "");
  if (w === "milestone" || w === "meilenstein") return normaliseId(`M${n}`);
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return normaliseId(`${cap} ${n}`);
}

/** True when at most one other word follows a status phrase before a separator (`Now — …`, `Planned (next up)`). */
function shortHead(rest: string, legend?: Legend): boolean {
  const head = rest.split(/\s[-–—]\s|[—–:：|(\[]/u, 1)[0] ?? "";
  const words = head
    .replace(/[\p{P}\p{S}\d]+/gu, " ")
    .split(/\s+/u)
    .filter((w) => w && !readStatusText(w, legend));
  return words.length <= 1;
}

/** The status a bucket-like label states when it is (almost) only a status phrase. */
function bucketStatus(t: string, legend?: Legend): Status | undefined {
  const s = readStatusText(t, legend);
  if (!s || s.start > 0 || !shortHead(t.slice(s.end), legend)) return undefined;
  return s.value;
}

// Speed only: the first words a label can start with; other texts are rejected without the regexes.
const FIRST_WORDS = new Set<string>([
  ...KEYWORDS.map((k) => k.split(/[\s-]/u)[0]!),
  ...Object.values(STATUS_PHRASES).flatMap((list) => list.map((p) => p.split(/[\s-]/u)[0]!)),
  ..."now right today current currently this next soon near short upcoming coming up later future someday mid medium long eventually beyond mvp".split(" "),
]);
const FIRST_WORD = /^[\p{L}\p{M}'’]+/u;
const MAY_LABEL = /^(?:\d|(?:[A-Z]{1,4}-)?M\d|[A-Z]{1,3}\d|[PQHVv]\d|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\s])/u;

function mayBeLabel(t: string): boolean {
  if (MAY_LABEL.test(t)) return true;
  const w = FIRST_WORD.exec(t);
  return (w !== null && FIRST_WORDS.has(w[0].toLowerCase())) || MONTH.test(t);
}

/**
 * Reads a unit label from the start of `text` (plain text of a heading, cell, item or
 * paragraph). Undefined when the text does not look like one step of a sequence.
 */
export function classifyUnit(text: string, legend?: Legend): UnitLabel | undefined {
  const t = stripDecoration(text).replace(/^\*\*|\*\*$/gu, "").trim();
  if (!t || !mayBeLabel(t)) return undefined;
  const whole = (m: string): boolean => t.slice(m.length).replace(/[\s:：.)\]—–-]+/gu, "") === "";
  let m = KEYWORD_RE.exec(t);
  // A letter or roman numeral only counts in capitals ("Phase B", "Part II"), not "Release a new…";
  // a lowercase word right after the number is prose about the unit ("Phase 1 exit evidence").
  if (m && !(/^[a-z]+$/iu.test(m[2]!) && m[2] !== m[2]!.toUpperCase()) && !/^\s+\p{Ll}/u.test(t.slice(m[0].length)))
    return { kind: "strong", id: keywordId(m[1]!, m[2]!), family: m[1]!.toLowerCase(), whole: whole(m[0]) };
  m = CJK_RE.exec(t);
  if (m) {
    const word = m[2] ?? m[3] ?? "";
    const num = m[1] ?? m[4] ?? "";
    return { kind: "strong", id: /^\d+$/.test(num) ? `${word} ${num}` : m[0], family: word, whole: whole(m[0]) };
  }
  m = CJK_NUM_FIRST.exec(t);
  if (m) return { kind: "strong", id: `${m[2]} ${m[1]}`, family: m[2]!, whole: whole(m[0]) };
  m = MCODE.exec(t);
  if (m) return { kind: "strong", id: normaliseId(m[1]!), family: "m", whole: whole(m[0]) };
  m = PTIER.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "p", whole: whole(m[0]) };
  m = VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "version", whole: whole(m[0]) };
  m = CODE.exec(t);
  if (m) return { kind: "strong", id: `${m[1]}${m[2]}`, family: `code:${m[1]}`, whole: whole(m[0]) };
  m = BARE_VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1]!, family: "version", whole: true };
  m = MONTH.exec(t);
  if (m) return { kind: "strong", id: `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${m[2]}`, family: "month", whole: whole(m[0]) };
  m = QUARTER.exec(t);
  if (m) return { kind: "strong", id: m[0], family: "quarter", whole: whole(m[0]) };
  for (const [re, status] of HORIZON) {
    const h = re.exec(t);
    if (h && shortHead(t.slice(h[0].length), legend)) return { kind: "horizon", family: "horizon", status, whole: whole(h[0]) };
  }
  const b = bucketStatus(t, legend);
  if (b) return { kind: "bucket", family: "bucket", status: b, whole: false };
  m = NUMBERED.exec(t);
  if (m) {
    // Section numbering before a unit label (`5. Stage 0 - Foundations`): the label names the unit.
    const inner = classifyUnit(t.slice(m[0].length), legend);
    if (inner?.kind === "strong") return { ...inner, whole: false };
    return { kind: "numbered", id: m[1]!, family: "numbered", whole: false };
  }
  return undefined;
}

/** A loose comparison key for ids: case, leading zeros and the keyword's spelling do not matter. */
export function idKey(id: string): string {
  let key = keys.get(id);
  if (key === undefined) {
    key = normaliseId(id.trim())
      .toLowerCase()
      .replace(/\d+/gu, (d) => String(Number(d)));
    if (keys.size > 50_000) keys.clear();
    keys.set(id, key);
  }
  return key;
}

// Ids repeat across headings, rows and checklist items; the key of each is computed once.
const keys = new Map<string, string>();

/** Forgets the cached id keys (slices of the last document), as a new parse begins. */
export function forgetIdKeys(): void {
  keys.clear();
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
  const t = stripDecoration(text).replace(/^\*\*|\*\*$/gu, "").trim();
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
