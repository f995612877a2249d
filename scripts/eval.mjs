// `npm run eval [--dist PATH/index.js] [GOLD.json…]`: scores free-form extraction against hand
// labels (../shared/corpus/gold-sample.json and any gold files given), through the built library
// (or another build, e.g. main's, given with --dist). A report: always exits 0. The thresholds
// are guarded by test/freeform/eval.test.ts.
// Label files named `fresh-*.json` score ../shared/corpus/fresh/; `fresh-split.json` is the
// tuning/test split, not labels (as `real-split.json` is for the corpus files). For
// `fresh-test*.json` and `heldout-*.json` only the totals are printed: held-out sets are scored
// without anyone seeing per-document results; so are `public-X-test*.json`.
// `--diagnose` adds, for every set, totals that say where it loses without naming a document:
// how many documents miss in each way (missKind in eval-score.mjs), the milestones lost in each
// way, and the ceiling of choosing better among the reader's own candidates: the F1 reached if,
// for every document, the best-scoring steerable candidate (or nothing) were taken, and the
// ceiling of one line of steering: the best of every heading level (and heading candidate), table
// and list per document.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { badness, documentF1, missKind, reason, scoreDocument, summarise } from "./eval-score.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const distAt = args.indexOf("--dist");
const otherDist = distAt >= 0 ? path.resolve(args[distAt + 1] ?? "") : undefined;
if (distAt >= 0) args.splice(distAt, 2);
const diagnoseAt = args.indexOf("--diagnose");
const diagnose = diagnoseAt >= 0;
if (diagnose) args.splice(diagnoseAt, 1);
const dist = otherDist ?? path.join(root, "dist/index.js");

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
if (!otherDist && (!existsSync(dist) || statSync(dist).mtimeMs < newest(path.join(root, "src")))) {
  process.stderr.write("eval: building dist/ first\n");
  execFileSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" });
}
const { parseRoadmap, toStatusJson } = await import(pathToFileURL(dist).href);

function decode(buf) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}

// Given no files: the shared sample, then our own blind-labelled sets (test/fixtures/eval/*.json).
const own = path.join(root, "test/fixtures/eval");
const isLabels = (f) => f.endsWith(".json") && !path.basename(f).endsWith("-split.json");
const extra = args.length > 0 ? args.map((p) => path.resolve(p)).filter(isLabels) : existsSync(own) ? readdirSync(own).filter(isLabels).sort().map((f) => path.join(own, f)) : [];
const golds = [path.join(root, "../shared/corpus/gold-sample.json"), ...extra];
const pct = (x) => `${(100 * x).toFixed(1)}%`;
for (const goldFile of golds) {
  if (!existsSync(goldFile)) {
    process.stdout.write(`${goldFile}: not found, skipped\n`);
    continue;
  }
  const entries = JSON.parse(readFileSync(goldFile, "utf8"));
  // Gold files beside a `real/` folder score those documents; `fresh-*` files score the fresh
  // corpus; others score the shared corpus.
  const base = path.basename(goldFile);
  const fresh = base.startsWith("fresh-");
  // `public-X-*.json`: roadmaps drawn from the public GitHub index (sources in
  // `public-X-sources.tsv`), kept beside the repository in ../extra/X/ like ../shared; where they
  // are not, the set is skipped rather than scored as misses.
  // `heldout-public-X.json`: a public set kept whole as held-out (never split, never opened).
  const pub = /^(?:heldout-)?public-([a-z]+)[-.]/.exec(base)?.[1];
  const totalsOnly = base.startsWith("fresh-test") || base.startsWith("heldout-") || (pub !== undefined && base.includes("-test"));
  const beside = path.join(path.dirname(goldFile), "real");
  // `synthetic*.json`: our own synthetic roadmaps, kept in the repository beside the labels.
  const synthetic = base.startsWith("synthetic") ? path.join(path.dirname(goldFile), "synthetic") : undefined;
  const corpus = synthetic ?? (pub ? path.resolve(root, "../extra", pub) : fresh ? path.resolve(root, "../shared/corpus/fresh") : existsSync(beside) ? beside : path.resolve(root, "../shared/corpus/real"));
  if (pub && !existsSync(corpus)) {
    process.stdout.write(`\n${path.relative(process.cwd(), goldFile)}: documents not here (${path.relative(process.cwd(), corpus)}; sources in ${base.startsWith("heldout-") ? "heldout-" : ""}public-${pub}-sources.tsv), skipped\n`);
    continue;
  }
  const docs = [];
  const best = [];
  const steerBest = [];
  for (const entry of entries) {
    const file = path.join(corpus, entry.file);
    const source = existsSync(file) ? decode(readFileSync(file)) : undefined;
    const roadmap = source === undefined ? undefined : parseRoadmap(source);
    const scored = scoreDocument(entry, roadmap ? toStatusJson(roadmap, entry.file).milestones : []);
    docs.push(scored);
    if (diagnose) {
      best.push(bestCandidate(entry, source, roadmap, scored));
      steerBest.push(bestSteering(entry, source, roadmap, scored));
    }
  }
  process.stdout.write(`\n${path.relative(process.cwd(), goldFile)}: ${docs.length} documents\n`);
  if (!totalsOnly) process.stdout.write("file        gold pred match     P      R  status  boxes\n");
  for (const d of totalsOnly ? [] : docs)
    process.stdout.write(
      `${d.file.padEnd(10)} ${String(d.gold).padStart(5)} ${String(d.predicted).padStart(4)} ${String(d.matched).padStart(5)} ${pct(d.precision).padStart(6)} ${pct(d.recall).padStart(6)} ${`${d.statusOk}/${d.matched}`.padStart(7)} ${`${d.countOk}/${d.matched}`.padStart(6)}\n`,
    );
  const s = summarise(docs);
  process.stdout.write(
    `\nmilestones: precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${s.f1.toFixed(3)}  (${s.matched} matched of ${s.gold} gold, ${s.predicted} predicted)\n` +
      `status accuracy on matched: ${pct(s.statusAccuracy)}\ncheckbox counts exact on matched: ${pct(s.countExact)}\n`,
  );
  if (diagnose) {
    const kinds = new Map();
    for (const d of docs) {
      const k = kinds.get(missKind(d)) ?? { docs: 0, missed: 0, extra: 0 };
      k.docs++;
      k.missed += d.gold - d.matched;
      k.extra += d.predicted - d.matched;
      kinds.set(missKind(d), k);
    }
    const order = ["exact", "under", "over", "partial", "disjoint", "pred-empty", "gold-empty", "both-empty"];
    process.stdout.write(`documents by kind: ${order.filter((k) => kinds.has(k)).map((k) => { const v = kinds.get(k); return `${k} ${v.docs}${v.missed || v.extra ? ` (missed ${v.missed}, extra ${v.extra})` : ""}`; }).join(", ")}\n`);
    const b = summarise(best);
    process.stdout.write(`best of the reader's own candidates: F1 ${b.f1.toFixed(3)}, status ${pct(b.statusAccuracy)} (documents where another candidate scores higher: ${best.filter((d, i) => d !== docs[i]).length})\n`);
    const o = summarise(steerBest);
    process.stdout.write(`best one-line steering: F1 ${o.f1.toFixed(3)}, status ${pct(o.statusAccuracy)} (documents a setting reads better: ${steerBest.filter((d, i) => d !== docs[i]).length}; read exactly with the best setting: ${steerBest.filter((d) => d.matched === d.gold && d.predicted === d.gold).length} of ${docs.length})\n`);
  }
  if (totalsOnly) continue;
  const worst = docs.filter((d) => badness(d) > 0).sort((a, b) => badness(b) - badness(a)).slice(0, 8);
  if (worst.length) {
    process.stdout.write("\nworst documents:\n");
    for (const d of worst) process.stdout.write(`  ${d.file}: ${reason(d)}\n`);
  }
}

