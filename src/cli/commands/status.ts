import path from "node:path";
import { UsageError } from "../../model/errors.js";
import { loadRoadmap } from "../../io/load-roadmap.js";
import { toStatusJson } from "../../report/status-json.js";
import { renderStatus } from "../../render/terminal/status.js";
import { readVerifyContext } from "../../verify/record.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** `roadmark status [FILE] [--json]`. */
export async function runStatus(ctx: CommandContext, file: string | undefined, flags: FileFlags & { json?: boolean }): Promise<number> {
  if (file && flags.file && path.resolve(ctx.cwd, file) !== path.resolve(ctx.cwd, flags.file))
    throw new UsageError(`status: two roadmaps given (${file} and -f ${flags.file})`, "give the file once, as FILE or with -f");
  const loaded = await loadRoadmap({ file: file ?? flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  printWarnings(ctx, loaded.warnings);
  const verify = await readVerifyContext(loaded.file.path, loaded.roadmap);
  if (flags.json) ctx.out(JSON.stringify(toStatusJson(loaded.roadmap, loaded.display, verify), null, 2) + "\n");
  else ctx.out(renderStatus(loaded.roadmap, loaded.display, ctx.colors, verify));
  return 0;
}
