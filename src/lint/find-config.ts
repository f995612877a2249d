// Finds the config for a roadmap: `.roadmarkrc.json`, or a `roadmark` key in package.json,
// in the roadmap's directory or the nearest one above it. Cached per directory.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import { DEFAULT_CONFIG, parseConfigText, type LintConfig } from "./config.js";

/** The config file name roadmark looks for. */
export const CONFIG_FILE = ".roadmarkrc.json";

function readIfFile(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`config: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Reads a config file given explicitly (`--config PATH`). */
export function loadConfigFile(file: string, display = file): LintConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`config: ${display}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message}`);
  }
  if (path.basename(file) === "package.json") return parseConfigText(text, display, "roadmark");
  return parseConfigText(text, display);
}

/** Looks upward from directories for the nearest config, remembering every directory it visits. */
export class ConfigFinder {
  private readonly byDir = new Map<string, LintConfig>();

  /** The config that applies to `file` (the defaults when none is found). */
  forFile(file: string): LintConfig {
    return this.forDir(path.dirname(path.resolve(file)));
  }

  private forDir(dir: string): LintConfig {
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    let found: LintConfig | undefined;
    const rc = path.join(dir, CONFIG_FILE);
    const rcText = readIfFile(rc);
    if (rcText !== undefined) found = parseConfigText(rcText, rc);
    else {
      const pkg = path.join(dir, "package.json");
      const pkgText = readIfFile(pkg);
      if (pkgText !== undefined) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(pkgText);
        } catch {
          parsed = undefined; // a broken package.json is not ours to judge
        }
        if (typeof parsed === "object" && parsed !== null && "roadmark" in parsed) found = parseConfigText(pkgText, pkg, "roadmark");
      }
    }
    if (!found) {
      const parent = path.dirname(dir);
      found = parent === dir ? DEFAULT_CONFIG : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
