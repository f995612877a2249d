// History and forecast of the workspace's roadmap: git, the file, and the one table of defaults.
import { forecastFromHistory } from "../history/forecast.js";
import { readTimeline, type HistoryRead } from "../history/read-history.js";
import type { ForecastJson, HistoryJson } from "../report/json-types.js";
import { FORECAST_DEFAULTS, forecastSeed } from "./defaults.js";
import { readRoadmap } from "./read.js";
import { locateRoadmap, type Workspace } from "./workspace.js";

/** `history --json` and the timeline it comes from. */
export interface HistoryResult {
  readonly json: HistoryJson;
  readonly read: HistoryRead;
}

/** The roadmap's history from git (optionally only since a date). */
export async function history(ws: Workspace, opts: { since?: string | undefined } = {}): Promise<HistoryResult> {
  const { path: file } = locateRoadmap(ws);
  const read = await readTimeline({ cwd: ws.cwd, file, since: opts.since });
  const { points, milestones } = read.timeline;
  return { json: { file: read.file, commits: points.length, points: points.map(({ time: _time, ...p }) => p), milestones }, read };
}

/** Forecast settings; anything left out comes from FORECAST_DEFAULTS. */
export interface ForecastRequest {
  readonly runs?: number | undefined;
  readonly seed?: number | undefined;
  readonly windowDays?: number | undefined;
  readonly asOf?: Date | undefined;
}

/** The settings a forecast of the file with `hash` runs with (the one seed policy). */
export function forecastSettings(req: ForecastRequest, hash: string): { runs: number; seed: number; windowDays: number } {
  return { runs: req.runs ?? FORECAST_DEFAULTS.runs, seed: forecastSeed(req.seed, hash), windowDays: req.windowDays ?? FORECAST_DEFAULTS.windowDays };
}

/** Forecasts from a history already read and the roadmap's current text and hash. */
export function forecastOf(hist: HistoryJson, source: string, hash: string, req: ForecastRequest = {}): ForecastJson {
  return forecastFromHistory(hist, { ...forecastSettings(req, hash), source, ...(req.asOf ? { asOf: req.asOf } : {}) });
}

/** The Monte Carlo forecast of the workspace's roadmap. */
export async function forecast(ws: Workspace, req: ForecastRequest = {}): Promise<ForecastJson> {
  const r = await readRoadmap(ws);
  const h = await history({ ...ws, file: r.file.path });
  return forecastOf(h.json, r.file.text, r.hash, req);
}
