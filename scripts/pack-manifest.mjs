// `npm pack`/`npm publish` ship dist/ already built, so the published package.json needs no
// `prepare` script: with one, `npm install -g roadmark` prints npm's allow-scripts warning for a
// build that never runs there. prepack strips it from package.json (keeping the original beside
// it) and postpack puts the original back; the repository keeps `prepare`, so `npm install` in a
// clone (and a git dependency) still builds.
// Usage: node scripts/pack-manifest.mjs strip|restore
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const PKG = "package.json";
const ORIG = ".package.json.prepack";

function restore() {
  if (existsSync(ORIG)) renameSync(ORIG, PKG);
}

const mode = process.argv[2];
if (mode === "strip") {
  restore(); // a pack that failed half-way left the original aside
  const text = readFileSync(PKG, "utf8");
  const pkg = JSON.parse(text);
  if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: build before packing");
  writeFileSync(ORIG, text);
  delete pkg.scripts.prepare;
  writeFileSync(PKG, JSON.stringify(pkg, null, 2) + "\n");
} else if (mode === "restore") restore();
else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}
