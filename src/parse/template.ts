import type { Milestone, OverviewTable, Phase, TableRow, TextField } from "../model/roadmap.js";
import type { StatusField } from "../model/status.js";
import { anchorBefore } from "./anchors.js";
import { findInLine, lineSpan, linesSpan, type SourceDocument } from "./document.js";
import { idKey } from "../model/id.js";
import { parseDependencies } from "./fields/dependencies.js";
import { isStatusOnly, misspeltStatus, readHeadingStatus, readStatusText, type Legend } from "./fields/status.js";
import { inferStatus, pickStatus } from "./infer.js";
import { inlineText, type BlockNode, type HeadingNode } from "./markdown.js";
import { overviewColumns, readOverview } from "./overview.js";
import { classifyUnit, isExcludedSection, labelRest } from "./freeform/unit-label.js";
import { readSection } from "./section.js";

/** A template milestone heading: `M0: Title`, `M0 - Title`, `M0 — Title`, `Milestone 0: Title`. */
const MILESTONE_HEADING =
  /^(?:[\p{Extended_Pictographic}\s]|\uFE0F)*(?:(?:milestone|meilenstein)\s+(\d+[a-z]?(?:\.\d+)*)|(M\d+[a-z]?(?:\.\d+)*))(?:\s*[:：—–-]+\s*|\s+|$)(.*)$/iu;

/** Reads a template milestone heading's id and title; undefined when the heading is not one. */
export function matchMilestoneHeading(text: string): { id: string; title: string; titleOffset: number; subMilestone: boolean } | undefined {
  const m = MILESTONE_HEADING.exec(text);
  if (!m) return undefined;
  const id = m[1] !== undefined ? `M${m[1]}` : (m[2] ?? "");
  const title = m[3] ?? "";
  // `Milestone 1.1` is usually a step inside a phase; only `Milestone 1` or `M1.1` make a template.
  return { id, title: title.trim(), titleOffset: text.length - title.length, subMilestone: m[1]?.includes(".") ?? false };
}

/** True when the document has the template's structure (issue 3, CONTRACT `format`). */
export function looksLikeTemplate(doc: SourceDocument): boolean {
  const heads: { level: number; m: boolean; dotted: boolean; text: string; parent: number; holder: boolean }[] = [];
  const stack: number[] = [];
  let firstM = -1;
  // Id cells of M-tables seen before any M-heading, read further only if no M-heading follows.
  const tableIds: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === "heading") {
      const text = inlineText(b.raw);
      const m = matchMilestoneHeading(text);
      while (stack.length > 0 && heads[stack[stack.length - 1]!]!.level >= b.level) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
      const isM = m !== undefined && !m.subMilestone;
      heads.push({ level: b.level, m: isM, dotted: isM && m.id.includes("."), text, parent, holder: false });
      if (isM) {
        if (firstM < 0) firstM = heads.length - 1;
        for (const a of stack) heads[a]!.holder = true;
      }
      stack.push(heads.length - 1);
    }
    if (b.type === "table") {
      // An overview table names template milestones (`M0`, `Milestone 1`); a `# | Feature | Status`
      // table of features inside a phase is not one.
      const cols = overviewColumns(b.header.cells);
      if (!cols) continue;
      const ids = b.rows.filter((r) => {
        const m = matchMilestoneHeading(inlineText(r.cells[cols.id] ?? ""));
        return m !== undefined && !m.subMilestone;
      }).length;
      if (ids > 0 && ids * 2 >= b.rows.length) {
        if (firstM >= 0) return true;
        for (const r of b.rows) tableIds.push(inlineText(r.cells[cols.id] ?? ""));
      }
    }
  }
  if (firstM < 0) {
    if (tableIds.length === 0) return false;
    const rowRests = new Set<string>();
    for (const id of tableIds) {
      const rest = labelRest(id);
      if (rest.length >= 3) rowRests.add(rest);
    }
    // An M-table with no M-sections whose rows name labelled headings of another kind (`| M0:
    // Foundation |` beside `### Phase 0: Foundation`) is a summary view of a free-form plan
    // (LABELING L4), not the template's overview.
    // So is one beside a plan continued under new namings that has more units than it has rows
    // (`### Phase 0–6`, then `### Sprint 1–5`, and a closing `| M0: Foundation + Docs |` … `| M7 |`).
    let named = 0;
    // Runs side by side: a family at one level, outside excluded and how-to sections (and their sub-sections).
    const runs = new Map<string, number>();
    const out: boolean[] = [];
    heads.forEach((h, i) => {
      out[i] = (h.parent >= 0 && out[h.parent]!) || isExcludedSection(h.text) || HOW_TO.test(h.text);
      if (out[i]) return;
      const label = classifyUnit(h.text);
      if (label?.kind !== "strong" || label.family === "m") return;
      if (rowRests.has(labelRest(h.text))) named++;
      const key = `${label.family}:${h.level}`;
      runs.set(key, (runs.get(key) ?? 0) + 1);
    });
    // Two or more runs of two or more under new namings (Phase, then Sprint), together longer than
    // the table: one plan continued (L4). One run alone may be finer work inside the table's milestones.
    let labelled = 0;
    const families = new Set<string>();
    for (const [key, n] of runs) if (n >= 2) {
      labelled += n;
      families.add(key.slice(0, key.lastIndexOf(":")));
    }
    if (families.size >= 2 && labelled > tableIds.length) return false;
    return named < 2;
  }
  // M-headings make a template unless a longer labelled sequence comes before them at their
  // level or above: nine `### Phase N` sections and then a `### M1…M7` checklist are a phased
  // plan with its summary (LABELING L4). Headings that hold M-headings (`## Phase 1` › `### M0`),
  // come after them (a release history) or sit in excluded or how-to sections do not count.
  let mCount = 0;
  let level = 6;
  for (const h of heads) if (h.m) {
    mCount++;
    level = Math.min(level, h.level);
  }
  // One dotted M-heading (`### M0.1 — Contract freeze`) is a step of some plan, not a template:
  // the template's milestones are `M0`, `M1`…, and one of them alone starts one.
  if (mCount === 1 && heads[firstM]!.dotted) return false;
  // Speed: fewer headings before the first M-heading than M-headings cannot outnumber them (no label read).
  let before = 0;
  for (let i = 0; i < firstM; i++) if (!heads[i]!.m && !heads[i]!.holder && heads[i]!.level <= level) before++;
  if (before <= mCount) return true;
  const skipped: boolean[] = [];
  const others = new Map<string, number>();
  for (let i = 0; i < firstM; i++) {
    const h = heads[i]!;
    skipped[i] = (h.parent >= 0 && skipped[h.parent]!) || isExcludedSection(h.text) || HOW_TO.test(h.text);
    if (h.m || h.holder || skipped[i] || h.level > level) continue;
    const label = classifyUnit(h.text);
    if (label?.kind === "strong" && label.family !== "m") others.set(label.family, (others.get(label.family) ?? 0) + 1);
  }
  for (const n of others.values()) if (n > mCount) return false;
  return true;
}

