import { existsSync } from "node:fs";
import path from "node:path";
import { displayPath } from "../../io/load-roadmap.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { UsageError } from "../../model/errors.js";
import { importRoadmap } from "../../ops/import.js";
import type { CommandContext } from "../context.js";

/** Options of `roadmark import`. */
export interface ImportFlags {
  readonly out?: string;
  readonly force?: boolean;
  readonly maxSize?: number;
}

/** `roadmark import SRC [-o OUT] [--force]`: a free-form roadmap rewritten in the template's format. */
export async function runImport(ctx: CommandContext, src: string, flags: ImportFlags): Promise<number> {
  const { file, full, display, roadmap, ...result } = await importRoadmap({ cwd: ctx.cwd, maxSize: flags.maxSize }, src);
  if (file.encoding !== "utf-8") ctx.err(`roadmark: ${display}: not valid UTF-8, read as Windows-1252\n`);
  if (roadmap.milestones.length === 0) ctx.err(`roadmark: ${display}: no milestones found; everything goes to the Notes section\n`);
  if (!flags.out) {
    ctx.out(result.text);
    return 0;
  }
  const out = path.resolve(ctx.cwd, flags.out);
  const outDisplay = displayPath(out, ctx.cwd);
  if (out === full) throw new UsageError(`import: ${outDisplay}: the output would overwrite the source`, "write to another file, e.g. -o ROADMAP.new.md");
  if (existsSync(out) && !flags.force) throw new UsageError(`import: ${outDisplay}: the file exists`, "pass --force to overwrite it");
  if (!existsSync(path.dirname(out))) throw new UsageError(`import: ${outDisplay}: the directory does not exist`);
  await writeFileAtomic(out, result.text, { display: outDisplay });
  ctx.err(`roadmark: wrote ${outDisplay}: ${roadmap.milestones.length} milestones${result.notesLines ? `, ${result.notesLines} lines kept in Notes` : ""}\n`);
  return 0;
}
