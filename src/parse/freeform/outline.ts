import type { SourceDocument } from "../document.js";
import { readStatusText, type Legend } from "../fields/status.js";
import { inlineText, type BlockNode, type HeadingNode } from "../markdown.js";
import { classifyUnit, classifyUnitUnled, sectionKind, type UnitLabel } from "./unit-label.js";

/** One heading of the document with its place in the heading tree and its unit label. */
export interface OutlineHeading {
  /** Index in `doc.blocks`. */
  readonly idx: number;
  readonly node: HeadingNode;
  /** Plain text (LABELING T1). */
  readonly text: string;
  /** Index in the outline of the enclosing heading, -1 at the top. */
  readonly parent: number;
  /** Block index where the section ends (next heading of the same or a higher level). */
  end: number;
  /** 0-based line where the section ends (exclusive). */
  endLine: number;
  readonly label?: UnitLabel;
  /** A section that is never a unit (overview, risks, changelog…). */
  readonly excluded: boolean;
  /** The document's title: its first level-1 heading. */
  readonly title: boolean;
  /** This section or an enclosing one is a changelog, risks, how-to… section: nothing in it is a unit. */
  readonly hard: boolean;
}

/** The heading tree in document order, plus for every block the outline index of its heading. */
export interface Outline {
  readonly headings: readonly OutlineHeading[];
  /** For each block index, the outline index of the nearest heading before it (-1 if none). */
  readonly owner: readonly number[];
}

/** True when a heading is a status bucket or horizon (`## Completed`, `## Now`). */
export function isBucket(h: OutlineHeading): boolean {
  // The first level-1 heading is the document's title, never a bucket ("# Next Step AI - Roadmap").
  return !h.excluded && !h.title && (h.label?.kind === "bucket" || h.label?.kind === "horizon");
}

/** Builds the outline in one pass over the blocks. */
export function buildOutline(doc: SourceDocument, legend?: Legend): Outline {
  const headings: OutlineHeading[] = [];
  const owner: number[] = new Array<number>(doc.blocks.length);
  const stack: number[] = [];
  let titled = false;
  const blocks: readonly BlockNode[] = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "heading") {
      while (stack.length > 0 && headings[stack[stack.length - 1]!]!.node.level >= b.level) {
        const closed = headings[stack.pop()!]!;
        closed.end = i;
        closed.endLine = b.line;
      }
      const text = inlineText(b.raw);
      const label = classifyUnit(text, legend);
      const parent = stack.length > 0 ? headings[stack[stack.length - 1]!]! : undefined;
      const kind = sectionKind(text);
      headings.push({
        idx: i,
        node: b,
        text,
        parent: stack.length > 0 ? stack[stack.length - 1]! : -1,
        end: blocks.length,
        endLine: doc.lines.count,
        label,
        excluded: kind !== undefined,
        hard: (parent?.hard ?? false) || kind === "hard",
        title: b.level === 1 && !titled,
      });
      if (b.level === 1) titled = true;
      stack.push(headings.length - 1);
    }
    owner[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
  }
  withNamedLabels(headings, legend);
  withoutLoneLeads(headings, legend);
  return { headings, owner };
}

/**
 * A status-led label (`Planned: v2.0`) is a unit of a labelled run only beside a sibling labelled
 * without a lead (`## En cours — 3.x` next to `## 4.0.0`). Among status buckets (`Completed: Auth`,
 * `In progress: Billing`, `Planned: v2.0`) it stays the bucket it reads as, so the run stays whole.
 */
function withoutLoneLeads(headings: OutlineHeading[], legend?: Legend): void {
  const led = new Map<string, number[]>();
  const plain = new Set<string>();
  headings.forEach((h, k) => {
    if (h.label?.kind !== "strong") return;
    const at = `${h.parent}:${h.node.level}`;
    if (!h.label.led) plain.add(at);
    else {
      const list = led.get(at);
      if (list) list.push(k);
      else led.set(at, [k]);
    }
  });
  for (const [at, list] of led) {
    if (plain.has(at)) continue;
    for (const k of list) {
      const h = headings[k]!;
      const label = classifyUnitUnled(h.text, legend);
      headings[k] = label ? { ...h, label } : { ...h, label: undefined };
    }
  }
}

const FIRST_TOKEN = /^\S+\s+/u;