const HOW_TO = /^(?:getting started|quick ?start|installation|install|usage|setup guide|how to)(?![\p{L}])/iu;

interface SectionRef {
  readonly heading: HeadingNode;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly blocks: readonly BlockNode[];
  readonly endLine: number;
}

const TRAILING_BRACKET = /\s[[(]([^[\]()]+)[\])]\s*$/u;

/** Splits the heading text into a title and a status suffix or prefix (`M0: Setup ✅` → `Setup`). */
function headingStatus(doc: SourceDocument, h: HeadingNode, title: string, legend?: Legend): { title: string; status?: StatusField } {
  const s = readHeadingStatus(title, legend);
  if (!s) {
    // `M0: API [In Progres]`: a bracket that misspells a status states one nobody can read.
    const typo = TRAILING_BRACKET.exec(title);
    if (!typo || !misspeltStatus(typo[1]!)) return { title };
    const raw = typo[1]!.trim();
    const span = findInLine(doc, h.line, raw, true);
    return { title: title.slice(0, typo.index).trim(), status: { value: "unknown", raw, ...(span ? { span } : {}), source: "heading" } };
  }
  const raw = title.slice(s.start, s.end);
  const span = findInLine(doc, h.line, raw, true);
  let clean = title;
  if (s.end >= title.replace(/[\s)\]]+$/u, "").length - 1) clean = title.slice(0, s.start).replace(/[\s([—–:-]+$/u, "");
  else if (s.start <= title.search(/\S/u) + 1) clean = title.slice(s.end).replace(/^[\s)\]:—–-]+/u, "");
  return { title: clean.trim() || title, status: { value: s.value, raw, ...(span ? { span } : {}), source: "heading" } };
}

