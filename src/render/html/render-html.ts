// `roadmark render html`: one self-contained page (styles, script and data inlined; no network).
import { createHash } from "node:crypto";
import type { DashboardData } from "../../report/dashboard-data.js";
import { InternalError } from "../../model/errors.js";
import { escapeXml } from "../xml-escape.js";

/** The bundled dashboard client and its stylesheet. */
export interface DashboardAssets {
  readonly js: string;
  readonly css: string;
}

/** Options for the page. */
export interface HtmlOptions {
  /** Served by `roadmark serve`: the page connects back to its origin for updates. */
  readonly live?: boolean;
}

/** Embeds JSON in HTML: `<`, `>`, `&` and line separators escaped so no text can close the script. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Makes script text safe to inline: `</script` can never appear in it. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** The Content-Security-Policy of the page: only its own inline script and style, by hash. */
export function dashboardCsp(assets: DashboardAssets, live: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(inlineScript(assets.js))}`,
    `style-src ${sha256(assets.css)}`,
    "img-src data:",
    `connect-src ${live ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Renders the dashboard page for `data`. */
export function renderHtml(data: DashboardData, assets: DashboardAssets, options: HtmlOptions = {}): string {
  const live = options.live === true;
  const title = data.status?.title || "Roadmap";
  const css = assets.css.replace(/<\/(style)/gi, "<\\/$1");
  if (css !== assets.css) throw new InternalError("dashboard stylesheet contains </style");
  return [
    "<!doctype html>",
    `<html lang="en" data-live="${live ? "1" : "0"}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(dashboardCsp(assets, live))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="roadmark">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeXml(title)} · roadmark</title>`,
    `<style>${assets.css}</style>`,
    "</head>",
    "<body>",
    '<main id="app" aria-live="polite"><noscript>This dashboard needs JavaScript; `roadmark status` shows the same in a terminal.</noscript></main>',
    `<script type="application/json" id="roadmark-data">${embedJson(data)}</script>`,
    `<script>${inlineScript(assets.js)}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
