import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces, writeJson } from "../../src/render/json.js";

const stringify = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
const written = (v: unknown): string => {
  const parts: string[] = [];
  writeJson((t) => parts.push(t), v);
  return parts.join("");
};

describe("writeJson", () => {
  it("writes JSON.stringify(value, null, 2) byte for byte, whatever the value", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => written(v) === stringify(v)), { numRuns: 500 });
  });

  it("leaves out what JSON.stringify leaves out, and writes null where it does", () => {
    const v = { a: undefined, b: [undefined, () => 1, Symbol("s"), 1], c: { d: undefined }, e: new Date(0), f: [], g: {}, h: "x\ny" };
    expect(written(v)).toBe(stringify(v));
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withObjectString: false, withBoxedValues: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withBigInt: false }), (x) => written({ top: x, list: [x, x] }) === stringify({ top: x, list: [x, x] })),
      { numRuns: 300 },
    );
  });

  it("writes long arrays, sliced, byte for byte", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), { minLength: 250, maxLength: 800 }), fc.jsonValue({ maxDepth: 1 }), (list, other) => {
        const v = { a: other, list, b: [list.length] };
        return written(v) === stringify(v);
      }),
      { numRuns: 40 },
    );
  });

  it("writes a lazy member, built a slice at a time, as the whole array would be written", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 700 }), fc.jsonValue({ maxDepth: 1 }), (list, other) => {
        const whole = { a: other, list, b: 1 };
        const slices: [number, number][] = [];
        const parts: string[] = [];
        writeJson((t) => parts.push(t), { a: other, list: [], b: 1 }, { key: "list", count: list.length, slice: (from, to) => {
            slices.push([from, to]);
            return list.slice(from, to);
          },
        });
        // Every element built once, in slices no larger than the writer's.
        const built = slices.reduce((n, [from, to]) => n + Math.min(to, list.length) - from, 0);
        return parts.join("") === stringify(whole) && built === list.length && slices.every(([from, to]) => to - from <= 256);
      }),
      { numRuns: 60 },
    );
  });

  it("writes a large document in pieces of about a megabyte, not one string", () => {
    const big = { milestones: Array.from({ length: 20_000 }, (_, i) => ({ id: `M${i}`, criteria: [{ text: "x".repeat(80), checked: i % 2 === 0 }] })) };
    const parts: string[] = [];
    writeJson((t) => parts.push(t), big);
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(2 * 1024 * 1024);
    expect(parts.join("")).toBe(stringify(big));
    expect([...jsonPieces(big)].length).toBeGreaterThan(20_000 / 256);
  });
});
