import path from "node:path";
import { LockedError, UsageError } from "../model/errors.js";

/** Options of a writer's lock. */
export interface LockOptions {
  /** How long to wait for another writer before giving up (LOCKED). */
  readonly waitMs?: number;
  /** A lock whose holder stopped refreshing it this long ago is stale and taken over. */
  readonly staleMs?: number;
}

/** The lock of `file`: a directory beside it (proper-lockfile's mkdir lock), hidden by a leading dot. */
export function lockPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.roadmark-lock`);
}

/** What the body of a lock may ask: whether the lock was lost (compromised) meanwhile. */
export interface HeldLock {
  /** Throws LockedError when the lock was taken over or lost; call it just before a write. */
  assertHeld(): void;
}

/**
 * Runs `body` holding the advisory writers' lock of `file` (an existing or new file; the path
 * should already be resolved through symlinks). Waits up to `waitMs` for another writer, takes
 * over a stale lock (a holder that crashed), and always releases the lock, leaving nothing behind.
 */
export async function withFileLock<T>(file: string, display: string, body: (lock: HeldLock) => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const waitMs = opts.waitMs ?? 10_000;
  const stale = Math.max(2_000, opts.staleMs ?? 10_000);
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  // Roughly `waitMs` in all: short, randomised waits so that many writers take turns quickly.
  const retries = Math.max(0, Math.ceil(waitMs / 60));
  // Loaded on the first write only: reading commands never pay for it (or for graceful-fs's start-up).
  const { default: lockfile } = await import("proper-lockfile");
  try {
    release = await lockfile.lock(file, {
      lockfilePath: lockPathOf(file),
      realpath: false,
      stale,
      retries: retries === 0 ? 0 : { retries, factor: 1, minTimeout: 20, maxTimeout: 100, randomize: true },
      onCompromised: (e) => {
        compromised = e;
      },
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOCKED") throw new LockedError(`${display}: another roadmark process is writing this file; nothing written`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new UsageError(`${display}: cannot write: permission denied; nothing written`);
    if (code === "ENOENT") throw new UsageError(`${display}: cannot write: no such directory; nothing written`);
    throw new UsageError(`${display}: cannot write: ${e instanceof Error ? e.message : String(e)}; nothing written`);
  }
  const held: HeldLock = {
    assertHeld() {
      if (compromised) throw new LockedError(`${display}: the writers' lock was lost (${compromised.message}); nothing written`);
    },
  };
  try {
    return await body(held);
  } finally {
    await release().catch(() => undefined);
  }
}
