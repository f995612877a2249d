import path from "node:path";
import { UsageError } from "../../model/errors.js";
import { status, steerableChoices } from "../../ops/read.js";
import { renderExplain } from "../../render/terminal/explain.js";
import { renderStatus } from "../../render/terminal/status.js";
import { renderStatusMarkdown } from "../../render/markdown/status.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";
import { writeJson } from "../../render/json.js";

/** `roadmark status [FILE] [--json | --format markdown | --explain]`. */
export async function runStatus(ctx: CommandContext, file: string | undefined, flags: FileFlags & { json?: boolean; format?: "text" | "json" | "markdown"; explain?: boolean }): Promise<number> {
  if ((flags.json || flags.format === "markdown") && flags.explain)
    throw new UsageError("status: --explain prints text; give --json/--format or --explain", "status --json carries the same explanation in `reading`");
  if (file && flags.file && path.resolve(ctx.cwd, file) !== path.resolve(ctx.cwd, flags.file))
    throw new UsageError(`status: two roadmaps given (${file} and -f ${flags.file})`, "give the file once, as FILE or with -f");
  const s = await status({ cwd: ctx.cwd, file: file ?? flags.file, maxSize: flags.maxSize });
  printWarnings(ctx, s.warnings);
  if (flags.json) writeJson(ctx.out, s.lazyJson.head, { key: "milestones", count: s.lazyJson.count, slice: (from, to) => s.lazyJson.milestones(from, to) });
  else if (flags.format === "markdown") ctx.out(renderStatusMarkdown(s.roadmap, s.display));
  else if (flags.explain) ctx.out(renderExplain(s.roadmap, ctx.colors, 5, steerableChoices(s.roadmap)));
  else ctx.out(renderStatus(s.roadmap, s.display, ctx.colors, s.verify));
  return 0;
}
