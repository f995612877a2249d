// Rendering the workspace's roadmap: the status document, and (gantt, html) its history and forecast.
import { renderBadge } from "../render/badge/render-badge.js";
import { renderGantt } from "../render/gantt/render-gantt.js";
import { renderHtml, type DashboardAssets } from "../render/html/render-html.js";
import { renderMermaid } from "../render/mermaid/render-mermaid.js";
import { UsageError } from "../model/errors.js";
import { collectDashboardData, collectHistory } from "./dashboard.js";
import { status } from "./read.js";
import type { Workspace } from "./workspace.js";

/** The formats `render` knows. */
export const RENDER_FORMATS = ["mermaid", "gantt", "badge", "html"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Checks a format name; BAD_INPUT for an unknown one. */
export function renderFormat(format: string): RenderFormat {
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) throw new UsageError(`render: unknown format "${format}"`, `use one of ${RENDER_FORMATS.join(", ")}`);
  return format as RenderFormat;
}

/** Renders the roadmap; `assets` (the dashboard client) is needed for html only. */
export async function render(
  ws: Workspace,
  format: RenderFormat,
  opts: { percent?: boolean | undefined; assets?: () => Promise<DashboardAssets> } = {},
): Promise<{ text: string; warnings: readonly string[] }> {
  if (format === "html") {
    if (!opts.assets) throw new UsageError("render html: no dashboard client to embed");
    const { data, warnings } = await collectDashboardData(ws);
    return { text: renderHtml(data, await opts.assets()), warnings };
  }
  const s = await status(ws);
  switch (format) {
    case "mermaid":
      return { text: renderMermaid(s.json), warnings: s.warnings };
    case "badge":
      return { text: renderBadge(s.json.progress, { format: opts.percent ? "percent" : "fraction" }), warnings: s.warnings };
    case "gantt": {
      const hist = await collectHistory({ cwd: ws.cwd, file: s.file, source: s.roadmap.source, hash: s.hash });
      return { text: renderGantt({ status: s.json, history: hist.history, forecast: hist.forecast, today: new Date().toISOString().slice(0, 10) }), warnings: s.warnings };
    }
  }
}
