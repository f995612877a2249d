// The id helpers every folder shares: the canonical spelling of a milestone id.

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
