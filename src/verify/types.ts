// Shared vocabulary of `roadmark verify` (issue 15): what a run can end as, and what a
// criterion with a command shows on every surface.

/** How a command that ran ended. */
export const RUN_STATUSES = ["passed", "failed", "timed_out"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A result in `verify --json`: a run's status, or `untrusted` for a command left unrun for lack of approval. */
export const VERIFY_STATUSES = [...RUN_STATUSES, "untrusted"] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

/**
 * What a criterion with a command shows: `verified` (its command passed at the commit HEAD is
 * at), `failing` (its command's latest run failed or timed out at HEAD), `stale` (the command
 * changed or HEAD moved since the latest run), `none` (never run, or no record outside git).
 */
export const VERIFY_STATES = ["verified", "failing", "stale", "none"] as const;
export type VerifyState = (typeof VERIFY_STATES)[number];
