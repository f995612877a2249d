// Dashboard entry: reads the embedded data, renders it, and follows the server's updates when live.
import type uPlot from "uplot";
import type { DashboardData } from "../../../report/dashboard-data.js";
import { renderBurnup } from "./burnup.js";
import { burnupSeries } from "../burnup-series.js";
import { append, h, progressBar, replace } from "./dom.js";
import { inSequence, renderGraph } from "./graph.js";
import { percent, STATUS_LABEL } from "./labels.js";
import type { Status } from "../../../model/status.js";
import { buildGraph } from "../../graph-model.js";

const LEGEND_ORDER: readonly Status[] = ["done", "in_progress", "planned", "blocked", "cancelled", "unknown"];
import { renderLint } from "./lint-list.js";
import { noStatuses, renderMilestones } from "./milestones.js";

interface RoadmarkWindow {
  __roadmarkReady?: number;
  __roadmarkRenders?: number;
  __roadmarkCsp?: string[];
}
const win = window as unknown as RoadmarkWindow;
win.__roadmarkCsp = [];
document.addEventListener("securitypolicyviolation", (e) => win.__roadmarkCsp!.push(`${e.violatedDirective} ${e.blockedURI}`));

let chart: uPlot | undefined;

/** A table body of any number of rows. */
function tbody(rows: readonly HTMLElement[]): HTMLElement {
  const body = h("tbody", null);
  append(body, rows);
  return body;
}

function card(title: string, id: string, ...body: (Node | null)[]): HTMLElement {
  return h("section", { class: "card", attrs: { id } }, h("h2", null, title), ...body);
}

function forecastTable(data: DashboardData): HTMLElement | null {
  const rows = (data.forecast?.milestones ?? []).filter((m) => m.p50);
  if (!rows.length) return null;
  return h(
    "div",
    { class: "table-wrap" },
    h(
    "table",
    { class: "forecast" },
    h("thead", null, h("tr", null, h("th", null, "Milestone"), h("th", { class: "opt" }, "Remaining"), h("th", null, "p50"), h("th", null, "p85"), h("th", null, "p95"))),
    tbody(rows.map((m) => h("tr", null, h("td", null, m.id), h("td", { class: "opt" }, m.remaining), h("td", null, m.p50 ?? "—"), h("td", null, m.p85 ?? "—"), h("td", null, m.p95 ?? "—")))),
    ),
  );
}

function render(app: HTMLElement, data: DashboardData, live: boolean): void {
  chart?.destroy();
  chart = undefined;
  const stamp = h("span", { class: "stamp" }, live ? h("span", { class: "dot", attrs: { title: "live" } }) : null, live ? `Live · updated ${new Date(data.generatedAt).toLocaleTimeString()}` : `Generated ${new Date(data.generatedAt).toLocaleString()}`);
  if (data.error !== null || data.status === null) {
    replace(app, h("header", { class: "top" }, h("h1", null, "Roadmap"), stamp), h("div", { class: "error", attrs: { role: "alert" } }, h("strong", null, "The roadmap could not be read. "), data.error ?? "unknown error", h("p", { class: "muted" }, "Fix it and save; this page updates by itself.")));
    return;
  }
  const s = data.status;
  const doneMs = s.milestones.filter((m) => m.status === "done").length;
  const header = h(
    "header",
    { class: "top" },
    h("div", { class: "title" }, h("h1", null, s.title || "Roadmap"), h("p", { class: "muted file" }, s.file)),
    stamp,
    h(
      "div",
      { class: "overall" },
      h("div", { class: "big" }, h("span", { class: "num", attrs: { id: "overall-progress" } }, `${s.progress.done}/${s.progress.total}`), h("span", { class: "muted" }, " criteria ", percent(s.progress.done, s.progress.total))),
      progressBar(s.progress.done, s.progress.total, "overall progress"),
      h("p", { class: "muted" }, `${doneMs} of ${s.milestones.length} milestones done`, s.current ? " · current " : "", s.current ? h("code", null, s.current) : null, s.next?.criterion ? ` · next: ${s.next.criterion}` : ""),
    ),
  );
  const graphHost = h("div", { class: "graph" });
  if (!s.milestones.length) graphHost.append(h("p", { class: "muted" }, "No milestones."));
  // The legend names only what the graph shows.
  const present = new Set(s.milestones.map((m) => m.status));
  const hasMissing = buildGraph(s).unknown.length > 0;
  const legend = h(
    "p",
    { class: "legend muted" },
    ...LEGEND_ORDER.filter((k) => present.has(k)).map((k) => h("span", null, h("span", { class: `sw s-${k}` }), STATUS_LABEL[k])),
    hasMissing ? h("span", null, h("span", { class: "sw missing" }), "Unknown id") : null,
  );
  const sequence = inSequence(s);
  // A roadmap that states no status anywhere says so once, not "No status" on every milestone.
  const noStatus = noStatuses(s);
  const chartHost = h("div", { class: "chart" });
  const hasHistory = data.history !== null && data.history.points.length > 0;
  const chartCard = card("Burn-up", "burnup", chartHost, hasHistory ? null : h("p", { class: "muted note" }, data.historyNote ?? "No history available."), forecastTable(data));
  if (hasHistory && data.forecast === null && data.historyNote) chartCard.append(h("p", { class: "muted note" }, data.historyNote));
  replace(
    app,
    header,
    h(
      "div",
      { class: "layout" },
      h("div", { class: "col" }, card("Milestones", "milestones", noStatus ? h("p", { class: "muted note no-status" }, "No milestone states a status: progress is counted from the checkboxes.") : null, renderMilestones(data, s)), card(`Lint findings (${data.lint.length})`, "lint", renderLint(data))),
      h("div", { class: "col" }, sequence ? card("Milestones in order", "graph", h("p", { class: "muted note" }, "No dependencies are declared, so the milestones are shown in the order the roadmap lists them."), graphHost, legend) : card("Dependencies", "graph", graphHost, legend), chartCard),
    ),
    h("footer", { class: "muted" }, "Generated by roadmark"),
  );
  if (s.milestones.length) drawGraph(graphHost, s.milestones, s.current);
  if (hasHistory) chart = renderBurnup(chartHost, burnupSeries(data.history!, data.forecast), Math.max(240, chartHost.clientWidth));
}

