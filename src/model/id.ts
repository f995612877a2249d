// The id helpers every folder shares: the canonical spelling of a milestone id (`normaliseId`,
// for display) and the one id identity (`idKey`): two ids name the same milestone exactly when
// their keys are equal, for the reader, duplicate-id, dependency lookups and edits alike.

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
 * The one id identity: case, leading zeros and the keyword's spelling do not matter (`M01` =
 * `m1` = `Milestone 1`, `Release 02` = `release 2`).
 */
export function idKey(id: string): string {
  let key = keys.get(id);
  if (key === undefined) {
    key = normaliseId(id.trim())
      .toLowerCase()
      .replace(/\d+/gu, (d) => String(Number(d)));
    if (keys.size > 50_000) keys.clear();
    keys.set(id, key);
  }
  return key;
}

// Ids repeat across headings, rows and checklist items; the key of each is computed once.
const keys = new Map<string, string>();

/** Forgets the cached id keys (slices of the last document), as a new parse begins. */
export function forgetIdKeys(): void {
  keys.clear();
}
