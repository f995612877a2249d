import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { toStatusJson } from "../../src/report/status-json.js";
import { decodeWindows1252 } from "../../src/io/windows-1252.js";
import { CORPUS, ROOT, SHARED } from "../harness/paths.js";
// The same scoring as `npm run eval` (scripts/eval.mjs), run in-process.
import { documentF1, missKind, scoreDocument, summarise, type GoldEntry } from "../../scripts/eval-score.mjs";

function decode(buf: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return decodeWindows1252(buf);
  }
}

/** Scores every labelled document of `dir` (the corpus files unless said otherwise). */
function score(gold: readonly GoldEntry[], dir: string = CORPUS) {
  return summarise(gold.map((e) => scoreDocument(e, toStatusJson(parseRoadmap(decode(readFileSync(path.join(dir, e.file)))), e.file).milestones)));
}

/** Issue 6's bar: milestone F1, status accuracy and exact checkbox counts. */
function holdsTheBar(s: ReturnType<typeof score>): void {
  it("milestone F1 ≥ 0.90", () => expect(s.f1).toBeGreaterThanOrEqual(0.9));
  it("status accuracy ≥ 0.85 on matched milestones", () => expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.85));
  it("checkbox counts exact on ≥ 95% of matched milestones", () => expect(s.countExact).toBeGreaterThanOrEqual(0.95));
}

describe("extraction against the hand-labelled sample (LABELING.md)", () => {
  const gold = JSON.parse(readFileSync(path.join(SHARED, "corpus/gold-sample.json"), "utf8")) as GoldEntry[];
  const s = score(gold);
  holdsTheBar(s);
  it("scores a mismatch as one (the scorer can fail)", () => {
    const bad = scoreDocument({ file: "x", notes: "", milestones: [{ title: "Phase 1: A", status: "done", items_total: 1, items_checked: 1 }] }, [
      { id: "Phase 1", title: "Phase 1: A", status: "planned", progress: { done: 0, total: 1 } },
      { id: "2", title: "Junk", status: "unknown", progress: { done: 0, total: 0 } },
    ]);
    expect([bad.matched, bad.statusOk, bad.countOk, bad.precision]).toEqual([1, 0, 0, 0.5]);
  });
});

// Twelve other corpus files, labelled by LABELING.md by someone who never saw the extractor's
// output. Before the extractor was adjusted to them it scored F1 0.961, status 0.82, counts 1.0;
// this guards the same bar on documents outside the tuning sample.
describe("extraction against independently labelled corpus files (test/fixtures/eval/labelled-12.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/labelled-12.json"), "utf8")) as GoldEntry[];
  holdsTheBar(score(gold));
});

// Fourteen more corpus files (none in the sets above), labelled blind by LABELING.md on
// 2026-11-25. Scored as first labelled, before any change for them: F1 0.984, status 0.923,
// counts 1.000.
describe("extraction against a second blind-labelled set (test/fixtures/eval/labelled-b.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/labelled-b.json"), "utf8")) as GoldEntry[];
  it("covers fourteen documents", () => expect(gold.length).toBe(14));
  holdsTheBar(score(gold));
});

// The tuning half of the fresh corpus (test/fixtures/eval/fresh-split.json, seed 20261206),
// labelled blind (sets d and e, 43 documents). Scored with main's build before any rule of
// issue 12 was written: F1 0.882 (P 0.937, R 0.833), status 0.626, counts 1.000; after them
// F1 0.923 (P 0.960, R 0.888), status 0.817, counts 1.000. Rules were
// written from these documents, so this guards against regressions, not generalisation; the
// test half (scored only as totals, `fresh-test*.json`) is the lead's to guard.
describe("extraction against the fresh tuning half (test/fixtures/eval/fresh-tuning.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/fresh-tuning.json"), "utf8")) as GoldEntry[];
  const split = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/fresh-split.json"), "utf8")) as { tuning: string[] };
  it("holds only tuning-half documents", () => expect(gold.every((e) => split.tuning.includes(e.file))).toBe(true));
  const s = score(gold, path.join(SHARED, "corpus/fresh"));
  it("milestone F1 ≥ 0.91", () => expect(s.f1).toBeGreaterThanOrEqual(0.91));
  it("status accuracy ≥ 0.89 on matched milestones", () => expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.89));
  it("checkbox counts exact on ≥ 95% of matched milestones", () => expect(s.countExact).toBeGreaterThanOrEqual(0.95));
});

