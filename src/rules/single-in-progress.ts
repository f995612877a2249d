import { defineRule } from "./define-rule.js";
import { statusAnchor } from "./helpers.js";

/** One milestone at a time. */
export default defineRule({
  id: "single-in-progress",
  description: "At most one milestone is in progress at a time",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    another: "Unexpected second milestone in progress ({id}, while {first} is), expected one milestone at a time",
  },
  options: {},
  check(ctx) {
    const active = ctx.roadmap.milestones.filter((m) => m.status.value === "in_progress");
    const first = active[0];
    if (!first) return;
    for (const m of active.slice(1)) {
      ctx.report("another", statusAnchor(ctx.roadmap, m), {
        data: { id: m.id, first: first.id },
        related: [{ message: `${first.id} is in progress here`, span: statusAnchor(ctx.roadmap, first) }],
      });
    }
  },
});
