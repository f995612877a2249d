import type { Roadmap } from "../model/roadmap.js";
import type { Span } from "../model/span.js";
import { inlineLinks } from "../parse/markdown.js";
import { defineRule } from "./define-rule.js";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A link destination as written on one line: `](target` or `](<target>`. */
const RAW_TARGET = /\]\([ \t]*(?:<([^>]*)>|([^()\s]+))?/g;

/**
 * A cheap look at the raw lines: true when some link might be broken. Any doubt (a destination
 * it cannot read on the line, an escape, a missing file) answers true, and the block parse decides.
 */
function maybeBroken(roadmap: Roadmap, exists: (p: string) => boolean): boolean {
  const { source, lines } = roadmap;
  if (!source.includes("](")) return false;
  for (let l = 0; l < lines.count; l++) {
    const text = lines.lineText(l);
    if (!text.includes("](")) continue;
    for (const m of text.matchAll(RAW_TARGET)) {
      const raw = m[1] ?? m[2];
      if (raw === undefined || raw.includes("\\")) return true;
      const target = relativeTarget(raw);
      if (target !== undefined && !exists(target)) return true;
    }
  }
  return false;
}

/** The file part of a relative link target, decoded; undefined for URLs, anchors and absolute paths. */
export function relativeTarget(href: string): string | undefined {
  if (!href || SCHEME.test(href) || href.startsWith("#") || href.startsWith("/") || href.startsWith("\\")) return undefined;
  const bare = href.replace(/[?#].*$/s, "");
  if (!bare) return undefined;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** Relative links point at files that exist. */
export default defineRule({
  id: "broken-link",
  description: "Relative links point at files that exist",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    missing: "Unexpected link to `{target}`, which does not exist, expected a path relative to the roadmap",
  },
  options: {},
  check(ctx) {
    const exists = ctx.fileExists;
    if (!exists || !maybeBroken(ctx.roadmap, exists)) return;
    const { source, lines } = ctx.roadmap;
    const locate = (from: number, to: number, href: string, target: string): Span => {
      for (let l = from; l < Math.max(to, from + 1); l++) {
        const start = lines.lineStart(l);
        const text = source.slice(start, lines.lineEnd(l));
        for (const needle of [href, target]) {
          const at = text.indexOf(needle);
          if (at !== -1) return { start: start + at, end: start + at + needle.length };
        }
      }
      return { start: lines.lineStart(from), end: lines.lineEnd(from) };
    };
    const check = (raw: string, line: number, endLine: number): void => {
      if (!raw.includes("](") && !raw.includes("<")) return;
      for (const link of inlineLinks(raw)) {
        const target = relativeTarget(link.href);
        if (target === undefined || exists(target)) continue;
        ctx.report("missing", locate(line, endLine, link.href, target), { data: { target } });
      }
    };
    for (const b of ctx.blocks) {
      if (b.type === "heading" || b.type === "paragraph") check(b.raw, b.line, b.endLine);
      else if (b.type === "table") {
        for (const c of b.header.cells) check(c, b.header.line, b.header.line + 1);
        for (const r of b.rows) for (const c of r.cells) check(c, r.line, r.line + 1);
      }
    }
  },
});
