import type { SourceDocument } from "../document.js";
import { findStatuses, type Legend } from "../fields/status.js";
import { headerNames } from "./columns.js";
import { headingGroups, itemLabel, listKey, namesUnits, otherGroups, rowLabel, type Carrier, type Group, type UnitRef } from "./candidates.js";
import { inlineText, type ItemNode } from "../markdown.js";
import { orderedListFallback, ROADMAPISH } from "./fallback.js";
import { hasTasks } from "./extend.js";
import { isBucket, scopeOf, siblingsAt, type Outline } from "./outline.js";
import { labelRest, trailingVersion } from "./unit-label.js";
import { idKey } from "../../model/id.js";
import { candidateName, SteeringError, type MilestoneSteer, type Reading, type ReadingCandidate } from "../../model/reading.js";

/**
 * The named features a candidate sequence is scored on (issue 12). The score is a weighted
 * sum; the weights make the features lexicographic: strength of the labels, then how far out
 * the sequence sits, then how many units it has; penalties for content of a chosen unit,
 * parallel views, excluded sections and repeating tags.
 */
export interface Features {
  /** 3 keyword/code labels, 2.5 numbered units in buckets, 2.2 under a "Milestones" heading, 2 buckets/horizons, 1.5 unlabelled headings stating statuses, 1 plain numbering. */
  readonly strength: number;
  /** Heading level, or for tables/lists/paragraphs one below their enclosing (non-bucket) heading. */
  readonly level: number;
  readonly count: number;
  /** Distinct ids among the units (a series); repeats mean tags (`P1`, `P1`, `P2`), not steps. */
  readonly distinct: number;
  /** Units whose own text states a status. */
  readonly statuses: number;
  /** The GSD dialect was recognised: its `Phase N` headings are the units. */
  readonly gsd: boolean;
  /** Inside the sections of an outer sequence (L3): content of its units. */
  readonly inside: boolean;
  /** In a section beside an outer run of three or more buckets or horizons (`## Documentation Roadmap` after `## Next`, `## High Priority`, `## Later`): a separate track (L3). */
  readonly beside?: boolean;
  /** Explicit milestones (M-codes, "Milestone N") with statuses under a status-less outer grouping (L3c). */
  readonly descend: boolean;
  /** Names the units of a heading sequence (an overview, a summary checklist): a parallel view (L4). */
  readonly parallel: boolean;
  /** In a section such as overview, principles, summary or timeline (L5). */
  readonly excluded: boolean;
  /** Two runs under sibling sections joined: the sequence continues under a new naming (L4). */
  readonly continued: boolean;
  /** Numbered units or a labelled list inside one status bucket of several, the others holding none: bucket content (L3a). */
  readonly oneBucket?: boolean;
}

/** One enumerated candidate with its features, score and explanation. */
export interface Candidate {
  readonly group: Group;
  readonly features: Features;
  readonly score: number;
  nth?: number;
  readonly why: string;
}

/** The score of a candidate's features (see `Features`). */
export function scoreOf(f: Features): number {
  let s = f.strength * 10_000 + (10 - f.level) * 100 + Math.min(f.count, 40) * 2;
  if (f.gsd) s += 50_000;
  if (f.descend) s += 15_000;
  if ((f.inside || f.beside) && !f.descend) s -= 30_000;
  if (f.parallel) s -= 6_000;
  if (f.excluded) s -= 3_000;
  if (f.oneBucket) s -= 15_000;
  if (f.distinct * 2 < f.count) s -= 10_000;
  else if (f.distinct < f.count) s -= 1_000;
  // Ties on everything above: statuses present (a tracked sequence), then a continued one.
  if (f.statuses * 2 > f.count) s += 1;
  return Math.round(s);
}

function explain(carrier: Carrier, f: Features): string {
  const parts: string[] = [];
  const kind =
    f.strength >= 3
      ? "sequence labels"
      : f.strength >= 2.5
        ? "numbered units in status buckets"
        : f.strength >= 2.2
          ? "units under a milestones heading"
          : f.strength >= 2
            ? "status buckets or horizons"
            : f.strength >= 1.5
              ? "unlabelled headings that state their statuses"
              : "plain numbering";
  parts.push(`${f.count} ${kind}`);
  parts.push(carrier === "heading" ? `heading level ${f.level}` : `at depth ${f.level}`);
  if (f.distinct < f.count) parts.push(`ids repeat (${f.distinct} distinct): tags, not a series`);
  if (f.statuses > 0) parts.push(`${f.statuses} with a status`);
  if (f.gsd) parts.push("GSD phases");
  if (f.continued) parts.push("continued under a new naming (L4)");
  if (f.descend) parts.push(f.inside ? "explicit milestones with statuses under a status-less grouping (L3c)" : "explicit milestones with statuses beside a shorter status-less grouping (L3c)");
  else if (f.inside) parts.push("inside the units of an outer sequence (L3)");
  else if (f.beside) parts.push("in a section beside an outer run of buckets or horizons: a separate track (L3)");
  if (f.parallel) parts.push("names the units of the headings: a parallel view, supplies status (L4)");
  if (f.excluded) parts.push("in an excluded section (L5)");
  if (f.oneBucket) parts.push("inside one status bucket of several, the others holding none: the buckets are the sequence (L3a)");
  return parts.join("; ");
}

