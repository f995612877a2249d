// Where the dashboard's script and stylesheet come from (for `render html` and the server alike): inlined into the CLI bundle at build
// time (scripts/build.mjs), or bundled on the fly with esbuild when running from source (tests).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InternalError } from "../../model/errors.js";
import type { DashboardAssets } from "./render-html.js";

declare const __ROADMARK_DASHBOARD__: string;

/** The assets the build inlined, if this is a built bundle. */
function embedded(): string | undefined {
  try {
    // Replaced by a string literal in the built CLI; a ReferenceError when running from source.
    return __ROADMARK_DASHBOARD__;
  } catch {
    return undefined;
  }
}

let cached: Promise<DashboardAssets> | undefined;

/** The dashboard client bundle and stylesheet. */
export function dashboardAssets(): Promise<DashboardAssets> {
  cached ??= load();
  return cached;
}

async function load(): Promise<DashboardAssets> {
  const text = embedded();
  if (text !== undefined) return JSON.parse(text) as DashboardAssets;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  let esbuild: typeof import("esbuild");
  try {
    // A computed specifier keeps the CLI bundler from pulling esbuild into the build output.
    const name = "esbuild";
    esbuild = (await import(name)) as typeof import("esbuild");
  } catch {
    throw new InternalError("the dashboard assets are not built into this copy of roadmark; run `npm run build`");
  }
  return bundleDashboard(esbuild, root);
}

/** Bundles the browser client (iife, minified) and the stylesheet (uPlot's + ours). */
export async function bundleDashboard(esbuild: typeof import("esbuild"), root: string): Promise<DashboardAssets> {
  const client = await esbuild.build({
    entryPoints: [path.join(root, "src/render/html/client/main.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    minify: true,
    write: false,
    target: ["chrome100", "firefox100", "safari15"],
    legalComments: "inline",
    logLevel: "warning",
  });
  const require = createRequire(path.join(root, "package.json"));
  const uplotCss = await readFile(require.resolve("uplot/dist/uPlot.min.css"), "utf8");
  const ours = await readFile(path.join(root, "src/render/html/client/dashboard.css"), "utf8");
  const css = await esbuild.transform(`${uplotCss}\n${ours}`, { loader: "css", minify: true, logLevel: "warning" });
  return { js: client.outputFiles[0]!.text, css: css.code };
}
