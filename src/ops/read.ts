import { requireMilestone } from "../edit/find.js";
import { loadRoadmap, type LoadedRoadmap } from "../io/load-roadmap.js";
import type { Roadmap } from "../model/roadmap.js";
import { lazyStatusJson, wholeStatusJson, type LazyStatusJson, type MilestoneJson, type StatusJson, type VerifyContext } from "../report/status-json.js";
import { hashOf } from "./hash.js";
import { steerableChoicesOf, type SteerableChoices } from "../parse/freeform.js";
import { explainSteeringError, steeringFor, UNSTEERED, type Steering } from "./steer.js";
import { locateRoadmap, type Workspace } from "./workspace.js";
import { readVerifyContext } from "./verify-context.js";

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
  /** Built when first read. */
  readonly json: StatusJson;
  /** The same document with its milestones built on demand, for a writer that takes it a slice at a time. */
  readonly lazyJson: LazyStatusJson;
  readonly roadmap: Roadmap;
  readonly display: string;
  /** The absolute path of the roadmap. */
  readonly file: string;
  readonly hash: string;
  readonly warnings: readonly string[];
  readonly steering: Steering;
  /** The record of verify runs and HEAD, when the roadmap names a command inside a git work tree. */
  readonly verify: VerifyContext | undefined;
}

/** The status of the workspace's roadmap, each criterion with a command given its latest verify result. */
export async function status(ws: Workspace): Promise<StatusResult> {
  const r = await readRoadmap(ws);
  const verify = await readVerifyContext(r.file.path, r.roadmap);
  const lazyJson = lazyStatusJson(r.roadmap, r.display, r.hash, verify);
  let json: StatusJson | undefined;
  return {
    get json(): StatusJson {
      return (json ??= wholeStatusJson(lazyJson));
    },
    lazyJson,
    roadmap: r.roadmap, display: r.display, file: r.file.path, hash: r.hash, warnings: r.warnings, steering: r.steering, verify };
}

/** One milestone in full (CONTRACT: MCP `roadmap_milestone`): criteria carry their 1-based `index`. */
export interface MilestoneDetail {
  readonly id: string;
  readonly title: string;
  readonly status: MilestoneJson["status"];
  readonly statusText: string;
  readonly focus: string | null;
  readonly goal: string | null;
  readonly criteria: readonly { readonly index: number; readonly text: string; readonly checked: boolean; readonly line: number }[];
  readonly deliverables: readonly string[];
  readonly dependencies: readonly string[];
  readonly learnings: readonly string[];
  readonly progress: MilestoneJson["progress"];
  readonly line: number;
}

/** What `milestone` returns: the milestone, the file and its hash. */
export interface MilestoneResult {
  readonly file: string;
  readonly display: string;
  readonly hash: string;
  readonly milestone: MilestoneDetail;
  readonly warnings: readonly string[];
}

/** One milestone of the workspace's roadmap, by id (NOT_FOUND when there is none). */
export async function milestone(ws: Workspace, id: string): Promise<MilestoneResult> {
  const s = await status(ws);
  const m = requireMilestone(s.roadmap, id);
  // Only this milestone's entry is built, not the whole document's.
  const at = s.roadmap.milestones.indexOf(m);
  const j = s.lazyJson.milestones(at, at + 1)[0]!;
  return {
    file: s.file,
    display: s.display,
    hash: s.hash,
    warnings: s.warnings,
    milestone: {
      id: j.id,
      title: j.title,
      status: j.status,
      statusText: j.statusText,
      focus: j.focus,
      goal: j.goal,
      criteria: j.criteria.map((c, i) => ({ index: i + 1, text: c.text, checked: c.checked, line: c.line })),
      deliverables: j.deliverables,
      dependencies: j.dependsOn,
      learnings: j.learnings,
      progress: j.progress,
      line: j.line,
    },
  };
}

/** What a steering choice can name in a free-form roadmap (heading levels with counts, tables, lists); none for the template. */
export function steerableChoices(roadmap: Roadmap): SteerableChoices | undefined {
  return roadmap.format === "freeform" ? steerableChoicesOf(roadmap.source) : undefined;
}