// Set d: 35 corpus files never labelled before (test/fixtures/eval/real-split.json, seed
// 20261206), labelled blind on 2026-12-06 and held out: no rule is written from them and only
// totals are looked at (`npm run eval` prints nothing else for `heldout-*.json`). Scored with
// main's build (3915e4a) before any change for this round's set c: F1 0.850 (P 0.824,
// R 0.878), status 0.830, counts 1.000. A floor under that, so no change makes it worse unseen.
describe("extraction against held-out corpus files (test/fixtures/eval/heldout-real-d.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/heldout-real-d.json"), "utf8")) as GoldEntry[];
  const split = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/real-split.json"), "utf8")) as { c: string[]; d: string[] };
  it("holds exactly set d of the split, disjoint from set c", () => {
    expect(gold.map((e) => e.file).sort()).toEqual([...split.d].sort());
    expect(split.c.some((f) => split.d.includes(f))).toBe(false);
  });
  const s = score(gold, path.join(SHARED, "corpus/real"));
  it("milestone F1 ≥ 0.83", () => expect(s.f1).toBeGreaterThanOrEqual(0.83));
  it("status accuracy ≥ 0.80 on matched milestones", () => expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.8));
  it("checkbox counts exact on ≥ 95% of matched milestones", () => expect(s.countExact).toBeGreaterThanOrEqual(0.95));
});

// Set c: thirty-five more corpus files (test/fixtures/eval/real-split.json, set c; none in the sets above),
// labelled blind by LABELING.md on 2026-12-06 (two labellers, c1 then c2). Scored with main's
// build before any change for them: F1 0.698 (P 0.892, R 0.574; 132 matched of 230 gold, 148
// predicted), status 0.955, counts 1.000. Rules written from them afterwards reached F1 0.892
// (P 0.969, R 0.826), status 0.984, counts 1.000. The floor sits a little under that.
describe("extraction against a third blind-labelled set (test/fixtures/eval/labelled-c.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/labelled-c.json"), "utf8")) as GoldEntry[];
  const s = score(gold);
  it("covers thirty-five documents", () => expect(gold.length).toBe(35));
  it("milestone F1 ≥ 0.87", () => expect(s.f1).toBeGreaterThanOrEqual(0.87));
  it("status accuracy ≥ 0.95 on matched milestones", () => expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.95));
  it("checkbox counts exact on ≥ 95% of matched milestones", () => expect(s.countExact).toBeGreaterThanOrEqual(0.95));
});

// A synthetic set: forty roadmaps written on 2026-12-06 by a helper who never saw the reader,
// in the many shapes and sixteen languages public roadmaps take (test/fixtures/eval/synthetic/,
// our own text, so kept in the repository), labelled by LABELING.md by the same helper. Scored
// before any change for them: F1 0.959, status 0.907, counts 1.000; rules written from them
// took it to 0.993 / 0.966. Synthetic documents are cleaner than real ones: a regression floor,
// not a measure of unseen reading.
describe("extraction against the synthetic set (test/fixtures/eval/synthetic.json)", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/synthetic.json"), "utf8")) as GoldEntry[];
  const s = score(gold, path.join(ROOT, "test/fixtures/eval/synthetic"));
  it("covers forty documents, six with no milestones", () => {
    expect(gold.length).toBe(40);
    expect(gold.filter((e) => e.milestones.length === 0).length).toBe(6);
  });
  it("milestone F1 ≥ 0.97", () => expect(s.f1).toBeGreaterThanOrEqual(0.97));
  it("status accuracy ≥ 0.94 on matched milestones", () => expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.94));
  it("checkbox counts exact on ≥ 95% of matched milestones", () => expect(s.countExact).toBeGreaterThanOrEqual(0.95));
});

