import { open, rename, unlink, readFile, chmod, chown, stat, access, realpath, type FileHandle } from "node:fs/promises";
import { constants } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UsageError } from "../model/errors.js";
import { withFileLock, type HeldLock, type LockOptions } from "./lock.js";

/** Options of an atomic write. */
export interface WriteOptions {
  /** The bytes the caller read: the write is refused when the file no longer holds them. */
  readonly expected?: Buffer;
  /** The file's mode, kept on the new file; a mode without write bits is refused as read-only. */
  readonly mode?: number;
  /** The path as shown in messages. */
  readonly display?: string;
  /** How the writers' lock waits (tests shorten it). */
  readonly lock?: LockOptions;
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "read-only file system";
  if (code === "ENOENT") return "no such directory";
  return e instanceof Error ? e.message : String(e);
}

async function checkUnchanged(file: string, display: string, expected: Buffer): Promise<void> {
  let now: Buffer;
  try {
    now = await readFile(file);
  } catch {
    throw new UsageError(`${display}: the file disappeared since it was read; nothing written`);
  }
  if (!now.equals(expected)) throw new UsageError(`${display}: the file changed on disk since it was read; nothing written`, "run the command again");
}

/**
 * Writes `text` to `file` atomically (temp file in the same directory, fsync, rename), keeping
 * the file's mode. Writers of one file are serialised by a lock file beside it, and when
 * `expected` is given the file's current bytes must equal it, checked under the lock just
 * before the rename: a concurrent change is refused (UsageError), never silently overwritten.
 * A read-only file (no write bit, or not writable by this user) is refused, not replaced.
 */
export async function writeFileAtomic(target: string, text: string, opts: WriteOptions = {}): Promise<void> {
  const display = opts.display ?? target;
  const file = await resolveTarget(target);
  await checkWritable(file, display, opts);
  await withFileLock(
    file,
    display,
    async (lock) => {
      if (opts.expected) await checkUnchanged(file, display, opts.expected);
      await replaceFile(file, text, { ...opts, display }, lock, opts.expected);
    },
    opts.lock,
  );
}

/** The file a write goes to: through a symlink to the file it points at, rather than replacing the link. */
export async function resolveTarget(target: string): Promise<string> {
  return realpath(target).catch(() => target);
}

/** Refuses a read-only file (no write bit, or not writable by this user) before anything else. */
export async function checkWritable(file: string, display: string, opts: { mode?: number | undefined }): Promise<void> {
  if (opts.mode !== undefined && (opts.mode & 0o222) === 0) throw new UsageError(`${display}: the file is read-only; nothing written`);
  try {
    await access(file, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new UsageError(`${display}: the file is not writable (${fsReason(e)}); nothing written`);
  }
}

/**
 * Replaces `file` (already resolved through symlinks) with `text` atomically: a temp file in the
 * same directory, fsync, then rename; the mode and (as root) the owner are kept. The caller holds
 * the writers' lock; with `expected`, the bytes are checked once more just before the rename
 * (only a writer that ignores the lock can get there). The temp file never outlives a failure.
 */
export async function replaceFile(file: string, text: string, opts: WriteOptions, lock?: HeldLock, expected?: Buffer): Promise<void> {
  const display = opts.display ?? file;
  const owner = await stat(file).catch(() => undefined);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, "wx", opts.mode ?? 0o644);
  } catch (e) {
    throw new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
  }
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (opts.mode !== undefined) await chmod(tmp, opts.mode);
    // Keep the owner when we can (root editing someone's file); otherwise the new file is ours.
    if (owner && process.getuid?.() === 0 && (owner.uid !== 0 || owner.gid !== 0)) await chown(tmp, owner.uid, owner.gid).catch(() => undefined);
    if (expected) await checkUnchanged(file, display, expected);
    lock?.assertHeld();
    await rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e instanceof UsageError ? e : new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
  }
}
