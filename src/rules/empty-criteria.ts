import { defineRule } from "./define-rule.js";

/** An acceptance-criteria field lists at least one checkbox. */
export default defineRule({
  id: "empty-criteria",
  description: "An acceptance criteria field lists at least one `- [ ]` checkbox",
  severity: "warning",
  fixable: false,
  scope: "template",
  messages: {
    empty: "Unexpected acceptance criteria of {id} without a checkbox, expected at least one `- [ ] criterion`",
  },
  options: {},
  check(ctx) {
    const { lines, source } = ctx.roadmap;
    for (const m of ctx.roadmap.milestones) {
      const field = m.spans.criteria;
      if (!field || m.criteria.length > 0) continue;
      const line = lines.lineOf(field.start);
      const end = Math.min(lines.lineEnd(line), source.length);
      ctx.report("empty", { start: field.start, end: Math.max(field.start, end) }, { data: { id: m.id } });
    }
  },
});
