import { codeLines } from "../parse/code-lines.js";
import { BRACKETED, CODE_SPAN, COMMENT } from "../text/placeholder.js";
import { defineRule } from "./define-rule.js";
import { RULE_OPTIONS } from "./rule-options.js";

const TODO_COMMENT = /<!--\s*TODO\b[\s\S]*?(?:-->|$)/giu;

/** No template placeholder is left in the document. */
export default defineRule({
  id: "placeholder",
  description: "Every template placeholder is filled in",
  severity: "error",
  fixable: false,
  scope: "template",
  messages: {
    todo: "Unexpected template comment `{text}`, expected it removed once the roadmap is filled in",
    bracket: "Unexpected placeholder `{text}`, expected the real {what}",
    extra: "Unexpected placeholder `{text}`, expected real content",
  },
  options: RULE_OPTIONS.placeholder,
  check(ctx) {
    const { source, lines } = ctx.roadmap;
    const extra = ctx.options.extra.filter(Boolean);
    // The code-block lines come from a block parse; a filled-in roadmap has no candidate at all,
    // so the parse is asked for only once a line holds something that looks like a placeholder.
    let skip: ReadonlySet<number> | undefined;
    for (let l = 0; l < lines.count; l++) {
      const start = lines.lineStart(l);
      const text = source.slice(start, lines.lineEnd(l));
      if (!text.includes("[") && !text.includes("<!--") && !extra.some((x) => text.includes(x))) continue;
      const found: { id: "todo" | "bracket" | "extra"; at: number; text: string; what?: string }[] = [];
      // Code spans are examples and comments are not content: neither holds a placeholder
      // (a `<!-- TODO -->` comment is the template's own marker, reported by itself).
      const code: [number, number][] = [];
      const comments: [number, number][] = [];
      if (text.includes("`")) for (const m of text.matchAll(CODE_SPAN)) code.push([m.index, m.index + m[0].length]);
      if (text.includes("<!--")) for (const m of text.matchAll(COMMENT)) comments.push([m.index, m.index + m[0].length]);
      const inCode = (at: number): boolean => code.some(([s, e]) => at >= s && at < e);
      const hidden = (at: number): boolean => inCode(at) || comments.some(([s, e]) => at >= s && at < e);
      for (const m of text.matchAll(TODO_COMMENT)) if (!inCode(m.index)) found.push({ id: "todo", at: m.index, text: m[0].trim() });
      for (const m of text.matchAll(BRACKETED)) {
        // `- [ ]`-style boxes never match; a link's text `[Title](…)` is excluded by the lookahead.
        if (hidden(m.index)) continue;
        const inner = m[0].slice(1, -1);
        const what = /^criterion/i.test(inner) ? "criterion" : /^deliverable/i.test(inner) ? "deliverable" : /^focus/i.test(inner) ? "focus" : /^brief|^description|^goal/i.test(inner) ? "description" : inner.toLowerCase();
        found.push({ id: "bracket", at: m.index, text: m[0], what });
      }
      for (const literal of extra) {
        for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length)) if (!hidden(at)) found.push({ id: "extra", at, text: literal });
      }
      if (found.length === 0) continue;
      skip ??= codeLines(ctx.blocks);
      if (skip.has(l)) continue;
      for (const f of found.sort((a, b) => a.at - b.at)) {
        const span = { start: start + f.at, end: start + f.at + f.text.length };
        ctx.report(f.id, span, { data: { text: f.text, what: f.what ?? "" } });
      }
    }
  },
});
