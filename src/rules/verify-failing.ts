import { currentResult } from "../verify/record.js";
import { defineRule } from "./define-rule.js";

const SAID = { failed: "failed", timed_out: "timed out" } as const;

/** A ticked criterion is not contradicted by its own command's latest run. */
export default defineRule({
  id: "verify-failing",
  description: "A ticked criterion's command did not fail or time out on its latest run",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    failing: "Unexpected ticked criterion of {id} whose command {said} on its latest run (exit {exit}, {when}), expected its command to pass: fix it and run `roadmark verify {id}`, or untick it",
  },
  options: {},
  check(ctx) {
    const record = ctx.verify;
    if (!record) return;
    for (const m of ctx.roadmap.milestones) {
      for (const c of m.criteria) {
        if (!c.checked || !c.verify) continue;
        const last = currentResult(record, m, c);
        if (!last || last.status === "passed") continue;
        const when = last.commit ? `at ${last.commit.slice(0, 7)}` : last.at.slice(0, 10);
        ctx.report("failing", c.verify.span, { data: { id: m.id, said: SAID[last.status], exit: last.exitCode ?? "none", when } });
      }
    }
  },
});
