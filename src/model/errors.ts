// Typed, neutral errors: every surface (CLI, dashboard server, MCP server) maps the `code` to its
// own form (exit code and flag hints, HTTP status, tool error). Messages name no CLI flag.

/** The error codes every surface maps 1:1 (CONTRACT: MCP tool errors). */
export const ERROR_CODES = ["STALE", "REFUSED", "NOT_FOUND", "BAD_INPUT", "LOCKED"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The base of roadmark's own errors: a code, a one-line message and an optional neutral hint. */
export class RoadmarkError extends Error {
  override name = "RoadmarkError";
  readonly code: ErrorCode;
  /** An optional second line telling how to fix it. */
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.code = code;
    this.hint = hint;
  }
}

/** The user can fix it: bad input, a missing file, an unknown milestone. Exit code 2. */
export class UsageError extends RoadmarkError {
  override name = "UsageError";
  constructor(message: string, hint?: string, code: "BAD_INPUT" | "NOT_FOUND" | "STALE" | "LOCKED" = "BAD_INPUT") {
    super(code, message, hint);
  }
}

/** Something named does not exist: the roadmap file, a milestone, a criterion. Exit code 2. */
export class NotFoundError extends UsageError {
  override name = "NotFoundError";
  constructor(message: string, hint?: string) {
    super(message, hint, "NOT_FOUND");
  }
}

/** The roadmap's content says no (a refused transition, a dependency cycle). Exit code 1. */
export class RefusedError extends RoadmarkError {
  override name = "RefusedError";
  /** What stands in the way, one phrase each. */
  readonly blockers: readonly string[];
  /** True when the caller may override the refusal (the CLI's `--force`). */
  readonly overridable: boolean;
  constructor(message: string, hint?: string, opts: { blockers?: readonly string[]; overridable?: boolean } = {}) {
    super("REFUSED", message, hint);
    this.blockers = opts.blockers ?? [];
    this.overridable = opts.overridable ?? false;
  }
}

/** Our bug. Exit code 2 with an issue link. */
export class InternalError extends Error {
  override name = "InternalError";
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(x: never): never {
  throw new InternalError(`Unhandled kind: ${JSON.stringify(x)}`);
}
