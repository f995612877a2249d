// Bundles the CLI into one file (fast start-up: one module to load, command bodies split
// into lazily imported chunks) and the library entry. Uses esbuild directly.
import { build } from "esbuild";
import { rm, mkdir, copyFile } from "node:fs/promises";

await rm("dist", { recursive: true, force: true });
await mkdir("dist", { recursive: true });
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  legalComments: "none",
  define: { __ROADMARK_VERSION__: JSON.stringify(JSON.parse(await (await import("node:fs/promises")).readFile("package.json", "utf8")).version) },
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
