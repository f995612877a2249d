import { STATUS_WORDS } from "../model/status.js";
import { defineRule } from "./define-rule.js";

/** Every stated status is one a reader (and roadmark) can recognise. */
export default defineRule({
  id: "unknown-status",
  description: "Every stated milestone status is one a reader and roadmark can recognise",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    unknown: "Unexpected status `{raw}` on {id}, expected one of {allowed} (or an equivalent word or emoji)",
  },
  options: {},
  check(ctx) {
    const allowed = Object.values(STATUS_WORDS).join(", ");
    for (const m of ctx.roadmap.milestones) {
      for (const s of m.statuses) {
        if (s.value === "unknown" && s.raw.trim() !== "" && s.span) ctx.report("unknown", s.span, { data: { raw: s.raw, id: m.id, allowed } });
      }
    }
  },
});
