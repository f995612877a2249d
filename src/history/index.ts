// Placeholder seam, owned by the history work (issue 7): replaced by the real reader.
import { UsageError } from "../model/errors.js";
import type { ForecastJson, HistoryJson } from "../report/json-types.js";

/** Reads the roadmap file's git history into a timeline. */
export async function readHistory(_opts: { cwd: string; file: string; since?: string }): Promise<HistoryJson> {
  throw new UsageError("history is not available in this version yet");
}

/** Forecasts the open milestones from a history. */
export function forecastFromHistory(_history: HistoryJson, _opts: { runs: number; seed?: number; windowDays: number; asOf?: Date; source: string }): ForecastJson {
  throw new UsageError("forecast is not available in this version yet");
}
