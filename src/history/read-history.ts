// Reads the roadmap's history: git versions in, timeline out. Models are cached by blob id
// (unchanged versions cost nothing) and derived from a neighbouring version when only boxes or
// status cells differ; only structural changes are parsed in full.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../io/read-file.js";
import { UsageError } from "../model/errors.js";
import type { HistoryJson } from "../report/json-types.js";
import { noHistory, readFileVersions, requireRepo, toRepoPath } from "./git.js";
import { deriveModel } from "./incremental.js";
import { NULL_OID, type LogEntry } from "./parse-log.js";
import { buildTimeline, type Timeline } from "./timeline.js";
import { modelFromSource, type VersionModel } from "./version-model.js";

/** Where to read history: the working directory and the roadmap path (relative to it or absolute). */
export interface ReadHistoryOptions {
  readonly cwd: string;
  readonly file: string;
  /** Keep only points on or after this date (`YYYY-MM-DD` or an ISO date-time). */
  readonly since?: string | undefined;
}

/** The timeline with the file's repository path and how each version's model was obtained. */
export interface HistoryRead {
  readonly file: string;
  readonly timeline: Timeline;
  readonly stats: { readonly versions: number; readonly parsed: number; readonly derived: number };
}

/** How many recent versions keep their bytes for deriving a neighbour (bounded memory). */
const KEEP_BYTES = 16;

/** The one decoder (io/read-file's): UTF-8, else Windows-1252 with 0x80–0x9F mapped as Windows does. */
function decode(bytes: Buffer): string {
  return decodeText(bytes).text;
}

/** Parses `--since`; a UsageError for text that is not a date. */
export function parseSince(since: string): number {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00Z` : since);
  // Date.parse rolls 2026-02-30 over to March 2; a calendar date must name a real day.
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(since);
  if (Number.isNaN(t) || (calendar && new Date(t).toISOString().slice(0, 10) !== since))
    throw new UsageError(`--since: not a date: "${since}"`, "use a date like 2026-01-31 or 2026-01-31T12:00:00Z");
  return Math.floor(t / 1000);
}

/** Reads every version of the roadmap from git and builds its timeline. */
export async function readTimeline(opts: ReadHistoryOptions): Promise<HistoryRead> {
  const sinceTime = opts.since !== undefined ? parseSince(opts.since) : undefined;
  const full = path.resolve(opts.cwd, opts.file);
  if (existsSync(full) && statSync(full).isDirectory()) throw new UsageError(`${opts.file}: is a directory, expected the roadmap's Markdown file`);
  const repo = await requireRepo(opts.cwd, opts.file);
  const file = toRepoPath(repo, opts.cwd, opts.file);
  if (repo.shallow)
    throw new UsageError(`${file}: shallow clone: the history is cut off, so dates and cycle times would be wrong`, "fetch the full history with `git fetch --unshallow`");
  const entries: LogEntry[] = [];
  const models = new Map<string, VersionModel>();
  const recent = new Map<string, Buffer>();
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  let parsed = 0;
  let derived = 0;
  await readFileVersions(repo.top, file, {
    onEntry(e) {
      entries.push(e);
      if (e.oldBlob !== NULL_OID && e.newBlob !== NULL_OID && e.oldBlob !== e.newBlob) {
        link(e.oldBlob, e.newBlob);
        link(e.newBlob, e.oldBlob);
      }
    },
    onBlob(oid, content) {
      let model: VersionModel | undefined;
      for (const n of neighbours.get(oid) ?? []) {
        const base = models.get(n);
        const baseBytes = recent.get(n);
        if (!base || !baseBytes) continue;
        model = deriveModel(base, baseBytes, content);
        if (model) break;
      }
      if (model) derived++;
      else {
        model = modelFromSource(decode(content));
        parsed++;
      }
      models.set(oid, model);
      recent.set(oid, content);
      if (recent.size > KEEP_BYTES) recent.delete(recent.keys().next().value!);
    },
  });
  if (entries.length === 0) throw noHistory(file);
  const timeline = buildTimeline(entries.reverse(), (blob) => models.get(blob));
  const points = sinceTime === undefined ? timeline.points : timeline.points.filter((p) => p.time >= sinceTime);
  return { file, timeline: { ...timeline, points }, stats: { versions: models.size, parsed, derived } };
}

/** Reads the roadmap file's git history into the `history --json` shape. */
export async function readHistory(opts: ReadHistoryOptions): Promise<HistoryJson> {
  const { file, timeline } = await readTimeline(opts);
  return {
    file,
    commits: timeline.points.length,
    points: timeline.points.map(({ time: _time, ...p }) => p),
    milestones: timeline.milestones,
  };
}
