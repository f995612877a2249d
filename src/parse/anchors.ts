/** Items placed by source line, sorted ascending by `line`, each with its index elsewhere. */
export interface LineAnchor {
  readonly line: number;
  readonly i: number;
}

/** The `i` of the last anchor whose line is before `line` (binary search), or -1 if none is. */
export function anchorBefore(sorted: readonly LineAnchor[], line: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.line < line) {
      at = sorted[mid]!.i;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}
