// Derives a version's model from a neighbouring version's model when the two differ only in
// checkboxes or overview status cells (the common commit: one tick, one status flip). Works on
// bytes, so an unchanged 40 KB version is never decoded. Anything else: undefined (re-parse).
import { readStatusText } from "../parse/fields/status.js";
import { inlineText } from "../parse/markdown.js";
import { cellSlots } from "../parse/table.js";
import type { StatusField } from "../model/status.js";
import { effectiveStatus, type MilestoneState, type VersionModel } from "./version-model.js";

const NL = 10;
const CHUNK = 4096;
const BOX_BYTES = new Set([0x20, 0x78, 0x58]); // " ", "x", "X"

/** Length of the common prefix of two buffers (memcmp per chunk, bytes only in the last one). */
function commonPrefix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.compare(b, i, i + CHUNK, i, i + CHUNK) === 0) i += CHUNK;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Length of the common suffix, not reaching back into the first `floor` bytes of either. */
function commonSuffix(a: Buffer, b: Buffer, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  let s = 0;
  while (s + CHUNK <= n && a.compare(b, b.length - s - CHUNK, b.length - s, a.length - s - CHUNK, a.length - s) === 0) s += CHUNK;
  while (s < n && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return s;
}

/** Splits `buf[start, end)` into lines (without their `\n`). */
function lines(buf: Buffer, start: number, end: number): Buffer[] {
  const out: Buffer[] = [];
  let at = start;
  for (;;) {
    const nl = buf.indexOf(NL, at);
    if (nl === -1 || nl >= end) {
      out.push(buf.subarray(at, end));
      return out;
    }
    out.push(buf.subarray(at, nl));
    at = nl + 1;
  }
}

function countLines(buf: Buffer, end: number): number {
  let n = 0;
  let at = buf.indexOf(NL);
  while (at !== -1 && at < end) {
    n++;
    at = buf.indexOf(NL, at + 1);
  }
  return n;
}

function cellTexts(line: Buffer): string[] {
  const text = line.toString("utf8").replace(/\r$/, "");
  return cellSlots(text).map(([s, e]) => text.slice(s, e));
}

type Change = { readonly kind: "box"; readonly line: number; readonly was: boolean; readonly checked: boolean } | { readonly kind: "cell"; readonly line: number; readonly text: string };

/** Classifies one changed line: a box flip, a status cell change, or undefined (structural). */
function classify(base: VersionModel, line: number, a: Buffer, b: Buffer): Change | undefined {
  const box = base.boxes.get(line);
  if (box && a.length === b.length) {
    const c = box.col;
    const ac = a[c];
    const bc = b[c];
    if (ac !== undefined && bc !== undefined && BOX_BYTES.has(ac) && BOX_BYTES.has(bc) && a.compare(b, 0, c, 0, c) === 0 && a.compare(b, c + 1, b.length, c + 1, a.length) === 0)
      return { kind: "box", line, was: ac !== 0x20, checked: bc !== 0x20 };
    return undefined;
  }
  const row = base.rows.get(line);
  if (!row) return undefined;
  const before = cellTexts(a);
  const after = cellTexts(b);
  if (before.length !== after.length) return undefined;
  for (let i = 0; i < after.length; i++) if (i !== row.cell && before[i] !== after[i]) return undefined;
  const text = inlineText((after[row.cell] ?? "").trim());
  // A word match does not depend on the document's emoji legend; anything else is re-parsed.
  const read = text ? readStatusText(text) : undefined;
  if (read?.kind !== "word") return undefined;
  return { kind: "cell", line, text };
}

/**
 * The model of `bytes`, derived from `base` (the model of `baseBytes`), or undefined when the
 * versions differ in anything but checkbox characters and overview status cells, or in line count.
 */
export function deriveModel(base: VersionModel, baseBytes: Buffer, bytes: Buffer): VersionModel | undefined {
  if (baseBytes.equals(bytes)) return base;
  const p = commonPrefix(baseBytes, bytes);
  const s = commonSuffix(baseBytes, bytes, p);
  const start = p === 0 ? 0 : baseBytes.lastIndexOf(NL, p - 1) + 1;
  const endOf = (buf: Buffer): number => {
    const at = buf.indexOf(NL, Math.max(start, buf.length - s - 1));
    return at === -1 ? buf.length : at;
  };
  const endA = endOf(baseBytes);
  const endB = endOf(bytes);
  if (baseBytes.length - endA !== bytes.length - endB || baseBytes.compare(bytes, endB, bytes.length, endA, baseBytes.length) !== 0) return undefined;
  const la = lines(baseBytes, start, endA);
  const lb = lines(bytes, start, endB);
  if (la.length !== lb.length) return undefined;
  const first = countLines(baseBytes, start);
  const changes: Change[] = [];
  for (let i = 0; i < la.length; i++) {
    if (la[i]!.equals(lb[i]!)) continue;
    const c = classify(base, first + i, la[i]!, lb[i]!);
    if (!c) return undefined;
    changes.push(c);
  }
  return applyChanges(base, changes);
}

function applyChanges(base: VersionModel, changes: readonly Change[]): VersionModel {
  const ms: MilestoneState[] = base.milestones.slice();
  let done = base.done;
  const touched = new Set<number>();
  for (const c of changes) {
    if (c.kind === "box") {
      const ref = base.boxes.get(c.line)!;
      if (c.was === c.checked) continue;
      const m = ms[ref.m]!;
      const delta = c.checked ? 1 : -1;
      ms[ref.m] = { ...m, done: m.done + delta };
      done += delta;
      touched.add(ref.m);
    } else {
      const ref = base.rows.get(c.line)!;
      const m = ms[ref.m]!;
      const old = m.statuses[0]!;
      const read = readStatusText(c.text);
      const cell: StatusField = { ...old, value: read ? read.value : "unknown", raw: c.text };
      ms[ref.m] = { ...m, statuses: [cell, ...m.statuses.slice(1)] };
      touched.add(ref.m);
    }
  }
  for (const i of touched) {
    const m = ms[i]!;
    ms[i] = { ...m, status: effectiveStatus(m.statuses, m.done, m.total) };
  }
  return { milestones: ms, done, total: base.total, boxes: base.boxes, rows: base.rows };
}
