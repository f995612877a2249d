// JSON output in pieces: the text of `JSON.stringify(value, null, 2)`, byte for byte, written as
// it is made instead of as one string. A 10 MB roadmap's `status --json` is some 20 MB of text;
// built whole it is held twice (the string and the bytes written), in pieces never.

const PIECE = 1 << 20;

/** True when `JSON.stringify` leaves the value out of an object (and writes `null` in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/** The pieces of `JSON.stringify(value, null, 2)`, the containers of the first `depth` levels opened by hand. */
export function* jsonPieces(value: unknown, depth = 2, pad = ""): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const s = JSON.stringify(value, null, 2);
    yield s === undefined ? "null" : pad ? s.replace(/\n/g, `\n${pad}`) : s;
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v: unknown = value[i];
      if (omitted(v)) yield "null";
      else yield* jsonPieces(v, depth - 1, inner);
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    yield `${pad}]`;
    return;
  }
  const keys = Object.keys(value).filter((k) => !omitted((value as Record<string, unknown>)[k]));
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* jsonPieces((value as Record<string, unknown>)[keys[i]!], depth - 1, inner);
    yield i < keys.length - 1 ? ",\n" : "\n";
  }
  yield `${pad}}`;
}

/** Writes `JSON.stringify(value, null, 2) + "\n"` through `out` in pieces of about a megabyte. */
export function writeJson(out: (text: string) => void, value: unknown): void {
  let buf = "";
  for (const p of jsonPieces(value)) {
    buf += p;
    if (buf.length >= PIECE) {
      out(buf);
      buf = "";
    }
  }
  out(`${buf}\n`);
}
