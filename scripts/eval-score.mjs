// Scores predicted milestones against hand labels (LABELING.md "Suggested scoring").
// Plain JavaScript so that `npm run eval` runs without a TypeScript step; the vitest guard
// imports the same functions (types in eval-score.d.mts).

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** The lenient title key: NFKC, casefold, no emoji, punctuation or markup, collapsed whitespace. */
export function titleKey(text) {
  return String(text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(EMOJI, " ")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function keysOf(m) {
  const keys = new Set();
  const t = titleKey(m.title);
  const id = titleKey(m.id);
  if (t) keys.add(t);
  if (id) keys.add(id);
  if (id && t) keys.add(`${id} ${t}`);
  return [...keys];
}

/** True when a predicted and a gold milestone match on title, id, id + title or containment. */
export function matches(pred, gold) {
  const pk = keysOf(pred);
  const gk = keysOf(gold);
  for (const a of pk)
    for (const b of gk) {
      if (a === b) return true;
      const [s, l] = a.length < b.length ? [a, b] : [b, a];
      if (s.length >= 4 && ` ${l} `.includes(` ${s} `)) return true;
    }
  return false;
}

/** Order-preserving alignment with the most matches (LCS over the match relation). */
export function align(pred, gold) {
  const n = pred.length;
  const m = gold.length;
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = matches(pred[i], gold[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (matches(pred[i], gold[j]) && dp[i][j] === dp[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Scores one document: `pred` are status-JSON-like milestones ({id,title,status,progress}). */
export function scoreDocument(entry, pred) {
  const gold = entry.milestones;
  const pairs = align(pred, gold);
  let statusOk = 0;
  let countOk = 0;
  const misses = [];
  for (const [i, j] of pairs) {
    const p = pred[i];
    const g = gold[j];
    if (p.status === g.status) statusOk++;
    else misses.push(`status ${JSON.stringify(g.title)}: ${p.status} ≠ ${g.status}`);
    if (p.progress.total === g.items_total && p.progress.done === g.items_checked) countOk++;
    else misses.push(`boxes ${JSON.stringify(g.title)}: ${p.progress.done}/${p.progress.total} ≠ ${g.items_checked}/${g.items_total}`);
  }
  const matchedGold = new Set(pairs.map(([, j]) => j));
  const matchedPred = new Set(pairs.map(([i]) => i));
  const missed = gold.filter((_, j) => !matchedGold.has(j)).map((g) => g.title);
  const extra = pred.filter((_, i) => !matchedPred.has(i)).map((p) => p.title);
  return {
    file: entry.file,
    gold: gold.length,
    predicted: pred.length,
    matched: pairs.length,
    precision: pred.length === 0 ? (gold.length === 0 ? 1 : 0) : pairs.length / pred.length,
    recall: gold.length === 0 ? (pred.length === 0 ? 1 : 0) : pairs.length / gold.length,
    statusOk,
    countOk,
    missed,
    extra,
    misses,
  };
}

/** Totals over documents: micro-averaged precision, recall, F1, status accuracy, count exactness. */
export function summarise(docs) {
  let gold = 0, predicted = 0, matched = 0, statusOk = 0, countOk = 0;
  for (const d of docs) {
    gold += d.gold;
    predicted += d.predicted;
    matched += d.matched;
    statusOk += d.statusOk;
    countOk += d.countOk;
  }
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { documents: docs.length, gold, predicted, matched, precision, recall, f1, statusAccuracy: matched ? statusOk / matched : 1, countExact: matched ? countOk / matched : 1 };
}

/** A one-line reason for a document's score. */
export function reason(d) {
  const parts = [];
  if (d.missed.length) parts.push(`missed ${d.missed.length} (${d.missed.slice(0, 2).map((t) => JSON.stringify(t)).join(", ")})`);
  if (d.extra.length) parts.push(`extra ${d.extra.length} (${d.extra.slice(0, 2).map((t) => JSON.stringify(t)).join(", ")})`);
  if (d.misses.length) parts.push(d.misses.slice(0, 2).join("; "));
  return parts.join("; ") || "ok";
}

/** Badness for ordering the worst documents: lost F1 plus lost status and count accuracy. */
export function badness(d) {
  const f1 = d.precision + d.recall === 0 ? 0 : (2 * d.precision * d.recall) / (d.precision + d.recall);
  const st = d.matched ? d.statusOk / d.matched : 1;
  const ct = d.matched ? d.countOk / d.matched : 1;
  return 3 * (1 - f1) + (1 - st) + (1 - ct);
}

/**
 * The kind of miss a document's score shows (totals of these say where a set loses, without
 * naming a document): `exact`, `under` (some gold missed, nothing extra), `over` (all gold,
 * plus extra), `partial` (both), `disjoint` (a wrong sequence: nothing matched), `pred-empty`
 * (nothing read, gold has milestones), `gold-empty` (read milestones where gold has none),
 * `both-empty`.
 */
export function missKind(d) {
  if (d.gold === 0) return d.predicted === 0 ? "both-empty" : "gold-empty";
  if (d.predicted === 0) return "pred-empty";
  if (d.matched === 0) return "disjoint";
  if (d.matched === d.gold) return d.matched === d.predicted ? "exact" : "over";
  return d.matched === d.predicted ? "under" : "partial";
}

/** One document's milestone F1 (1 when both gold and prediction are empty). */
export function documentF1(d) {
  return d.gold + d.predicted === 0 ? 1 : (2 * d.matched) / (d.gold + d.predicted);
}
