import type { TextEdit } from "../model/text-edit.js";

/** The result of splicing edits: the new text and the edits that overlapped (retry next pass). */
export interface ApplyResult {
  readonly output: string;
  readonly applied: readonly TextEdit[];
  readonly skipped: readonly TextEdit[];
}

/**
 * Splices text edits into the original string: the only string splicer. Edits are sorted;
 * one that overlaps an earlier one is skipped (ESLint's multipass fixer waits for the next
 * pass). Every byte outside the edits stays as it was.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): ApplyResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const skipped: TextEdit[] = [];
  const applied: TextEdit[] = [];
  let out = "";
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.start > e.end || e.end > source.length) {
      skipped.push(e);
      continue;
    }
    out += source.slice(cursor, e.start) + e.text;
    cursor = e.end;
    applied.push(e);
  }
  return { output: out + source.slice(cursor), applied, skipped };
}
