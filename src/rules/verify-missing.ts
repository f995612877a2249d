import { defineRule } from "./define-rule.js";

/** Off by default: in a project that proves its ticks, a ticked criterion names its proof. */
export default defineRule({
  id: "verify-missing",
  description: "A ticked criterion of a milestone in progress or done names a `Verify:` command",
  severity: "warning",
  offByDefault: true,
  fixable: false,
  scope: "roadmap",
  messages: {
    missing: "Unexpected ticked criterion of {id} without a command, expected ``Verify: `command` `` at its end to prove it",
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      if (m.status.value !== "in_progress" && m.status.value !== "done") continue;
      for (const c of m.criteria) {
        if (c.checked && !c.verify && !c.verifyError) ctx.report("missing", c.span, { data: { id: m.id } });
      }
    }
  },
});