function unitText(doc: SourceDocument, outline: Outline, g: Group, i: number): string {
  const u = g.units[i]!;
  if (u.heading !== undefined) return outline.headings[u.heading]!.text;
  const b = doc.blocks[u.idx]!;
  if (b.type === "table" && u.row !== undefined) return b.rows[u.row]?.cells.join(" | ") ?? "";
  return "raw" in b ? (b.raw.split("\n", 1)[0] ?? "") : "";
}

const STATUS_HEADER = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태)$/iu;

function statusCount(doc: SourceDocument, outline: Outline, g: Group, legend?: Legend): number {
  const first = doc.blocks[g.units[0]!.idx];
  if (first?.type === "table" && headerNames(first).some((h) => STATUS_HEADER.test(h))) return g.units.length;
  let n = 0;
  for (let i = 0; i < g.units.length && i < 60; i++) if (findStatuses(unitText(doc, outline, g, i), legend).length > 0) n++;
  return n;
}

/** The effective level: heading level; other carriers sit one below their enclosing non-bucket heading. */
function levelOf(outline: Outline, g: Group): number {
  const u = g.units[0]!;
  if (g.carrier === "heading") return g.level;
  const scope = scopeOf(outline, outline.owner[u.idx] ?? -1);
  return scope >= 0 ? outline.headings[scope]!.node.level + 1 : 1;
}

/**
 * L3(a): the buckets' units are the milestones when the buckets hold them; numbered units or a
 * labelled list found in one bucket only, beside two or more sibling buckets holding none of
 * them, are that bucket's content (`## Next` › `1. Search`, `2. Sync` beside `## Done` and
 * `## Ideas` of features), and the buckets are the sequence. Labelled headings keep descending.
 */
function inOneBucket(outline: Outline, g: Group): boolean {
  if (g.carrier === "heading" ? g.rank !== 2.5 && g.rank !== 2.2 : g.carrier !== "list") return false;
  let holder = -2;
  for (const u of g.units) {
    let p = g.carrier === "heading" ? outline.headings[u.heading!]!.parent : (outline.owner[u.idx] ?? -1);
    while (p >= 0 && !isBucket(outline.headings[p]!)) p = outline.headings[p]!.parent;
    if (p < 0 || (holder !== -2 && p !== holder)) return false;
    holder = p;
  }
  const b = outline.headings[holder]!;
  // The holder is a bucket itself: the others are the rest of its sibling buckets.
  return siblingsAt(outline, b.parent, b.node.level).buckets - 1 >= 2;
}

/** True when every unit of the group sits in an excluded section (a run continued out of one is not). */
function softExcluded(outline: Outline, g: Group): boolean {
  return g.units.every((u) => inExcluded(outline, g.carrier === "heading" ? outline.headings[u.heading!]!.parent : (outline.owner[u.idx] ?? -1)));
}

/** True when outline heading `p` or one enclosing it is an excluded section (overview, principles…) other than the title. */
function inExcluded(outline: Outline, p: number): boolean {
  for (; p >= 0; p = outline.headings[p]!.parent) if (outline.headings[p]!.excluded && !outline.headings[p]!.title) return true;
  return false;
}

/** Marks blocks inside the sections of a heading group's units. */
function sectionMask(n: number, outline: Outline, g: Group): Uint8Array {
  const inside = new Uint8Array(n);
  for (const u of g.units) {
    if (u.heading === undefined) continue;
    const end = outline.headings[u.heading]!.end;
    for (let i = u.idx + 1; i < end && i < n; i++) inside[i] = 1;
  }
  return inside;
}

const EXPLICIT = new Set(["m", "milestone", "meilenstein"]);

/**
 * Joins heading runs under consecutive sibling sections (`## Implementation Phases` › `### Phase
 * 0–6`, then `## Next Sprints` › `### Sprint 1–5`): one sequence continued under a new naming
 * (L4), when the second repeats none of the first's titles and, under a new naming, none of its
 * ids; the same naming restarted with other titles (`### Phase 1…` under each part) also joins,
 * its repeated ids qualified by the part (see `distinctIds`).
 */
