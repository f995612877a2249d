// The milestone list: status, progress, focus/goal, dependencies and every criterion.
import type { DashboardData } from "../../../report/dashboard-data.js";
import { safeHref } from "../safe-href.js";
import { h, progressBar } from "./dom.js";
import { fraction, percent, STATUS_LABEL, verifyLabel } from "./labels.js";

type Status = NonNullable<DashboardData["status"]>;

/** True when no milestone states a status (a free-form list of checkboxes): the cards show no status pill. */
export function noStatuses(status: Status): boolean {
  return status.milestones.length > 0 && status.milestones.every((m) => m.status === "unknown");
}

/** Renders one card per milestone; the current one and those in progress start open. */
export function renderMilestones(data: DashboardData, status: Status): HTMLElement {
  const list = h("ol", { class: `milestones${noStatuses(status) ? " no-statuses" : ""}` });
  const pills = !noStatuses(status);
  status.milestones.forEach((m, i) => {
    const open = m.status === "in_progress" || m.id === status.current;
    const criteria = h("ul", { class: "criteria" });
    m.criteria.forEach((c, j) => {
      const links = data.links[`${i}.${j}`] ?? [];
      const linkEls = links.flatMap((l) => {
        const href = safeHref(l.href);
        if (!href) return [];
        const a = h("a", { attrs: { rel: "noopener noreferrer nofollow", target: "_blank" } }, l.text);
        a.href = href;
        return [" ", a];
      });
      // A criterion with a command says in words whether its last run backs it (colour only repeats it).
      const v = verifyLabel(c);
      const badge = v ? h("span", { class: `verify v-${v.state}`, attrs: { "data-verify": v.state, title: v.title, role: "note", "aria-label": v.title } }, v.text) : null;
      criteria.append(
        h(
          "li",
          { class: c.checked ? "crit checked" : "crit", attrs: { "data-line": String(c.line) } },
          h("span", { class: "box", attrs: { role: "img", "aria-label": c.checked ? "done" : "open" } }, c.checked ? "✓" : ""),
          h("span", { class: "crit-text" }, c.text, ...linkEls, badge ? " " : null, badge),
        ),
      );
    });
    const deps = m.dependsOn.length ? h("p", { class: "deps" }, "Depends on ", ...m.dependsOn.flatMap((d, k) => [k ? ", " : "", h("code", null, d)])) : null;
    const summary = h(
      "summary",
      null,
      pills ? h("span", { class: `pill s-${m.status}` }, STATUS_LABEL[m.status]) : h("span", { class: "pill-gap" }),
      h("span", { class: "m-id" }, m.id),
      h("span", { class: "m-title" }, m.title),
      h("span", { class: "m-count", attrs: { "data-progress": `${m.progress.done}/${m.progress.total}` } }, fraction(m.progress.done, m.progress.total)),
      progressBar(m.progress.done, m.progress.total, `${m.id} progress ${percent(m.progress.done, m.progress.total) || "no criteria"}`),
    );
    const details = h(
      "details",
      { class: `milestone s-${m.status}${m.id === status.current ? " current" : ""}`, attrs: { "data-id": m.id } },
      summary,
      m.goal ? h("p", { class: "goal" }, m.goal) : m.focus ? h("p", { class: "goal" }, m.focus) : null,
      deps,
      m.criteria.length ? criteria : h("p", { class: "muted" }, "No acceptance criteria."),
    );
    details.open = open;
    list.append(h("li", null, details));
  });
  return list;
}
