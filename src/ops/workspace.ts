import path from "node:path";
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