function continuedRuns(outline: Outline, groups: readonly Group[], legend?: Legend): Group[] {
  const strong = groups
    .filter((g) => g.carrier === "heading" && g.rank === 3 && g.units.length >= 2)
    .map((g) => ({ g, parent: outline.headings[g.units[0]!.heading!]!.parent }))
    .filter((x) => x.parent >= 0 && x.g.units.every((u) => outline.headings[u.heading!]!.parent === x.parent))
    .sort((a, b) => a.g.units[0]!.idx - b.g.units[0]!.idx);
  const out: Group[] = [];
  let i = 0;
  const titleOf = (u: UnitRef): string => labelRest(outline.headings[u.heading!]!.text);
  while (i < strong.length) {
    let j = i;
    const chain = [strong[i]!];
    // The chain's ids and titles so far, kept as it grows (linear in the units, not quadratic).
    const seen = new Set<string>();
    const titles = new Set<string>();
    const note = (c: { g: Group }): void => {
      for (const u of c.g.units) {
        seen.add(u.label?.id ? idKey(u.label.id) : "");
        titles.add(titleOf(u));
      }
    };
    note(chain[0]!);
    while (j + 1 < strong.length) {
      const a = chain[chain.length - 1]!;
      const b = strong[j + 1]!;
      const pa = outline.headings[a.parent]!;
      const pb = outline.headings[b.parent]!;
      // Sibling sections, the second right after the first ends, units at the same level.
      if (pa.parent !== pb.parent || pa.node.level !== pb.node.level || pa.end !== pb.idx || a.g.level !== b.g.level) break;
      if (b.g.units.some((u) => titles.has(titleOf(u)))) break;
      if (a.g.units[0]!.label?.family === b.g.units[0]!.label?.family) {
        // The same naming restarted under the next section (`## Ignore system` › `### Phase 1…7`, then
        // `## Storage` › `### Phase 1…7`) with other titles: each part's own phases, one plan in
        // document order (L4), not a parallel view of the same units (those repeat the titles);
        // or its numbering carried on (`## Current Phase Status` › `### Phase 1–2`, then
        // `## Planned Next Phases` › `### Phase 3–7`).
        if (idKey(a.g.units[0]!.label?.id ?? "") !== idKey(b.g.units[0]!.label?.id ?? "-") && !carriesOn(a.g, b.g)) break;
        // Both runs name every unit (`Phase 1: Core`); bare labels (`### v0.3`) over `### v0.3 direction` are one plan twice.
        const named = (c: { g: Group }): boolean => c.g.units.every((u) => titleOf(u).length >= 2);
        if (!named(a) || !named(b)) break;
      } else {
        // A new naming (`Phase` then `Sprint`) after a run whose every unit states its status (finished work).
        if (!a.g.units.every((u) => findStatuses(outline.headings[u.heading!]!.text, legend).length > 0)) break;
        if (b.g.units.some((u) => u.label?.id && seen.has(idKey(u.label.id)))) break;
      }
      chain.push(b);
      note(b);
      j++;
    }
    if (chain.length > 1) out.push({ carrier: "heading", rank: 3, level: chain[0]!.g.level, units: distinctIds(outline, chain) });
    i = j + 1;
  }
  return out;
}

/** True when run `b` numbers on from run `a` (`Phase 1, 2` then `Phase 3…`): its first number is one past a's last. */
function carriesOn(a: Group, b: Group): boolean {
  const num = (u: UnitRef | undefined): number | undefined => {
    const m = /(\d+)$/u.exec(u?.label?.id ?? "");
    return m ? Number(m[1]) : undefined;
  };
  const last = num(a.units[a.units.length - 1]);
  const first = num(b.units[0]);
  return last !== undefined && first === last + 1;
}

/**
 * The units of a continued run, each id used once: a later part that restarts the numbering
 * (`## Storage` › `### Phase 1`) has its ids qualified by its part (`Storage / Phase 1`), so
 * every command and dependency names one milestone.
 */
function distinctIds(outline: Outline, chain: readonly { g: Group; parent: number }[]): UnitRef[] {
  const used = new Set<string>();
  return chain.flatMap((c) =>
    c.g.units.map((u) => {
      if (!u.label?.id) return u;
      const key = idKey(u.label.id);
      if (!used.has(key)) {
        used.add(key);
        return u;
      }
      // Qualified by the part's plain title; a part named like an earlier one gets a number.
      const base = `${outline.headings[c.parent]!.text} / ${u.label.id}`;
      let id = base;
      for (let n = 2; used.has(idKey(id)); n++) id = `${base} #${n}`;
      used.add(idKey(id));
      return { ...u, label: { ...u.label, id } };
    }),
  );
}

const MAX_KEYED = 1000;

