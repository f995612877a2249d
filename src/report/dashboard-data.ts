// The shape of everything the dashboard shows (status, lint findings, history, forecast); it is
// gathered by `ops/dashboard.ts` and drawn by `render/html`.
import type { ErrorCode } from "../model/errors.js";
import type { StatusJson } from "./status-json.js";
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
  /** The error's code (the one every surface maps), when there is an error. */
  readonly errorCode?: ErrorCode;
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

/** Dashboard data for a load failure: the page shows the message and waits for the next save. */
export function errorDashboardData(message: string, now: Date = new Date(), code?: ErrorCode): DashboardData {
  return { generatedAt: now.toISOString(), error: message, ...(code ? { errorCode: code } : {}), status: null, lint: [], links: {}, history: null, forecast: null, historyNote: null };
}
