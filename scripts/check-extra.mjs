#!/usr/bin/env node
// `node scripts/check-extra.mjs [SET…]`: checks the public sets' documents kept beside the
// repository (../extra/X/, restored from the stored public GitHub index by repo, path and commit)
// against their sources (test/fixtures/eval/*public-X-sources.tsv): every file there, and of the
// length the `chars` column records (characters, as Python's len counts them: code points). A set
// whose folder is missing is listed as such. Exit 0 when every present set is whole, 1 otherwise.
// It prints file names and lengths only, never document text (held-out sets stay unopened).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = path.join(root, "test/fixtures/eval");
const wanted = process.argv.slice(2);
const sources = readdirSync(evalDir)
  .map((f) => /^(heldout-)?public-([a-z]+)-sources\.tsv$/u.exec(f))
  .filter((m) => m !== null && (wanted.length === 0 || wanted.includes(m[2])));
let bad = 0;
for (const m of sources) {
  const set = m[2];
  const name = `${set}${m[1] ? " (held out)" : ""}`;
  const dir = path.resolve(root, "../extra", set);
  const rows = readFileSync(path.join(evalDir, m[0]), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  if (!existsSync(dir)) {
    console.log(`${name}: ${rows.length} documents, folder ../extra/${set} missing`);
    continue;
  }
  const missing = [];
  const differ = [];
  for (const [file, , , , chars] of rows) {
    const p = path.join(dir, file);
    if (!existsSync(p)) missing.push(file);
    else {
      const n = [...readFileSync(p, "utf8")].length;
      if (String(n) !== chars) differ.push(`${file} (${n}, expected ${chars})`);
    }
  }
  bad += missing.length + differ.length;
  console.log(`${name}: ${rows.length - missing.length - differ.length} of ${rows.length} whole${missing.length ? `; missing ${missing.join(" ")}` : ""}${differ.length ? `; length differs ${differ.join(", ")}` : ""}`);
}
process.exit(bad > 0 ? 1 : 0);