/** The id and title keys of a group's units, to tell a parallel view of the same units. */
function keysOf(doc: SourceDocument, outline: Outline, g: Group, titled = MAX_KEYED): Set<string> {
  const keys = new Set<string>();
  // The first units only: a summary view lists a plan's units, not thousands (speed).
  g.units.forEach((u, i) => {
    if (i >= titled) return;
    if (u.label?.id) {
      keys.add(`id:${idKey(u.label.id)}`);
      // A row composed with its column (`版本 1.14.0`) names the section `## 1.14.0：…` by its version.
      const v = trailingVersion(u.label.id);
      if (v) keys.add(`id:${idKey(v)}`);
    }
    const rest = labelRest(unitText(doc, outline, g, i).split(" | ")[0] ?? "");
    if (rest.length >= 4) keys.add(`t:${rest}`);
  });
  return keys;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** The result of choosing the document's main sequence. */
export interface Choice {
  readonly main: Group | undefined;
  readonly gsd: boolean;
  readonly reading: Reading;
  readonly notes: readonly string[];
}

function publicCarrier(c: Carrier): ReadingCandidate["carrier"] {
  return c;
}

function describe(c: Candidate): string {
  const f = c.group.carrier;
  return f === "heading" ? `headings at level ${c.group.level}` : `${f} ${c.nth ?? "?"}`;
}

/** A candidate as a tie note names it: its choice and the line it starts on (two runs of one list or level read alike otherwise). */
function describeAt(doc: SourceDocument, c: Candidate): string {
  return `${describe(c)} from line ${doc.blocks[c.group.units[0]!.idx]!.line + 1}`;
}

/**
 * Enumerates the candidate sequences (heading runs per level and parent, tables, lists,
 * paragraph runs), scores them on named features and takes the best, or the one `steer` names.
 */
export function chooseSequence(doc: SourceDocument, outline: Outline, gsdGroup: Group | undefined, legend: Legend | undefined, steer?: MilestoneSteer): Choice {
  const headings = gsdGroup ? [gsdGroup] : headingGroups(outline, legend, doc);
  const n = doc.blocks.length;
  const continued = gsdGroup ? [] : continuedRuns(outline, headings, legend);
  const continuedSet = new Set<Group>(continued);
  const measure = (g: Group) => {
    const count = g.units.length;
    const ids = new Set<string>();
    let labelled = 0;
    for (const u of g.units) {
      if (u.label?.id === undefined) continue;
      labelled++;
      ids.add(u.label.id);
    }
    // A continued run may restart its numbering under the next section (each part's own phases).
    const distinct = labelled === count && !continuedSet.has(g) ? ids.size : count;
    return { g, level: levelOf(outline, g), count, distinct };
  };
  const headingBase = [...headings, ...continued].map(measure);
  // The best heading sequence first: tables and lists in its units' sections are their content (L3).
  const pre = (x: (typeof headingBase)[number]): number => scoreOf({ strength: x.g.rank, level: x.level, count: x.count, distinct: x.distinct, statuses: 0, gsd: x.g === gsdGroup, inside: false, descend: false, parallel: false, excluded: softExcluded(outline, x.g), continued: false });
  let outer: (typeof headingBase)[number] | undefined;
  for (const x of headingBase) if (!outer || pre(x) > pre(outer)) outer = x;
  const mask = outer && outer.g.rank > 2 ? sectionMask(n, outline, outer.g) : undefined;
  // Sections beside an outer run of three or more buckets or horizons at its level (`## Next Release`,
  // `## High Priority`, `## Later`, then `## Documentation Roadmap`): a separate track, not the plan.
  let besideMask: Uint8Array | undefined;
  if (outer && outer.g.carrier === "heading" && outer.g.rank === 2 && outer.count >= 3) {
    const first = outline.headings[outer.g.units[0]!.heading!]!;
    const units = new Set(outer.g.units.map((u) => u.heading));
    besideMask = new Uint8Array(n);
    outline.headings.forEach((h, k) => {
      // A section named for the units (`## Milestones`, `## Phases`) holds the plan, not a side track.
      if (h.parent !== first.parent || h.node.level !== first.node.level || units.has(k) || namesUnits(h.text)) return;
      for (let i = h.idx + 1; i < h.end && i < n; i++) besideMask![i] = 1;
    });
  }
  // Lists and paragraphs inside its sections are not read at all (speed), unless steered to a
  // table or list; tables are (L3c). Paragraph runs are numbered among the candidates, so a
  // paragraph choice sees the candidates `--explain` numbered, no more.
  const skip = mask && !(steer && (steer.carrier === "table" || steer.carrier === "list")) ? (i: number) => mask[i] === 1 && doc.blocks[i]!.type !== "table" : () => false;
  const base = [...headingBase, ...otherGroups(doc, outline, skip, legend).map(measure)];
  let outerKeys: Set<string> | undefined;
  const outerStated = outer ? statusCount(doc, outline, outer.g, legend) : 0;
  const cands: Candidate[] = base.map((x) => {
    const g = x.g;
    const inside = mask !== undefined && g !== outer?.g && g.units.every((u) => mask[u.idx] === 1) && (g.carrier !== "heading" || g.level > outer!.g.level);
    const statuses = statusCount(doc, outline, g, legend);
    // Units that all state their statuses are a tracked plan of their own, not a side track.
    const beside = besideMask !== undefined && g !== outer?.g && g.rank > outer!.g.rank && g.units.every((u) => besideMask[u.idx] === 1) && statuses < g.units.length;
    const first = doc.blocks[g.units[0]!.idx];
    const parallel = !inside && g.carrier !== "heading" && outer !== undefined && outer.g.rank >= g.rank && overlap(keysOf(doc, outline, g), (outerKeys ??= keysOf(doc, outline, outer.g, MAX_KEYED))) >= 2;
    // L3(c): a table of explicit milestones (M-codes, "Milestone N") that all carry a status,
    // beside a status-less grouping: inside its sections, or elsewhere and longer than it.
    const explicitTable = outerStated === 0 && g.rank === 3 && first?.type === "table" && statuses === g.units.length && g.units.every((u) => u.label && (EXPLICIT.has(u.label.family) || /^m\d/iu.test(u.label.id ?? "") || /-M\d/u.test(u.label.id ?? "")));
    const descend = explicitTable && (inside || (!parallel && outer !== undefined && outer.g.carrier === "heading" && x.count > outer.count && !softExcluded(outline, g)));
    const features: Features = {
      strength: g.rank,
      level: x.level,
      count: x.count,
      distinct: x.distinct,
      statuses,
      gsd: g === gsdGroup,
      inside,
      beside,
      descend,
      parallel,
      excluded: softExcluded(outline, g),
      continued: continuedSet.has(g),
      oneBucket: inOneBucket(outline, g),
    };
    return { group: g, features, score: scoreOf(features), why: explain(g.carrier, features) };
  });
  // nth: per carrier, in document order. Tables count every table of the document and lists
  // every list, so the numbers do not depend on which candidates were read.
  const wanted = new Set<number>();
  for (const c of cands) if (c.group.carrier === "table" || c.group.carrier === "list") wanted.add(c.group.units[0]!.idx);
  const ordinals = wanted.size > 0 ? blockOrdinals(doc, wanted) : new Map<number, number>();
  const byCarrier = new Map<Carrier, Candidate[]>();
  for (const c of cands) {
    const list = byCarrier.get(c.group.carrier);
    if (list) list.push(c);
    else byCarrier.set(c.group.carrier, [c]);
  }
  for (const [carrier, list] of byCarrier) {
    list.sort((a, b) => a.group.units[0]!.idx - b.group.units[0]!.idx);
    // Headings count per level, so that `{ "carrier": "heading", "level": 3, "nth": 2 }` names the second candidate at level 3.
    const perLevel = new Map<number, number>();
    list.forEach((c, i) => {
      if (carrier === "heading") perLevel.set(c.group.level, (c.nth = (perLevel.get(c.group.level) ?? 0) + 1));
      else c.nth = carrier === "table" || carrier === "list" ? (ordinals.get(c.group.units[0]!.idx) ?? i + 1) : i + 1;
    });
  }
  // Three or more rows or items with one and the same id (`| Beta | pkg/a |` on every row) carry a
  // tag, not a series: a runner-up to explain, never the sequence read.
  // (Two headings of one quarter, `## Q3 2026 — Search`, `## Q3 2026 — Login`, may still be units.)
  const tagged = (c: Candidate): boolean => c.group.carrier !== "heading" && c.features.count >= 3 && c.features.distinct === 1 && !c.features.gsd && !c.features.continued;
  const order = [...cands].sort((a, b) => Number(tagged(a)) - Number(tagged(b)) || b.score - a.score || a.group.units[0]!.idx - b.group.units[0]!.idx);
  const notes: string[] = [];
  let chosen: Candidate | undefined;
  if (steer) {
    // The last resorts are what the unsteered reading read only when it chose no candidate.
    const unsteeredNone = !(order[0] && !tagged(order[0]));
    chosen = steered(order, steer, () => plainCandidate(doc, outline, steer, legend, unsteeredNone));
    if (chosen && !order.includes(chosen)) order.unshift(chosen);
  } else {
    chosen = order[0] && !tagged(order[0]) ? order[0] : undefined;
    const second = order[1];
    if (chosen && second && second.score === chosen.score && !sameUnits(chosen.group, second.group))
      notes.push(`competing sequences of equal score ${chosen.score}: ${describeAt(doc, chosen)} and ${describeAt(doc, second)}; took ${describeAt(doc, chosen)} (the first in the document)`);
  }
  let main = chosen?.group;
  let fallback = false;
  let lone = false;
  if (!main && !steer) {
    main = orderedListFallback(doc, outline);
    fallback = main !== undefined;
    if (!main) {
      main = loneTaskUnit(doc, outline);
      lone = main !== undefined;
    }
  }
  const candidates: ReadingCandidate[] = order.map((c) => ({
    carrier: publicCarrier(c.group.carrier),
    ...(c.group.carrier === "heading" ? { level: c.group.level } : {}),
    nth: c.nth ?? 1,
    count: c.group.units.length,
    score: c.score,
    chosen: c === chosen,
    why: c === chosen && steer ? `${c.why}; chosen by the configuration` : c.why,
  }));
  if (fallback && main) {
    const first = main.units[0]!.idx;
    const nth = blockOrdinals(doc, new Set([first])).get(first) ?? 1;
    candidates.push({ carrier: "list", nth, count: main.units.length, score: 0, chosen: true, why: fallbackWhy(doc, main) });
  }
  if (lone && main) candidates.push({ carrier: "heading", level: main.level, nth: 1, count: 1, score: 0, chosen: true, why: LONE_WHY });
  const top = candidates.find((c) => c.chosen);
  const reading: Reading = top
    ? { carrier: top.carrier, ...(top.level !== undefined ? { level: top.level } : {}), ...(top.carrier !== "heading" || (steer?.carrier === "heading" && steer.nth !== undefined) ? { nth: top.nth } : {}), candidates }
    : { carrier: "none", candidates };
  return { main, gsd: gsdGroup !== undefined && main === gsdGroup, reading, notes };
}

const FALLBACK_WHY = "no sequence found: the first ordered list under the title, a roadmap heading or a horizon of work ahead (`## Next`) (plain numbered steps)";
/** Why the fallback read what it read; it may run on into the next lists (`list 1` and the lists continuing it). */
function fallbackWhy(doc: SourceDocument, group: Group): string {
  const lists = new Set(group.units.map((u) => markdownList(doc.blocks[u.idx] as ItemNode))).size;
  return lists > 1 ? `${FALLBACK_WHY}, with the ${lists - 1} list${lists > 2 ? "s" : ""} continuing it (read as one)` : FALLBACK_WHY;
}
const LONE_WHY = "no sequence found: the one labelled unit of the document (L3(b) single unit): a step of time holding task boxes (`## 2026` over its checklist), or a phase or version opening a document titled as a roadmap or plan (`# Roadmap` › `## Phase 0 — …`)";

/**
 * For each table block its 1-based position among the document's tables; for each list item its
 * list's position among the document's Markdown lists (nested lists count too, in the order
 * they open).
 */
function blockOrdinals(doc: SourceDocument, wanted: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  let upTo = -1;
  for (const i of wanted) upTo = Math.max(upTo, i);
  eachNumbered(doc, upTo, (i, _carrier, nth) => {
    if (wanted.has(i)) out.set(i, nth);
    return undefined;
  });
  return out;
}

/**
 * Numbers the document's tables and lists in document order, as steering counts them: every
 * table block, and every list item with its Markdown list's number. Visits blocks up to `upTo`; a visit returning true stops.
 */
function eachNumbered(doc: SourceDocument, upTo: number, visit: (i: number, carrier: "table" | "list", nth: number) => boolean | undefined): void {
  const lists = new Map<string, number>();
  let tables = 0;
  let lastKey = "";
  let lastOrdinal = 0;
  const blocks = doc.blocks;
  for (let i = 0; i <= upTo && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "table") {
      if (!b.quoted && visit(i, "table", ++tables)) return;
    } else if (b.type === "item" && !b.quoted) {
      const key = markdownList(b);
      // Items of one list mostly follow each other: look the list up only when the key changes.
      if (key !== lastKey) {
        let k = lists.get(key);
        if (k === undefined) {
          k = lists.size + 1;
          lists.set(key, k);
        }
        lastKey = key;
        lastOrdinal = k;
      }
      if (visit(i, "list", lastOrdinal)) return;
    }
  }
}

