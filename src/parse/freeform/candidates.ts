import type { SourceDocument } from "../document.js";
import { readHeadingStatus, readStatusText, type Legend } from "../fields/status.js";
import { inlineText, type ItemNode, type TableNode } from "../markdown.js";
import { headerNames } from "./columns.js";
import { decorationOf, headingStatus } from "./decoration.js";
import { inHardExcluded, isBucket, scopeOf, siblingsAt, type Outline, type OutlineHeading } from "./outline.js";
import { classifyUnit, horizonHead, type UnitLabel } from "./unit-label.js";
import { leadInOf } from "./lead-in.js";
import { boldLead, POOL, withBuckets, withHorizons, withLeadingStep, withLikeSiblings, withLikeTables, withOffLevelFirst } from "./extend.js";

export { boldLead };
import { MONTH_NAMES, UNIT_WORDS, wordsOf } from "../fields/sequence-vocabulary.js";
import { STATUS_KEYS } from "../fields/labels.js";
import { alternation } from "../../text/regex.js";

/** The unit nouns of the sequence vocabulary (phases, milestones, releases, sprints; every language) as a regex alternation. */
export function unitNouns(): string {
  return alternation(new Set((["phase", "milestone", "release", "sprint"] as const).flatMap((c) => wordsOf(UNIT_WORDS[c]))));
}

/** What carries a unit: a heading, a table row, a list item or a bare paragraph (LABELING L2). */
export const CARRIERS = ["heading", "table", "list", "paragraph"] as const;
export type Carrier = (typeof CARRIERS)[number];

/** One candidate delivery unit. */
export interface UnitRef {
  readonly carrier: Carrier;
  /** Index in `doc.blocks` of the heading, item, paragraph or table. */
  readonly idx: number;
  /** For table units: the body row index. */
  readonly row?: number;
  readonly label?: UnitLabel;
  /** For heading units: the outline index. */
  readonly heading?: number;
}

/** A run of sibling units that may be the document's main sequence. */
export interface Group {
  readonly carrier: Carrier;
  readonly units: UnitRef[];
  /** 3 strong labels, 2.5 numbered units inside status buckets, 2 buckets/horizons, 1 plain numbering. */
  readonly rank: number;
  /** Heading level (1–6) for heading groups; 9 otherwise. */
  readonly level: number;
}

