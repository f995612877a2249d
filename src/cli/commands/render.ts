import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../../io/write-file.js";
import { UsageError } from "../../model/errors.js";
import { render, renderFormat } from "../../ops/render.js";
import { dashboardAssets } from "../../server/client-assets.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** Flags of `roadmark render`. */
export interface RenderFlags extends FileFlags {
  readonly out?: string;
  readonly percent?: boolean;
}

/** Refuses an output path that cannot be written before any work is done. */
function checkOut(out: string, display: string): void {
  const dir = path.dirname(out);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${display}: cannot write: the directory ${path.dirname(display) || "."} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`${display}: cannot write: is a directory`);
}

/** Writes atomically; writeFileAtomic's errors already name the file and the reason in one line. */
async function writeOut(out: string, text: string, display: string): Promise<void> {
  await writeFileAtomic(out, text, { display });
}

/** `roadmark render mermaid|gantt|badge|html [-o OUT]`. */
export async function runRender(ctx: CommandContext, format: string, flags: RenderFlags): Promise<number> {
  const fmt = renderFormat(format);
  const out = flags.out ? path.resolve(ctx.cwd, flags.out) : undefined;
  if (out) checkOut(out, flags.out!);
  const { text, warnings } = await render({ cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize }, fmt, { percent: flags.percent, assets: dashboardAssets });
  printWarnings(ctx, warnings);
  if (out) await writeOut(out, text, flags.out!);
  else ctx.out(text);
  return 0;
}
