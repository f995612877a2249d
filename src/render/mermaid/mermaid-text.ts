// Making untrusted roadmap text safe inside Mermaid source: ids and labels.

const RESERVED = new Set(["end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click", "linkstyle", "direction", "call", "href", "default", "section", "title", "gantt", "after", "done", "active", "crit", "milestone"]);

/** True when `id` can be written as a Mermaid node id as it is. */
export function isMermaidId(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(id) && !RESERVED.has(id.toLowerCase());
}

/**
 * Assigns each id a Mermaid-safe id: the id itself where valid, else a sanitised form
 * (`v0.5.0` → `v0_5_0`, `Phase 3` → `Phase_3`), made unique with a numeric suffix.
 */
export function mermaidIds(ids: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  const pending: string[] = [];
  for (const id of ids) {
    if (result.has(id)) continue;
    if (isMermaidId(id) && !used.has(id)) {
      result.set(id, id);
      used.add(id);
    } else pending.push(id);
  }
  for (const id of pending) {
    if (result.has(id)) continue;
    let base = id.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
    if (!/^[A-Za-z]/.test(base)) base = `n_${base}`;
    if (RESERVED.has(base.toLowerCase())) base = `n_${base}`;
    let candidate = base;
    for (let i = 2; used.has(candidate); i++) candidate = `${base}_${i}`;
    result.set(id, candidate);
    used.add(candidate);
  }
  return result;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '"': "#quot;",
  "#": "#35;",
  "&": "#amp;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;",
  ":": "#58;",
  ";": "#59;",
  "%": "#37;",
  "\\": "#92;",
};

function escapeWith(text: string, pattern: RegExp): string {
  // Control characters and line/paragraph separators would end the statement early.
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.replace(pattern, (c) => ENTITIES[c] ?? c);
}

/**
 * Escapes text for a quoted flowchart label (`["…"]`) with entity codes (`"` → `#quot;`), so
 * no character can close the label, start a comment, or reach the page as markup.
 */
export function mermaidLabel(text: string): string {
  return escapeWith(text, /["#&<>`%;\\]/g);
}

/** Escapes text for a gantt title or task name, where `:`, `#` and `;` are syntax too. */
export function ganttText(text: string): string {
  return escapeWith(text, /["#&<>`:;%\\]/g);
}
