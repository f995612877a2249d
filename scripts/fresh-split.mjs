// Splits ../shared/corpus/fresh/ at random, with a fixed recorded seed, into a tuning half and a
// test half (issue 12). Run once, before anyone read the documents; the result is
// test/fixtures/eval/fresh-split.json. Re-running with the same seed gives the same split.
// The test half is never opened while rules change: only its labels and its total score are read.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = 20261206;
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const files = readdirSync(path.join(root, "../shared/corpus/fresh"))
  .filter((f) => /^\d+\.md$/.test(f))
  .sort();
const rand = mulberry32(SEED);
const shuffled = [...files];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const half = Math.floor(shuffled.length / 2);
const out = {
  seed: SEED,
  method: "mulberry32(seed) Fisher-Yates shuffle of the sorted NNN.md names; first half tuning, rest test",
  tuning: shuffled.slice(0, half).sort(),
  test: shuffled.slice(half).sort(),
};
writeFileSync(path.join(root, "test/fixtures/eval/fresh-split.json"), JSON.stringify(out, null, 2) + "\n");
process.stdout.write(`tuning ${out.tuning.length}, test ${out.test.length}\n`);
