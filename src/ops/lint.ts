// The lint operation: files, configuration, git (staleness), the file system (links), the fix
// loop and the writes it plans; the CLI and the dashboard call it and only format its result.
import { existsSync } from "node:fs";
import path from "node:path";
import { readStaleness } from "../history/staleness.js";
import { GitRootFinder } from "../io/git-root.js";
import { displayPath } from "../io/load-roadmap.js";
import { DEFAULT_MAX_SIZE, readTextFile, resolveRoadmapPath, type ReadText } from "../io/read-file.js";
import { writeFileAtomic } from "../io/write-file.js";
import type { LintConfig } from "../lint/config.js";
import { expandFileArgs } from "../lint/expand-globs.js";
import { ConfigFinder, loadConfigFile } from "../lint/find-config.js";
import { fixSource, lintSource } from "../lint/fix.js";
import { countFindings, type LintedFile } from "../lint/formats/linted-file.js";
import { toLintJson } from "../lint/formats/json.js";
import type { LintOptions } from "../lint/run-rules.js";
import { UsageError } from "../model/errors.js";
import type { LintFileJson } from "../report/json-types.js";
import { steered, steeringOf } from "./steer.js";
import { readVerifyRecordFor } from "./verify-context.js";
import type { Workspace } from "./workspace.js";

/** What to lint. */
export interface LintRequest {
  /** Files or globs (relative to the workspace); none: the workspace's roadmap. */
  readonly files?: readonly string[];
  /** A configuration file to use instead of the lookup. */
  readonly config?: string | undefined;
  /** Apply safe fixes and write them. */
  readonly fix?: boolean | undefined;
}

/** What lint found (and, with `fix`, wrote). */
export interface LintRun {
  readonly files: readonly LintedFile[];
  /** The files fixed, with how many problems each. */
  readonly fixed: readonly { readonly display: string; readonly count: number }[];
  /** Notes for the user (a file read as Windows-1252). */
  readonly warnings: readonly string[];
  readonly counts: ReturnType<typeof countFindings>;
  /** The `lint --format json` document. */
  readonly json: LintFileJson[];
}

interface Job {
  readonly full: string;
  readonly display: string;
  readonly file: ReadText;
  readonly config: LintConfig;
}

/** Lints the request's files with their configuration, link checks and (inside a git work tree) staleness and the verify record. */
export async function lint(ws: Workspace, req: LintRequest = {}): Promise<LintRun> {
  const args = req.files ?? [];
  const paths = args.length > 0 ? expandFileArgs([...args], ws.cwd) : [resolveRoadmapPath(ws.file, ws.cwd)];
  const explicit = req.config ? loadConfigFile(path.resolve(ws.cwd, req.config), req.config) : undefined;
  const finder = new ConfigFinder();
  const maxSize = ws.maxSize ?? DEFAULT_MAX_SIZE;
  const read = await Promise.all(paths.map((full) => readTextFile(full, displayPath(full, ws.cwd), maxSize)));
  const jobs: Job[] = read.map((file, i) => ({ full: paths[i]!, display: displayPath(paths[i]!, ws.cwd), file, config: explicit ?? finder.forFile(paths[i]!) }));
  const warnings: string[] = [];
  for (const j of jobs) {
    if (j.file.encoding === "utf-8") continue;
    if (req.fix) throw new UsageError(`${j.display}: not valid UTF-8 (read as Windows-1252); refusing to fix`, "convert the file to UTF-8 first");
    warnings.push(`${j.display}: not valid UTF-8, read as Windows-1252`);
  }
  // Staleness needs git; files outside a work tree (or with `stale` off) never spawn it.
  const git = new GitRootFinder();
  const histories = await Promise.all(
    jobs.map((j) => (j.config.rules.stale?.severity === "off" || !git.rootOf(path.dirname(j.full)) ? undefined : readStaleness(ws.cwd, j.full))),
  );
  // verify-failing reads the clone's record of verify runs; only files with a Verify: clause inside a work tree ask git for it.
  const records = await Promise.all(
    jobs.map((j) => (j.config.rules["verify-failing"]?.severity === "off" || !git.rootOf(path.dirname(j.full)) ? undefined : readVerifyRecordFor(j.full, j.file.text))),
  );
  // Roadmaps in one folder often link the same files: ask the file system once per path.
  const seen = new Map<string, boolean>();
  const exists = (p: string): boolean => {
    let hit = seen.get(p);
    if (hit === undefined) seen.set(p, (hit = existsSync(p)));
    return hit;
  };
  const files: LintedFile[] = [];
  const writes: { job: Job; text: string; fixed: number }[] = [];
  jobs.forEach((job, i) => {
    const dir = path.dirname(job.full);
    const history = histories[i];
    const record = records[i];
    const options: LintOptions = { config: job.config, fileExists: (rel) => exists(path.resolve(dir, rel)), ...(history ? { history } : {}), ...(record ? { verify: record } : {}) };
    // The config's steering choice reads the same milestones here as in every other operation.
    const steering = steeringOf(job.config);
    if (req.fix) {
      const fixed = steered(steering, job.display, ws.cwd, () => fixSource(job.file.text, options));
      if (fixed.output !== job.file.text) writes.push({ job, text: fixed.output, fixed: fixed.fixed });
      files.push({ file: job.display, lines: fixed.roadmap.lines, bom: fixed.roadmap.bom, diagnostics: fixed.result.diagnostics });
    } else {
      const { roadmap, result } = steered(steering, job.display, ws.cwd, () => lintSource(job.file.text, options));
      files.push({ file: job.display, lines: roadmap.lines, bom: roadmap.bom, diagnostics: result.diagnostics });
    }
  });
  // Nothing is written unless every file to fix is still as it was read (then each write re-checks under its lock).
  for (const w of writes) {
    const now = await readTextFile(w.job.full, w.job.display, maxSize).catch(() => undefined);
    if (!now?.bytes.equals(w.job.file.bytes)) throw new UsageError(`${w.job.display}: the file changed on disk since it was read; nothing written`, "run the command again", "STALE");
  }
  const fixed: { display: string; count: number }[] = [];
  for (const w of writes) {
    await writeFileAtomic(w.job.full, w.text, { expected: w.job.file.bytes, mode: w.job.file.mode, display: w.job.display });
    fixed.push({ display: w.job.display, count: w.fixed });
  }
  return { files, fixed, warnings, counts: countFindings(files), json: toLintJson(files) };
}
