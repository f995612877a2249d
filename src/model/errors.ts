/** The user can fix it: a bad flag, a missing file, an unknown milestone. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** An optional second line telling how to fix it. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** The roadmap's content says no (a refused transition). Exit code 1. */
export class RefusedError extends Error {
  override name = "RefusedError";
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
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
