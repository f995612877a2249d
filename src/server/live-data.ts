// The served roadmap's current dashboard data, reloaded on change; load failures become page errors.
import { dashboardDataOrError } from "../ops/dashboard.js";
import type { DashboardData } from "../report/dashboard-data.js";

/** How to read the served roadmap. */
export interface LiveSource {
  readonly cwd: string;
  /** Absolute path of the roadmap. */
  readonly file: string;
  readonly maxSize?: number | undefined;
  /** Read git history for the burn-up (default true). */
  readonly history?: boolean | undefined;
}

/** Loads the dashboard data; a roadmap that cannot be read yields an error page, never a throw. */
export function loadLiveData(src: LiveSource): Promise<DashboardData> {
  return dashboardDataOrError({ cwd: src.cwd, file: src.file, maxSize: src.maxSize }, { history: src.history });
}
