import { defineRule } from "./define-rule.js";

const WHY = {
  empty: "no command",
  timeout: "a timeout roadmark cannot read",
  trailing: "text after the command",
} as const;

/** A `Verify:` clause names a command that can run: an empty one is a mistake, not a pass. */
export default defineRule({
  id: "verify-syntax",
  description: "Every `Verify:` clause ends its criterion with a command in a code span",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    invalid: "Unexpected `Verify:` clause with {why} in {id}, expected ``Verify: `command` `` at the end of the criterion, optionally followed by `(timeout 30s)`",
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      for (const c of m.criteria) {
        if (c.verifyError) ctx.report("invalid", c.verifyError.span, { data: { why: WHY[c.verifyError.kind], id: m.id } });
      }
    }
  },
});
