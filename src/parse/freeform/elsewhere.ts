import { findInLine, lineText, type SourceDocument } from "../document.js";
import { findStatuses, isStatusOnly, readStatusText, type Legend } from "../fields/status.js";
import { STATUS_RANK } from "../fields/status-vocabulary.js";
import { inlineText, type ItemNode, type ParagraphNode } from "../markdown.js";
import type { StatusField } from "../../model/status.js";
import type { Draft } from "./build.js";
import type { DraftIndex } from "./merge.js";
import { classifyUnit, stripDecoration } from "./unit-label.js";
import { idKey } from "../../model/id.js";

// "**Current Phase:** Phase 1 - EDA", "Current milestone: M2", "## Active sprint: Sprint 4".
const CURRENT =
  /^\s*(?:[-*+]\s+|#{1,6}\s+)?(?:\*\*|__)?\s*(?:current|active|now in|we are in)\s+(?:phase|milestone|stage|sprint|release|version|iteration|step|focus)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.{1,120})$/iu;

/**
 * S1 "elsewhere": a line such as `**Current Phase:** Phase 1` makes the unit it names
 * in progress, when nothing closer states its status. Reads one line per paragraph or heading.
 */
export function readElsewhere(doc: SourceDocument, index: DraftIndex, legend?: Legend): void {
  for (const b of doc.blocks) {
    if (b.type !== "paragraph" && b.type !== "heading") continue;
    for (let l = b.line; l < b.endLine && l < b.line + 3; l++) {
      const text = lineText(doc, l);
      // The statement fits in a short line (a label and at most 120 characters); a longer one is
      // not scanned, so runs of spaces cost nothing (the pattern's \s* runs are quadratic on them).
      if (text.length > 200 && text.trim().length > 200) continue;
      const m = CURRENT.exec(text.trim());
      if (!m) continue;
      const label = classifyUnit(inlineText(m[1] ?? ""), legend);
      if (label?.kind !== "strong" || !label.id) continue;
      const d: Draft | undefined = index.get(idKey(label.id))?.[0];
      if (!d || d.statuses.elsewhere) continue;
      const raw = text.trim();
      const span = findInLine(doc, l, raw);
      d.statuses.elsewhere = { value: "in_progress", raw, ...(span ? { span } : {}), source: "elsewhere" };
    }
  }
}

/** The leading unit label of a status-list item: `🚧 Phase 0 completion: …` → `Phase 0 completion`. */
const ITEM_HEAD = /^[\s\p{Extended_Pictographic}\uFE0F✓✔☐☑◐✗✖[\]xX-]*([^:：—–(]{1,60})/u;

/**
 * S1 "elsewhere": a status-labelled list, such as `**In Progress:**` followed by items that
 * start with a unit's label (`🚧 Phase 0 completion: …`), states the status of each unit it
 * names, when nothing closer does. A unit named under several statuses takes the one in
 * progress if any (its remaining work is under way), else the most advanced.
 */
export function readStatusLists(doc: SourceDocument, index: DraftIndex, legend?: Legend): void {
  const found = new Map<Draft, StatusField[]>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== "paragraph" || b.item || b.endLine - b.line !== 1) continue;
    const label = inlineText(b.raw);
    if (!/[:：]$/u.test(label)) continue;
    const head = label.slice(0, -1);
    if (!isStatusOnly(head, legend)) continue;
    const s = readStatusText(head, legend);
    if (!s || s.value === "unknown") continue;
    // The list right after the label: its top-level items.
    let depth = -1;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (n.type === "paragraph" && n.item) continue;
      if (n.type !== "item") break;
      if (depth === -1) depth = n.depth;
      if (n.depth !== depth) continue;
      const draft = unitNamed(n, index, legend);
      if (!draft || draft.statuses.elsewhere) continue;
      const raw = lineText(doc, n.line).trim();
      const span = findInLine(doc, n.line, raw);
      const list = found.get(draft) ?? [];
      list.push({ value: s.value, raw, ...(span ? { span } : {}), source: "elsewhere" });
      found.set(draft, list);
    }
  }
  for (const [draft, list] of found) {
    const best = list.find((f) => f.value === "in_progress") ?? list.reduce((a, f) => (STATUS_RANK[f.value] > STATUS_RANK[a.value] ? f : a));
    draft.statuses.elsewhere = best;
  }
}

