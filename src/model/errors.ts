// Typed, neutral errors: every surface (CLI, dashboard server, MCP server) maps the `code` to its
// own form (exit code and flag hints, HTTP status, tool error). Messages name no CLI flag.

/** The error codes every surface maps 1:1 (CONTRACT: MCP tool errors). */
export const ERROR_CODES = ["STALE", "REFUSED", "NOT_FOUND", "BAD_INPUT", "LOCKED", "UNTRUSTED", "INTERNAL"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The base of roadmark's own errors: a code, a one-line message and an optional neutral hint. */
export class RoadmarkError extends Error {
  override name = "RoadmarkError";
  readonly code: ErrorCode;
  /** An optional second line telling how to fix it (never names a flag). */
  readonly hint: string | undefined;
  /** True when the caller may override the refusal (the CLI's `--force`; the surface names it). */
  readonly overridable: boolean;
  constructor(code: ErrorCode, message: string, hint?: string, opts: { overridable?: boolean } = {}) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.overridable = opts.overridable ?? false;
  }
}

/** The user can fix it: bad input, a missing file, an unknown milestone. Exit code 2. */
export class UsageError extends RoadmarkError {
  override name = "UsageError";
  constructor(message: string, hint?: string, code: "BAD_INPUT" | "NOT_FOUND" | "STALE" | "LOCKED" | "UNTRUSTED" = "BAD_INPUT") {
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

/** The file's bytes are not the ones the caller expected (`expectHash`): nothing written. Exit code 2. */
export class StaleError extends UsageError {
  override name = "StaleError";
  /** The hash of the file as it is now (`sha256:<hex>`). */
  readonly currentHash: string;
  constructor(message: string, currentHash: string) {
    super(message, "read the roadmap again and retry with its current hash", "STALE");
    this.currentHash = currentHash;
  }
}

/** Another writer holds the roadmap's lock past the wait. Exit code 2. */
export class LockedError extends UsageError {
  override name = "LockedError";
  constructor(message: string) {
    super(message, "run the command again", "LOCKED");
  }
}

/** The roadmap's content says no (a refused transition). Exit code 1. */
export class RefusedError extends RoadmarkError {
  override name = "RefusedError";
  /** What stands in the way, one phrase each. */
  readonly blockers: readonly string[];
  constructor(message: string, hint?: string, opts: { blockers?: readonly string[]; overridable?: boolean } = {}) {
    super("REFUSED", message, hint, opts);
    this.blockers = opts.blockers ?? [];
  }
}

/** Our bug. Exit code 2 with an issue link. */
export class InternalError extends RoadmarkError {
  override name = "InternalError";
  constructor(message: string) {
    super("INTERNAL", message);
  }
}

/** The code of any thrown value: roadmark's own, else INTERNAL. */
export function errorCode(e: unknown): ErrorCode {
  return e instanceof RoadmarkError ? e.code : "INTERNAL";
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(x: never): never {
  throw new InternalError(`Unhandled kind: ${JSON.stringify(x)}`);
}
