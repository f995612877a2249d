import { open, rename, unlink, readFile, chmod, chown, stat, access, realpath } from "node:fs/promises";
import { constants } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UsageError } from "../model/errors.js";

/** Options of an atomic write. */
export interface WriteOptions {
  /** The bytes the caller read: the write is refused when the file no longer holds them. */
  readonly expected?: Buffer;
  /** The file's mode, kept on the new file; a mode without write bits is refused as read-only. */
  readonly mode?: number;
  /** The path as shown in messages. */
  readonly display?: string;
}

/** A lock older than this is left over from a crashed process and may be taken over. */
const STALE_LOCK_MS = 30_000;

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "read-only file system";
  if (code === "ENOENT") return "no such directory";
  return e instanceof Error ? e.message : String(e);
}

/** Takes the writers' lock beside `file` (exclusive create); refuses when another writer holds it. */
async function takeLock(file: string, display: string): Promise<string> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.roadmark-lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const h = await open(lock, "wx", 0o600);
      await h.writeFile(String(process.pid));
      await h.close();
      return lock;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (!info) continue;
      break;
    }
  }
  throw new UsageError(`${display}: another roadmark process is writing this file; nothing written`, "run the command again");
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
  // Write through a symlink to the file it points at, rather than replacing the link.
  const file = await realpath(target).catch(() => target);
  const owner = await stat(file).catch(() => undefined);
  if (opts.mode !== undefined && (opts.mode & 0o222) === 0) throw new UsageError(`${display}: the file is read-only; nothing written`);
  if (opts.expected) {
    try {
      await access(file, constants.W_OK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new UsageError(`${display}: the file is not writable (${fsReason(e)}); nothing written`);
    }
  }
  const lock = await takeLock(file, display);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    if (opts.expected) await checkUnchanged(file, display, opts.expected);
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
      // Last look before the rename: under the lock, only a non-roadmark writer can get here.
      if (opts.expected) await checkUnchanged(file, display, opts.expected);
      await rename(tmp, file);
    } catch (e) {
      await handle?.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw e instanceof UsageError ? e : new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
    }
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
