import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadRoadmap } from "../../io/load-roadmap.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { UsageError } from "../../model/errors.js";
import { renderBadge } from "../../render/badge/render-badge.js";
import { renderGantt } from "../../render/gantt/render-gantt.js";
import { renderHtml } from "../../render/html/render-html.js";
import { renderMermaid } from "../../render/mermaid/render-mermaid.js";
import { buildDashboardData, collectHistory } from "../../report/dashboard-data.js";
import { toStatusJson } from "../../report/status-json.js";
import { dashboardAssets } from "../../server/client-assets.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** The formats `roadmark render` knows. */
export const RENDER_FORMATS = ["mermaid", "gantt", "badge", "html"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

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
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) throw new UsageError(`render: unknown format "${format}"`, `use one of ${RENDER_FORMATS.join(", ")}`);
  const out = flags.out ? path.resolve(ctx.cwd, flags.out) : undefined;
  if (out) checkOut(out, flags.out!);
  const loaded = await loadRoadmap({ file: flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  printWarnings(ctx, loaded.warnings);
  const status = toStatusJson(loaded.roadmap, loaded.display);
  let text: string;
  switch (format as RenderFormat) {
    case "mermaid":
      text = renderMermaid(status);
      break;
    case "badge":
      text = renderBadge(status.progress, { format: flags.percent ? "percent" : "fraction" });
      break;
    case "gantt": {
      const hist = await collectHistory({ cwd: ctx.cwd, file: loaded.file.path, source: loaded.file.text });
      text = renderGantt({ status, history: hist.history, forecast: hist.forecast, today: new Date().toISOString().slice(0, 10) });
      break;
    }
    case "html": {
      const hist = await collectHistory({ cwd: ctx.cwd, file: loaded.file.path, source: loaded.file.text });
      text = renderHtml(buildDashboardData(loaded.roadmap, loaded.display, hist), await dashboardAssets());
      break;
    }
  }
  if (out) await writeOut(out, text, flags.out!);
  else ctx.out(text);
  return 0;
}