/** Draws the graph at the card's width (small graphs scale up to 1.6x), scrolled to the current milestone. */
function drawGraph(host: HTMLElement, milestones: NonNullable<DashboardData["status"]>["milestones"], current: string | null): void {
  const avail = host.clientWidth || 600;
  const el = renderGraph({ milestones }, avail);
  const w = Number(el.getAttribute("width"));
  const hgt = Number(el.getAttribute("height"));
  // Enlarge only graphs that fit the card's height; a long one stays at its natural size and scrolls.
  const scale = Math.max(0.7, Math.min(hgt > 600 ? 1 : avail < 500 ? 1.15 : 1.6, avail / w));
  el.setAttribute("width", String(Math.round(w * scale)));
  el.setAttribute("height", String(Math.round(hgt * scale)));
  host.append(el);
  const node = current ? Array.from(el.querySelectorAll<SVGGElement>("g.node")).find((n) => n.dataset.id === current) : undefined;
  if (node && (host.scrollHeight > host.clientHeight || host.scrollWidth > host.clientWidth)) {
    const box = node.getBoundingClientRect();
    const outer = host.getBoundingClientRect();
    host.scrollTop += box.top - outer.top - host.clientHeight / 2 + box.height / 2;
    host.scrollLeft += box.left - outer.left - host.clientWidth / 2 + box.width / 2;
  }
}

function readData(): DashboardData {
  const el = document.getElementById("roadmark-data");
  return JSON.parse(el?.textContent ?? "null") as DashboardData;
}

function start(): void {
  const app = document.getElementById("app")!;
  const live = document.documentElement.dataset.live === "1";
  let data = readData();
  const draw = (): void => {
    render(app, data, live);
    win.__roadmarkRenders = (win.__roadmarkRenders ?? 0) + 1;
    document.documentElement.dataset.renders = String(win.__roadmarkRenders);
  };
  draw();
  win.__roadmarkReady = performance.now();
  document.documentElement.dataset.ready = "1";
  // The graph's direction and the chart's width follow the window: redraw once resizing settles.
  let resizeTimer: number | undefined;
  let lastWidth = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(draw, 150);
  });
  if (live) {
    const events = new EventSource("/events");
    events.addEventListener("dashboard", (e) => {
      data = JSON.parse((e as MessageEvent<string>).data) as DashboardData;
      draw();
    });
    events.addEventListener("error", () => document.documentElement.classList.add("offline"));
    events.addEventListener("open", () => document.documentElement.classList.remove("offline"));
  }
}

start();