/** Which Markdown list an item is in (the line the list opens on, and its depth): what steering's `list N` counts. */
function markdownList(item: ItemNode): string {
  return `${item.list}:${item.depth}`;
}

function sameUnits(a: Group, b: Group): boolean {
  return a.units.length === b.units.length && a.units.every((u, i) => u.idx === b.units[i]!.idx && u.row === b.units[i]!.row);
}

/**
 * What a steering choice no candidate matches still names: every heading at that level (not the
 * document's title, nor a section such as an overview, changelog or backlog), every row of the
 * nth table, every item of the nth list (counted as `--explain` counts them). A roadmap of
 * thematic sections (`## Performance`, `## Design`) has no sequence to find (L6); its owner
 * who plans by those sections reads them as the milestones with one line.
 */
function plainCandidate(doc: SourceDocument, outline: Outline, steer: MilestoneSteer, legend: Legend | undefined, lastResorts: boolean): Candidate | undefined {
  // A paragraph sequence is only ever one the reader found: paragraphs have no plain reading.
  if (steer.carrier === "paragraph") return undefined;
  // The choice `--explain` printed for a last-resort reading reads what that reading read.
  const last = lastResorts ? lastResort(doc, outline, steer) : undefined;
  if (last) return last;
  const units: UnitRef[] = [];
  let what: string;
  if (steer.carrier === "heading") {
    outline.headings.forEach((h, k) => {
      if (h.node.level !== steer.level || !plainHeading(outline, k)) return;
      units.push({ carrier: "heading", idx: h.idx, heading: k, ...(h.label?.kind === "strong" ? { label: h.label } : {}) });
    });
    what = `every heading at level ${steer.level}`;
  } else {
    const idx = nthBlock(doc, steer.carrier, steer.nth);
    if (idx === undefined) return undefined;
    const b = doc.blocks[idx]!;
    if (b.type === "table") {
      b.rows.forEach((row, r) => {
        if (!row.cells.some((cell) => inlineText(cell) !== "")) return;
        const label = rowLabel(b, r, legend);
        units.push({ carrier: "table", idx, row: r, ...(label?.kind === "strong" ? { label } : {}) });
      });
    } else if (b.type === "item") {
      // From the nth Markdown list on, every item the candidates would read as the same list (same
      // parent, heading and depth: `Done:` over three items, `Next:` over two).
      const key = listKey(outline, b, idx);
      for (let i = idx; i < doc.blocks.length; i++) {
        const it = doc.blocks[i]!;
        if (it.type !== "item" || it.quoted || !it.raw || listKey(outline, it, i) !== key) continue;
        const label = itemLabel(it, legend);
        units.push({ carrier: "list", idx: i, ...(label?.kind === "strong" ? { label } : {}) });
      }
    }
    what = `every ${b.type === "table" ? "row" : "item"} of ${steer.carrier} ${steer.nth}`;
  }
  if (units.length === 0) return undefined;
  const group: Group = { carrier: steer.carrier, units, rank: 0, level: steer.carrier === "heading" ? steer.level : 9 };
  const features: Features = { strength: 0, level: levelOf(outline, group), count: units.length, distinct: units.length, statuses: statusCount(doc, outline, group, legend), gsd: false, inside: false, descend: false, parallel: false, excluded: false, continued: false };
  return { group, features, score: scoreOf(features), nth: steer.carrier === "heading" ? 1 : steer.nth, why: `${units.length} units: ${what}, read as the configuration chose (no sequence-like labels needed)` };
}

