/**
 * The last `capacity` bytes written to it, in a fixed buffer: memory stays bounded whatever a
 * command prints (a 100 MB log costs the same 4 KB as a short one).
 */
export class TailBuffer {
  private readonly buf: Buffer;
  private len = 0;
  /** Every byte ever written, kept ones or not. */
  total = 0;

  readonly capacity: number;

  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.buf = Buffer.alloc(capacity);
  }

  write(chunk: Buffer): void {
    const cap = this.capacity;
    this.total += chunk.length;
    if (chunk.length >= cap) {
      chunk.copy(this.buf, 0, chunk.length - cap);
      this.len = cap;
      return;
    }
    const keep = Math.min(this.len, cap - chunk.length);
    if (keep > 0 && this.len !== keep) this.buf.copy(this.buf, 0, this.len - keep, this.len);
    chunk.copy(this.buf, keep);
    this.len = keep + chunk.length;
  }

  /** The kept bytes (a view, valid until the next write). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.len);
  }

  /** The kept bytes as UTF-8; a character cut at the start is dropped, not shown as U+FFFD. */
  text(): string {
    let start = 0;
    if (this.total > this.len) while (start < Math.min(3, this.len) && (this.buf[start]! & 0xc0) === 0x80) start++;
    return this.buf.toString("utf8", start, this.len);
  }
}