/** Parses a document in the template's format into milestones (table order, sections merged). */
export function parseTemplate(doc: SourceDocument, legend?: Legend): { milestones: Milestone[]; overview?: OverviewTable; phases: Phase[] } {
  const blocks = doc.blocks;
  // 1. The milestone sections: template headings at the level most of them share.
  const candidates: { h: HeadingNode; idx: number; m: NonNullable<ReturnType<typeof matchMilestoneHeading>>; text: string }[] = [];
  blocks.forEach((b, idx) => {
    if (b.type !== "heading") return;
    const text = inlineText(b.raw);
    const m = matchMilestoneHeading(text);
    if (m) candidates.push({ h: b, idx, m, text });
  });
  const byLevel = new Map<number, number>();
  for (const c of candidates) byLevel.set(c.h.level, (byLevel.get(c.h.level) ?? 0) + 1);
  let level = 0;
  let best = 0;
  for (const [l, count] of [...byLevel].sort((a, b) => a[0] - b[0])) if (count > best) [level, best] = [l, count];
  const sections: SectionRef[] = [];
  for (const c of candidates.filter((x) => x.h.level === level)) {
    let end = c.idx + 1;
    while (end < blocks.length) {
      const b = blocks[end]!;
      if (b.type === "heading" && b.level <= level) break;
      end++;
    }
    const endLine = end < blocks.length ? blocks[end]!.line : doc.lines.count;
    sections.push({ heading: c.h, id: c.m.id, title: c.m.title, text: c.text, blocks: blocks.slice(c.idx + 1, end), endLine });
  }

  // 2. The overview table: the first table with Milestone/ID and Status columns.
  let overview: OverviewTable | undefined;
  for (const b of blocks) {
    if (b.type !== "table") continue;
    const columns = overviewColumns(b.header.cells);
    if (columns) {
      overview = readOverview(doc, b, columns);
      break;
    }
  }

  // 3. Milestones from sections.
  const fromSections = new Map<string, Milestone>();
  const order: string[] = [];
  for (const s of sections) {
    const content = readSection(doc, s.blocks, legend);
    const hs = headingStatus(doc, s.heading, s.title, legend);
    const titleSpan = findInLine(doc, s.heading.line, hs.title) ?? lineSpan(doc, s.heading.line);
    const key = idKey(s.id);
    const milestone: Milestone = {
      id: s.id,
      title: hs.title,
      ...(content.focus ? { focus: content.focus.text } : {}),
      status: { value: "unknown", raw: "" },
      statuses: [hs.status, content.status].filter((x): x is StatusField => x !== undefined),
      inferredStatus: inferStatus(content.criteria),
      ...(content.goal ? { goal: content.goal } : {}),
      criteria: content.criteria,
      deliverables: content.deliverables,
      dependsOn: content.dependsOn,
      ...(content.dependsRaw ? { dependsRaw: content.dependsRaw } : {}),
      learnings: content.learnings,
      headingTitle: { text: hs.title, span: titleSpan },
      spans: {
        heading: lineSpan(doc, s.heading.line),
        section: linesSpan(doc, s.heading.line, s.endLine),
        ...(content.fieldSpans.goal ? { goal: content.fieldSpans.goal } : {}),
        ...(content.fieldSpans.criteria ? { criteria: content.fieldSpans.criteria } : {}),
        ...(content.fieldSpans.deliverables ? { deliverables: content.fieldSpans.deliverables } : {}),
        ...(content.fieldSpans.dependencies ? { dependencies: content.fieldSpans.dependencies } : {}),
        ...(content.fieldSpans.learnings ? { learnings: content.fieldSpans.learnings } : {}),
      },
      line: s.heading.line,
      level: s.heading.level,
    };
    if (!fromSections.has(key)) order.push(key);
    // Duplicate ids stay in the list (the lint rule reports them); the first wins the merge.
    fromSections.set(fromSections.has(key) ? `${key}\u0000${s.heading.line}` : key, milestone);
  }

  // 4. Merge with the overview rows: table order, sections not in the table after their predecessor.
  const milestones: Milestone[] = [];
  const used = new Set<string>();
  if (overview) {
    const cols = overview.columns;
    for (const row of overview.rows) {
      const idCell = row.cells[cols.id];
      if (!idCell?.text) continue;
      // A cell holding label and title (`M0: Foundation + Docs`): the label is the id, the rest the title.
      const named = matchMilestoneHeading(idCell.text);
      const idText = named?.title ? named.id : idCell.text;
      const key = idKey(idText);
      const sec = used.has(key) ? undefined : fromSections.get(key);
      const rowStatus = cols.status !== undefined ? rowStatusField(row, cols.status, legend, cols.id) : undefined;
      const titleCell = cols.title !== undefined ? row.cells[cols.title] : undefined;
      const focusCell = cols.focus !== undefined ? row.cells[cols.focus] : undefined;
      const rowTitle: TextField | undefined = titleCell ? { text: titleCell.text, span: titleCell.span } : undefined;
      const rowDeps = cols.dependsOn !== undefined ? row.cells[cols.dependsOn] : undefined;
      if (sec) {
        used.add(key);
        milestones.push({
          ...sec,
          ...(focusCell?.text ? { focus: focusCell.text } : {}),
          statuses: rowStatus ? [rowStatus, ...sec.statuses] : sec.statuses,
          ...(rowTitle ? { rowTitle } : {}),
          spans: { ...sec.spans, row },
        });
      } else {
        const deps = rowDeps ? parseDependencies(rowDeps.text).map((d) => ({ id: d.id, raw: d.raw, span: rowDeps.span })) : [];
        milestones.push({
          id: idText,
          title: rowTitle?.text || (named?.title ? named.title : idText),
          ...(focusCell?.text ? { focus: focusCell.text } : {}),
          status: { value: "unknown", raw: "" },
          statuses: rowStatus ? [rowStatus] : [],
          inferredStatus: "unknown",
          criteria: [],
          deliverables: [],
          dependsOn: deps,
          learnings: [],
          ...(rowTitle ? { rowTitle } : {}),
          spans: { row },
          line: row.line,
        });
      }
    }
  }
  const tableIds = new Set(milestones.map((m) => idKey(m.id)));
  const extra: Milestone[] = [];
  for (const [key, sec] of fromSections) {
    const base = key.split("\u0000")[0]!;
    if (used.has(key) || (tableIds.has(base) && !key.includes("\u0000") && used.has(base))) continue;
    extra.push(sec);
  }
  return { milestones: placeSections(milestones, extra).map((m) => ({ ...m, status: pickStatus(m.statuses) })), ...(overview ? { overview } : {}), phases: readPhases(doc) };
}

