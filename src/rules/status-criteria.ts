import { defineRule } from "./define-rule.js";
import { statusAnchor, statusText } from "./helpers.js";

/** A milestone's stated status agrees with its checkboxes. */
export default defineRule({
  id: "status-criteria",
  description: "A milestone's stated status agrees with its acceptance criteria checkboxes",
  severity: "warning",
  messageSeverity: { doneWithOpen: "error" },
  fixable: false,
  scope: "roadmap",
  messages: {
    doneWithOpen: "Unexpected unchecked criterion in {id}, which is marked done ({open} of {total} open): expected every criterion ticked, or a status other than done",
    allTickedNotDone: "Unexpected status `{status}` on {id} with all {total} criteria ticked, expected done (or an open criterion)",
    plannedWithTicked: "Unexpected ticked criterion in {id}, which is marked planned ({ticked} of {total} ticked): expected in progress, or the box unticked",
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      const total = m.criteria.length;
      if (total === 0) continue;
      const open = m.criteria.filter((c) => !c.checked);
      const status = m.status.value;
      const marked = m.status.span ? [{ message: `marked ${statusText(status)} here`, span: m.status.span }] : [];
      if (status === "done") {
        const first = open[0];
        if (first) ctx.report("doneWithOpen", first.span, { data: { id: m.id, open: open.length, total }, related: marked });
      } else if (open.length === 0 && (status === "planned" || status === "in_progress" || status === "blocked")) {
        ctx.report("allTickedNotDone", statusAnchor(ctx.roadmap, m), { data: { id: m.id, status: m.status.raw || statusText(status), total } });
      } else if (status === "planned") {
        const first = m.criteria.find((c) => c.checked);
        if (first) ctx.report("plannedWithTicked", first.span, { data: { id: m.id, ticked: total - open.length, total }, related: marked });
      }
    }
  },
});
