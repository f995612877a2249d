import { overviewDrift } from "../edit/operations/sync-overview.js";
import { assertNever } from "../model/errors.js";
import { defineRule } from "./define-rule.js";

/** The overview table says what the sections say. */
export default defineRule({
  id: "overview-sync",
  description: "The overview table lists every milestone section, with the same title and status",
  severity: "error",
  fixable: true,
  scope: "template",
  messages: {
    missingRow: "Unexpected milestone section {id} with no overview table row, expected a row for it",
    missingSection: "Unexpected overview table row {id} with no milestone section, expected a `## {id}: Title` section",
    title: "Unexpected title `{table}` for {id} in the overview table, expected `{section}` as in its section",
    status: "Unexpected status `{table}` for {id} in the overview table, expected `{section}` as its section states",
  },
  options: {},
  check(ctx) {
    for (const d of overviewDrift(ctx.roadmap)) {
      const id = d.milestone.id;
      const related = d.related ? [{ message: "the section says so here", span: d.related }] : [];
      const fix = d.edits.length > 0 ? d.edits : undefined;
      const data = { id, table: d.table ?? "", section: d.section ?? "" };
      switch (d.kind) {
        case "missing-row":
          ctx.report("missingRow", d.span, { data, ...(fix ? { fix } : {}) });
          break;
        case "missing-section":
          ctx.report("missingSection", d.span, { data });
          break;
        case "title":
          ctx.report("title", d.span, { data, related, ...(fix ? { fix } : {}) });
          break;
        case "status":
          ctx.report("status", d.span, { data: { ...data, table: data.table || "(empty)" }, related, ...(fix ? { fix } : {}) });
          break;
        default:
          assertNever(d.kind);
      }
    }
  },
});
