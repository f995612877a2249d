import { existsSync } from "node:fs";
import path from "node:path";
import { readStaleness } from "../../history/staleness.js";
import { findGitPlace, readRecord } from "../../verify/record.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { displayPath } from "../../io/load-roadmap.js";
import { DEFAULT_MAX_SIZE, readTextFile, resolveRoadmapPath, type ReadText } from "../../io/read-file.js";
import type { LintConfig } from "../../lint/config.js";
import { expandFileArgs } from "../../lint/expand-globs.js";
import { ConfigFinder, loadConfigFile } from "../../lint/find-config.js";
import { GitRootFinder } from "../../lint/git-root.js";
import { fixSource, lintSource } from "../../lint/fix.js";
import { countFindings, type LintedFile } from "../../lint/formats/linted-file.js";
import { formatGithub } from "../../lint/formats/github.js";
import { formatJson } from "../../lint/formats/json.js";
import { formatSarif } from "../../lint/formats/sarif.js";
import { formatStylish } from "../../lint/formats/stylish.js";
import type { LintOptions } from "../../lint/run-rules.js";
import { UsageError } from "../../model/errors.js";
import type { CommandContext, FileFlags } from "../context.js";

declare const __ROADMARK_VERSION__: string | undefined;
const VERSION = typeof __ROADMARK_VERSION__ === "string" ? __ROADMARK_VERSION__ : "0.0.0-dev";

/** The flags of `roadmark lint`. */
export interface LintFlags extends FileFlags {
  readonly format?: "stylish" | "json" | "sarif" | "github";
  readonly fix?: boolean;
  readonly maxWarnings?: number;
  readonly config?: string;
}

interface Job {
  readonly full: string;
  readonly file: ReadText;
  readonly config: LintConfig;
}

/** `roadmark lint [FILE…] [--format …] [--fix] [--max-warnings N] [--config PATH]`. */
export async function runLint(ctx: CommandContext, files: string[], flags: LintFlags): Promise<number> {
  const args = [...files, ...(flags.file ? [flags.file] : [])];
  const paths = args.length > 0 ? expandFileArgs(args, ctx.cwd) : [resolveRoadmapPath(undefined, ctx.cwd)];
  const explicit = flags.config ? loadConfigFile(path.resolve(ctx.cwd, flags.config), flags.config) : undefined;
  const finder = new ConfigFinder();
  const maxSize = flags.maxSize ?? DEFAULT_MAX_SIZE;
  const read = await Promise.all(paths.map((full) => readTextFile(full, displayPath(full, ctx.cwd), maxSize)));
  const jobs: Job[] = read.map((file, i) => ({ full: paths[i]!, file, config: explicit ?? finder.forFile(paths[i]!) }));
  for (const j of jobs) {
    if (j.file.encoding === "utf-8") continue;
    const display = displayPath(j.full, ctx.cwd);
    if (flags.fix) throw new UsageError(`${display}: not valid UTF-8 (read as Windows-1252); refusing to fix`, "convert the file to UTF-8 first");
    ctx.err(`roadmark: ${display}: not valid UTF-8, read as Windows-1252\n`);
  }
  // Staleness needs git; files outside a work tree (or with `stale` off) never spawn it.
  const git = new GitRootFinder();
  const histories = await Promise.all(
    jobs.map((j) => (j.config.rules.stale?.severity === "off" || !git.inside(path.dirname(j.full)) ? undefined : readStaleness(ctx.cwd, j.full))),
  );
  // verify-failing reads the clone's record of verify runs; only files with a Verify: clause ask git for it.
  const records = await Promise.all(
    jobs.map(async (j) => {
      if (j.config.rules["verify-failing"]?.severity === "off" || !/verify:/i.test(j.file.text) || !git.inside(path.dirname(j.full))) return undefined;
      const place = await findGitPlace(path.dirname(j.full));
      return place ? readRecord(place.recordFile) : undefined;
    }),
  );
  // Roadmaps in one folder often link the same files: ask the file system once per path.
  const seen = new Map<string, boolean>();
  const exists = (p: string): boolean => {
    let hit = seen.get(p);
    if (hit === undefined) seen.set(p, (hit = existsSync(p)));
    return hit;
  };
  const linted: LintedFile[] = [];
  const writes: { job: Job; text: string; fixed: number }[] = [];
  jobs.forEach((job, i) => {
    const dir = path.dirname(job.full);
    const history = histories[i];
    const options: LintOptions = {
      config: job.config,
      fileExists: (rel) => exists(path.resolve(dir, rel)),
      ...(history ? { history } : {}),
      ...(records[i] ? { verify: records[i] } : {}),
    };
    const display = displayPath(job.full, ctx.cwd);
    if (flags.fix) {
      const fixed = fixSource(job.file.text, options);
      if (fixed.output !== job.file.text) writes.push({ job, text: fixed.output, fixed: fixed.fixed });
      linted.push({ file: display, lines: fixed.roadmap.lines, bom: fixed.roadmap.bom, diagnostics: fixed.result.diagnostics });
    } else {
      const { roadmap, result } = lintSource(job.file.text, options);
      linted.push({ file: display, lines: roadmap.lines, bom: roadmap.bom, diagnostics: result.diagnostics });
    }
  });
  // Nothing is written unless every file to fix is still as it was read (then each write re-checks).
  for (const w of writes) {
    const now = await readTextFile(w.job.full, displayPath(w.job.full, ctx.cwd), maxSize).catch(() => undefined);
    if (!now || !now.bytes.equals(w.job.file.bytes))
      throw new UsageError(`${displayPath(w.job.full, ctx.cwd)}: the file changed on disk since it was read; nothing written`, "run the command again");
  }
  for (const w of writes) {
    const display = displayPath(w.job.full, ctx.cwd);
    await writeFileAtomic(w.job.full, w.text, { expected: w.job.file.bytes, mode: w.job.file.mode, display });
    ctx.err(`roadmark: ${display}: fixed ${w.fixed} problem${w.fixed === 1 ? "" : "s"}\n`);
  }
  switch (flags.format ?? "stylish") {
    case "json":
      ctx.out(formatJson(linted));
      break;
    case "sarif":
      ctx.out(formatSarif(linted, VERSION, { cwd: ctx.cwd }));
      break;
    case "github":
      ctx.out(formatGithub(linted));
      break;
    default:
      ctx.out(formatStylish(linted, ctx.colors));
  }
  const n = countFindings(linted);
  if (n.errors > 0) return 1;
  if (flags.maxWarnings !== undefined && n.warnings > flags.maxWarnings) {
    ctx.err(`roadmark: too many warnings (${n.warnings}, at most ${flags.maxWarnings} allowed)\n`);
    return 1;
  }
  return 0;
}
