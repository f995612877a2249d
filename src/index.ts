// Public library API: re-exports only.
export { parseRoadmap } from "./parse/to-model.js";
export { applyEdits, type ApplyResult } from "./edit/apply-edits.js";
export { toStatusJson, type StatusJson, type MilestoneJson } from "./report/status-json.js";
export { STATUS_SCHEMA } from "./report/status-schema.js";
export { currentMilestone, nextStep, milestoneProgress, roadmapProgress } from "./report/summary.js";
export { findMilestone } from "./model/milestones.js";
export { STATUSES, STATUS_WORDS, type Status, type StatusField, type StatusSource } from "./model/status.js";
export type { Roadmap, Milestone, Criterion, Dependency, OverviewTable, RoadmapFormat } from "./model/roadmap.js";
export type { Span } from "./model/span.js";
export type { TextEdit } from "./model/text-edit.js";
export {
  ERROR_CODES,
  type ErrorCode,
  RoadmarkError,
  UsageError,
  InputError,
  INPUT_OPTIONS,
  type InputOption,
  INPUT_PROBLEMS,
  type InputProblem,
  NotFoundError,
  StaleError,
  LockedError,
  RefusedError,
  InternalError,
  errorCode,
} from "./model/errors.js";
// The operations layer: what the CLI, the dashboard and the agents' server call.
export { edit, EDIT_OPS, type EditIntent, type EditOp, type EditOptions, type EditResult, type EditNote } from "./ops/edit.js";
export { status, readRoadmap, type StatusResult, type ReadRoadmap } from "./ops/read.js";
export { next, type NextJson } from "./ops/next.js";
export { lint, type LintRequest, type LintRun } from "./ops/lint.js";
export { history, forecast, type HistoryResult, type ForecastRequest } from "./ops/history.js";
export { collectDashboardData } from "./ops/dashboard.js";
export { FORECAST_DEFAULTS } from "./ops/defaults.js";
export { hashOf } from "./ops/hash.js";
export { locateRoadmap, type Workspace, type Located } from "./ops/workspace.js";
export { SteeringError, validateSteer, READING_CARRIERS, STEER_CARRIERS, type Reading, type ReadingCandidate, type MilestoneSteer, type ParseOptions } from "./model/reading.js";
export { readHistory, forecastFromHistory, readStaleness } from "./history/index.js";
export { mulberry32 } from "./history/prng.js";
export { lintRoadmap, type LintOptions } from "./lint/index.js";
export { syncOverview } from "./edit/operations/sync-overview.js";
export type { CriterionVerify, CriterionVerifyError } from "./model/roadmap.js";
export {
  verify,
  verifyTrustState,
  approveVerifyCommands,
  runVerify,
  selectTargets,
  unapprovedCommands,
  verifyPlace,
  findGitPlace,
  readVerifyContext,
  type VerifyRequest,
  type VerifyRun,
  type VerifyApplied,
  type VerifyTrustState,
  type RunVerifyOptions,
  type VerifyReport,
  type GitPlace,
  type VerifyPlace,
} from "./ops/verify.js";
export { verifyExitCode, verifyTickEdits, type VerifyJson, type VerifyResult, type VerifySummary, type VerifyTarget } from "./verify/results.js";
export { runCommand, runCommands, RunInterruptedError, type CommandResult, type CommandSpec } from "./io/run-command.js";
export { approveCommands, checkTrust } from "./io/trust-store.js";
export { trustDir, trustKey, type TrustOptions } from "./verify/trust.js";
export { readRecord } from "./io/verify-record.js";
export { criterionState, type VerifyRecord, type RecordEntry, type VerifyContext } from "./verify/record.js";
export { RUN_STATUSES, VERIFY_STATUSES, VERIFY_STATES, type RunStatus, type VerifyStatus, type VerifyState } from "./verify/types.js";
