// Bundles the CLI into one file (fast start-up: one module to load, command bodies split
// into lazily imported chunks) and the library entry. Uses esbuild directly.
import * as esbuild from "esbuild";
import { build } from "esbuild";
import { rm, mkdir, copyFile } from "node:fs/promises";
import { spawn } from "node:child_process";

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
  // esbuild's table dates Unicode property escapes (`\p{L}`) in Node 20 later than 20.0 and
  // otherwise rewrites every such literal as `new RegExp(...)`, rebuilt on each call in hot
  // loops. Node 20.20 (package.json engines) has them.
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: false,
  logLevel: "warning",
  legalComments: "none",
  define: { __ROADMARK_DASHBOARD__: JSON.stringify(JSON.stringify(dashboard)), __ROADMARK_VERSION__: JSON.stringify(JSON.parse(await (await import("node:fs/promises")).readFile("package.json", "utf8")).version) },
  // Some CommonJS dependencies call require() for Node built-ins; give ESM bundles one.
  banner: { js: "import { createRequire as __roadmarkCreateRequire } from 'node:module'; const require = __roadmarkCreateRequire(import.meta.url);" },
};
// The library's declarations (dist/index.d.ts and the modules it names), emitted by tsc beside
// the bundle while esbuild runs.
const declarations = new Promise((resolve, reject) => {
  const tsc = spawn(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  tsc.on("error", reject);
  tsc.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tsc (declarations) exited with ${code}`))));
});
await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
await copyFile("templates/ROADMAP.template.md", "dist/ROADMAP.template.md");
await copyFile("templates/dev-cadence.md", "dist/dev-cadence.md");
await declarations;

/**
 * The dashboard assets, by the one recipe in src/render/html/assets.ts (the same function
 * tests use from source): that module is compiled in memory and its bundleDashboard called.
 */
async function bundleDashboard() {
  const out = await build({ entryPoints: ["src/render/html/assets.ts"], bundle: true, platform: "node", format: "esm", write: false, logLevel: "warning" });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
  return mod.bundleDashboard(esbuild, process.cwd());
}
