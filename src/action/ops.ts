// Stand-in for the operations layer (src/ops/, issue 13) until it lands: the same lint and status
// steps the CLI runs, with the signatures of src/ops/lint.ts and src/ops/read.ts.
import { existsSync } from "node:fs";
import path from "node:path";
import { readStaleness } from "../history/staleness.js";
import { displayPath, loadRoadmap } from "../io/load-roadmap.js";
import { DEFAULT_MAX_SIZE, readTextFile, resolveRoadmapPath } from "../io/read-file.js";
import { expandFileArgs } from "../lint/expand-globs.js";
import { ConfigFinder } from "../lint/find-config.js";
import { lintSource } from "../lint/fix.js";
import { countFindings, type LintedFile } from "../lint/formats/linted-file.js";
import { GitRootFinder } from "../lint/git-root.js";
import type { Roadmap } from "../model/roadmap.js";
import { toStatusJson, type StatusJson } from "../report/status-json.js";

export interface Workspace {
  readonly cwd: string;
  readonly file?: string | undefined;
  readonly maxSize?: number | undefined;
}

export interface LintRun {
  readonly files: readonly LintedFile[];
  readonly warnings: readonly string[];
  readonly counts: ReturnType<typeof countFindings>;
}

/** Lints the files (or the workspace's roadmap) with their configuration, link checks and staleness. */
export async function lint(ws: Workspace, req: { readonly files?: readonly string[] } = {}): Promise<LintRun> {
  const args = req.files ?? [];
  const paths = args.length > 0 ? expandFileArgs([...args], ws.cwd) : [resolveRoadmapPath(ws.file, ws.cwd)];
  const finder = new ConfigFinder();
  const git = new GitRootFinder();
  const files: LintedFile[] = [];
  const warnings: string[] = [];
  for (const full of paths) {
    const display = displayPath(full, ws.cwd);
    const file = await readTextFile(full, display, ws.maxSize ?? DEFAULT_MAX_SIZE);
    if (file.encoding !== "utf-8") warnings.push(`${display}: not valid UTF-8, read as Windows-1252`);
    const config = finder.forFile(full);
    const history = config.rules.stale?.severity === "off" || !git.inside(path.dirname(full)) ? undefined : await readStaleness(ws.cwd, full);
    const dir = path.dirname(full);
    const { roadmap, result } = lintSource(file.text, { config, fileExists: (rel) => existsSync(path.resolve(dir, rel)), ...(history ? { history } : {}) });
    files.push({ file: display, lines: roadmap.lines, bom: roadmap.bom, diagnostics: result.diagnostics });
  }
  return { files, warnings, counts: countFindings(files) };
}

export interface StatusResult {
  readonly json: StatusJson;
  readonly roadmap: Roadmap;
  readonly display: string;
  readonly warnings: readonly string[];
}

/** The status of the workspace's roadmap. */
export async function status(ws: Workspace): Promise<StatusResult> {
  const r = await loadRoadmap({ file: ws.file, maxSize: ws.maxSize, cwd: ws.cwd });
  return { json: toStatusJson(r.roadmap, r.display), roadmap: r.roadmap, display: r.display, warnings: r.warnings };
}