/**
 * The best score one line of \`.roadmarkrc.json\` gives a document: no setting, or any heading
 * level, table or list it could name (the steering reads what it names even where the reader
 * finds no sequence). What a user who knows their roadmap can reach without editing it.
 */
function bestSteering(entry, source, roadmap, scored) {
  let top = scored;
  if (source === undefined) return top;
  const consider = (milestones) => {
    try {
      const d = scoreDocument(entry, toStatusJson(parseRoadmap(source, { milestones }), entry.file).milestones);
      if (documentF1(d) > documentF1(top)) top = d;
    } catch {
      // Names nothing in this document.
    }
  };
  for (let level = 1; level <= 6; level++) consider({ carrier: "heading", level });
  // Every heading candidate by its level and nth (the level alone reads only the best of them).
  for (const c of roadmap?.reading?.candidates ?? []) if (c.carrier === "heading") consider(settingOf(c));
  // Delimiter rows (`|---|:-:|`, `--|--`): an upper bound on the tables (those in code count too; a choice of them fails harmlessly).
  const tables = (source.match(/^(?=[^\n]*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/gmu) ?? []).length;
  for (let nth = 1; nth <= Math.min(tables, 30); nth++) consider({ carrier: "table", nth });
  for (let nth = 1; nth <= 40; nth++) consider({ carrier: "list", nth });
  return top;
}

/** The setting that reads exactly candidate `c` of a reading (a heading one by its level and nth). */
function settingOf(c) {
  return c.carrier === "heading" ? { carrier: "heading", level: c.level, nth: c.nth } : { carrier: c.carrier, nth: c.nth };
}

/** The best score any steerable candidate of the reading (or reading nothing) gives one document. */
function bestCandidate(entry, source, roadmap, scored) {
  let top = scored;
  const consider = (d) => {
    if (documentF1(d) > documentF1(top)) top = d;
  };
  consider(scoreDocument(entry, []));
  for (const c of roadmap?.reading?.candidates ?? []) {
    if (c.chosen || !["heading", "table", "list"].includes(c.carrier)) continue;
    consider(scoreDocument(entry, toStatusJson(parseRoadmap(source, { milestones: settingOf(c) }), entry.file).milestones));
  }
  return top;
}
