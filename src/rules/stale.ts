import { defineRule } from "./define-rule.js";
import { RULE_OPTIONS } from "./rule-options.js";

/** Keep it current: a roadmap that has not moved while the code has is probably out of date. */
export default defineRule({
  id: "stale",
  description: "The roadmap changes as the project moves (from git history)",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    stale: "Unexpected stale roadmap: unchanged for {days} days (since {since}) while {commits} commits landed elsewhere, expected an update at least every {maxDays} days or {maxCommits} commits",
  },
  options: RULE_OPTIONS.stale,
  check(ctx) {
    const h = ctx.history;
    if (!h) return;
    if (h.daysSinceChange < ctx.options.days || h.commitsElsewhere < ctx.options.commits) return;
    const span = { start: 0, end: ctx.roadmap.lines.lineEnd(0) };
    ctx.report("stale", span, {
      data: { days: h.daysSinceChange, since: h.lastChange.slice(0, 10), commits: h.commitsElsewhere, maxDays: ctx.options.days, maxCommits: ctx.options.commits },
    });
  },
});
