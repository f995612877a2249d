// Pure parsers of git's machine-readable output: the `git log -z --raw` stream written by
// `git.ts` and the `git cat-file --batch` stream. No I/O here; tests feed literal strings.

/** The blob id git uses for "no file" (the old side of an addition, the new side of a deletion). */
export const NULL_OID = "0000000000000000000000000000000000000000";

/** Record separator (U+001E) that starts every commit in our `--format`. */
export const RECORD = "\u001e";
/** Unit separator (U+001F) between a commit's header fields. */
export const UNIT = "\u001f";

/** The `--format` that `parseLogRecord` reads: record mark, sha, author time, parents. */
export const LOG_FORMAT = "%x1e%H%x1f%at%x1f%P";

/** One commit that touched the file, with the file's blob before and after it. */
export interface LogEntry {
  readonly commit: string;
  /** Author date, seconds since the epoch. */
  readonly time: number;
  readonly parents: readonly string[];
  /** Raw status letter: A, M, D, R, C, T. */
  readonly change: string;
  readonly oldBlob: string;
  readonly newBlob: string;
  /** The file's path at this commit (the new path of a rename). */
  readonly path: string;
}

/**
 * Parses one commit record (the text after a RECORD mark): `sha US time US parents NUL`, then
 * raw diff entries `:mode mode old new status NUL path NUL` (plus a second path for renames).
 * Returns undefined for a record with no raw entry (a commit without a diff for the file).
 */
export function parseLogRecord(record: string): LogEntry | undefined {
  const headEnd = record.indexOf("\0");
  const head = headEnd === -1 ? record : record.slice(0, headEnd);
  const [commit = "", time = "", parents = ""] = head.split(UNIT);
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new SyntaxError(`git log: unexpected record header "${head.slice(0, 80)}"`);
  if (headEnd === -1) return undefined;
  const fields = record.slice(headEnd + 1).split("\0");
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i]!.replace(/^\n+/, "");
    if (!raw.startsWith(":")) continue;
    const parts = raw.slice(1).split(" ");
    const oldBlob = parts[2] ?? "";
    const newBlob = parts[3] ?? "";
    const change = (parts[4] ?? "").charAt(0);
    const twoPaths = change === "R" || change === "C";
    const path = (twoPaths ? fields[i + 2] : fields[i + 1]) ?? "";
    return { commit, time: Number(time), parents: parents ? parents.split(" ") : [], change, oldBlob, newBlob, path };
  }
  return undefined;
}

/** Splits a growing `git log` stream into commit records; feed chunks, then call `end`. */
export class LogStreamParser {
  private rest = "";
  private readonly onEntry: (e: LogEntry) => void;
  constructor(onEntry: (e: LogEntry) => void) {
    this.onEntry = onEntry;
  }

  /** Consumes a chunk of text; emits every record that is complete (the next one has begun). */
  push(chunk: string): void {
    this.rest += chunk;
    let at = this.rest.indexOf(RECORD, 1);
    while (at !== -1) {
      this.emit(this.rest.slice(0, at));
      this.rest = this.rest.slice(at);
      at = this.rest.indexOf(RECORD, 1);
    }
  }

  /** Emits the last record. */
  end(): void {
    if (this.rest) this.emit(this.rest);
    this.rest = "";
  }

  private emit(text: string): void {
    const body = text.startsWith(RECORD) ? text.slice(1) : text.replace(/^\s+/, "");
    if (!body.trim()) return;
    const e = parseLogRecord(body);
    if (e) this.onEntry(e);
  }
}

/** Parses a whole `git log` output at once (newest first, as git prints it). */
export function parseLog(text: string): LogEntry[] {
  const out: LogEntry[] = [];
  const p = new LogStreamParser((e) => out.push(e));
  p.push(text);
  p.end();
  return out;
}

/** One answer of `git cat-file --batch`. */
export type BatchObject =
  | { readonly kind: "found"; readonly oid: string; readonly type: string; readonly content: Buffer }
  | { readonly kind: "missing"; readonly oid: string; readonly reason: string };

/**
 * Splits a `git cat-file --batch` byte stream into objects: `<oid> <type> <size>\n<bytes>\n`,
 * or `<oid> missing\n` (also `ambiguous`). Chunks may split anywhere.
 */
export class BatchStreamParser {
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes needed before the buffered object can be complete (avoids re-joining a large blob per chunk). */
  private need = 0;
  private readonly onObject: (o: BatchObject) => void;
  constructor(onObject: (o: BatchObject) => void) {
    this.onObject = onObject;
  }

  /** Consumes a chunk; emits every object that is complete. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.need) return;
    const buf = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.length);
    let pos = 0;
    this.need = 0;
    for (;;) {
      const nl = buf.indexOf(10, pos);
      if (nl === -1) break;
      const header = buf.toString("latin1", pos, nl);
      const parts = header.split(" ");
      if (parts.length === 2) {
        this.onObject({ kind: "missing", oid: parts[0] ?? "", reason: parts[1] ?? "" });
        pos = nl + 1;
        continue;
      }
      const size = Number(parts[2]);
      if (parts.length !== 3 || !Number.isInteger(size) || size < 0) throw new SyntaxError(`git cat-file: unexpected header "${header.slice(0, 80)}"`);
      const end = nl + 1 + size;
      if (end + 1 > buf.length) {
        this.need = end + 1 - pos;
        break;
      }
      this.onObject({ kind: "found", oid: parts[0] ?? "", type: parts[1] ?? "", content: buf.subarray(nl + 1, end) });
      pos = end + 1;
    }
    const rest = pos >= buf.length ? undefined : buf.subarray(pos);
    this.chunks = rest ? [rest] : [];
    this.length = rest ? rest.length : 0;
  }

  /** True when a partial object is still buffered (the stream ended early). */
  get pending(): boolean {
    return this.length > 0;
  }
}
