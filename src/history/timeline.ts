// The roadmap over time: one point per commit that changed it (oldest first) and, per
// milestone, when it was added, started and finished. Pure: works on parsed log entries and
// the version models the reader built; no git, no clock.
import type { HistoryMilestoneJson, HistoryPointJson } from "../report/json-types.js";
import { NULL_OID, type LogEntry } from "./parse-log.js";
import type { VersionModel } from "./version-model.js";

/** A point of the timeline (the JSON point plus the author time in seconds, for filtering). */
export interface TimelinePoint extends HistoryPointJson {
  readonly time: number;
  /** Criteria ticked by this commit relative to the previous version (0 for merges and additions). */
  readonly ticked: number;
}

/** The timeline: points oldest first and the derived dates per milestone. */
export interface Timeline {
  readonly points: readonly TimelinePoint[];
  readonly milestones: readonly HistoryMilestoneJson[];
}

/** Seconds since the epoch → `2026-01-02T10:00:00Z`. */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Per-id view of a version: first milestone of each id wins (duplicates are a lint matter). */
function byId(model: VersionModel): Map<string, VersionModel["milestones"][number]> {
  const map = new Map<string, VersionModel["milestones"][number]>();
  for (const m of model.milestones) if (!map.has(m.id)) map.set(m.id, m);
  return map;
}

/** Criteria that went from open to ticked between two versions, per milestone, summed. */
function tickedBetween(before: VersionModel, after: VersionModel): number {
  const old = byId(before);
  let n = 0;
  for (const [id, m] of byId(after)) n += Math.max(0, m.done - (old.get(id)?.done ?? 0));
  return n;
}

/**
 * Builds the timeline from log entries oldest first. `modelOf` returns the model of a blob;
 * deletions (no blob) are not points: the roadmap did not exist at that commit.
 */
export function buildTimeline(entries: readonly LogEntry[], modelOf: (blob: string) => VersionModel | undefined): Timeline {
  const points: TimelinePoint[] = [];
  const versions: Map<string, VersionModel["milestones"][number]>[] = [];
  let previous: VersionModel | undefined;
  for (const e of entries) {
    if (e.newBlob === NULL_OID) continue;
    const model = modelOf(e.newBlob);
    if (!model) continue;
    const before = e.oldBlob === NULL_OID ? undefined : (modelOf(e.oldBlob) ?? previous);
    const ticked = e.parents.length > 1 || !before ? 0 : tickedBetween(before, model);
    const ids = byId(model);
    const milestones: Record<string, { status: VersionModel["milestones"][number]["status"]; done: number; total: number }> = {};
    for (const [id, m] of ids) milestones[id] = { status: m.status, done: m.done, total: m.total };
    points.push({ commit: e.commit, date: isoTime(e.time), time: e.time, done: model.done, total: model.total, ticked, milestones });
    versions.push(ids);
    previous = model;
  }
  return { points, milestones: deriveMilestones(points, versions) };
}

interface Track {
  title: string;
  added: number;
  started: number | undefined;
  runStart: number | undefined;
  order: number;
}

function deriveMilestones(points: readonly TimelinePoint[], versions: readonly Map<string, VersionModel["milestones"][number]>[]): HistoryMilestoneJson[] {
  const tracks = new Map<string, Track>();
  points.forEach((p, i) => {
    const ids = versions[i]!;
    for (const [id, m] of ids) {
      let t = tracks.get(id);
      if (!t) {
        t = { title: m.title, added: p.time, started: undefined, runStart: undefined, order: tracks.size };
        tracks.set(id, t);
      }
      t.title = m.title;
      if (t.started === undefined && (m.status === "in_progress" || m.status === "done" || m.done > 0)) t.started = p.time;
      if (m.status === "done") t.runStart ??= p.time;
      else t.runStart = undefined;
    }
    // A milestone missing from a version breaks its run of `done`.
    for (const [id, t] of tracks) if (!ids.has(id)) t.runStart = undefined;
  });
  const last = versions[versions.length - 1];
  const lastOrder = last ? [...last.keys()] : [];
  const ids = [...lastOrder, ...[...tracks.keys()].filter((id) => !last?.has(id))];
  return ids.map((id) => {
    const t = tracks.get(id)!;
    const doneAt = t.runStart;
    const cycle = doneAt !== undefined && t.started !== undefined ? Math.round(((doneAt - t.started) / 86400) * 100) / 100 : null;
    return {
      id,
      title: t.title,
      addedAt: isoTime(t.added),
      startedAt: t.started !== undefined ? isoTime(t.started) : null,
      doneAt: doneAt !== undefined ? isoTime(doneAt) : null,
      cycleDays: cycle,
    };
  });
}
