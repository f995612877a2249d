// JSON output in pieces: the text of `JSON.stringify(value, null, 2)`, byte for byte, written as
// it is made instead of as one string. A 10 MB roadmap's `status --json` is some 20 MB of text;
// built whole it is held twice (the string and the bytes written), in pieces never.

const PIECE = 1 << 16;
const SLICE = 256;

/** True when `JSON.stringify` leaves the value out of an object. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/**
 * A top-level array member given by its length and a builder of slices, in place of the array
 * the value holds for it: written as if the value held the whole array, built a slice at a time.
 */
export interface LazyMember {
  readonly key: string;
  readonly count: number;
  slice(from: number, to: number): readonly unknown[];
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`. Each top-level member is stringified inside a
 * one-member object, so JSON.stringify indents it where it stands; a long array member goes in
 * slices of a few hundred elements the same way. With `lazy`, that member's elements come from
 * its builder (the value's own member there only fixes the key's place).
 */
export function* jsonPieces(value: unknown, lazy?: LazyMember): Generator<string> {
  if (value === null || typeof value !== "object" || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield String(JSON.stringify(value, null, 2));
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !omitted(record[k]));
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const list = lazy?.key === k ? lazy : undefined;
    const v = list ? undefined : record[k];
    const count = list ? list.count : Array.isArray(v) ? v.length : 0;
    if (count > SLICE || (list && count > 0)) {
      const slice = list ? (from: number, to: number) => list.slice(from, to) : (from: number, to: number) => (v as unknown[]).slice(from, to);
      const head = `{\n  ${JSON.stringify(k)}: [\n`;
      const tail = "\n  ]\n}";
      yield `  ${JSON.stringify(k)}: [\n`;
      for (let at = 0; at < count; at += SLICE) {
        const text = JSON.stringify({ [k]: slice(at, at + SLICE) }, null, 2);
        yield text.slice(head.length, text.length - tail.length);
        yield at + SLICE < count ? ",\n" : "\n";
      }
      yield "  ]";
    } else if (list) {
      yield `  ${JSON.stringify(k)}: []`;
    } else {
      // `{\n  "k": …\n}` without its braces.
      const text = JSON.stringify({ [k]: v }, null, 2);
      yield text.slice(2, text.length - 2);
    }
    yield i < keys.length - 1 ? ",\n" : "\n";
  }
  yield "}";
}

/** Writes `JSON.stringify(value, null, 2) + "\n"` through `out` in pieces of about 64 KB (`PIECE`). */
export function writeJson(out: (text: string) => void, value: unknown, lazy?: LazyMember): void {
  // Small pieces are gathered; a large one is written as it is (joined to others, it would be
  // copied once more to flatten the joined string before encoding).
  let buf = "";
  for (const p of jsonPieces(value, lazy)) {
    if (p.length >= PIECE) {
      if (buf) out(buf);
      out(p);
      buf = "";
      continue;
    }
    buf += p;
    if (buf.length >= PIECE) {
      out(buf);
      buf = "";
    }
  }
  out(`${buf}\n`);
}
