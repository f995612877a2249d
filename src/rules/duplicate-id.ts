import type { Milestone } from "../model/roadmap.js";
import { idKey } from "../model/id.js";
import { defineRule } from "./define-rule.js";
import { milestoneAnchor } from "./helpers.js";

/** Every milestone id is used once, so dependencies and commands name one milestone. */
export default defineRule({
  id: "duplicate-id",
  description: "Every milestone id is used once",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    duplicate: "Unexpected duplicate milestone id {id}, expected each id once (first defined on line {line})",
  },
  options: {},
  check(ctx) {
    const seen = new Map<string, Milestone>();
    for (const m of ctx.roadmap.milestones) {
      const key = idKey(m.id);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        continue;
      }
      const firstSpan = milestoneAnchor(ctx.roadmap, first);
      ctx.report("duplicate", milestoneAnchor(ctx.roadmap, m), {
        data: { id: m.id, line: ctx.roadmap.lines.position(firstSpan.start).line },
        related: [{ message: "first defined here", span: firstSpan }],
      });
    }
  },
});
