// Bundles the CLI into one file (fast start-up: one module to load, command bodies split
// into lazily imported chunks) and the library entry. Uses esbuild directly.
import { build, transform } from "esbuild";
import { rm, mkdir, copyFile } from "node:fs/promises";

await rm("dist", { recursive: true, force: true });
// The dashboard's browser client (dagre + uPlot + our code, iife, minified) and stylesheet are
// bundled first and inlined into the CLI as one string, so `render html` and `serve` need no files.
const dashboard = await bundleDashboard();
await mkdir("dist", { recursive: true });
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  legalComments: "none",
  define: { __ROADMARK_DASHBOARD__: JSON.stringify(JSON.stringify(dashboard)), __ROADMARK_VERSION__: JSON.stringify(JSON.parse(await (await import("node:fs/promises")).readFile("package.json", "utf8")).version) },
  // Some CommonJS dependencies call require() for Node built-ins; give ESM bundles one.
  banner: { js: "import { createRequire as __roadmarkCreateRequire } from 'node:module'; const require = __roadmarkCreateRequire(import.meta.url);" },
};
await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
await copyFile("templates/ROADMAP.template.md", "dist/ROADMAP.template.md");

/** Same steps as `bundleDashboard` in src/server/client-assets.ts (the fallback used from source). */
async function bundleDashboard() {
  const { createRequire } = await import("node:module");
  const { readFile } = await import("node:fs/promises");
  const client = await build({
    entryPoints: ["src/render/html/client/main.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    minify: true,
    write: false,
    target: ["chrome100", "firefox100", "safari15"],
    legalComments: "inline",
    logLevel: "warning",
  });
  const require = createRequire(new URL("../package.json", import.meta.url));
  const uplotCss = await readFile(require.resolve("uplot/dist/uPlot.min.css"), "utf8");
  const ours = await readFile("src/render/html/client/dashboard.css", "utf8");
  const css = await transform(`${uplotCss}\n${ours}`, { loader: "css", minify: true, logLevel: "warning" });
  return { js: client.outputFiles[0].text, css: css.code };
}
