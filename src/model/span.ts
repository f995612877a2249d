/** A half-open range of UTF-16 offsets into the original source text (unist style, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Builds a span; `end` is clamped so that it is never before `start`. */
export function span(start: number, end: number): Span {
  return { start, end: Math.max(start, end) };
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
