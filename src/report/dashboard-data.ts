// Everything the dashboard shows, gathered once: status, lint findings, history, forecast.
import type { Roadmap } from "../model/roadmap.js";
import { UsageError } from "../model/errors.js";
import { loadRoadmap } from "../io/load-roadmap.js";
import { lintRoadmap } from "../lint/index.js";
import { forecastFromHistory, readHistory } from "../history/index.js";
import { inlineLinks } from "../parse/markdown.js";
import { safeHref } from "../render/html/safe-href.js";
import { toStatusJson, type StatusJson } from "./status-json.js";
import type { ForecastJson, HistoryJson, LintDiagnosticJson } from "./json-types.js";

/** A link found in a criterion, already restricted to safe schemes. */
export interface DashboardLink {
  readonly href: string;
  readonly text: string;
}

/** The data a dashboard page is drawn from (embedded as JSON, or pushed by the server). */
export interface DashboardData {
  readonly generatedAt: string;
  /** The roadmap could not be read or parsed (while serving); the page shows this instead. */
  readonly error: string | null;
  readonly status: StatusJson | null;
  readonly lint: readonly LintDiagnosticJson[];
  /** Safe links of criterion `j` of milestone `i`, keyed `i.j`, where there are any. */
  readonly links: Readonly<Record<string, readonly DashboardLink[]>>;
  readonly history: HistoryJson | null;
  readonly forecast: ForecastJson | null;
  /** Why there is no burn-up or forecast, when there is none. */
  readonly historyNote: string | null;
}

/** History and forecast, or a note saying why they are missing. */
export interface HistoryPart {
  readonly history: HistoryJson | null;
  readonly forecast: ForecastJson | null;
  readonly note: string | null;
}

/** Builds the dashboard data of a parsed roadmap (pure; history is passed in). */
export function buildDashboardData(roadmap: Roadmap, file: string, hist: HistoryPart, now: Date = new Date()): DashboardData {
  const status = toStatusJson(roadmap, file);
  const lint = lintRoadmap(roadmap, {}).diagnostics.map((d): LintDiagnosticJson => {
    const s = roadmap.lines.position(d.span.start);
    const e = roadmap.lines.position(d.span.end);
    return { ruleId: d.ruleId, severity: d.severity, message: d.message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, fixable: Boolean(d.fix?.length) };
  });
  const links: Record<string, DashboardLink[]> = {};
  roadmap.milestones.forEach((m, i) =>
    m.criteria.forEach((c, j) => {
      const found = inlineLinks(roadmap.source.slice(c.textSpan.start, c.textSpan.end)).flatMap((l) => {
        const href = safeHref(l.href);
        return href ? [{ href, text: l.text || href }] : [];
      });
      if (found.length) links[`${i}.${j}`] = found;
    }),
  );
  return { generatedAt: now.toISOString(), error: null, status, lint, links, history: hist.history, forecast: hist.forecast, historyNote: hist.note };
}

/** Dashboard data for a load failure: the page shows the message and waits for the next save. */
export function errorDashboardData(message: string, now: Date = new Date()): DashboardData {
  return { generatedAt: now.toISOString(), error: message, status: null, lint: [], links: {}, history: null, forecast: null, historyNote: null };
}

/** Reads the roadmap's git history and forecast; any UsageError means "no history" with a note. */
export async function collectHistory(opts: { cwd: string; file: string; source: string }): Promise<HistoryPart> {
  let history: HistoryJson;
  try {
    history = await readHistory({ cwd: opts.cwd, file: opts.file });
  } catch (e) {
    if (e instanceof UsageError) return { history: null, forecast: null, note: `No burn-up: ${e.message}.` };
    throw e;
  }
  if (history.points.length === 0) return { history, forecast: null, note: "No burn-up: the roadmap has no committed history yet." };
  try {
    const forecast = forecastFromHistory(history, { runs: 2000, seed: 1, windowDays: 90, source: opts.source });
    return { history, forecast, note: forecast.note ?? null };
  } catch (e) {
    if (e instanceof UsageError) return { history, forecast: null, note: `No forecast: ${e.message}.` };
    throw e;
  }
}

/** Loads the roadmap and gathers everything the dashboard shows. Throws UsageError when the file cannot be read. */
export async function collectDashboardData(opts: { cwd: string; file?: string | undefined; maxSize?: number | undefined; history?: boolean }): Promise<{ data: DashboardData; warnings: readonly string[]; path: string }> {
  const loaded = await loadRoadmap({ file: opts.file, maxSize: opts.maxSize, cwd: opts.cwd });
  const hist: HistoryPart =
    opts.history === false ? { history: null, forecast: null, note: "No burn-up: history not requested." } : await collectHistory({ cwd: opts.cwd, file: loaded.file.path, source: loaded.file.text });
  return { data: buildDashboardData(loaded.roadmap, loaded.display, hist), warnings: loaded.warnings, path: loaded.file.path };
}
