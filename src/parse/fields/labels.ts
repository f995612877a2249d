/** The kinds of field a milestone section may hold. */
export const FIELD_KINDS = ["goal", "criteria", "deliverables", "dependencies", "learnings", "status", "focus"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The word a status line opens with (`Status:`, `Estado:`, `Trạng thái:`), in every language of the vocabulary. */
export const STATUS_KEYS: readonly string[] = [
  "status", "state", "progress status", "current status",
  // Not `Stand:` (German "as of", before a date), nor `Läge`/`Stare`, which are also other words.
  "estado", "situação", "statut", "état", "stato", "stan", "stav", "tila", "állapot", "durum",
  "trạng thái", "состояние", "статус", "стан", "κατάσταση", "الحالة", "סטטוס", "מצב", "स्थिति", "สถานะ", "وضعیت",
  "状态", "狀態", "状態", "ステータス", "상태", "진행 상태",
];

const LABELS: readonly [RegExp, FieldKind][] = [
  [/^(?:goals?|objectives?|purpose|aim|outcome)$/i, "goal"],
  [/^(?:acceptance criteria|exit criteria|done when|definition of done|success criteria|criteria|acceptance|tasks|plans|checklist|deliverables checklist)$/i, "criteria"],
  [/^(?:key deliverables|deliverables|outputs|artifacts|artefacts)$/i, "deliverables"],
  [/^(?:dependencies|depends on|depends|requires|prerequisites|blocked by|deps)$/i, "dependencies"],
  [/^(?:learnings|lessons learned|lessons|learned|notes and learnings)$/i, "learnings"],
  [new RegExp(`^(?:${STATUS_KEYS.join("|")})$`, "iu"), "status"],
  [/^(?:focus|focus area)$/i, "focus"],
];

/** The field a label names (`Acceptance Criteria`, `Depends on`), or undefined. */
export function fieldKind(label: string): FieldKind | undefined {
  const key = label.replace(/[:：*_`]/g, "").replace(/\s+/g, " ").trim();
  for (const [re, kind] of LABELS) if (re.test(key)) return kind;
  return undefined;
}

/** A label at the start of one line of a paragraph: `**Goal:** text`, `**Goal**: text`, `Goal: text`. */
export interface LineLabel {
  readonly kind: FieldKind;
  /** Offset in the line where the value starts. */
  readonly valueStart: number;
}

const BOLD_LABEL = /^\s*(?:[-*+]\s+)?(\*\*|__)([^*_\n]{1,40}?)\s*[:：]?\s*\1\s*[:：]?\s*/u;
// A plain label may sit inside one emphasis marker (`*Status: done*`, `_Goal: …_`).
const PLAIN_LABEL = /^\s*[*_]?([\p{L}][\p{L}\p{M} ]{1,30}?)\s*(?:[:：]|\s[—–-](?=\s))\s*/u;

/** Reads a field label at the start of `line`; plain labels only when `plain` is allowed. */
export function readLineLabel(line: string, plain = true): LineLabel | undefined {
  const bold = BOLD_LABEL.exec(line);
  if (bold) {
    const kind = fieldKind(bold[2] ?? "");
    if (kind) return { kind, valueStart: bold[0].length };
    return undefined;
  }
  if (!plain) return undefined;
  const m = PLAIN_LABEL.exec(line);
  if (m) {
    const kind = fieldKind(m[1] ?? "");
    if (kind) return { kind, valueStart: m[0].length };
  }
  return undefined;
}
