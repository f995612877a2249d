// The history surface: re-exports only (the dashboard and the CLI call these).
export { readHistory, readTimeline, parseSince } from "./read-history.js";
export type { ReadHistoryOptions, HistoryRead } from "./read-history.js";
export { forecastFromHistory, dailyThroughput, MIN_TICKS } from "./forecast.js";
export type { ForecastOptions } from "./forecast.js";
export { readStaleness } from "./staleness.js";
