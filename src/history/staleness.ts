// The data behind lint's `stale` rule: how long the roadmap has gone unchanged while the rest
// of the repository moved on. Quiet by design: outside git, untracked, or shallow → undefined.
import type { HistorySnapshot } from "../model/history-snapshot.js";
import { commitsSince, fileDir, findRepo, GitError, lastChange, toRepoPath } from "./git.js";
import { isoTime } from "./timeline.js";

/** What git says about the roadmap's freshness, or undefined outside a git repository or when the file is untracked. */
export async function readStaleness(cwd: string, file: string, opts: { now?: Date } = {}): Promise<HistorySnapshot | undefined> {
  const repo = await findRepo(fileDir(cwd, file));
  // A shallow clone cuts the history: the boundary commit would look like the last change.
  if (!repo || repo.shallow) return undefined;
  try {
    const rel = toRepoPath(repo, cwd, file);
    const last = await lastChange(repo.top, rel);
    if (!last) return undefined;
    const now = (opts.now ?? new Date()).getTime() / 1000;
    return {
      daysSinceChange: Math.max(0, Math.floor((now - last.time) / 86400)),
      commitsElsewhere: await commitsSince(repo.top, last.commit),
      lastChange: isoTime(last.time),
    };
  } catch (e) {
    // An unborn branch, a path outside the repository: no snapshot rather than a lint failure.
    if (e instanceof GitError || (e instanceof Error && e.name === "UsageError")) return undefined;
    throw e;
  }
}
