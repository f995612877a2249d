import { UsageError } from "./errors.js";

/** Where the milestones were read from (`status --json` `reading.carrier`). */
export const READING_CARRIERS = ["template", "heading", "table", "list", "paragraph", "none"] as const;
export type ReadingCarrier = (typeof READING_CARRIERS)[number];

/** The carriers a user can steer the reading to (`.roadmarkrc.json` `milestones.carrier`). */
export const STEER_CARRIERS = ["heading", "table", "list", "paragraph"] as const;
export type SteerCarrier = (typeof STEER_CARRIERS)[number];

/**
 * A steering choice: the heading level (the best-scoring candidate there, else every heading at
 * it; with `nth`, the nth candidate at that level in document order), or the nth table or list in
 * document order (from 1, the numbers `reading.candidates[].nth` gives), or the nth paragraph
 * sequence among the candidates (`**Phase 1:** …` paragraphs, numbered as `--explain` numbers them).
 */
export type MilestoneSteer =
  | { readonly carrier: "heading"; readonly level: number; readonly nth?: number }
  | { readonly carrier: "table"; readonly nth: number }
  | { readonly carrier: "list"; readonly nth: number }
  | { readonly carrier: "paragraph"; readonly nth: number };

/** One candidate sequence the free-form reader considered. */
export interface ReadingCandidate {
  readonly carrier: Exclude<ReadingCarrier, "template" | "none">;
  /** Heading level, for heading sequences. */
  readonly level?: number;
  /** 1-based position among the candidates of this carrier (headings: of this level), in document order. */
  readonly nth: number;
  /** Units in the sequence. */
  readonly count: number;
  readonly score: number;
  readonly chosen: boolean;
  /** The named features behind the score, in words. */
  readonly why: string;
}

/** How a candidate or a choice is named, in the numbers the steering config takes (`headings at level 2`, `table 1`, `list 3`). */
export function candidateName(c: { readonly carrier: string; readonly level?: number | undefined; readonly nth?: number | undefined }): string {
  return c.carrier === "heading" ? `headings at level ${c.level ?? "?"}${c.nth !== undefined ? `, nth ${c.nth}` : ""}` : `${c.carrier} ${c.nth ?? "?"}`;
}

/**
 * The steering choice that reads candidate `c` of a reading (`candidates` best first): a heading
 * level alone reads its best-scoring candidate, so only another candidate of that level needs its
 * `nth`.
 */
export function steerOf(c: ReadingCandidate, candidates: readonly ReadingCandidate[]): MilestoneSteer {
  if (c.carrier === "heading") {
    const level = c.level ?? 0;
    const first = candidates.find((x) => x.carrier === "heading" && x.level === level);
    return first === undefined || first === c ? { carrier: "heading", level } : { carrier: "heading", level, nth: c.nth };
  }
  return { carrier: c.carrier, nth: c.nth };
}

/** Which sequence was read as the milestones, and the candidates with their scores (best first). */
export interface Reading {
  readonly carrier: ReadingCarrier;
  readonly level?: number;
  readonly nth?: number;
  readonly candidates: readonly ReadingCandidate[];
}

/** Options of `parseRoadmap`. */
export interface ParseOptions {
  /** Read this sequence as the milestones instead of the best-scoring one. */
  readonly milestones?: MilestoneSteer;
}

export const STEERING_ERROR_CODES = ["unknown-carrier", "bad-choice", "no-match"] as const;
export type SteeringErrorCode = (typeof STEERING_ERROR_CODES)[number];

/**
 * A steering choice that is malformed or matches no candidate sequence (exit 2 at a surface):
 * a BAD_INPUT UsageError whose `reason` tells which.
 */
export class SteeringError extends UsageError {
  override name = "SteeringError";
  /** Why the choice failed (the error's `code` stays BAD_INPUT, as for every usage error). */
  readonly reason: SteeringErrorCode;
  /** The candidates the document offers (empty for a malformed choice). */
  readonly candidates: readonly ReadingCandidate[];
  constructor(reason: SteeringErrorCode, message: string, candidates: readonly ReadingCandidate[], hint?: string) {
    super(message, hint);
    this.reason = reason;
    this.candidates = candidates;
  }
}

function positiveInt(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 1;
}

/**
 * Checks a steering choice from untyped input (a config file): returns it typed, or throws a
 * SteeringError (`unknown-carrier`, `bad-choice`).
 */
export function validateSteer(value: unknown): MilestoneSteer {
  if (typeof value !== "object" || value === null) throw new SteeringError("bad-choice", "milestones: expected an object such as { \"carrier\": \"heading\", \"level\": 2 }", []);
  const v = value as Record<string, unknown>;
  const carrier = v.carrier;
  if (typeof carrier !== "string" || !(STEER_CARRIERS as readonly string[]).includes(carrier))
    throw new SteeringError("unknown-carrier", `unknown milestone carrier ${JSON.stringify(carrier)}: expected ${STEER_CARRIERS.join(", ")}`, []);
  if (carrier === "heading") {
    const level = v.level;
    if (!positiveInt(level) || level > 6) throw new SteeringError("bad-choice", "milestones: a heading choice needs \"level\" from 1 to 6", []);
    if (v.nth === undefined) return { carrier, level };
    if (!positiveInt(v.nth)) throw new SteeringError("bad-choice", "milestones: a heading choice's \"nth\" counts from 1, the candidates at that level in document order", []);
    return { carrier, level, nth: v.nth };
  }
  const nth = v.nth;
  if (!positiveInt(nth)) throw new SteeringError("bad-choice", `milestones: a ${carrier} choice needs "nth", counting from 1 in document order`, []);
  return { carrier: carrier as "table" | "list" | "paragraph", nth };
}