function unitNamed(item: ItemNode, index: DraftIndex, legend?: Legend): Draft | undefined {
  const first = inlineText(item.raw.split("\n", 1)[0] ?? "");
  const m = ITEM_HEAD.exec(first);
  if (!m) return undefined;
  const words = (m[1] ?? "").trim().split(/\s+/u);
  // The label is the first one or two words (`Phase 0`, `M2`, `v0.5.0`); the rest is what it is about.
  for (const n of [2, 1]) {
    const label = classifyUnit(words.slice(0, n).join(" "), legend);
    if (label?.kind === "strong" && label.id) return index.get(idKey(label.id))?.[0];
  }
  return undefined;
}

// A key naming the whole plan's status (`Status: Parked`, `**Project status:** On hold`).
const DOC_STATUS_KEY = /^(?:(?:project|roadmap|plan|current|overall)\s+)?(?:status|state)\s*[:：]\s*/iu;
// What may follow a plan-wide status: the end, punctuation, a date, or a when/why phrase; not a noun ("Complete rewrite").
const DOC_STATUS_END = /^(?:$|[.!;,:([—–]|\s+[-—–]|\s+\d|\s+(?:as of|since|on|in|at|for|until|with|by|due|pending)(?![\p{L}]))/iu;
const DOC_STATUS_END_BARE = /^(?:$|[.!;,:([—–]|\s+[-—–]|\s+\d)/u;
const PLAN_WIDE = new Set(["done", "blocked", "cancelled"]);

/**
 * S1 "elsewhere": a short statement opening the document right under its title that is a
 * status (`> Parked 2026-02-17. Revisit when ready.`, `**Status:** Complete`) states the status of
 * the whole plan: every unit whose status nothing closer states takes it. Only plan-wide states
 * count (done, blocked, cancelled); "in progress" for a project says nothing of each unit.
 */
export function readDocumentStatus(doc: SourceDocument, drafts: readonly Draft[], legend?: Legend): void {
  const blocks = doc.blocks;
  let i = 0;
  while (i < blocks.length && (blocks[i]!.type === "html" || blocks[i]!.type === "hr")) i++;
  const title = blocks[i];
  if (title?.type !== "heading" || title.level !== 1) return;
  i++;
  while (i < blocks.length && (blocks[i]!.type === "html" || blocks[i]!.type === "hr")) i++;
  const b = blocks[i];
  if (b?.type !== "paragraph" || b.item) return;
  const line = b.raw.split("\n", 1)[0] ?? "";
  if (line.length > 200) return;
  const bare = stripDecoration(inlineText(line));
  const text = bare.replace(DOC_STATUS_KEY, "");
  const s = readStatusText(text, legend);
  // Without a `Status:` key only a date or punctuation may follow ("Parked 2026-02-17."); a
  // phrase ("Released on npm in 2024") tells of the project, not of each unit.
  const end = text.length === bare.length ? DOC_STATUS_END_BARE : DOC_STATUS_END;
  if (s?.start !== 0 || !PLAN_WIDE.has(s.value) || !end.test(text.slice(s.end))) return;
  // Only status words up to its end: `✅ PHASE I COMPLETE` states the status of one unit, not of the plan.
  let at = 0;
  for (const m of findStatuses(text.slice(0, s.end), legend)) {
    if (/[\p{L}\p{N}]/u.test(text.slice(at, m.start))) return;
    at = m.end;
  }
  const raw = lineText(doc, b.line).trim();
  const span = findInLine(doc, b.line, raw);
  for (const d of drafts) if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value: s.value, raw, ...(span ? { span } : {}), source: "elsewhere" };
}

/** The intro: the paragraphs before the first unit (one short pass, not the whole document). */
function* introParagraphs(doc: SourceDocument, drafts: readonly Draft[]): Generator<ParagraphNode> {
  const firstLine = drafts.reduce((l, d) => Math.min(l, d.line), Number.POSITIVE_INFINITY);
  for (const b of doc.blocks) {
    if (b.line >= firstLine) return;
    if (b.type === "paragraph" && !b.item) yield b;
  }
}

// "Completed through Phase 12", "Done up to v0.4", "Completado hasta la Phase 12", "Abgeschlossen bis Phase 3".
const THROUGH = /^\s*(?:\*\*|__)?([\p{L} ]{2,24}?)(?:\*\*|__)?\s+(?:through|thru|up to|until|hasta(?:\s+(?:la|el))?|até(?:\s+(?:a|o))?|jusqu['’](?:à|au)(?:\s+la)?|bis(?:\s+zur?)?|fino\s+(?:a|al|alla))\s+(.{1,60})$/iu;

/**
 * S1 "elsewhere": a sentence opening an intro paragraph (before the first unit) that says the
 * plan is done up to a unit (`Completed through Phase 12.`) states done for every unit up to
 * that one, when nothing closer states their status.
 */
export function readDoneThrough(doc: SourceDocument, drafts: readonly Draft[], index: DraftIndex, legend?: Legend): void {
  for (const b of introParagraphs(doc, drafts)) {
    // Only the line's opening is read: the statement is its first sentence (markup in the rest is never parsed).
    const first = (inlineText((b.raw.split("\n", 1)[0] ?? "").slice(0, 400)).split(/[.;:(]\s/u, 1)[0] ?? "").trim();
    // The statement is short (a label, a word, a unit); a long line is not scanned (its spaces would be, quadratically).
    if (first.length > 120) continue;
    const m = THROUGH.exec(first);
    if (!m) continue;
    const s = readStatusText(m[1]!, legend);
    if (s?.value !== "done" || !isStatusOnly(m[1]!, legend)) continue;
    const label = classifyUnit(m[2]!.replace(/[.\s]+$/u, ""), legend);
    if (label?.kind !== "strong" || !label.id) continue;
    const last = index.get(idKey(label.id))?.[0];
    const at = last ? drafts.indexOf(last) : -1;
    if (at < 0) continue;
    const raw = first.trim();
    const span = findInLine(doc, b.line, raw);
    for (let i = 0; i <= at; i++) {
      const d = drafts[i]!;
      if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value: "done", raw, ...(span ? { span } : {}), source: "elsewhere" };
    }
    return;
  }
}

// "The phases below are not yet implemented", "All milestones listed below have shipped".
const BELOW = new RegExp(
  String.raw`(?:^|[.;!]\s+)(?:the|all(?:\s+the)?|every|each)\s+(?:phases?|milestones?|steps?|stages?|releases?|versions?|sprints?|iterations?|items)\s+(?:below|listed below|that follow|in this (?:document|file|roadmap))\s+(?:are|is|have|has|remain|remains)\s+(?:all\s+)?(not\s+(?:yet\s+)?(?:implemented|built|started|done|begun)|(?:been\s+)?[\p{L} -]{2,30}?)(?=[.;,:!]|\s+(?:and|but|so|yet)\s|$)`,
  "iu",
);
const NOT_YET = /^not\s+(?:yet\s+)?(?:implemented|built|started|done|begun)$/iu;
// What may stand beside the status words in the statement: adverbs of time or degree, not a manner
// ("done manually") or a frequency ("planned quarterly"), which describe how, not where the units stand.
const BESIDE_STATUS = /^(?:all|already|now|fully|completely|yet|since|recently)$/iu;

/**
 * S1 "elsewhere": a sentence of the intro (before the first unit) that states the status of
 * every unit below it (`The phases below are not yet implemented.`) gives that status to each
 * unit whose status nothing closer states. "Not yet implemented/started" is planned (S2).
 */
export function readBelowStatement(doc: SourceDocument, drafts: readonly Draft[], legend?: Legend): void {
  for (const b of introParagraphs(doc, drafts)) {
    if (b.raw.length > 2_000) continue;
    // Newlines folded without a regex over the spaces around them (a run of spaces is not rescanned).
    const text = inlineText(b.raw.split("\n").map((l) => l.trim()).join(" "));
    const m = BELOW.exec(text);
    if (!m) continue;
    const said = m[1]!.replace(/^been\s+/iu, "");
    const notYet = NOT_YET.test(said);
    const value = notYet ? "planned" : readStatusText(said, legend)?.value;
    if (value === undefined || value === "unknown" || value === "in_progress" || !(notYet || onlyStatusBeside(said, legend))) continue;
    const raw = m[0].replace(/^[.;!]\s+/u, "").trim();
    for (const d of drafts) if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value, raw, source: "elsewhere" };
    return;
  }
}

/** True when `said` is status words, alone or beside an adverb of time or degree ("already shipped"). */
function onlyStatusBeside(said: string, legend?: Legend): boolean {
  const found = findStatuses(said, legend);
  if (found.length === 0) return false;
  let rest = said;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + " " + rest.slice(m.end);
  return rest
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .every((w) => BESIDE_STATUS.test(w));
}
