import { next } from "../../ops/next.js";
import { renderNext } from "../../render/terminal/next.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** `roadmark next [--json]`: the current milestone's open criteria, or the next milestone to start. */
export async function runNext(ctx: CommandContext, flags: FileFlags & { json?: boolean }): Promise<number> {
  const n = await next({ cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize });
  printWarnings(ctx, n.warnings);
  if (flags.json) ctx.out(JSON.stringify(n.json, null, 2) + "\n");
  else ctx.out(renderNext(n.roadmap, ctx.colors, n.verify));
  return 0;
}
