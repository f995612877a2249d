import type { Milestone } from "../model/roadmap.js";
import { defineRule } from "./define-rule.js";
import { RULE_OPTIONS, SECTION_PARTS as PARTS } from "./rule-options.js";

type Part = (typeof PARTS)[number];
const LABEL: Readonly<Record<Part, string>> = { goal: "Goal", criteria: "Acceptance Criteria", deliverables: "Key Deliverables", dependencies: "Dependencies" };

function has(m: Milestone, part: Part): boolean {
  switch (part) {
    case "goal":
      return m.goal !== undefined || m.spans.goal !== undefined;
    case "criteria":
      return m.spans.criteria !== undefined || m.criteria.length > 0;
    case "deliverables":
      return m.spans.deliverables !== undefined || m.deliverables.length > 0;
    case "dependencies":
      return m.spans.dependencies !== undefined || m.dependsRaw !== undefined || m.dependsOn.length > 0;
  }
}

/** Every milestone section has the template's parts. */
export default defineRule({
  id: "missing-section",
  description: "Every milestone section has a goal, acceptance criteria, deliverables and dependencies",
  severity: "warning",
  fixable: false,
  scope: "template",
  messages: {
    missing: "Unexpected milestone section {id} without {parts}, expected {labels} as in the template",
  },
  options: RULE_OPTIONS["missing-section"],
  check(ctx) {
    const required = PARTS.filter((p) => ctx.options.required.includes(p));
    for (const m of ctx.roadmap.milestones) {
      if (!m.spans.section || !m.spans.heading) continue;
      const missing = required.filter((p) => !has(m, p));
      if (missing.length === 0) continue;
      const labels = missing.map((p) => `**${LABEL[p]}:**`).join(", ");
      ctx.report("missing", m.spans.heading, { data: { id: m.id, parts: missing.map((p) => LABEL[p].toLowerCase()).join(", "), labels } });
    }
  },
});
