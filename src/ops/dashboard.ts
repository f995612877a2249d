// Everything the dashboard shows, gathered once through the same operations as the CLI:
// status (with hash), lint (configuration, links, staleness), history and forecast (one defaults table).
import { lintRoadmap } from "../lint/index.js";
import { RoadmarkError, UsageError } from "../model/errors.js";
import type { Roadmap } from "../model/roadmap.js";
import { inlineLinks } from "../parse/markdown.js";
import { safeHref } from "../render/html/safe-href.js";
import { errorDashboardData, type DashboardData, type DashboardLink, type HistoryPart } from "../report/dashboard-data.js";
import type { HistoryJson, LintDiagnosticJson } from "../report/json-types.js";
import { toStatusJson, type VerifyContext } from "../report/status-json.js";
import { displayPath } from "../io/load-roadmap.js";
import { forecastOf, history, type ForecastRequest } from "./history.js";
import { lint } from "./lint.js";
import { readRoadmap } from "./read.js";
import type { Steering } from "./steer.js";
import { readVerifyContext } from "./verify-context.js";
import type { Workspace } from "./workspace.js";

/** What the dashboard may add to a roadmap: its lint findings (else the rules alone), its hash and the verify record. */
export interface DashboardExtras {
  readonly lint?: readonly LintDiagnosticJson[];
  readonly hash?: string;
  readonly verify?: VerifyContext | undefined;
}

/** Builds the dashboard data of a parsed roadmap (pure; history, and optionally lint and hash, are passed in). */
export function buildDashboardData(roadmap: Roadmap, file: string, hist: HistoryPart, now: Date = new Date(), extras: DashboardExtras = {}): DashboardData {
  const status = toStatusJson(roadmap, file, extras.hash, extras.verify);
  const lintFindings =
    extras.lint ??
    lintRoadmap(roadmap, extras.verify ? { verify: extras.verify.record } : {}).diagnostics.map((d): LintDiagnosticJson => {
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
  return { generatedAt: now.toISOString(), error: null, status, lint: lintFindings, links, history: hist.history, forecast: hist.forecast, historyNote: hist.note };
}

/** Reads the roadmap's git history and forecasts it (the defaults of `forecast`); a UsageError means "no history" with a note. */
export async function collectHistory(opts: { cwd: string; file: string; source: string; hash: string; forecast?: ForecastRequest; steering?: Steering }): Promise<HistoryPart> {
  let hist: HistoryJson;
  try {
    hist = (await history({ cwd: opts.cwd, file: opts.file }, { steering: opts.steering })).json;
  } catch (e) {
    if (e instanceof UsageError) return { history: null, forecast: null, note: `No burn-up: ${e.message}.` };
    throw e;
  }
  if (hist.points.length === 0) return { history: hist, forecast: null, note: "No burn-up: the roadmap has no committed history yet." };
  try {
    const forecast = forecastOf(hist, opts.source, opts.hash, opts.forecast, opts.steering);
    return { history: hist, forecast, note: forecast.note ?? null };
  } catch (e) {
    if (e instanceof UsageError) return { history: hist, forecast: null, note: `No forecast: ${e.message}.` };
    throw e;
  }
}

/** Options of the dashboard operation. */
export interface DashboardRequest {
  /** Read git history for the burn-up (default true). */
  readonly history?: boolean | undefined;
  readonly forecast?: ForecastRequest;
}

/** Loads the roadmap and gathers everything the dashboard shows. Throws typed errors when the file or its configuration cannot be read. */
export async function collectDashboardData(ws: Workspace, req: DashboardRequest = {}): Promise<{ data: DashboardData; warnings: readonly string[]; path: string }> {
  const r = await readRoadmap(ws);
  const verify = await readVerifyContext(r.file.path, r.roadmap);
  const linted = await lint({ ...ws, file: r.file.path });
  const hist: HistoryPart =
    req.history === false
      ? { history: null, forecast: null, note: "No burn-up: history not requested." }
      : await collectHistory({ cwd: ws.cwd, file: r.file.path, source: r.file.text, hash: r.hash, steering: r.steering, ...(req.forecast ? { forecast: req.forecast } : {}) });
  const data = buildDashboardData(r.roadmap, r.display, hist, new Date(), { lint: linted.json[0]?.diagnostics ?? [], hash: r.hash, verify });
  return { data, warnings: [...r.warnings, ...linted.warnings], path: r.file.path };
}

/** The dashboard data, or (for a server that keeps running) the error as data with its code. */
export async function dashboardDataOrError(ws: Workspace, req: DashboardRequest = {}): Promise<DashboardData> {
  try {
    return (await collectDashboardData(ws, req)).data;
  } catch (e) {
    if (e instanceof RoadmarkError && e.code !== "INTERNAL") return errorDashboardData(e.message, new Date(), e.code, e.hint);
    const where = ws.file ? `${displayPath(ws.file, ws.cwd)}: ` : "";
    return errorDashboardData(`${where}${e instanceof Error ? e.message : String(e)}`, new Date(), "INTERNAL");
  }
}
