import { loadRoadmap } from "../../io/load-roadmap.js";
import { toStatusJson } from "../../report/status-json.js";
import { renderStatus } from "../../render/terminal/status.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** `roadmark status [FILE] [--json]`. */
export async function runStatus(ctx: CommandContext, file: string | undefined, flags: FileFlags & { json?: boolean }): Promise<number> {
  const loaded = await loadRoadmap({ file: file ?? flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  printWarnings(ctx, loaded.warnings);
  if (flags.json) ctx.out(JSON.stringify(toStatusJson(loaded.roadmap, loaded.display), null, 2) + "\n");
  else ctx.out(renderStatus(loaded.roadmap, loaded.display, ctx.colors));
  return 0;
}
