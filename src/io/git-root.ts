import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The one git-root finder: the top of the git work tree holding `dir` (the nearest folder above
 * with a `.git` folder or file, so a linked worktree is its own top), or undefined outside a
 * repository. No git process. The locator, lint's git-aware rules and history all use it.
 */
export function findGitRoot(dir: string): string | undefined {
  return new GitRootFinder().rootOf(path.resolve(dir));
}

/** `findGitRoot` for many files at once, remembering every folder visited (lint over a tree of roadmaps). */
export class GitRootFinder {
  private readonly byDir = new Map<string, string | null>();

  /** The top of the work tree holding `dir` (an absolute path), or undefined. */
  rootOf(dir: string): string | undefined {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit ?? undefined;
    const parent = path.dirname(dir);
    const found = existsSync(path.join(dir, ".git")) ? dir : parent !== dir ? (this.rootOf(parent) ?? null) : null;
    this.byDir.set(dir, found);
    return found ?? undefined;
  }
}

/**
 * The git directories of the work tree at `top`: its own (`.git`, or where a `.git` file's
 * `gitdir:` line points, for a linked worktree or a submodule) and the common one it shares.
 */
export function gitDirsOf(top: string): { gitDir: string; commonDir: string } {
  const dotGit = path.join(top, ".git");
  let gitDir = dotGit;
  try {
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
      if (m) gitDir = path.resolve(top, m[1]!);
    }
  } catch {
    return { gitDir, commonDir: gitDir };
  }
  let commonDir = gitDir;
  try {
    commonDir = path.resolve(gitDir, readFileSync(path.join(gitDir, "commondir"), "utf8").trim());
  } catch {
    // not a linked worktree: the git directory is the common one
  }
  return { gitDir, commonDir };
}

/** Whether the repository at `top` is a shallow clone (git keeps a `shallow` file listing the cut). */
export function isShallowRepository(top: string): boolean {
  const { gitDir, commonDir } = gitDirsOf(top);
  return existsSync(path.join(commonDir, "shallow")) || existsSync(path.join(gitDir, "shallow"));
}