/**
 * A name written before every sibling's label (`GTW-RPG v4.0`, `GTW-RPG v3.0 (Current release)`):
 * the product's name, not part of the label. Siblings sharing their opening words, whose text
 * after those words is a unit label, take that label (L1). Linear: one pass to group, one prefix
 * per group.
 */
function withNamedLabels(headings: OutlineHeading[], legend?: Legend): void {
  const groups = new Map<string, number[]>();
  const siblings = new Map<string, number>();
  headings.forEach((h, k) => {
    const at = `${h.parent}:${h.node.level}`;
    siblings.set(at, (siblings.get(at) ?? 0) + 1);
    if (h.label?.kind === "strong" || h.title || h.excluded) return;
    const first = FIRST_TOKEN.exec(h.text);
    if (!first) return;
    const key = `${h.parent}:${h.node.level}:${first[0].trimEnd()}`;
    const list = groups.get(key);
    if (list) list.push(k);
    else groups.set(key, [k]);
  });
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // The words every member opens with, cut back to a word's end.
    let prefix = headings[list[0]!]!.text;
    for (const k of list) {
      const t = headings[k]!.text;
      let n = 0;
      while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
      prefix = prefix.slice(0, n);
    }
    const cut = prefix.search(/\s\S*$/u);
    prefix = cut > 0 ? prefix.slice(0, cut + 1) : prefix.endsWith(" ") ? prefix : "";
    // A shared status (`Shipped in v0.1.4`, `Shipped in v0.1.5`) is not a name: those are status-led labels.
    if (!prefix.trim() || prefix.length > 40 || readStatusText(prefix, legend)) continue;
    const labels = list.map((k) => classifyUnit(headings[k]!.text.slice(prefix.length), legend));
    // Most of the siblings carry the name (`Prototype V1`, `Prototype V2` among eight named milestones do not).
    const strong = labels.filter((l) => l?.kind === "strong").length;
    const h0 = headings[list[0]!]!;
    if (strong < 2 || strong * 2 <= (siblings.get(`${h0.parent}:${h0.node.level}`) ?? 0)) continue;
    list.forEach((k, i) => {
      const l = labels[i];
      if (l?.kind === "strong") headings[k] = { ...headings[k]!, label: { ...l, whole: false } };
    });
  }
}

/** True when block `idx` lies in a section whose content is never the sequence. */
export function inHardExcluded(outline: Outline, idx: number): boolean {
  const o = outline.owner[idx] ?? -1;
  return o >= 0 && outline.headings[o]!.hard;
}

/** The nearest enclosing heading that is not a status bucket (buckets are see-through, L3a). */
export function scopeOf(outline: Outline, h: number): number {
  let p = h;
  while (p >= 0 && isBucket(outline.headings[p]!)) p = outline.headings[p]!.parent;
  return p;
}

/** The nearest bucket heading at or above outline heading `h`, or undefined. */
export function bucketAbove(outline: Outline, h: number): OutlineHeading | undefined {
  let p = h;
  while (p >= 0) {
    const head = outline.headings[p]!;
    if (isBucket(head) && head.label?.status) return head;
    p = head.parent;
  }
  return undefined;
}

/** The headings under one parent at one level, in order, with each one's position among them. */
export interface Siblings {
  readonly list: readonly number[];
  readonly pos: ReadonlyMap<number, number>;
  /** How many of them are status buckets. */
  readonly buckets: number;
}

const siblingCache = new WeakMap<Outline, Map<string, Siblings>>();

/**
 * The sibling headings under outline heading `parent` (-1: the top) at `level`, built once per
 * outline for all parents, so that the reading rules asking about a unit's neighbours stay linear.
 */
export function siblingsAt(outline: Outline, parent: number, level: number): Siblings {
  let map = siblingCache.get(outline);
  if (!map) {
    const lists = new Map<string, number[]>();
    outline.headings.forEach((h, k) => {
      const key = `${h.parent}:${h.node.level}`;
      const list = lists.get(key);
      if (list) list.push(k);
      else lists.set(key, [k]);
    });
    map = new Map();
    for (const [key, list] of lists) {
      const pos = new Map<number, number>();
      let buckets = 0;
      list.forEach((k, i) => {
        pos.set(k, i);
        if (isBucket(outline.headings[k]!)) buckets++;
      });
      map.set(key, { list, pos, buckets });
    }
    siblingCache.set(outline, map);
  }
  return map.get(`${parent}:${level}`) ?? { list: [], pos: new Map(), buckets: 0 };
}
