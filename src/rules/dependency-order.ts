import { idKey } from "../model/id.js";
import { defineRule } from "./define-rule.js";

/** A milestone depends only on milestones listed before it. */
export default defineRule({
  id: "dependency-order",
  description: "A milestone depends only on milestones that come before it",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    later: "Unexpected dependency of {id} on the later milestone {dep}, expected dependencies on earlier milestones only (reorder them)",
  },
  options: {},
  check(ctx) {
    const position = new Map<string, number>();
    ctx.roadmap.milestones.forEach((m, i) => {
      const key = idKey(m.id);
      if (!position.has(key)) position.set(key, i);
    });
    ctx.roadmap.milestones.forEach((m, i) => {
      for (const d of m.dependsOn) {
        const at = position.get(idKey(d.id));
        if (at !== undefined && at > i) ctx.report("later", d.span, { data: { id: m.id, dep: d.raw || d.id } });
      }
    });
  },
});
