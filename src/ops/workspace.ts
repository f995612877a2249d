import { realpath } from "node:fs/promises";
import path from "node:path";
import { findGitRoot } from "../io/git-root.js";
import { UsageError } from "../model/errors.js";
import { displayPath } from "../io/load-roadmap.js";
import { resolveRoadmapPath } from "../io/read-file.js";

/** Where operations run: the working directory, and the roadmap named by the caller (if any). */
export interface Workspace {
  readonly cwd: string;
  /** The roadmap as given (relative to `cwd`); else located (`locateRoadmap`). */
  readonly file?: string | undefined;
  /** Largest file read. */
  readonly maxSize?: number | undefined;
}

/** A located roadmap: its absolute path and the path as shown to the user. */
export interface Located {
  readonly path: string;
  readonly display: string;
}

/** The roadmap of a workspace: the given file, else the contract's names in `cwd`, else at the top of its git work tree. */
export function locateRoadmap(ws: Workspace): Located {
  const full = resolveRoadmapPath(ws.file, ws.cwd);
  return { path: full, display: displayPath(full, ws.cwd) };
}

/** The path a new roadmap goes to (`init`): the given file, else ROADMAP.md in `cwd`. */
export function newRoadmapPath(ws: Workspace): Located {
  const full = path.resolve(ws.cwd, ws.file ?? "ROADMAP.md");
  return { path: full, display: displayPath(full, ws.cwd) };
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files not yet there). */
async function realish(p: string): Promise<string> {
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return path.join(await realpath(cur), ...rest.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** The work tree a server stands in: the top of the git work tree around `cwd`, else `cwd` (real paths). */
export async function workTreeOf(cwd: string): Promise<string> {
  const real = await realish(path.resolve(cwd));
  return findGitRoot(real) ?? real;
}

/**
 * A workspace whose roadmap lies inside `root` (symlinks resolved): `file` relative to `cwd`, else the
 * located roadmap. BAD_INPUT when the file resolves outside the work tree.
 */
export async function confinedWorkspace(root: string, ws: Workspace): Promise<Workspace> {
  const located = locateRoadmap(ws);
  const real = await realish(located.path);
  const rel = path.relative(root, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
    throw new UsageError(`${located.display}: outside the work tree served (${root}); nothing read or written`, "name a roadmap inside the project");
  return { ...ws, file: located.path };
}
