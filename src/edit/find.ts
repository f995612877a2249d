import { NotFoundError, UsageError } from "../model/errors.js";
import type { Criterion, Milestone, Roadmap } from "../model/roadmap.js";
import { findMilestone } from "../report/summary.js";

/** The milestone with `id` (normalised comparison), or a UsageError listing the known ids. */
export function requireMilestone(roadmap: Roadmap, id: string): Milestone {
  const m = findMilestone(roadmap, id);
  if (m) return m;
  const ids = roadmap.milestones.map((x) => x.id);
  const known = ids.length === 0 ? "the roadmap has no milestones" : `known: ${ids.length > 12 ? `${ids.slice(0, 12).join(", ")}, …` : ids.join(", ")}`;
  throw new NotFoundError(`unknown milestone "${id}": ${known}`, "run `roadmark status` to see the ids");
}

/** Shortens `text` to `max` characters with an ellipsis, for one-line messages. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The criterion `spec` names in `m`: a 1-based index, or a case-insensitive text fragment that
 * matches exactly one criterion (a criterion whose whole text equals the fragment wins). With
 * the `source`, a fragment copied from the file as written (`` `GET /x` lists ``) matches too.
 */
export function resolveCriterion(m: Milestone, spec: string, source?: string): { criterion: Criterion; index: number } {
  const all = m.criteria;
  if (all.length === 0) throw new UsageError(`${m.id} has no criteria (checkbox items)`);
  const trimmed = spec.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    const c = all[n - 1];
    if (n < 1 || !c) throw new NotFoundError(`criterion ${trimmed} of ${m.id} is out of range: it has ${all.length} (1–${all.length})`);
    return { criterion: c, index: n - 1 };
  }
  const needle = trimmed.toLowerCase();
  if (!needle) throw new UsageError(`empty criterion: give a 1-based index or a text fragment`);
  const texts = (c: Criterion): string[] => {
    const plain = c.text.toLowerCase();
    return source === undefined ? [plain] : [plain, source.slice(c.textSpan.start, c.textSpan.end).trim().toLowerCase()];
  };
  const hits = all.map((c, index) => ({ criterion: c, index })).filter((h) => texts(h.criterion).some((t) => t.includes(needle)));
  if (hits.length === 1) return hits[0]!;
  const exact = hits.filter((h) => texts(h.criterion).some((t) => t === needle));
  if (exact.length === 1) return exact[0]!;
  if (hits.length === 0) throw new NotFoundError(`no criterion of ${m.id} matches "${spec}"`, `give a 1-based index (1–${all.length}) or another fragment`);
  const list = hits.map((h) => `${h.index + 1} "${shorten(h.criterion.text, 30)}"`).join(", ");
  throw new UsageError(`"${spec}" matches ${hits.length} criteria of ${m.id}: ${list}`, "give the index or a longer fragment");
}
