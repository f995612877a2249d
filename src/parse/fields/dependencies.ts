import { normaliseId } from "../../model/id.js";

/** One dependency id found in a dependencies text, with its offsets in that text. */
export interface DependencyRef {
  readonly id: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const NONE = /^\s*(?:none|nothing|n\/a|na|no dependencies|no deps|—|–|-|keine|nenhuma|ninguna|aucune|无|なし|없음)(?![\p{L}\p{N}])/iu;
const ID = /(?<![\p{L}\p{N}])(?:(M)(\d+[a-z]?(?:\.\d+)*)|(milestone|phase|stage|step|sprint)\s+(\d+(?:\.\d+)*[A-Za-z]?)|(P)(\d+)|(v\d+(?:\.\d+)+(?:-[\w.]+)?))(?![\p{L}\p{N}])/giu;


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
