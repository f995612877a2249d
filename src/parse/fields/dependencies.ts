/** One dependency id found in a dependencies text, with its offsets in that text. */
export interface DependencyRef {
  readonly id: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const NONE = /^\s*(?:none|nothing|n\/a|na|no dependencies|no deps|—|–|-|keine|nenhuma|ninguna|aucune|无|なし|없음)(?![\p{L}\p{N}])/iu;
const ID = /(?<![\p{L}\p{N}])(?:(M)(\d+[a-z]?(?:\.\d+)*)|(milestone|phase|stage|step|sprint)\s+(\d+(?:\.\d+)*[A-Za-z]?)|(P)(\d+)|(v\d+(?:\.\d+)+(?:-[\w.]+)?))(?![\p{L}\p{N}])/giu;

/** Normalises an id for comparison: `m1` → `M1`, `Milestone 2` → `M2`, `Phase 03` → `Phase 3`. */
export function normaliseId(raw: string): string {
  const t = raw.trim();
  const m = /^(?:m|milestone\s+)(\d+)([a-z]?(?:\.\d+)*)$/i.exec(t);
  if (m) return `M${String(Number(m[1]))}${(m[2] ?? "").toLowerCase()}`;
  const p = /^(phase|stage|step|sprint)\s+(\d+(?:\.\d+)*)([A-Za-z]?)$/i.exec(t);
  if (p) {
    const word = p[1]!.charAt(0).toUpperCase() + p[1]!.slice(1).toLowerCase();
    const num = /(?:^|\.)0\d/.test(p[2]!) ? p[2]!.split(".").map((s) => String(Number(s))).join(".") : p[2]!;
    return `${word} ${num}${(p[3] ?? "").toUpperCase()}`;
  }
  return t;
}

/**
 * The milestone ids named in a dependencies text: `None` and `None (first milestone)` give
 * none; `M0`, `M0, M1`, `M0 and M1`, `M0 + M1`, `M1 (parallel OK)`, `Phase 2` give ids.
 */
export function parseDependencies(text: string): DependencyRef[] {
  if (NONE.test(text) && !/\b(?:M\d|phase\s+\d)/i.test(text.replace(NONE, ""))) return [];
  const out: DependencyRef[] = [];
  for (const m of text.matchAll(ID)) {
    const raw = m[0];
    let id: string;
    if (m[1]) id = `M${m[2]}`;
    else if (m[3]) id = m[3].toLowerCase() === "milestone" ? `M${m[4]}` : normaliseId(raw);
    else if (m[5]) id = `P${m[6]}`;
    else id = raw;
    const start = m.index ?? 0;
    if (!out.some((d) => d.id === id)) out.push({ id: normaliseId(id), raw, start, end: start + raw.length });
  }
  return out;
}
