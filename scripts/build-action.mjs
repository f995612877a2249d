// Bundles the GitHub Action (src/action/main.ts, @actions/core and roadmark's library) into one
// committed file, action/dist/index.js. CI rebuilds it and fails when it differs from the commit.
import { build } from "esbuild";
import { readFile, rm } from "node:fs/promises";

const version = JSON.parse(await readFile("package.json", "utf8")).version;
await rm("action/dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/action/main.ts"],
  outfile: "action/dist/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  // Runs on the runner's node24 and on Node 20 (the CLI's floor), so the tests can run it too.
  target: "node20",
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: false,
  minify: false,
  logLevel: "warning",
  legalComments: "eof",
  charset: "utf8",
  define: { __ROADMARK_VERSION__: JSON.stringify(version) },
  // Some CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  plugins: [sideEffectFree(/^(@actions\/http-client|undici)(\/|$)/)],
  banner: { js: "import { createRequire as __roadmarkCreateRequire } from 'node:module'; const require = __roadmarkCreateRequire(import.meta.url);" },
});

/**
 * Marks packages free of side effects so that esbuild drops them when nothing of theirs is used:
 * @actions/core imports its HTTP client (and undici, ~900 KB) only for OIDC tokens, which the
 * action never asks for.
 */
function sideEffectFree(filter) {
  return {
    name: "side-effect-free",
    setup(b) {
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData?.again) return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { again: true } });
        return r.errors.length ? { errors: r.errors } : { path: r.path, external: r.external, namespace: r.namespace, sideEffects: false };
      });
    },
  };
}
