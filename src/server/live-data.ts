// The served roadmap's current dashboard data, reloaded on change; load failures become page errors.
import { displayPath, loadRoadmap } from "../io/load-roadmap.js";
import { buildDashboardData, collectHistory, errorDashboardData, type DashboardData } from "../report/dashboard-data.js";
import { UsageError } from "../model/errors.js";

/** How to read the served roadmap. */
export interface LiveSource {
  readonly cwd: string;
  /** Absolute path of the roadmap. */
  readonly file: string;
  readonly maxSize?: number | undefined;
  /** Read git history for the burn-up (default true). */
  readonly history?: boolean;
}

/** Loads the dashboard data; a roadmap that cannot be read yields an error page, never a throw. */
export async function loadLiveData(src: LiveSource): Promise<DashboardData> {
  try {
    const loaded = await loadRoadmap({ file: src.file, maxSize: src.maxSize, cwd: src.cwd });
    const hist =
      src.history === false
        ? { history: null, forecast: null, note: "No burn-up: history not requested." }
        : await collectHistory({ cwd: src.cwd, file: loaded.file.path, source: loaded.file.text });
    return buildDashboardData(loaded.roadmap, loaded.display, hist);
  } catch (e) {
    if (e instanceof UsageError) return errorDashboardData(e.message);
    return errorDashboardData(`${displayPath(src.file, src.cwd)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
