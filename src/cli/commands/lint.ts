import { formatGithub } from "../../lint/formats/github.js";
import { formatJson } from "../../lint/formats/json.js";
import { formatSarif } from "../../lint/formats/sarif.js";
import { formatStylish } from "../../lint/formats/stylish.js";
import { lint } from "../../ops/lint.js";
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

/** `roadmark lint [FILE…] [--format …] [--fix] [--max-warnings N] [--config PATH]`. */
export async function runLint(ctx: CommandContext, files: string[], flags: LintFlags): Promise<number> {
  const args = [...files, ...(flags.file ? [flags.file] : [])];
  const run = await lint({ cwd: ctx.cwd, maxSize: flags.maxSize }, { files: args, config: flags.config, fix: flags.fix });
  for (const w of run.warnings) ctx.err(`roadmark: ${w}\n`);
  for (const f of run.fixed) ctx.err(`roadmark: ${f.display}: fixed ${f.count} problem${f.count === 1 ? "" : "s"}\n`);
  switch (flags.format ?? "stylish") {
    case "json":
      ctx.out(formatJson(run.files));
      break;
    case "sarif":
      ctx.out(formatSarif(run.files, VERSION, { cwd: ctx.cwd }));
      break;
    case "github":
      ctx.out(formatGithub(run.files));
      break;
    default:
      ctx.out(formatStylish(run.files, ctx.colors));
  }
  const n = run.counts;
  if (n.errors > 0) return 1;
  if (flags.maxWarnings !== undefined && n.warnings > flags.maxWarnings) {
    ctx.err(`roadmark: too many warnings (${n.warnings}, at most ${flags.maxWarnings} allowed)\n`);
    return 1;
  }
  return 0;
}