/**
 * The last resorts of an unsteered reading, when the choice names what they read: the first
 * ordered list (the fallback's `list N`) or the lone labelled unit (its heading level). So the
 * setting `--explain` prints reads the same milestones again.
 */
function lastResort(doc: SourceDocument, outline: Outline, steer: MilestoneSteer): Candidate | undefined {
  let group: Group | undefined;
  let why: string;
  if (steer.carrier === "list") {
    group = orderedListFallback(doc, outline);
    const first = group?.units[0]?.idx;
    if (first === undefined || blockOrdinals(doc, new Set([first])).get(first) !== steer.nth) return undefined;
    why = fallbackWhy(doc, group!);
  } else if (steer.carrier === "heading") {
    group = loneTaskUnit(doc, outline);
    if (group?.level !== steer.level) return undefined;
    why = LONE_WHY;
  } else return undefined;
  if (!group) return undefined;
  const features: Features = { strength: 0, level: levelOf(outline, group), count: group.units.length, distinct: group.units.length, statuses: 0, gsd: false, inside: false, descend: false, parallel: false, excluded: false, continued: false };
  return { group, features, score: 0, nth: steer.carrier === "list" ? steer.nth : 1, why };
}

/** A heading a steering choice of its level reads: not the title, not an excluded section (overview, changelog…) nor inside one. */
function plainHeading(outline: Outline, k: number): boolean {
  const h = outline.headings[k]!;
  return !h.title && !h.hard && !h.excluded && !inExcluded(outline, h.parent);
}

