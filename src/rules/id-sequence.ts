import { normaliseId } from "../model/id.js";
import { defineRule } from "./define-rule.js";
import { milestoneAnchor } from "./helpers.js";

const NUMBERED = /^M(\d+)$/;

/** Milestone ids count up by one: M0, M1, M2 … */
export default defineRule({
  id: "id-sequence",
  description: "Milestone ids count up by one, in order, with no gaps",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    gap: "Unexpected id {id} after {prev}, expected {expected} (a gap in the sequence)",
    order: "Unexpected id {id} after {prev}, expected ids in increasing order",
  },
  options: {},
  check(ctx) {
    let prev: { id: string; n: number } | undefined;
    for (const m of ctx.roadmap.milestones) {
      const match = NUMBERED.exec(normaliseId(m.id));
      if (!match) continue;
      const n = Number(match[1]);
      if (prev && n !== prev.n) {
        const data = { id: m.id, prev: prev.id, expected: `M${prev.n + 1}` };
        if (n < prev.n) ctx.report("order", milestoneAnchor(ctx.roadmap, m), { data });
        else if (n > prev.n + 1) ctx.report("gap", milestoneAnchor(ctx.roadmap, m), { data });
      }
      if (!prev || n !== prev.n) prev = { id: m.id, n };
    }
  },
});
