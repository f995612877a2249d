// Inline switches in HTML comments: `<!-- roadmark-disable rule-id -->` until
// `<!-- roadmark-enable [rule-id] -->`, and `<!-- roadmark-disable-next-line rule-id -->`.
// Found with a regex over single source lines (never inside code blocks).
import type { LineIndex } from "../model/line-index.js";

const DIRECTIVE = /<!--\s*roadmark-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->).)*)-->/g;

interface State {
  readonly all: boolean;
  readonly off: ReadonlySet<string>;
  /** Rules enabled again while everything else is off. */
  readonly on: ReadonlySet<string>;
}

/** Decides whether a finding of a rule on a line is switched off by a comment. */
export interface Directives {
  suppressed(ruleId: string, line: number): boolean;
}

const NONE: Directives = { suppressed: () => false };

function ids(text: string): string[] {
  return text
    .replace(/--.*$/s, "") // `<!-- roadmark-disable x -- why -->`: the reason is not an id
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Reads the directives of a document; `skip` holds lines inside code blocks. */
export function readDirectives(source: string, lines: LineIndex, skip: ReadonlySet<number>): Directives {
  if (!source.includes("roadmark-")) return NONE;
  const ranges: { line: number; state: State }[] = [];
  const single = new Map<number, Set<string> | "all">();
  let state: State = { all: false, off: new Set(), on: new Set() };
  const addSingle = (line: number, list: string[]): void => {
    const cur = single.get(line);
    if (list.length === 0 || cur === "all") single.set(line, "all");
    else single.set(line, new Set([...(cur ?? []), ...list]));
  };
  for (let l = 0; l < lines.count; l++) {
    if (skip.has(l)) continue;
    const text = lines.lineText(l);
    if (!text.includes("roadmark-")) continue;
    for (const m of text.matchAll(DIRECTIVE)) {
      const kind = m[1];
      const list = ids(m[2] ?? "");
      if (kind === "disable-next-line") addSingle(l + 1, list);
      else if (kind === "disable-line") addSingle(l, list);
      else if (kind === "disable") {
        state = list.length === 0 ? { all: true, off: new Set(), on: new Set() } : { all: state.all, off: new Set([...state.off, ...list]), on: new Set([...state.on].filter((x) => !list.includes(x))) };
        ranges.push({ line: l, state });
      } else {
        state = list.length === 0 ? { all: false, off: new Set(), on: new Set() } : { all: state.all, off: new Set([...state.off].filter((x) => !list.includes(x))), on: new Set([...state.on, ...list]) };
        ranges.push({ line: l, state });
      }
    }
  }
  return {
    suppressed(ruleId, line) {
      const s = single.get(line);
      if (s === "all" || s?.has(ruleId)) return true;
      let cur: State | undefined;
      for (const r of ranges) {
        if (r.line > line) break;
        cur = r.state;
      }
      if (!cur) return false;
      return cur.all ? !cur.on.has(ruleId) : cur.off.has(ruleId);
    },
  };
}