/** The block index of the nth table (its first block) or the nth list's first item, counted as `blockOrdinals` counts. */
function nthBlock(doc: SourceDocument, carrier: "table" | "list", nth: number): number | undefined {
  let found: number | undefined;
  eachNumbered(doc, doc.blocks.length - 1, (i, c, n) => {
    if (c === carrier && n === nth) found = i;
    return found !== undefined;
  });
  return found;
}

function steered(order: readonly Candidate[], steer: MilestoneSteer, plain: () => Candidate | undefined): Candidate | undefined {
  const list = (): string =>
    order.length === 0
      ? "none"
      : order
          .map((c) => (c.group.carrier === "heading" ? `heading level ${c.group.level} nth ${c.nth}` : `${c.group.carrier} nth ${c.nth}`) + ` (${c.group.units.length} units, score ${c.score})`)
          .join(", ");
  let hit: Candidate | undefined;
  switch (steer.carrier) {
    case "heading": {
      const atLevel = order.filter((c) => c.group.carrier === "heading" && c.group.level === steer.level);
      hit = steer.nth === undefined ? atLevel[0] : atLevel.find((c) => c.nth === steer.nth);
      // Past the level's candidates: they are listed. A level with none is one sequence, every heading there (nth 1): say so.
      if (!hit && steer.nth !== undefined && (steer.nth > 1 || atLevel.length > 0)) {
        const one = atLevel.length === 0 ? plain()?.group.units.length : undefined;
        return fail(one ? `level ${steer.level} has no candidate sequence: its ${one} heading${one > 1 ? "s are" : " is"} read as one, nth 1; drop nth or use nth 1` : undefined);
      }
      break;
    }
    case "table":
    case "list":
    case "paragraph":
      hit = order.find((c) => c.group.carrier === steer.carrier && c.nth === steer.nth);
      break;
    default:
      throw new SteeringError("unknown-carrier", `unknown milestone carrier ${JSON.stringify((steer as { carrier: unknown }).carrier)}: expected heading, table, list or paragraph`, []);
  }
  return hit ?? plain() ?? fail();
  function fail(hint?: string): never {
    const what = steer.carrier === "heading" ? candidateName(steer) : steer.carrier === "paragraph" ? `paragraph sequence ${steer.nth}` : `${steer.carrier} ${steer.nth}`;
    throw new SteeringError("no-match", `the chosen milestone sequence (${what}) matches nothing; candidates: ${list()}`, order.map((c) => ({ carrier: c.group.carrier, ...(c.group.carrier === "heading" ? { level: c.group.level } : {}), nth: c.nth ?? 1, count: c.group.units.length, score: c.score, chosen: false, why: c.why })), hint);
  }
}

