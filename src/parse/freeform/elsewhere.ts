import { findInLine, lineText, type SourceDocument } from "../document.js";
import type { Legend } from "../fields/status.js";
import { inlineText } from "../markdown.js";
import type { Draft } from "./build.js";
import type { DraftIndex } from "./merge.js";
import { classifyUnit, idKey } from "./unit-label.js";

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
      const m = CURRENT.exec(text);
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
