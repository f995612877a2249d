// The lint findings, one row each, or a short all-clear.
import type { DashboardData } from "../../../report/dashboard-data.js";
import { h } from "./dom.js";

/** Renders the findings list. */
export function renderLint(data: DashboardData): HTMLElement {
  if (!data.lint.length) return h("p", { class: "muted ok" }, "No findings.");
  const list = h("ul", { class: "findings" });
  for (const d of data.lint) {
    list.append(
      h(
        "li",
        { class: `finding sev-${d.severity}` },
        h("span", { class: "sev" }, d.severity),
        h("span", { class: "where" }, `${d.line}:${d.column}`),
        h("span", { class: "msg" }, d.message),
        h("code", { class: "rule" }, d.ruleId),
      ),
    );
  }
  return list;
}
