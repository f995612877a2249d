import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Finds whether directories lie inside a git work tree (a `.git` folder or file above them),
 * remembering every directory visited: the lint command asks git about staleness only there,
 * so linting files outside a repository spawns no git at all.
 */
export class GitRootFinder {
  private readonly byDir = new Map<string, boolean>();

  /** True when `dir` or a folder above it holds `.git`. */
  inside(dir: string): boolean {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit;
    const parent = path.dirname(dir);
    const found = existsSync(path.join(dir, ".git")) || (parent !== dir && this.inside(parent));
    this.byDir.set(dir, found);
    return found;
  }
}
