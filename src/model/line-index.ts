/** 1-based line and column of an offset, for display only (offsets are the currency). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Line starts of the original text. A line ends at `\n`; a preceding `\r` belongs to the
 * line terminator, so CRLF counts as one break (as markdown-it and the labels count).
 */
export class LineIndex {
  readonly starts: readonly number[];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }

  /** Number of lines (a trailing newline opens an empty last line). */
  get count(): number {
    return this.starts.length;
  }

  /** Offset where 0-based line `line` starts. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line] ?? this.text.length;
  }

  /** Offset where the content of 0-based line `line` ends (before `\r\n` or `\n`). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] ?? this.text.length) - 1 : this.text.length;
    let end = next;
    if (end > 0 && end <= this.text.length && this.text.charCodeAt(end - 1) === 13 && line + 1 < this.starts.length) end--;
    return Math.max(this.lineStart(line), end);
  }

  /** Offset just after the terminator of 0-based line `line` (start of the next line). */
  lineEndWithBreak(line: number): number {
    return this.lineStart(line + 1);
  }

  /** The text of 0-based line `line`, without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 0-based line containing `offset` (binary search). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column (column counts UTF-16 units from the line start). */
  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStart(line) + 1 };
  }
}
