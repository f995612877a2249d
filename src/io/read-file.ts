import { readFile, stat } from "node:fs/promises";
import { existsSync, type Stats } from "node:fs";
import path from "node:path";
import { NotFoundError, UsageError } from "../model/errors.js";
import { findGitRoot } from "./git-root.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** The default roadmap locations, first existing wins (CONTRACT.md). */
export const DEFAULT_ROADMAP_PATHS = ["ROADMAP.md", "docs/ROADMAP.md", "docs/roadmap/ROADMAP.md", ".planning/ROADMAP.md"] as const;

/** Largest file read without `--max-size` (64 MB). */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

/** A text file as read: its bytes (kept to detect changes before a write), decoded text and encoding. */
export interface ReadText {
  readonly path: string;
  readonly bytes: Buffer;
  readonly text: string;
  readonly encoding: "utf-8" | "windows-1252";
  readonly mode: number;
}

/**
 * The one roadmap locator every command and server uses: the given path, else the first of the
 * contract's names that exists in `cwd`, else the same names at the top of the enclosing git
 * work tree (so a command run from a subdirectory finds the project's roadmap).
 */
export function resolveRoadmapPath(file: string | undefined, cwd = process.cwd()): string {
  if (file) return path.resolve(cwd, file);
  const first = (dir: string): string | undefined => DEFAULT_ROADMAP_PATHS.map((p) => path.join(dir, p)).find((full) => existsSync(full));
  const here = first(cwd);
  if (here) return here;
  const top = findGitRoot(cwd);
  const there = top && top !== path.resolve(cwd) ? first(top) : undefined;
  if (there) return there;
  throw new NotFoundError(
    `no roadmap found: none of ${DEFAULT_ROADMAP_PATHS.join(", ")} exists in ${cwd}${top && top !== path.resolve(cwd) ? ` or ${top}` : ""}`,
    "pass a file (`-f PATH`) or create one with `roadmark init`",
  );
}

/**
 * Reads a roadmap file with the checks the contract asks for: missing, a directory, unreadable,
 * over `maxSize`, binary (a NUL byte). Bytes that are not UTF-8 decode as Windows-1252.
 */
export async function readTextFile(file: string, display: string, maxSize = DEFAULT_MAX_SIZE): Promise<ReadText> {
  let info: Stats;
  try {
    info = await stat(file);
  } catch (e) {
    throw fsError(display, e);
  }
  if (info.isDirectory()) throw new UsageError(`${display}: is a directory, expected a Markdown file`);
  if (info.size > maxSize)
    throw new UsageError(`${display}: file too large (${formatBytes(info.size)}, limit ${formatBytes(maxSize)})`, "raise the limit with --max-size BYTES");
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(`${display}: ${describeFsError(e)}`);
  }
  if (bytes.length > maxSize) throw new UsageError(`${display}: file too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxSize)})`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UsageError(`${display}: binary file (NUL byte at offset ${nul}), expected Markdown text`);
  const { text, encoding } = decodeText(bytes);
  return { path: file, bytes, text, encoding, mode: info.mode & 0o7777 };
}

/** The one decoder of roadmap bytes: UTF-8 (a BOM kept in the text), else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: ReadText["encoding"] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

function fsError(display: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" ? new NotFoundError(`${display}: ${describeFsError(e)}`) : new UsageError(`${display}: ${describeFsError(e)}`);
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, expected a Markdown file";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** 1536 → "1.5 KB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
