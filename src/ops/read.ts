import { loadRoadmap, type LoadedRoadmap } from "../io/load-roadmap.js";
import type { Roadmap } from "../model/roadmap.js";
import { toStatusJson, type StatusJson } from "../report/status-json.js";
import { hashOf } from "./hash.js";
import { explainSteeringError, steeringFor, UNSTEERED, type Steering } from "./steer.js";
import { locateRoadmap, type Workspace } from "./workspace.js";

/** A roadmap read for an operation: the file, its model, its hash and the notes for the user. */
export interface ReadRoadmap extends LoadedRoadmap {
  /** `sha256:<hex of the file's bytes>`. */
  readonly hash: string;
  /** How it was read (the configuration's steering choice); history and forecast read with the same. */
  readonly steering: Steering;
}

/**
 * Locates, reads and parses the workspace's roadmap (the one reader every read-only operation uses),
 * steered by the nearest configuration's `milestones` choice.
 */
export async function readRoadmap(ws: Workspace): Promise<ReadRoadmap> {
  const located = locateRoadmap(ws);
  // The config is looked up once the file is read: a missing roadmap is reported before a broken config.
  let steering = UNSTEERED;
  try {
    const loaded = await loadRoadmap({
      file: located.path,
      maxSize: ws.maxSize,
      cwd: ws.cwd,
      parse: (full) => (steering = steeringFor(full)).parse,
    });
    return { ...loaded, hash: hashOf(loaded.file.bytes), steering };
  } catch (e) {
    throw explainSteeringError(e, steering, located.display, ws.cwd);
  }
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
  readonly steering: Steering;
}

/** The status of the workspace's roadmap. */
export async function status(ws: Workspace): Promise<StatusResult> {
  const r = await readRoadmap(ws);
  return { json: toStatusJson(r.roadmap, r.display, r.hash), roadmap: r.roadmap, display: r.display, file: r.file.path, hash: r.hash, warnings: r.warnings, steering: r.steering };
}