/**
 * Puts the sections the table does not list among the table's milestones: each after the
 * milestone whose section precedes it in the document (runs of them keep document order);
 * those before every listed section go before the first listed milestone that follows them.
 * Linear after a sort, so 200,000 sections without a table take no longer than with one.
 */
function placeSections(listed: readonly Milestone[], extra: readonly Milestone[]): Milestone[] {
  if (extra.length === 0) return [...listed];
  const anchors = listed.flatMap((m, i) => (m.spans.section ? [{ line: m.line, i }] : [])).sort((a, b) => a.line - b.line);
  const after = new Map<number, Milestone[]>();
  const before: Milestone[] = [];
  for (const sec of [...extra].sort((a, b) => a.line - b.line)) {
    const i = anchorBefore(anchors, sec.line);
    if (i >= 0) {
      const list = after.get(i) ?? [];
      list.push(sec);
      after.set(i, list);
    } else before.push(sec);
  }
  const firstAfter = before.length > 0 ? listed.findIndex((m) => m.spans.section !== undefined && m.line > before[0]!.line) : -1;
  const out: Milestone[] = [];
  // Loops, not push(...): a spread of 200,000 arguments overflows the stack.
  const add = (list: readonly Milestone[]): void => {
    for (const m of list) out.push(m);
  };
  listed.forEach((m, i) => {
    if (i === firstAfter) add(before);
    out.push(m);
    add(after.get(i) ?? []);
  });
  if (firstAfter === -1) add(before);
  return out;
}

function rowStatusField(row: TableRow, col: number, legend?: Legend, idCol = -1): StatusField | undefined {
  const cell = row.cells[col];
  if (!cell?.text) return undefined;
  const s = readStatusText(cell.text, legend);
  if (!s) {
    // The Status column holds no status word ("40%"): another cell that is only a status counts (018.md).
    const other = row.cells.find((c, i) => i !== col && i !== idCol && isStatusOnly(c.text, legend));
    const o = other ? readStatusText(other.text, legend) : undefined;
    if (other && o) return { value: o.value, raw: other.text, span: other.span, source: "table" };
  }
  return { value: s ? s.value : "unknown", raw: cell.text, span: cell.span, source: "table" };
}

/** The "Milestone Progression" groups: sub-headings under a heading of that name. */
function readPhases(doc: SourceDocument): Phase[] {
  const blocks = doc.blocks;
  const phases: Phase[] = [];
  const at = blocks.findIndex((b) => b.type === "heading" && /milestone progression|phases/i.test(inlineText(b.raw)));
  if (at === -1) return phases;
  const parent = blocks[at] as HeadingNode;
  let cur: { title: string; line: number; focus: string[] } | undefined;
  const flush = (endLine: number): void => {
    if (cur) phases.push({ title: cur.title, span: linesSpan(doc, cur.line, endLine), focus: cur.focus });
  };
  let i = at + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "heading" && b.level <= parent.level) break;
    if (b.type === "heading") {
      flush(b.line);
      cur = { title: inlineText(b.raw), line: b.line, focus: [] };
    } else if (b.type === "item" && cur && b.raw) cur.focus.push(inlineText(b.raw.split("\n", 1)[0] ?? ""));
  }
  const endLine = i < blocks.length ? blocks[i]!.line : doc.lines.count;
  flush(endLine);
  return phases;
}