/**
 * Last resort after the ordered list: the document's only labelled heading is one milestone (L3(b)
 * single unit), as a lone GSD phase is, when
 * - it is a step of time (`## 2026`, `## Q3`, `## March`) holding task checkboxes; or
 * - it is a phase, stage, milestone or version (`## Phase 0 — verify the loop`, `## v2 — From-source
 *   kernel`) opening the sections of a document titled as a roadmap or plan (`# Roadmap`, `# NX809J
 *   — Post-beta roadmap`; untitled, the heading says so itself: `## 1.0.0 roadmap:`).
 * A README's lone version (`# mytool` › `## v2.0 migration guide`), a step, part, day or priority
 * tier, a product code (`## DSP408`), or a unit after thematic sections is no guess. Two labelled
 * headings are no single unit.
 */
const TIME_FAMILIES = new Set(["year", "quarter", "month"]);

/** Families a lone unit may have: not a step, part, day, priority tier, the document's own series word or a code. */
const LONE_FAMILY = (family: string): boolean => !/^(?:step|part|day|p|numbered|w:.*|code:.*)$/u.test(family);

/** True when the document is titled as a roadmap or plan (`# Roadmap`), or, untitled, the heading itself says so (`## 1.0.0 roadmap:`). */
function titledPlan(outline: Outline, k: number): boolean {
  const title = outline.headings.find((h) => h.title);
  return ROADMAPISH.test(title ? title.text : outline.headings[k]!.text);
}

/** True when `k` opens its parent's sections: no heading at its level under its parent before it but excluded ones (an overview). */
function opensPlan(outline: Outline, k: number): boolean {
  const h = outline.headings[k]!;
  for (let j = 0; j < k; j++) {
    const o = outline.headings[j]!;
    if (o.parent === h.parent && o.node.level === h.node.level && !o.excluded) return false;
  }
  return true;
}

function loneTaskUnit(doc: SourceDocument, outline: Outline): Group | undefined {
  let found = -1;
  for (let k = 0; k < outline.headings.length; k++) {
    const h = outline.headings[k]!;
    if (h.label?.kind !== "strong" || h.title || h.excluded || h.hard) continue;
    if (found >= 0) return undefined;
    found = k;
  }
  if (found < 0) return undefined;
  const h = outline.headings[found]!;
  const family = h.label!.family;
  if (TIME_FAMILIES.has(family) ? !hasTasks(doc, outline, found) : !LONE_FAMILY(family) || !opensPlan(outline, found) || !titledPlan(outline, found)) return undefined;
  return { carrier: "heading", rank: 3, level: h.node.level, units: [{ carrier: "heading", idx: h.idx, heading: found, label: h.label! }] };
}


/** What a steering choice can name in a document (for `status --explain`): heading levels with their counts and first titles, tables, lists. */
export interface SteerableChoices {
  /** Per level 1–6 that has any: the headings a choice of that level reads (not the title nor excluded sections), and the first few of their texts. */
  readonly headings: readonly { readonly level: number; readonly count: number; readonly first: readonly string[] }[];
  readonly tables: number;
  readonly lists: number;
}

/** How many heading texts per level `steerableChoices` keeps: enough to recognise one's milestones at a glance. */
const PREVIEW = 4;

/** Counts what `{ carrier, level | nth }` can name in a document, as the steering reads it. */
export function steerableChoices(doc: SourceDocument, outline: Outline): SteerableChoices {
  const perLevel = [0, 0, 0, 0, 0, 0, 0];
  const first: string[][] = [[], [], [], [], [], [], []];
  outline.headings.forEach((h, k) => {
    if (!plainHeading(outline, k)) return;
    perLevel[h.node.level]!++;
    if (first[h.node.level]!.length < PREVIEW) first[h.node.level]!.push(h.text);
  });
  let tables = 0;
  let lists = 0;
  eachNumbered(doc, doc.blocks.length - 1, (_i, carrier, nth) => {
    if (carrier === "table") tables = nth;
    else lists = Math.max(lists, nth);
    return undefined;
  });
  return { headings: perLevel.flatMap((count, level) => (count > 0 ? [{ level, count, first: first[level]! }] : [])), tables, lists };
}