const ID_HEADER = /^(?:#|no\.?|nr\.?|n[°º]|id|key|milestones?|phases?|stages?|steps?|sprints?|releases?|versions?|versión|versão|version|fase|etapa|item|tier|priority|priorité|prioridad|里程碑|阶段|版本|quarter|horizon|when)$/iu;

/** The column of a table that holds unit ids: a header named like one, else the first column. */
export function idColumn(table: TableNode): number {
  const at = headerNames(table).findIndex((h) => ID_HEADER.test(h));
  return at >= 0 ? at : 0;
}

/**
 * The items the candidates read as one list: same parent item, heading and depth (a list split
 * by a paragraph, `Done:` over three items and `Next:` over two, is one run of units). Steering
 * and `--explain` number Markdown lists instead, so each run can be named; a candidate takes the
 * number of the Markdown list its first item is in, and a plain `list N` reads from that list on
 * through the items with its key.
 */
export function listKey(outline: Outline, item: ItemNode, i: number): string {
  return `${item.parent?.line ?? -1}:${outline.owner[i] ?? -1}:${item.depth}`;
}

const rowLabels = new WeakMap<TableNode, (UnitLabel | null)[]>();

/** The unit label of one table row (a bare number under a `Phase`/`Item` header reads as `Phase 3`); read once. */
export function rowLabel(table: TableNode, row: number, legend?: Legend): UnitLabel | undefined {
  let cache = rowLabels.get(table);
  if (!cache) {
    cache = [];
    rowLabels.set(table, cache);
  }
  let label = cache[row];
  if (label === undefined) {
    label = readRowLabel(table, row, legend) ?? null;
    cache[row] = label;
  }
  return label ?? undefined;
}

// A cell naming several units (`1, 2`, `4 & 6`, `2 + 3`) refers to them; it is not one of its own.
// (A range, `1-11`, can be a unit, a summary row of finished phases; so can `4+`, the steps from 4 on.)
const MANY_UNITS = /^[\d.]+\s*(?:[,&]|\+\s*\d|and\s)/u;
// A column of row numbers: `#`, `No.`, `Nr`, `№`, `Nº`.
const NUMBER_HEADER = /^(?:#|№|n[or]|n[º°])\.?$/iu;
// Families a `#` column may number when the column beside it names them (`| # | Phase | Goal |`):
// steps of a sequence, not parts, items or milestones (whose ids `M1` would not be the document's).
const BORROWED_FAMILIES: ReadonlySet<string> = new Set(["phase", "stage", "step", "sprint", "iteration"]);
// Per table: the step word of the column beside its `#` column, or null (read once, not per row).
const borrowedHeaders = new WeakMap<TableNode, string | null>();

/** The header a bare number in the id column composes with: its own, or a `Phase` column's beside a `#` column. */
function numberHeader(table: TableNode, row: number, col: number, legend?: Legend): string {
  const own = headerNames(table)[col] ?? "";
  let next = borrowedHeaders.get(table);
  if (next === undefined) {
    const beside = headerNames(table)[col + 1] ?? "";
    const family = NUMBER_HEADER.test(own) && /^\p{L}+$/u.test(beside) ? classifyUnit(`${beside} 1`, legend)?.family : undefined;
    next = family !== undefined && BORROWED_FAMILIES.has(family) ? beside : null;
    borrowedHeaders.set(table, next);
  }
  // The column beside names the units itself (`| 1 | Phase 0 — Bootstrap |`): the numbers only count rows.
  if (next === null || classifyUnit(inlineText(table.rows[row]?.cells[col + 1] ?? ""), legend)?.kind === "strong") return own;
  return next;
}

function readRowLabel(table: TableNode, row: number, legend?: Legend): UnitLabel | undefined {
  const col = idColumn(table);
  const cell = inlineText(table.rows[row]?.cells[col] ?? "");
  if (!cell) return undefined;
  const header = numberHeader(table, row, col, legend);
  if (/^\d/u.test(cell) && /^\p{L}+$/u.test(header) && !MANY_UNITS.test(cell)) {
    const composed = classifyUnit(`${header} ${cell}`, legend);
    if (composed?.kind === "strong") return { ...composed, whole: /^\d+(?:\.\d+)*\.?$/u.test(cell) };
  }
  const label = classifyUnit(cell, legend);
  if (label && (label.kind === "strong" || label.kind === "numbered")) return label;
  // A horizon naming the row (`| Now | auth |`, `| Short term (Q1) | … |`): a step named by its horizon (L1), its cell the title.
  if (label?.kind === "horizon") {
    const h = horizonHead(cell, legend);
    if (h) return { ...h, whole: false };
  }
  // A bare number (`| 3 | Workstream | … | Status |`) numbers the rows of a table that states statuses.
  if (/^\d{1,4}$/u.test(cell) && headerNames(table).some((h) => STATUS_COLUMN.test(h)))
    return { kind: "numbered", id: cell, family: "numbered", whole: true };
  return undefined;
}

// The column of a legend table: what each word or mark means, in the languages of the vocabulary.
const MEANING_HEADER =
  /^(?:meaning|meanings|significado|signification|bedeutung|significato|betekenis|betydelse|betydning|znaczenie|значение|значення|含义|含義|意味|意義|의미|ý nghĩa|anlamı?|arti|význam|merkitys|σημασία|jelentés|semnificație|المعنى|משמעות|अर्थ|ความหมาย|معنی)$/iu;
/** A table defining words (a Meaning column, and two columns or no row with a label of its own). */
function legendTable(table: TableNode, legend?: Legend): boolean {
  const names = headerNames(table);
  if (!names.some((h) => MEANING_HEADER.test(h))) return false;
  return names.length === 2 || !table.rows.some((_, r) => rowLabel(table, r, legend)?.kind === "strong");
}

const STATUS_COLUMN = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태)$/iu;

const titles = new WeakMap<ItemNode, string>();

/** The first line of a list item as plain text, without its checkbox (read once per item). */
export function itemTitle(item: ItemNode): string {
  let t = titles.get(item);
  if (t === undefined) {
    const first = item.raw.split("\n", 1)[0] ?? "";
    t = inlineText(first.replace(/^\[[ xX]\]\s*/u, ""));
    titles.set(item, t);
  }
  return t;
}

/**
 * A cheap stand-in for `itemTitle` (no inline parse): markup characters dropped, link text
 * kept. Used only to skip items that cannot be units; a candidate is then read properly.
 */
export function quickTitle(raw: string): string {
  const first = (raw.split("\n", 1)[0] ?? "").slice(0, 120);
  return first
    .replace(/^\[[ xX]\]\s*/u, "")
    .replace(/\]\([^)]*\)/gu, "")
    .replace(/[*_`~[\]\\]/gu, "");
}

const itemLabels = new WeakMap<ItemNode, UnitLabel | null>();

/** The unit label of a list item, or undefined; inline-parses only items that may carry one; read once. */
export function itemLabel(item: ItemNode, legend?: Legend): UnitLabel | undefined {
  let label = itemLabels.get(item);
  if (label === undefined) {
    const quick = quickTitle(item.raw);
    // The quick title drops brackets: a bracketed lead (`[Planned] Prompt 001 …`) is read from the real title.
    const first = classifyUnit(quick, legend) ?? (item.raw.startsWith("[") && !/^\[[ xX]\]/u.test(item.raw) ? classifyUnit(itemTitle(item), legend) : undefined);
    if (!first) label = null;
    else {
      const title = itemTitle(item);
      label = (title === quick.trim() ? first : classifyUnit(title, legend)) ?? null;
    }
    itemLabels.set(item, label);
  }
  return label ?? undefined;
}

function add(map: Map<string, Group>, key: string, make: () => Group, unit: UnitRef): void {
  let g = map.get(key);
  if (!g) {
    g = make();
    map.set(key, g);
  }
  g.units.push(unit);
}

/**
 * Splits a group where an id repeats: two runs `Phase 1…7`, `Phase 1…7` in one section are
 * parallel views (an overview and a detail plan), not one sequence of fourteen.
 */
export function splitRuns(g: Group): Group[] {
  const runs: Group[] = [];
  let cur: UnitRef[] = [];
  let seen = new Set<string>();
  for (const u of g.units) {
    const id = u.label?.id;
    if (id !== undefined && seen.has(id)) {
      runs.push({ ...g, units: cur });
      cur = [];
      seen = new Set();
    }
    if (id !== undefined) seen.add(id);
    cur.push(u);
  }
  runs.push({ ...g, units: cur });
  // Split only into real runs: `Month 1`, `Month 1 – Mid Month 2` are one sequence of ranges.
  if (runs.some((r) => r.units.length < 2)) return g.units.length >= 2 ? [g] : [];
  return runs;
}

const STATUS_LINE = new RegExp(`^(?:${STATUS_KEYS.join("|")})\\s*[:：]`, "iu");

// A to-do lead-in (`TODO:`) marks a placeholder, not a stated status.
const TODO_LEAD = /^(?:todo|to do|to-do)\b/iu;

/**
 * True when the first block of a heading's section (blocks `idx + 1` to `end`) is a `Status: …`
 * line stating a status, or a status lead-in (`Completed:`) that no lead-in of another status
 * follows in the section (`Done:` … `Todo:` is a section's work sorted by status, not its status).
 */
function statusLine(doc: SourceDocument, idx: number, end: number, legend?: Legend): boolean {
  const b = doc.blocks[idx + 1];
  if (b?.type !== "paragraph" || b.item) return false;
  const first = inlineText(b.raw.split("\n", 1)[0] ?? "");
  if (STATUS_LINE.test(first)) return readStatusText(first.slice(first.search(/[:：]/u) + 1), legend) !== undefined;
  const lead = leadInOf(b, legend);
  if (!lead || TODO_LEAD.test(first)) return false;
  for (let i = idx + 2; i < end; i++) {
    const c = doc.blocks[i]!;
    const other = c.type === "paragraph" && !c.item ? leadInOf(c, legend)?.value : undefined;
    if (other !== undefined && other !== lead.value) return false;
  }
  return true;
}

// A time window or timebox in a heading (`(Weeks 1–2)`, `— Month 3`, `(Q1 2025)`, `2026-03`, `(Jan 2026)`, `(2 weeks)`).
// Numbers start only where no digit precedes: a run of digits is not rescanned from each position.
const TIME_WINDOW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${[...new Set((["week", "month", "sprint"] as const).flatMap((c) => wordsOf(UNIT_WORDS[c])))].sort((a, b) => b.length - a.length).join("|")}|days?|wks?)s?\s*\d+(?:\s*[-–—~]\s*\d+)?|(?<!\d)\d+(?:\s*[-–—~]\s*\d+)?\s*(?:weeks?|months?|days?|wks?|semanas?|meses|semaines|mois|wochen|monate)|Q[1-4](?:\s*[-–—/]\s*Q?[1-4])?(?:\s*'?(?:19|20)?\d{2})?|H[12]\s*(?:19|20)\d{2}|(?<!\d)(?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2]))(?![\p{L}])|第\s*\d+\s*[周週]|(?<!\d)\d+\s*(?:주차|週目)`,
  "iu",
);

// A month with its year (`(Jan 2026)`, `— März 2026`): a time window too, looked up in a set
// (the month names of every language are too many to compile into TIME_WINDOW).
const MONTH_SET = new Set(wordsOf(MONTH_NAMES).map((m) => m.toLowerCase()));
const DIGIT = /[0-9]/u;
const MONTH_YEAR = /(?<![\p{L}])([\p{L}]{3,12})\.?\s+(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;
function timed(text: string): boolean {
  // Every window names a number (ASCII digits, as \d reads them): a text without one is none (speed).
  if (!DIGIT.test(text)) return false;
  if (TIME_WINDOW.test(text)) return true;
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m !== null; m = MONTH_YEAR.exec(text)) if (MONTH_SET.has(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * Sibling headings without labels (`## Core engine ✅`, `## Plugin API 🚧`, `## Cloud sync`) of
 * which two or more, and most, state their own status on the heading or in a `Status:` line
 * right under it, or name a time window (`(Weeks 1–2)`, `— Q3 2026`): a tracked or timed
 * sequence of delivery units (L1), not thematic sections (L6).
 */
function trackedHeadings(doc: SourceDocument | undefined, outline: Outline, legend?: Legend): Group[] {
  const runs = new Map<string, number[]>();
  outline.headings.forEach((h, k) => {
    if (h.label || h.hard || h.excluded || h.title) return;
    const parent = h.parent >= 0 ? outline.headings[h.parent]! : undefined;
    if (parent && isBucket(parent)) return;
    const key = `${h.parent}:${h.node.level}`;
    const run = runs.get(key);
    if (run) run.push(k);
    else runs.set(key, [k]);
  });
  const out: Group[] = [];
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    const deco = decorationOf(run.map((k) => outline.headings[k]!.text), legend);
    let stated = 0;
    let timedCount = 0;
    for (const k of run) {
      const h = outline.headings[k]!;
      if (headingStatus(h.text, legend, deco) || (doc && statusLine(doc, h.idx, h.end, legend))) stated++;
      if (timed(h.text)) timedCount++;
    }
    if ((stated < 2 || stated * 2 <= run.length) && (timedCount < 2 || timedCount * 2 <= run.length)) continue;
    const first = outline.headings[run[0]!]!;
    out.push({ carrier: "heading", rank: 1.5, level: first.node.level, units: run.map((k) => ({ carrier: "heading", idx: outline.headings[k]!.idx, heading: k })) });
  }
  return out;
}

/**
 * The level a heading's unit sits at in the sequence: a unit inside status buckets stands where
 * its outermost bucket stands (`## Completed` › `### Phase 1…4`, then `## Phase 5`: one run).
 */
function bucketLevel(outline: Outline, h: OutlineHeading): number {
  let level = h.node.level;
  let p = h.parent;
  // A backlog or ideas bucket is a pool beside the sequence, not a stretch of it (L5).
  while (p >= 0 && isBucket(outline.headings[p]!) && !POOL.test(outline.headings[p]!.text)) {
    level = outline.headings[p]!.node.level;
    p = outline.headings[p]!.parent;
  }
  return level;
}

/** Every heading group of two or more sibling units (buckets are see-through). */
export function headingGroups(outline: Outline, legend?: Legend, doc?: SourceDocument): Group[] {
  const map = new Map<string, Group>();
  // Numbered runs that include "1. Overview" or "5. Risks" number the document's sections, not steps.
  const spoiled = new Set<string>();
  // `## 4.x maintenance` beside `## 5.0 architecture`: a two-part number among version
  // siblings (same scope and level) is a version too, not section numbering.
  const versioned = new Set<string>();
  outline.headings.forEach((h) => {
    if (h.label?.kind === "strong" && h.label.family === "version" && !h.hard && !h.excluded) versioned.add(`${scopeOf(outline, h.parent)}:${h.node.level}`);
  });
  outline.headings.forEach((h, k) => {
    let label = h.label;
    if (!label) return;
    const parent = h.parent >= 0 ? outline.headings[h.parent] : undefined;
    // `### 4.1 Tests` under `## 4. Quality`: a sub-number of its section's number continues the
    // document's section numbering; it is content of that section, never a step of its own.
    if (label.kind === "numbered" && label.id && parent?.label?.kind === "numbered" && parent.label.id && label.id.startsWith(`${parent.label.id}.`)) return;
    if (label.kind === "numbered" && label.id && /^\d+\.\d+$/u.test(label.id) && versioned.has(`${scopeOf(outline, h.parent)}:${h.node.level}`))
      label = { ...label, kind: "strong", family: "version" };
    const cls = label.kind === "strong" ? "s" : label.kind === "numbered" ? "n" : "b";
    const rank = cls === "s" ? 3 : cls === "b" ? 2 : parent && isBucket(parent) ? 2.5 : 1;
    // Buckets inside one bucket of three or more (`## Now` › `### Shipped`, `### In progress`, beside
    // `## Next`, `## Later`) are its content, not peers of the buckets (L3a, as numbered units are: `inOneBucket`).
    const nested = cls === "b" && parent !== undefined && isBucket(parent) && siblingsAt(outline, parent.parent, parent.node.level).buckets >= 3;
    const key = nested ? `${h.parent}:${h.node.level}:${cls}:${rank}` : `${scopeOf(outline, h.parent)}:${bucketLevel(outline, h)}:${cls}:${rank}`;
    if (h.hard || (h.excluded && label.kind !== "strong")) {
      if (cls === "n") spoiled.add(key);
      return;
    }
    add(map, key, () => ({ carrier: "heading", units: [], rank, level: h.node.level }), { carrier: "heading", idx: h.idx, label, heading: k });
  });
  // Named units under a heading that says what they are (`## Milestones` › `### Foundations`),
  // and under a status bucket beside such a heading (`# Completed` › `## Project Website` next
  // to `# Prototype Milestones` › `## First Boot`): one sequence, in document order.
  const inBuckets: [string, UnitRef][] = [];
  outline.headings.forEach((h, k) => {
    if (h.parent < 0 || h.hard || h.excluded || h.label?.kind === "strong") return;
    const c = outline.headings[h.parent]!;
    if (c.hard) return;
    const key = `c:${scopeOf(outline, c.parent)}:${c.node.level}:${h.node.level}`;
    const unit: UnitRef = { carrier: "heading", idx: h.idx, heading: k, ...(h.label ? { label: h.label } : {}) };
    // A container that is itself a status bucket (`## Prochaines étapes`) is read as a bucket (L3a).
    if (CONTAINER.test(c.text) && !isBucket(c)) add(map, key, () => ({ carrier: "heading", units: [], rank: 2.2, level: h.node.level }), unit);
    else if (isBucket(c)) inBuckets.push([key, unit]);
  });
  const joined = new Set<string>();
  for (const [key, unit] of inBuckets) {
    const g = map.get(key);
    if (!g) continue;
    g.units.push(unit);
    joined.add(key);
  }
  for (const key of joined) map.get(key)!.units.sort((a, b) => a.idx - b.idx);
  for (const key of spoiled) map.delete(key);
  const groups = [...map.values()].flatMap(splitRuns);
  return [
    ...groups.map((g) =>
      g.rank === 3
        ? withOffLevelFirst(outline, withLeadingStep(doc, outline, withLikeSiblings(outline, withBuckets(outline, withHorizons(outline, g, doc), doc))))
        : g.rank === 2 && doc
          ? withLikeTables(doc, outline, g)
          : // Plain numbered steps (`## 0.1 Desktop Prerelease`, `## 2. Build`) continue into the horizons after them, as labelled ones do.
            g.rank === 1
            ? withHorizons(outline, g, doc)
            : g,
    ),
    ...trackedHeadings(doc, outline, legend),
  ];
}


// A column named for the units, in any language of the sequence vocabulary (`Milestone`, `Etapa`, `Iteración`, `Deliverable`).
export const UNIT_HEADER = new RegExp(String.raw`^(?:(?:${unitNouns()})(?:s|es)?|deliverables?|fasi|этапы|里程碑|阶段|版本)$`, "iu");

/**
 * A table that names its rows as units: a Milestone/Phase/Release column and a Status column, or
 * such a column first (`| Phase | Duration | Deliverables |`): the table is a list of the units (T2, L2).
 */
function unitTable(table: TableNode): boolean {
  const names = headerNames(table);
  const col = idColumn(table);
  if (!UNIT_HEADER.test(names[col] ?? "") || !(col === 0 || names.some((h) => STATUS_COLUMN.test(h)))) return false;
  // A table whose unit column names several units per row (`| 1, 2 | @owner |`) assigns them; it does not list them.
  return !table.rows.some((r) => MANY_UNITS.test(inlineText(r.cells[col] ?? "")));
}

// A date, a version, a task box or a bold name in a list item: it names something delivered.
const UNIT_MARK = /\b(?:19|20)\d{2}\b|\bv?\d+\.\d+|^\[[ xX]\]\s|^(?:\*\*|__)/u;

const CONTAINER =
  /(?<![\p{L}])(?:milestones|phases|stages|releases|sprints|iterations|meilensteine|fases|etapas|jalons|étapes|этапы|вехи|релизы)(?![\p{L}])|里程碑|阶段|マイルストーン|フェーズ|마일스톤/iu;

/** True when a heading names the units of a plan (`Milestones`, `Phases`, `里程碑`): their container. */
export function namesUnits(text: string): boolean {
  return UNIT_SECTION.test(text);
}

// A section named for units, one or many (`## Milestone`, `## Phases`); not releases: a `## Release
// schedule` is as often a cadence note (`Major (X.0.0)`, `Minor (0.X.0)`) as a plan.
const UNIT_SECTION =
  /(?<![\p{L}])(?:milestones?|phases?|stages?|sprints?|iterations?|meilensteine?|fases?|etapas?|jalons?|étapes?|этапы?|вехи)(?![\p{L}])|里程碑|阶段|マイルストーン|フェーズ|마일스톤/iu;

const containers = new WeakMap<Outline, Map<number, boolean>>();

/** True when outline heading `k` names the units of a plan (`## Milestones`, `## Fases`), not a pool or an excluded section. */
function container(outline: Outline, k: number): boolean {
  let memo = containers.get(outline);
  if (!memo) {
    memo = new Map();
    containers.set(outline, memo);
  }
  let yes = memo.get(k);
  if (yes === undefined) {
    const h = outline.headings[k]!;
    yes = !h.hard && !h.excluded && CONTAINER.test(h.text) && !POOL.test(h.text);
    memo.set(k, yes);
  }
  return yes;
}

interface TrackedList {
  items: number;
  unlabelled: number;
  readonly units: UnitRef[];
}

function trackItem(tracked: Map<string, TrackedList>, key: string, idx: number, label: UnitLabel | undefined, unit: boolean): void {
  let t = tracked.get(key);
  if (!t) {
    t = { items: 0, unlabelled: 0, units: [] };
    tracked.set(key, t);
  }
  t.items++;
  if (!unit || (label && label.kind !== "strong")) return;
  if (!label) t.unlabelled++;
  t.units.push(label ? { carrier: "list", idx, label } : { carrier: "list", idx });
}

/** Table, list and paragraph groups; blocks for which `skip` is true are ignored. */
export function otherGroups(doc: SourceDocument, outline: Outline, skip: (idx: number) => boolean, legend?: Legend): Group[] {
  const map = new Map<string, Group>();
  // Series of the document's own words; an item sorted into two buckets keeps its number twice (not split into runs).
  const series = new Map<string, Group>();
  // Lists right under a heading naming the units, and those of them with an item no label names.
  const named = new Map<string, Group>();
  const unnamed = new Set<string>();
  // Top-level items named in bold (`- **Search** — in progress`) that state a status: most items
  // of their list so, two or more, they are a tracked sequence of units, as tracked headings are.
  const tracked = new Map<string, TrackedList>();
  const joinable = new Map<string, { readonly group: Group; owner: number; readonly key: string }>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (skip(i) || inHardExcluded(outline, i)) continue;
    const owner = outline.owner[i] ?? -1;
    if (b.type === "table" && !b.quoted) {
      // A legend (`| Estado | Significado |` over `idea`, `next`, `done`) defines words; it lists no
      // units. A table of releases with a Meaning column among others (`| Release | Codename | Meaning |
      // Status |`) still does: its rows carry labels of their own.
      if (legendTable(b, legend)) continue;
      const units: UnitRef[] = [];
      let strong = 0;
      let horizons = 0;
      b.rows.forEach((_, r) => {
        const label = rowLabel(b, r, legend);
        if (!label) return;
        if (label.kind === "strong") strong++;
        else if (label.kind === "horizon") horizons++;
        units.push({ carrier: "table", idx: i, row: r, label });
      });
      const rank = strong * 2 >= units.length ? 3 : horizons >= 2 && horizons * 2 >= units.length ? 2 : 1;
      // Tables of one shape under sibling sections (`## Part 1`, `## Part 2`, each with its
      // `| Milestone | Status |` table) continue one sequence (L4, L3c).
      const h = owner >= 0 ? outline.headings[owner] : undefined;
      const sig = h && units.length > 0 ? `${headerNames(b).join("|")}:${h.parent}:${h.node.level}:${rank}` : undefined;
      const prev = sig ? joinable.get(sig) : undefined;
      const joined = prev !== undefined && prev.owner !== owner;
      if (joined) {
        for (const u of units) prev.group.units.push(u);
        prev.owner = owner;
      } else if (units.length >= 2 || sig) {
        const g: Group = { carrier: "table", units, rank, level: 9 };
        if (units.length >= 2) map.set(`t:${i}`, g);
        if (sig) joinable.set(sig, { group: g, owner, key: `t:${i}` });
      }
      if (joined || units.length >= 2) continue;
      if (b.rows.length >= 2 && ((owner >= 0 && CONTAINER.test(outline.headings[owner]!.text) && headerNames(b).some((h) => ID_HEADER.test(h))) || unitTable(b))) {
        // Rows of a table under `## Milestones`, or of a `Milestone | … | Status` table, are
        // milestones whatever their ids look like ("Alpha", "GA").
        const col = idColumn(b);
        const named = b.rows.flatMap((row, r): UnitRef[] => {
          const id = inlineText(row.cells[col] ?? "");
          // Under an `ID` column the cell is an identifier (title from the name column); under
          // `Milestone` it is the name itself (T2).
          const whole = !UNIT_HEADER.test(headerNames(b)[col] ?? "");
          return id ? [{ carrier: "table", idx: i, row: r, label: { kind: "strong", id, family: "row", whole } }] : [];
        });
        if (named.length >= 2) map.set(`t:${i}`, { carrier: "table", units: named, rank: 2.2, level: 9 });
      }
    } else if (b.type === "item" && !b.quoted && b.raw) {
      const label = itemLabel(b, legend);
      const key = `l:${listKey(outline, b, i)}`;
      // Bold-named items that state a status or a time window (`- **Search** (Q2 2026)`), as tracked headings do.
      if (b.depth === 0) trackItem(tracked, key, i, label, (b.raw.startsWith("**") || b.raw.startsWith("__")) && (readHeadingStatus(itemTitle(b), legend) !== undefined || timed(quickTitle(b.raw))));
      // Items right under a heading that names the units (`## Phases`, `## Milestones`): the units (L2).
      if (b.depth === 0 && owner >= 0 && container(outline, owner)) {
        add(named, key, () => ({ carrier: "list", units: [], rank: 2.2, level: 9 }), label ? { carrier: "list", idx: i, label } : { carrier: "list", idx: i });
        // A list whose every item is labelled already is a labelled sequence; it is not read twice (speed).
        if (label?.kind !== "strong") unnamed.add(key);
      }
      if (label?.kind === "horizon") {
        // Items named by a horizon (`- **Now**: auth`, `- Later — sync`): horizon steps (L1).
        const h = horizonHead(itemTitle(b), legend);
        if (h) add(map, `${key}:h`, () => ({ carrier: "list", units: [], rank: 2, level: 9 }), { carrier: "list", idx: i, label: h });
        continue;
      }
      // Items opening with a series word of the document's own (`- Prompt 041 – Ribbon`): numbered
      // units, across the status buckets they are sorted into (L3a), as numbered headings are.
      if (label?.kind === "numbered" && b.depth === 0 && label.family.startsWith("w:")) {
        const inBucket = owner >= 0 && isBucket(outline.headings[owner]!);
        add(series, `w:${scopeOf(outline, owner)}:${label.family}:${inBucket}`, () => ({ carrier: "list", units: [], rank: inBucket ? 2.5 : 1, level: 9 }), { carrier: "list", idx: i, label });
        continue;
      }
      if (label?.kind !== "strong") continue;
      // Labelled items sorted into status buckets (`## Done` › `- Phase 1`, `## Planned` › `- Phase 3`):
      // one sequence across the buckets, each unit with its bucket's status (L3a), as headings in buckets are.
      const bucket = b.depth === 0 && owner >= 0 && isBucket(outline.headings[owner]!) && !POOL.test(outline.headings[owner]!.text);
      add(map, bucket ? `lb:${scopeOf(outline, owner)}:${label.family}` : key, () => ({ carrier: "list", units: [], rank: 3, level: 9 }), { carrier: "list", idx: i, label });
    } else if (b.type === "paragraph" && !b.item && !b.quoted && ((b.endLine - b.line <= 3 && b.raw.length <= 200) || boldLead(b.raw) !== undefined)) {
      // A one-line paragraph, or a short one whose first line is only a label (`25.09-16.10` over
      // its name), or one of any length opening with a bold label (`**Phase 1 – Setup:** We …`).
      const oneLine = b.endLine - b.line === 1 && b.raw.length <= 100;
      const lead = oneLine ? undefined : boldLead(b.raw);
      const text = inlineText(oneLine ? b.raw : (lead ?? b.raw.split("\n", 1)[0] ?? ""));
      let label = classifyUnit(text, legend);
      // A paragraph named by a horizon (`**Now**` over its list, `**Later:** sync`): a horizon step (L1).
      if (label?.kind === "horizon" && (oneLine || lead !== undefined)) label = horizonHead(text, legend);
      else if (!label || (label.kind !== "strong" && label.kind !== "numbered") || (!oneLine && !(label.kind === "strong" && (label.whole || lead !== undefined)))) continue;
      if (!label) continue;
      const head = owner >= 0 ? outline.headings[owner] : undefined;
      const rank = label.kind === "strong" ? 3 : label.kind === "horizon" ? 2 : head && isBucket(head) ? 2.5 : 1;
      const key = `p:${scopeOf(outline, owner)}:${rank}`;
      add(map, key, () => ({ carrier: "paragraph", units: [], rank, level: 9 }), { carrier: "paragraph", idx: i, label });
    }
  }
  // A one-row table joined by the next one of its shape becomes a candidate.
  for (const j of joinable.values()) if (j.group.units.length >= 2 && !map.has(j.key)) map.set(j.key, j.group);
  for (const t of tracked.values())
    if (t.unlabelled > 0 && t.units.length >= 2 && t.units.length * 2 > t.items) map.set(`tracked:${t.units[0]!.idx}`, { carrier: "list", units: t.units, rank: 1.5, level: 9 });
  // Some item names a unit, a status or a date: plain prose items under `## Releases`
  // (`- Download binaries…`) are instructions, not units.
  for (const key of unnamed) {
    const g = named.get(key)!;
    const names = (u: UnitRef): boolean => {
      const item = blocks[u.idx] as ItemNode;
      return u.label !== undefined || UNIT_MARK.test(item.raw.split("\n", 1)[0] ?? "") || readHeadingStatus(itemTitle(item), legend) !== undefined;
    };
    if (g.units.some(names)) map.set(`${key}:c`, g);
  }
  return [...[...map.values()].filter(countsUp).flatMap(splitRuns), ...[...series.values()].filter((g) => g.units.length >= 2)];
}

/** Plain numbered paragraphs are steps only when their numbers count up (`6 cenario`, `4 - principios`, `1 - modulo` are notes). */
function countsUp(g: Group): boolean {
  if (g.carrier !== "paragraph" || g.rank !== 1) return true;
  let last = Number.NEGATIVE_INFINITY;
  for (const u of g.units) {
    const n = Number.parseFloat(u.label?.id ?? "");
    if (!Number.isFinite(n) || n <= last) return false;
    last = n;
  }
  return true;
}
