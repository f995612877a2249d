import { describe, expect, it } from "vitest";
import { BatchStreamParser, LogStreamParser, parseLog, parseLogRecord, type BatchObject } from "../../src/history/parse-log.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const O1 = "1".repeat(40);
const O2 = "2".repeat(40);
const Z = "0".repeat(40);

// What `git log --follow -z --raw --no-abbrev --format=%x1e%H%x1f%at%x1f%P` prints, newest first.
const LOG =
  `\u001e${C}\u001f1767261600\u001f${B}\0\n:100644 100644 ${O1} ${O2} R087\0old name.md\0docs/ROADMAP.md\0` +
  `\u001e${B}\u001f1767175200\u001f${A} ${C}\0\n:100644 100644 ${O1} ${O1} M\0old name.md\0` +
  `\u001e${A}\u001f1767088800\u001f\0\n:000000 100644 ${Z} ${O1} A\0old name.md\0`;

describe("parse-log", () => {
  it("reads commits, parents, blob ids and paths (renames give the new path)", () => {
    expect(parseLog(LOG)).toEqual([
      { commit: C, time: 1767261600, parents: [B], change: "R", oldBlob: O1, newBlob: O2, path: "docs/ROADMAP.md" },
      { commit: B, time: 1767175200, parents: [A, C], change: "M", oldBlob: O1, newBlob: O1, path: "old name.md" },
      { commit: A, time: 1767088800, parents: [], change: "A", oldBlob: Z, newBlob: O1, path: "old name.md" },
    ]);
  });

  it("gives the same entries whatever the chunking", () => {
    const whole = parseLog(LOG);
    for (const size of [1, 7, 64]) {
      const out: unknown[] = [];
      const p = new LogStreamParser((e) => out.push(e));
      for (let i = 0; i < LOG.length; i += size) p.push(LOG.slice(i, i + size));
      p.end();
      expect(out).toEqual(whole);
    }
  });

  it("skips a commit without a raw entry and rejects a garbled header", () => {
    expect(parseLogRecord(`${A}\u001f1\u001f\0`)).toBeUndefined();
    expect(parseLog("")).toEqual([]);
    expect(() => parseLogRecord("not-a-sha\u001f1\u001f\0")).toThrow(SyntaxError);
  });

  it("reads deletions as an entry with the null blob", () => {
    const [e] = parseLog(`\u001e${A}\u001f5\u001f${B}\0\n:100644 000000 ${O1} ${Z} D\0ROADMAP.md\0`);
    expect(e).toMatchObject({ change: "D", oldBlob: O1, newBlob: Z, path: "ROADMAP.md" });
  });
});

describe("cat-file --batch stream", () => {
  const body1 = Buffer.from("# Roadmap\n- [x] é\n");
  const stream = Buffer.concat([
    Buffer.from(`${O1} blob ${body1.length}\n`),
    body1,
    Buffer.from(`\n${O2} missing\n${A} blob 0\n\n`),
  ]);

  it("splits objects, keeps bytes exact, reports missing ones, whatever the chunking", () => {
    for (const size of [1, 3, 1000]) {
      const out: BatchObject[] = [];
      const p = new BatchStreamParser((o) => out.push(o));
      for (let i = 0; i < stream.length; i += size) p.push(stream.subarray(i, i + size));
      expect(p.pending).toBe(false);
      expect(out.map((o) => (o.kind === "found" ? [o.oid, o.type, o.content.toString("utf8")] : [o.oid, o.reason]))).toEqual([
        [O1, "blob", "# Roadmap\n- [x] é\n"],
        [O2, "missing"],
        [A, "blob", ""],
      ]);
    }
  });

  it("knows when the stream stopped inside an object", () => {
    const p = new BatchStreamParser(() => undefined);
    p.push(Buffer.from(`${O1} blob 10\nabc`));
    expect(p.pending).toBe(true);
  });

  it("rejects a header it does not understand", () => {
    const p = new BatchStreamParser(() => undefined);
    expect(() => p.push(Buffer.from("what is this thing\n"))).toThrow(SyntaxError);
  });
});
