import type { Milestone, Roadmap } from "../model/roadmap.js";
import { STATUS_WORDS, type Status } from "../model/status.js";
import { readHeadingStatus, readStatusText } from "../parse/fields/status.js";
import { idKey } from "../model/id.js";

/** What an import produced besides the text: how the ids were renumbered and what went to Notes. */
export interface ImportResult {
  readonly text: string;
  /** Original id → new id (`Phase 2` → `M1`). */
  readonly ids: ReadonlyMap<string, string>;
  /** Source lines (0-based) that were not placed in a milestone and are kept verbatim in Notes. */
  readonly notesLines: number;
}

/** The status cell: the author's own spelling when it is short and means the same, else roadmark's word. */
function statusCell(m: Milestone): string {
  const value = m.status.value;
  if (value === "unknown") return "";
  const raw = m.status.raw.trim();
  if (raw && raw.length <= 40 && !/[|\n]/u.test(raw) && readStatusText(raw)?.value === value) return raw;
  return STATUS_WORDS[value];
}

/** A title that, as a template heading, states no status of its own when the milestone states none. */
function plainTitle(title: string, status: Status): string {
  let t = title.replace(/[\r\n]+/gu, " ").trim();
  if (status === "unknown") {
    for (let i = 0; i < 4; i++) {
      const s = readHeadingStatus(t);
      if (!s) break;
      t = (t.slice(0, s.start) + t.slice(s.end)).replace(/\(\s*\)|\[\s*\]/gu, "").replace(/\s{2,}/gu, " ").replace(/[\s—–:-]+$/u, "").trim();
    }
  }
  return t.replace(/\s+#+\s*$/u, (m) => m.replace(/#/gu, "\\#")) || "Untitled";
}

const cell = (s: string): string => s.replace(/\|/gu, "\\|").replace(/[\r\n]+/gu, " ").trim();

/** The longest run of backticks in `text`, so that the Notes fence can be longer. */
/**
 * Item text that starts like a block of its own (`- [ ] x`, `1. x`, `# x`, `> x`, a fence) would
 * open a nested list, heading or quote inside the item and add structure (a checkbox) the source
 * did not have; its first marker character is escaped so the text stays inline.
 */
export function inlineItemText(text: string): string {
  return /^(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#{1,6}(?:\s|$)|>|`{3}|~{3})/u.test(text) ? text.replace(/^(\d*)(.)/u, "$1\\$2") : text;
}

function longestTicks(text: string): number {
  let best = 0;
  for (const m of text.matchAll(/`+/gu)) best = Math.max(best, m[0].length);
  return best;
}

/** Marks the source lines an import places in the new document (headings, rows, fields, criteria). */
function placedLines(r: Roadmap): Set<number> {
  const placed = new Set<number>();
  const mark = (start: number, end: number): void => {
    const a = r.lines.lineOf(start);
    const b = r.lines.lineOf(Math.max(start, end - 1));
    for (let l = a; l <= b; l++) placed.add(l);
  };
  for (const m of r.milestones) {
    if (m.spans.heading) mark(m.spans.heading.start, m.spans.heading.end);
    if (m.spans.row) mark(m.spans.row.span.start, m.spans.row.span.end);
    for (const c of m.criteria) mark(c.span.start, c.span.end);
    if (m.goal) mark(m.goal.span.start, m.goal.span.end);
    if (m.dependsRaw) mark(m.dependsRaw.span.start, m.dependsRaw.span.end);
    for (const d of m.deliverables) mark(d.span.start, d.span.end);
  }
  return placed;
}

/**
 * Writes a parsed roadmap in the template's format (a new document, so a whole-document print
 * is allowed): overview table, one `## Mn: Title` section per milestone with goal, every
 * criterion with its state, deliverables and dependencies; ids renumbered M0… with the original
 * label kept in the title; every source line not placed kept verbatim in a trailing Notes section.
 */
export function toTemplate(r: Roadmap, opts: { source?: string } = {}): ImportResult {
  const eol = "\n";
  const ids = new Map<string, string>();
  const byKey = new Map<string, string>();
  r.milestones.forEach((m, i) => {
    const id = `M${i}`;
    if (!ids.has(m.id)) ids.set(m.id, id);
    if (!byKey.has(idKey(m.id))) byKey.set(idKey(m.id), id);
  });
  const positional = (m: Milestone, i: number): boolean => m.id === String(i + 1);
  const titles = r.milestones.map((m, i) => {
    const t = m.title.trim() || m.id;
    const keep = !positional(m, i) && m.id !== `M${i}` && !idKey(t).includes(idKey(m.id));
    return keep ? `${m.id}: ${t}` : t;
  });
  const out: string[] = [];
  out.push(`# ${r.title.trim() || "Roadmap"}`, "");
  out.push(`Imported by \`roadmark import\`${opts.source ? ` from \`${opts.source}\`` : ""}. Each milestone delivers a shippable, demonstrable slice of functionality.`, "");
  out.push("## Milestone Overview", "", "| Milestone | Title | Focus | Status |", "|-----------|-------|-------|--------|");
  r.milestones.forEach((m, i) => out.push(`| M${i} | ${cell(titles[i]!)} | ${cell(m.focus ?? "")} | ${cell(statusCell(m))} |`));
  out.push("", "---", "");
  r.milestones.forEach((m, i) => {
    out.push(`## M${i}: ${plainTitle(titles[i]!, m.status.value)}`, "");
    if (m.goal?.text) out.push(`**Goal:** ${m.goal.text.replace(/[\r\n]+/gu, " ")}`, "");
    out.push("**Acceptance Criteria:**");
    // Nesting is kept, but never deeper than one level below the previous item: a criterion
    // nested under a plain bullet would otherwise be indented into a code block or a paragraph.
    let depth = -1;
    for (const c of m.criteria) {
      depth = Math.min(c.depth, depth + 1);
      // The Verify: clause travels with its criterion.
      const text = r.source.slice(c.textSpan.start, c.verify?.span.end ?? c.verifyError?.span.end ?? c.textSpan.end).trim();
      out.push(`${"  ".repeat(depth)}- [${c.checked ? "x" : " "}] ${inlineItemText(text)}`);
    }
    out.push("");
    if (m.deliverables.length > 0) {
      out.push("**Key Deliverables:**");
      for (const d of m.deliverables) out.push(`- ${inlineItemText(d.text)}`);
      out.push("");
    }
    const deps = m.dependsOn.map((d) => byKey.get(idKey(d.id)) ?? d.raw);
    out.push(`**Dependencies:** ${deps.length > 0 ? [...new Set(deps)].join(", ") : i === 0 ? "None (first milestone)" : "None"}`, "", "---", "");
  });
  // Everything the milestones did not take, verbatim, in a fence so that it adds no structure.
  const placed = placedLines(r);
  const notes: string[] = [];
  let blank = true;
  let count = 0;
  for (let l = 0; l < r.lines.count; l++) {
    if (placed.has(l)) continue;
    const text = r.source.slice(r.lines.lineStart(l), r.lines.lineEnd(l)).replace(/^\uFEFF/u, "");
    if (text.trim() === "") {
      if (!blank) notes.push("");
      blank = true;
      continue;
    }
    notes.push(text);
    blank = false;
    count++;
  }
  while (notes.length > 0 && notes[notes.length - 1] === "") notes.pop();
  if (count > 0) {
    const body = notes.join(eol);
    const fence = "`".repeat(Math.max(3, longestTicks(body) + 1));
    out.push("## Notes", "", "The original text that was not placed in a milestone above, kept verbatim:", "", `${fence}markdown`, body, fence, "");
  }
  return { text: out.join(eol), ids, notesLines: count };
}
