/** Options of a unified diff: the names in the `---`/`+++` headers and the context size. */
export interface DiffOptions {
  readonly oldName: string;
  readonly newName: string;
  readonly context?: number;
}

interface Op {
  readonly kind: " " | "-" | "+";
  /** 0-based line in the old text (for `+`, the old line the insertion sits before). */
  readonly i: number;
  /** 0-based line in the new text (for `-`, the new line the deletion sits before). */
  readonly j: number;
}

/** Lines with their terminators (`\n` or `\r\n`); the last one may have none. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const out = text.split(/(?<=\n)/);
  return out;
}

/** Largest middle (lines × lines) compared with the exact LCS table before falling back to replace-all. */
const MAX_CELLS = 4_000_000;

/** Edit script of the differing middle: LCS by dynamic programming, or delete-all/insert-all when too large. */
function middleOps(a: readonly string[], b: readonly string[], ai: number, bj: number): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    for (let x = 0; x < n; x++) ops.push({ kind: "-", i: ai + x, j: bj });
    for (let y = 0; y < m; y++) ops.push({ kind: "+", i: ai + n, j: bj + y });
    return ops;
  }
  // lcs[x][y] = LCS length of a[x..] and b[y..], stored row-major.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let x = n - 1; x >= 0; x--)
    for (let y = m - 1; y >= 0; y--)
      lcs[x * w + y] = a[x] === b[y] ? lcs[(x + 1) * w + y + 1]! + 1 : Math.max(lcs[(x + 1) * w + y]!, lcs[x * w + y + 1]!);
  let x = 0;
  let y = 0;
  while (x < n || y < m) {
    if (x < n && y < m && a[x] === b[y]) {
      ops.push({ kind: " ", i: ai + x, j: bj + y });
      x++;
      y++;
    } else if (x < n && (y === m || lcs[(x + 1) * w + y]! >= lcs[x * w + y + 1]!)) {
      // Deletions before insertions, as diff prints a replaced line.
      ops.push({ kind: "-", i: ai + x, j: bj + y });
      x++;
    } else {
      ops.push({ kind: "+", i: ai + x, j: bj + y });
      y++;
    }
  }
  return ops;
}

function show(line: string): string {
  return line.endsWith("\r\n") ? line.slice(0, -2) : line.endsWith("\n") ? line.slice(0, -1) : line;
}

function range(start: number, count: number): string {
  // GNU diff: an empty range names the line before it; a one-line range omits its count.
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

/**
 * A unified diff (`diff -u` style, `--- a/FILE` / `+++ b/FILE` headers) between two texts;
 * an empty string when they are equal. Lines are compared with their terminators, so a line
 * ending change shows; a missing final newline is marked as `diff` does.
 */
export function unifiedDiff(oldText: string, newText: string, opts: DiffOptions): string {
  if (oldText === newText) return "";
  const context = opts.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let k = Math.max(0, pre - context); k < pre; k++) ops.push({ kind: " ", i: k, j: k });
  for (const op of middleOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), pre, pre)) ops.push(op);
  for (let k = 0; k < Math.min(context, suf); k++) ops.push({ kind: " ", i: a.length - suf + k, j: b.length - suf + k });

  let out = `--- ${opts.oldName}\n+++ ${opts.newName}\n`;
  let p = 0;
  while (p < ops.length) {
    while (p < ops.length && ops[p]!.kind === " ") p++;
    if (p >= ops.length) break;
    // A hunk: from `context` equal lines before the first change, merging changes whose gap is ≤ 2×context.
    let start = p;
    while (start > 0 && p - start < context && ops[start - 1]!.kind === " ") start--;
    let end = p;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== " ") end++;
      let gap = end;
      while (gap < ops.length && ops[gap]!.kind === " ") gap++;
      if (gap < ops.length && gap - end <= 2 * context) end = gap;
      else {
        end = Math.min(end + context, gap);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const first = hunk[0]!;
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${range(first.i, oldCount)} +${range(first.j, newCount)} @@\n`;
    for (const o of hunk) {
      const line = o.kind === "+" ? b[o.j]! : a[o.i]!;
      out += `${o.kind}${show(line)}\n`;
      if (!line.endsWith("\n")) out += "\\ No newline at end of file\n";
    }
    p = end;
  }
  return out;
}
