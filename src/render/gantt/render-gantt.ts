// `roadmark render gantt`: a Mermaid gantt from history dates and the forecast's p50.
import type { StatusJson } from "../../report/status-json.js";
import type { ForecastJson, HistoryJson } from "../../report/json-types.js";
import { buildGraph, dependencyOrder } from "../graph-model.js";
import { ganttText, mermaidIds } from "../mermaid/mermaid-text.js";

/** What the gantt is drawn from; history and forecast are optional. */
export interface GanttInput {
  readonly status: Pick<StatusJson, "milestones" | "title">;
  readonly history?: HistoryJson | null;
  readonly forecast?: ForecastJson | null;
  /** Today's date (`YYYY-MM-DD`): where unscheduled milestones start and open bars end. */
  readonly today: string;
}

interface Bar {
  readonly id: string;
  readonly line: string;
}

/** The `YYYY-MM-DD` part of an ISO date, or null when it is not one. */
function day(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1]! : null;
}

/** Renders a Mermaid gantt: done and started milestones on their dates, open ones to their forecast p50, the rest in dependency order. */
export function renderGantt(input: GanttInput): string {
  const { status, history, forecast, today } = input;
  const graph = buildGraph(status);
  const ids = mermaidIds(graph.nodes.map((n) => n.id));
  const hist = new Map((history?.milestones ?? []).map((m) => [m.id, m]));
  const fc = new Map((forecast?.milestones ?? []).map((m) => [m.id, m]));
  const byId = new Map(status.milestones.map((m) => [m.id, m]));
  const sections: Record<"done" | "active" | "forecast" | "unscheduled", Bar[]> = { done: [], active: [], forecast: [], unscheduled: [] };
  const skipped: string[] = [];
  const scheduled = new Set<string>();
  const name = (id: string): string => {
    const m = byId.get(id)!;
    const p = m.progress.total ? ` (${m.progress.done}/${m.progress.total})` : "";
    return ganttText(`${id} ${m.title}${p}`);
  };
  const span = (start: string, end: string): string => (end > start ? `${start}, ${end}` : `${start}, 1d`);
  const order = dependencyOrder(graph);
  // Each milestone's incoming edges, found once (a scan of every edge per milestone was quadratic).
  const incoming = new Map<string, (typeof graph.edges)[number][]>();
  for (const e of graph.edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e);
    else incoming.set(e.to, [e]);
  }
  for (const id of order) {
    const m = byId.get(id)!;
    const h = hist.get(id);
    const f = fc.get(id);
    const key = ids.get(id)!;
    if (m.status === "cancelled") {
      skipped.push(key);
      continue;
    }
    const started = day(h?.startedAt) ?? null;
    const finished = day(h?.doneAt);
    if (m.status === "done") {
      if (!finished) continue;
      const start = started ?? day(h?.addedAt) ?? finished;
      // ISO days sort as text: the earlier of the two starts the bar.
      const from = [start, finished].sort()[0] ?? finished;
      sections.done.push({ id, line: `${name(id)} :done, ${key}, ${span(from, finished)}` });
      scheduled.add(id);
      continue;
    }
    const p50 = day(f?.p50);
    if (started) {
      const end = p50 ?? today;
      const tag = m.status === "in_progress" ? "active, " : m.status === "blocked" ? "crit, " : "";
      sections.active.push({ id, line: `${name(id)} :${tag}${key}, ${span(started, end)}` });
      scheduled.add(id);
    } else if (p50) {
      // Not started: it begins after its scheduled dependencies end, else at the forecast's date.
      const after = (incoming.get(id) ?? []).filter((e) => !e.unknown && !e.cycle && e.from !== id && scheduled.has(e.from)).map((e) => ids.get(e.from)!);
      const start = day(forecast?.asOf) ?? today;
      const when = after.length ? `after ${after.join(" ")}, ${p50}` : span(start, p50);
      sections.forecast.push({ id, line: `${name(id)} :${m.status === "blocked" ? "crit, " : ""}${key}, ${when}` });
      scheduled.add(id);
    }
  }
  // Milestones without dates: one-day markers chained in dependency order after what they depend on.
  let previous: string | undefined;
  for (const id of order) {
    const m = byId.get(id)!;
    if (scheduled.has(id) || m.status === "cancelled") continue;
    const deps = (incoming.get(id) ?? []).filter((e) => !e.unknown && !e.cycle && ids.has(e.from) && byId.get(e.from)?.status !== "cancelled" && e.from !== id);
    const after = deps.map((e) => ids.get(e.from)!).filter((k) => k !== ids.get(id));
    const anchor = after.length ? `after ${after.join(" ")}` : previous ? `after ${previous}` : today;
    const tag = m.status === "done" ? "done, " : m.status === "in_progress" ? "active, " : m.status === "blocked" ? "crit, " : "";
    sections.unscheduled.push({ id, line: `${name(id)} :${tag}milestone, ${ids.get(id)}, ${anchor}, 1d` });
    previous = ids.get(id);
  }
  const out = ["gantt", `  title ${ganttText(status.title || "Roadmap")}`, "  dateFormat YYYY-MM-DD", "  axisFormat %Y-%m-%d"];
  const titles = { done: "Done", active: "In progress", forecast: "Forecast (p50)", unscheduled: "Not yet dated" } as const;
  for (const k of ["done", "active", "forecast", "unscheduled"] as const) {
    if (!sections[k].length) continue;
    out.push(`  section ${titles[k]}`);
    for (const b of sections[k]) out.push(`  ${b.line}`);
  }
  if (skipped.length) out.push(`  %% cancelled: ${skipped.join(", ")}`);
  return out.join("\n") + "\n";
}
