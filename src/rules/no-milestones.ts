import { defineRule } from "./define-rule.js";

/** A document with no milestones gets one note, not a flood of findings. */
export default defineRule({
  id: "no-milestones",
  description: "A roadmap has a recognisable sequence of milestones",
  severity: "info",
  fixable: false,
  scope: "not-a-roadmap",
  messages: {
    none: "No milestones found: expected `M0: Title` sections, an overview table with Milestone and Status columns, or a recognisable sequence of phases",
  },
  options: {},
  check(ctx) {
    const { lines } = ctx.roadmap;
    ctx.report("none", { start: 0, end: lines.lineEnd(0) });
  },
});
