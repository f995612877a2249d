import type { Criterion, Dependency, TextField } from "../model/roadmap.js";
import type { Span } from "../model/span.js";
import type { StatusField } from "../model/status.js";
import { contentStart, lineText, linesSpan, type SourceDocument } from "./document.js";
import { parseDependencies } from "./fields/dependencies.js";
import { fieldKind, readLineLabel, type FieldKind } from "./fields/labels.js";
import { readStatusText, type Legend } from "./fields/status.js";
import { inlineText, type BlockNode, type ItemNode } from "./markdown.js";
import { findVerifyClause } from "./verify-clause.js";

// A sentence ending before another that opens with a capital: `Later candidate only. Do not…`.
const FIRST_SENTENCE = /^.*?[.!?](?=\s+\p{Lu})/u;

/** What a milestone's section says, field by field. */
export interface SectionContent {
  goal?: TextField;
  focus?: TextField;
  criteria: Criterion[];
  deliverables: TextField[];
  dependsOn: Dependency[];
  dependsRaw?: TextField;
  learnings: TextField[];
  status?: StatusField;
  fieldSpans: Partial<Record<FieldKind, Span>>;
}

const TASK = /^\[([ xX])\](?=\s|$)/;
const VERIFY_WORD = /verify:/i;
const ITEM_LINE = /^((?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\]\s?/;

/** Reads a task-list item (`- [x] text`) into a criterion with exact spans; undefined otherwise. */
export function readTask(doc: SourceDocument, item: ItemNode, depth: number): Criterion | undefined {
  const m = TASK.exec(item.raw);
  if (!m) return undefined;
  const text = lineText(doc, item.line);
  const base = contentStart(doc, item.line);
  const lm = ITEM_LINE.exec(text);
  let boxAt: number;
  let textAt: number;
  if (lm) {
    boxAt = lm[1]!.length + 1;
    textAt = lm[0].length;
  } else {
    const at = text.indexOf("[");
    boxAt = at === -1 ? 0 : at + 1;
    textAt = Math.min(text.length, boxAt + 2);
  }
  const nl = item.raw.indexOf("\n");
  const body = item.raw.slice(m[0].length, nl === -1 ? item.raw.length : nl);
  const checked = m[1] !== " ";
  const span = { start: base + Math.max(0, text.search(/\S/)), end: base + text.length };
  const box = { start: base + boxAt, end: base + boxAt + 1 };
  const inBody = body.length >= 7 && VERIFY_WORD.test(body) ? findVerifyClause(body) : undefined;
  const inLine = inBody ? findVerifyClause(text.slice(textAt)) : undefined;
  // The common case as one literal (no spread): criteria are the most numerous objects we build.
  if (!inBody || !inLine) return { checked, span, box, depth, text: inlineText(body), textSpan: { start: base + textAt, end: base + text.length }, verify: null };
  const common = { checked, span, box, depth };
  const at = base + textAt;
  const clause = { start: at + inLine.start, end: at + inLine.end };
  const r = inLine.result;
  return {
    ...common,
    text: inlineText(body.slice(0, inBody.textEnd)),
    textSpan: { start: at, end: at + inLine.textEnd },
    verify: r.ok ? { command: r.command, ...(r.timeoutMs !== undefined ? { timeoutMs: r.timeoutMs } : {}), span: clause } : null,
    ...(r.ok ? {} : { verifyError: { kind: r.kind, span: clause } }),
  };
}

/** The checkbox of a task-list item (state and the span of the character in the brackets), without reading its text. */
export function readTaskBox(doc: SourceDocument, item: ItemNode): { checked: boolean; box: Span } | undefined {
  const m = TASK.exec(item.raw);
  if (!m) return undefined;
  const text = lineText(doc, item.line);
  const base = contentStart(doc, item.line);
  const lm = ITEM_LINE.exec(text);
  const at = lm ? lm[1]!.length + 1 : text.indexOf("[") + 1;
  return { checked: m[1] !== " ", box: { start: base + at, end: base + at + 1 } };
}

/** A text field from one source line starting at `from`, trimmed. */
function lineField(doc: SourceDocument, line: number, from: number, text?: string): TextField {
  const t = lineText(doc, line);
  const base = contentStart(doc, line);
  let s = from;
  let e = t.length;
  while (s < e && /\s/.test(t[s]!)) s++;
  while (e > s && /\s/.test(t[e - 1]!)) e--;
  return { text: text ?? inlineText(t.slice(s, e)), span: { start: base + s, end: base + e } };
}

/**
 * Reads the fields of one milestone section from its blocks (those after its heading and
 * before the next heading of the same or a higher level): bold or plain labels, labelled
 * sub-headings, task items anywhere (nested ones included), and lists under each label.
 * `from`/`to` limit the read to `blocks[from..to)` without copying them.
 */
export function readSection(doc: SourceDocument, blocks: readonly BlockNode[], legend?: Legend, from = 0, to = blocks.length): SectionContent {
  const out: SectionContent = { criteria: [], deliverables: [], dependsOn: [], learnings: [], fieldSpans: {} };
  let field: FieldKind | undefined;
  let fieldStart = -1;
  let lastLine = -1;
  const close = (endLine: number): void => {
    if (field && fieldStart >= 0) out.fieldSpans[field] = linesSpan(doc, fieldStart, Math.max(endLine, fieldStart + 1));
  };
  const open = (kind: FieldKind | undefined, line: number): void => {
    close(Math.min(lastLine + 1, line));
    field = kind;
    fieldStart = line;
  };
  const setValue = (kind: FieldKind, value: TextField, line: number): void => {
    switch (kind) {
      case "goal":
        out.goal ??= value;
        break;
      case "focus":
        out.focus ??= value;
        break;
      case "dependencies": {
        out.dependsRaw ??= value;
        for (const d of parseDependencies(value.text)) addDependency(doc, out, line, d.raw, d.id);
        break;
      }
      case "status": {
        if (out.status) break;
        // The value's first sentence states the status; later ones are prose about it
        // (`later candidate only. Do not treat these items as active work.`).
        const first = FIRST_SENTENCE.exec(value.text)?.[0];
        const s = (first ? readStatusText(first, legend) : undefined) ?? readStatusText(value.text, legend);
        out.status = s
          ? { value: s.value, raw: value.text, span: value.span, source: "section" }
          : { value: "unknown", raw: value.text, span: value.span, source: "section" };
        break;
      }
      case "learnings":
        if (value.text) out.learnings.push(value);
        break;
      case "deliverables":
        if (value.text) out.deliverables.push(value);
        break;
      case "criteria":
        break;
    }
  };
  let rootDepth = -1;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    switch (b.type) {
      case "heading": {
        const kind = fieldKind(inlineText(b.raw));
        open(kind, b.line);
        break;
      }
      case "paragraph": {
        if (b.item) break; // an item's paragraphs are read through the item
        for (let l = b.line; l < b.endLine; l++) {
          const t = lineText(doc, l);
          // A label may sit in a block quote or in emphasis: `> **Status:** Done`, `_Status: Done_`.
          const lead = /^(?:\s*>)*\s*(?:([*_])(?![*_]))?/u.exec(t)!;
          const label = readLineLabel(t.slice(lead[0].length));
          if (label) {
            open(label.kind, l);
            let value = lineField(doc, l, lead[0].length + label.valueStart);
            if (lead[1] && value.text.endsWith(lead[1])) value = { text: value.text.slice(0, -1).trim(), span: { start: value.span.start, end: value.span.end - 1 } };
            if (value.text) setValue(label.kind, value, l);
          } else if (field && l > b.line && (field === "goal" || field === "dependencies")) {
            // continuation lines of a one-paragraph value are part of the field's span only
          } else if (field === "goal" && !out.goal) {
            setValue("goal", lineField(doc, l, 0), l);
          } else if ((field === "status" || field === "dependencies" || field === "focus") && l === b.line) {
            setValue(field, lineField(doc, l, 0), l);
          }
        }
        break;
      }
      case "item": {
        if (rootDepth < 0 || b.depth < rootDepth) rootDepth = b.depth;
        const depth = b.depth - rootDepth;
        const task = readTask(doc, b, depth);
        if (task) {
          out.criteria.push(task);
        } else if (depth === 0) {
          const first = lineText(doc, b.line);
          const marker = /^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s*/.exec(first);
          const label = readLineLabel(first.slice(marker ? marker[0].length : 0));
          // Outside a field, a bullet still states the section's status or dependencies
          // (`- **Status:** complete`, `- Depends on: Phase 2`).
          if (!field && !(label && (label.kind === "status" || label.kind === "dependencies"))) {
            // a plain bullet of the section body
          } else if (label && label.kind !== field) {
            const value = lineField(doc, b.line, (marker ? marker[0].length : 0) + label.valueStart);
            if (value.text) setValue(label.kind, value, b.line);
          } else if (field === "deliverables" || field === "learnings" || field === "dependencies") {
            const value = lineField(doc, b.line, marker ? marker[0].length : 0, inlineText(b.raw.split("\n", 1)[0] ?? ""));
            if (field === "dependencies") {
              out.dependsRaw ??= value;
              for (const d of parseDependencies(value.text)) addDependency(doc, out, b.line, d.raw, d.id);
            } else setValue(field, value, b.line);
          } else if (field === "goal" && !out.goal) setValue("goal", lineField(doc, b.line, marker ? marker[0].length : 0), b.line);
        }
        break;
      }
      default:
        break;
    }
    lastLine = Math.max(lastLine, b.endLine - 1);
  }
  close(lastLine + 1);
  return out;
}

function addDependency(doc: SourceDocument, out: SectionContent, line: number, raw: string, id: string): void {
  if (out.dependsOn.some((d) => d.id === id)) return;
  const t = lineText(doc, line);
  const at = t.indexOf(raw);
  const base = contentStart(doc, line);
  const start = at === -1 ? base : base + at;
  out.dependsOn.push({ id, raw, span: { start, end: start + (at === -1 ? 0 : raw.length) } });
}
