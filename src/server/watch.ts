// Watching the roadmap (its directory, so atomic rename-saves are seen) and git's HEAD.
import { existsSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { findGitRoot, gitDirsOf } from "../io/git-root.js";

/** Closes what `watchRoadmap` opened. */
export interface Watch {
  close(): void;
}

/** Git's directories for the work tree holding `dir`: its own git dir (HEAD, index) and the common one (refs). */
export interface GitDirs {
  readonly gitDir: string;
  readonly commonDir: string;
}

/** The git directories of the repository (or linked worktree) holding `dir`: the one git-root finder's. */
export function findGitDir(dir: string): GitDirs | undefined {
  const top = findGitRoot(dir);
  return top ? gitDirsOf(top) : undefined;
}

function safeWatch(dir: string, onName: (name: string | null) => void): FSWatcher | undefined {
  try {
    const w = watch(dir, { persistent: true }, (_event, name) => onName(name === null ? null : String(name)));
    // A watched directory that disappears must not take the server down.
    w.on("error", () => undefined);
    return w;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onChange` (debounced) when `file` is written, replaced or removed, when git's HEAD,
 * a branch ref or the index changes (a commit or a checkout changes the history), or when the
 * record of verify runs changes.
 */
export function watchRoadmap(file: string, onChange: () => void, debounceMs = 80): Watch {
  let timer: NodeJS.Timeout | undefined;
  const fire = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  const base = path.basename(file);
  const watchers: (FSWatcher | undefined)[] = [safeWatch(path.dirname(file), (name) => (name === null || name === base ? fire() : undefined))];
  let git: GitDirs | undefined;
  try {
    git = findGitDir(path.dirname(file));
  } catch {
    git = undefined; // an unreadable .git only costs the history updates
  }
  if (git) {
    // The record of verify runs (`<git-dir>/roadmark/verify.json`): a run changes what each criterion shows.
    const recordDir = path.join(git.gitDir, "roadmark");
    let recordWatched = false;
    const watchRecord = (): void => {
      if (recordWatched || !existsSync(recordDir)) return;
      recordWatched = true;
      watchers.push(safeWatch(recordDir, (name) => (name === null || name === "verify.json" ? fire() : undefined)));
    };
    watchRecord();
    watchers.push(
      safeWatch(git.gitDir, (name) => {
        if (name === "roadmark") watchRecord();
        if (name === null || name === "HEAD" || name === "packed-refs" || name === "index" || name === "roadmark") fire();
      }),
    );
    if (git.commonDir !== git.gitDir) watchers.push(safeWatch(git.commonDir, (name) => (name === "packed-refs" ? fire() : undefined)));
    const heads = path.join(git.commonDir, "refs", "heads");
    if (existsSync(heads)) watchers.push(safeWatch(heads, () => fire()));
  }
  return {
    close(): void {
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const w of watchers) w?.close();
    },
  };
}
