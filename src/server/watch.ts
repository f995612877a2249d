// Watching the roadmap (its directory, so atomic rename-saves are seen) and git's HEAD.
import { existsSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** Closes what `watchRoadmap` opened. */
export interface Watch {
  close(): void;
}

/** The `.git` directory of the repository holding `dir`, if any. */
export function findGitDir(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const g = path.join(d, ".git");
    if (existsSync(g) && statSync(g).isDirectory()) return g;
    if (path.dirname(d) === d) return undefined;
  }
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
 * Calls `onChange` (debounced) when `file` is written, replaced or removed, or when git's HEAD,
 * a branch ref or the index changes (a commit or a checkout changes the history).
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
  const git = findGitDir(path.dirname(file));
  if (git) {
    watchers.push(safeWatch(git, (name) => (name === null || name === "HEAD" || name === "packed-refs" || name === "index" ? fire() : undefined)));
    const heads = path.join(git, "refs", "heads");
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