// Sets e, f, g, h, i, j, l, m, o, p, r and t: 44 roadmaps each drawn from the stored public GitHub index on 2026-12-06 and -07
// (j: 40 of them, at most two of one owner; l, m, o, p, r and t: not split, all tuning, first scored 0.835,
// 0.815, 0.796, 0.865, 0.889 and 0.842 with the reader their round started with; sources in public-X-sources.tsv, none from a repository of the fresh corpus or of another
// set), labelled blind and split with a recorded seed into a tuning and a held-out test half
// (public-X-split.json). The documents are kept beside the repository in ../extra/X/, not in
// it, so CI scores nothing here; `npm run eval` scores both halves where the documents are (the
// test half as totals).
const PUBLIC_SETS = ["e", "f", "g", "h", "i", "j", "l", "m", "o", "p", "r", "t"] as const;
const sourcesOf = (set: string): string[][] =>
  readFileSync(path.join(ROOT, `test/fixtures/eval/public-${set}-sources.tsv`), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
describe.each(PUBLIC_SETS)("the public set %s (test/fixtures/eval/public-%s-*.json)", (set) => {
  const split = JSON.parse(readFileSync(path.join(ROOT, `test/fixtures/eval/public-${set}-split.json`), "utf8")) as { tuning: string[]; test: string[] };
  const tuning = JSON.parse(readFileSync(path.join(ROOT, `test/fixtures/eval/public-${set}-tuning.json`), "utf8")) as GoldEntry[];
  const test = JSON.parse(readFileSync(path.join(ROOT, `test/fixtures/eval/public-${set}-test.json`), "utf8")) as GoldEntry[];
  const sources = sourcesOf(set);
  it("labels exactly the two halves of the split, which are disjoint", () => {
    expect(tuning.map((e) => e.file)).toEqual([...split.tuning].sort());
    expect(test.map((e) => e.file)).toEqual([...split.test].sort());
    expect(split.tuning.some((f) => split.test.includes(f))).toBe(false);
  });
  it("names a public source for every labelled document, and none from the fresh corpus's repositories or another set's", () => {
    expect(sources.map((r) => r[0]).sort()).toEqual([...split.tuning, ...split.test].sort());
    const fresh = new Set(readFileSync(path.join(SHARED, "corpus/fresh/SOURCES.tsv"), "utf8").split("\n").map((l) => l.split("\t")[1]));
    expect(sources.filter((r) => fresh.has(r[1]))).toEqual([]);
    const others = new Set(PUBLIC_SETS.filter((o) => o !== set).flatMap((o) => sourcesOf(o).map((r) => r[1])));
    expect(sources.filter((r) => others.has(r[1]))).toEqual([]);
  });
});

// Sets k, n, q, s and u: 44 more public roadmaps each, drawn on 2026-12-06 and 2026-12-07 (sources in
// heldout-public-X-sources.tsv) and labelled blind, kept whole as held-out: never split, never
// opened, scored as totals only (k with round 8's starting reader: F1 0.865, status 0.843,
// counts 1.000; n with round 9's: F1 0.727, status 0.985, counts 0.977; q with round 10's:
// F1 0.835, status 0.906, counts 1.000; s with round 11's: F1 0.861, status 0.904, counts 1.000;
// u, drawn late in round 11, with that round's starting reader: F1 0.730, status 0.897, counts 0.993).
const HELDOUT_PUBLIC = ["k", "n", "q", "s", "u"] as const;
describe.each(HELDOUT_PUBLIC)("the held-out public set %s (test/fixtures/eval/heldout-public-%s.json)", (set) => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, `test/fixtures/eval/heldout-public-${set}.json`), "utf8")) as GoldEntry[];
  const sourcesOfHeldout = (s: string): string[][] => readFileSync(path.join(ROOT, `test/fixtures/eval/heldout-public-${s}-sources.tsv`), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  const sources = sourcesOfHeldout(set);
  it("labels forty-four documents, each with a public source from no repository of the fresh corpus or another set", () => {
    expect(gold.length).toBe(44);
    expect(sources.map((r) => r[0]).sort()).toEqual(gold.map((e) => e.file).sort());
    const fresh = new Set(readFileSync(path.join(SHARED, "corpus/fresh/SOURCES.tsv"), "utf8").split("\n").map((l) => l.split("\t")[1]));
    const others = new Set([...PUBLIC_SETS.flatMap((o) => sourcesOf(o).map((r) => r[1])), ...HELDOUT_PUBLIC.filter((o) => o !== set).flatMap((o) => sourcesOfHeldout(o).map((r) => r[1]))]);
    expect(sources.filter((r) => fresh.has(r[1]) || others.has(r[1]))).toEqual([]);
  });
});

describe("eval --diagnose: the kind of miss a document's score shows", () => {
  const gold = (...titles: string[]): GoldEntry => ({ file: "x.md", notes: "", milestones: titles.map((title) => ({ title, status: "unknown", items_total: 0, items_checked: 0 })) });
  const pred = (...titles: string[]) => titles.map((title) => ({ id: title, title, status: "unknown", progress: { done: 0, total: 0 } }));
  it.each([
    [gold("Phase 1", "Phase 2"), pred("Phase 1", "Phase 2"), "exact", 1],
    [gold("Phase 1", "Phase 2"), pred("Phase 1"), "under", 2 / 3],
    [gold("Phase 1"), pred("Phase 1", "Sprint 9"), "over", 2 / 3],
    [gold("Phase 1", "Phase 2"), pred("Phase 1", "Sprint 9"), "partial", 0.5],
    [gold("Phase 1", "Phase 2"), pred("Sprint 8", "Sprint 9"), "disjoint", 0],
    [gold("Phase 1"), pred(), "pred-empty", 0],
    [gold(), pred("Phase 1"), "gold-empty", 0],
    [gold(), pred(), "both-empty", 1],
  ] as const)("%#: %s", (g, p, kind, f1) => {
    const d = scoreDocument(g, p);
    expect(missKind(d)).toBe(kind);
    expect(documentF1(d)).toBeCloseTo(f1, 6);
  });
});
