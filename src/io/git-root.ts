import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The top of the git work tree holding `dir` (the nearest folder above with a `.git` folder or
 * file, so a linked worktree is its own top), or undefined outside a repository. No git process.
 */
export function findGitRoot(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(d, ".git"))) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** `findGitRoot` for many files at once, remembering every folder visited (lint over a tree of roadmaps). */
export class GitRootFinder {
  private readonly byDir = new Map<string, string | null>();

  /** The top of the work tree holding `dir`, or undefined. */
  rootOf(dir: string): string | undefined {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit ?? undefined;
    const parent = path.dirname(dir);
    const found = existsSync(path.join(dir, ".git")) ? dir : parent !== dir ? (this.rootOf(parent) ?? null) : null;
    this.byDir.set(dir, found);
    return found ?? undefined;
  }
}
