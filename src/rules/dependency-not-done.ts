import { idKey } from "../model/id.js";
import { defineRule } from "./define-rule.js";
import { effectiveStatus, milestonesById } from "../model/milestones.js";
import { statusText } from "./helpers.js";

/** Finish one before starting the next: a started milestone's dependencies are done. */
export default defineRule({
  id: "dependency-not-done",
  description: "A milestone in progress or done has all its dependencies done",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    notDone: "Unexpected {status} milestone {id} while its dependency {dep} is {depStatus}, expected {dep} done first",
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    for (const m of ctx.roadmap.milestones) {
      const status = m.status.value;
      if (status !== "in_progress" && status !== "done") continue;
      for (const d of m.dependsOn) {
        const dep = byId.get(idKey(d.id));
        if (!dep || dep === m) continue;
        const depStatus = effectiveStatus(dep);
        if (depStatus === "done") continue;
        ctx.report("notDone", d.span, {
          data: { status: statusText(status), id: m.id, dep: dep.id, depStatus: depStatus === "unknown" ? "without a status" : statusText(depStatus) },
          related: [{ message: `${dep.id} is here`, span: dep.status.span ?? dep.spans.heading ?? dep.spans.row?.span ?? d.span }],
        });
      }
    }
  },
});
