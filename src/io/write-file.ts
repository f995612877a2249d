import { open, rename, unlink, readFile, chmod } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UsageError } from "../model/errors.js";

/**
 * Writes `text` to `file` atomically (temp file in the same directory, fsync, rename), keeping
 * the file's mode. When `expected` is given, the file's current bytes must equal it, else the
 * write is refused and nothing is written: another process changed the file since it was read.
 */
export async function writeFileAtomic(file: string, text: string, opts: { expected?: Buffer; mode?: number; display?: string } = {}): Promise<void> {
  const display = opts.display ?? file;
  if (opts.expected) {
    let now: Buffer;
    try {
      now = await readFile(file);
    } catch {
      throw new UsageError(`${display}: the file disappeared since it was read; nothing written`);
    }
    if (!now.equals(opts.expected)) throw new UsageError(`${display}: the file changed on disk since it was read; nothing written`, "run the command again");
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(tmp, "wx", opts.mode ?? 0o644);
  } catch (e) {
    throw new UsageError(`${display}: cannot write: ${(e as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (e as Error).message}`);
  }
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (opts.mode !== undefined) await chmod(tmp, opts.mode);
    if (opts.expected) {
      // Last look before the rename: the window for a lost update is as small as we can make it.
      const now = await readFile(file);
      if (!now.equals(opts.expected)) throw new UsageError(`${display}: the file changed on disk since it was read; nothing written`, "run the command again");
    }
    await rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
