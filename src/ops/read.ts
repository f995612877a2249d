import { loadRoadmap, type LoadedRoadmap } from "../io/load-roadmap.js";
import type { Roadmap } from "../model/roadmap.js";
import { toStatusJson, type StatusJson, type VerifyContext } from "../report/status-json.js";
import { hashOf } from "./hash.js";
import { readVerifyContext } from "./verify-context.js";
import type { Workspace } from "./workspace.js";

/** A roadmap read for an operation: the file, its model, its hash and the notes for the user. */
export interface ReadRoadmap extends LoadedRoadmap {
  /** `sha256:<hex of the file's bytes>`. */
  readonly hash: string;
}

/** Locates, reads and parses the workspace's roadmap (the one reader every read-only operation uses). */
export async function readRoadmap(ws: Workspace): Promise<ReadRoadmap> {
  const loaded = await loadRoadmap({ file: ws.file, maxSize: ws.maxSize, cwd: ws.cwd });
  return { ...loaded, hash: hashOf(loaded.file.bytes) };
}

/** What `status` returns: the `status --json` document (with `hash`) and the roadmap it describes. */
export interface StatusResult {
  readonly json: StatusJson;
  readonly roadmap: Roadmap;
  readonly display: string;
  /** The absolute path of the roadmap. */
  readonly file: string;
  readonly hash: string;
  readonly warnings: readonly string[];
  /** The record of verify runs and HEAD, when the roadmap names a command inside a git work tree. */
  readonly verify: VerifyContext | undefined;
}

/** The status of the workspace's roadmap, each criterion with a command given its latest verify result. */
export async function status(ws: Workspace): Promise<StatusResult> {
  const r = await readRoadmap(ws);
  const verify = await readVerifyContext(r.file.path, r.roadmap);
  return { json: toStatusJson(r.roadmap, r.display, r.hash, verify), roadmap: r.roadmap, display: r.display, file: r.file.path, hash: r.hash, warnings: r.warnings, verify };
}
