import { idKey } from "../model/id.js";
import { defineRule } from "./define-rule.js";
import { milestonesById } from "../model/milestones.js";

/** Every dependency names a milestone of this roadmap. */
export default defineRule({
  id: "unknown-dependency",
  description: "Every dependency names a milestone that exists in the roadmap",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    unknown: "Unexpected dependency `{dep}` of {id}: no milestone has that id, expected one of {known}",
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    const known = [...byId.values()].map((m) => m.id).slice(0, 12).join(", ") || "(none)";
    for (const m of ctx.roadmap.milestones) {
      for (const d of m.dependsOn) {
        if (!byId.has(idKey(d.id))) ctx.report("unknown", d.span, { data: { dep: d.raw || d.id, id: m.id, known } });
      }
    }
  },
});
