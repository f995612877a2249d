import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines, unifiedDiff } from "./unified-diff.js";

const names = { oldName: "a/R.md", newName: "b/R.md" };

/** Applies a unified diff to `old` (a minimal patcher for the test: hunks in order). */
function patch(old: string, diff: string): string {
  const a = splitLines(old);
  const lines = diff.split("\n").slice(2, -1);
  const out: string[] = [];
  let cursor = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(l);
    if (h) {
      const start = Number(h[1]) - (h[2] === "0" ? 0 : 1);
      while (cursor < start) out.push(a[cursor++]!);
      continue;
    }
    if (l.startsWith("\\")) continue;
    const noEol = lines[k + 1]?.startsWith("\\") ?? false;
    const eol = a[cursor]?.endsWith("\r\n") && l[0] !== "+" ? "\r\n" : "\n";
    if (l[0] === " " || l[0] === "-") cursor++;
    if (l[0] === " " || l[0] === "+") out.push(l.slice(1) + (noEol ? "" : eol));
  }
  while (cursor < a.length) out.push(a[cursor++]!);
  return out.join("");
}

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", names)).toBe("");
  });

  it("prints one changed line with three lines of context", () => {
    const old = "1\n2\n3\n4\n5\n6\n7\n8\n";
    const next = old.replace("5\n", "five\n");
    expect(unifiedDiff(old, next, names)).toBe("--- a/R.md\n+++ b/R.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  });

  it("marks a missing final newline and names empty ranges by the line before", () => {
    expect(unifiedDiff("a\nb", "a\nb\nc", names)).toBe("--- a/R.md\n+++ b/R.md\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n");
    expect(unifiedDiff("", "x\n", names)).toBe("--- a/R.md\n+++ b/R.md\n@@ -0,0 +1 @@\n+x\n");
  });

  it("agrees with GNU diff -u on hunks (when diff is installed)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rm-diff-"));
    const old = Array.from({ length: 40 }, (_, i) => `line ${i}`).join("\n") + "\n";
    const next = old.replace("line 3\n", "line three\n").replace("line 30\n", "").replace("line 35\n", "line 35\nextra\n");
    writeFileSync(path.join(dir, "a"), old);
    writeFileSync(path.join(dir, "b"), next);
    let gnu: string;
    try {
      gnu = execFileSync("diff", ["-u", "a", "b"], { cwd: dir, encoding: "utf8" });
    } catch (e) {
      const out = (e as { stdout?: string }).stdout;
      if (typeof out !== "string" || out === "") return; // no diff(1) here: the other tests still pin the format
      gnu = out;
    }
    const body = (s: string): string => s.split("\n").slice(2).join("\n");
    expect(body(unifiedDiff(old, next, names))).toBe(body(gnu));
  });

  it("is a correct patch for any pair of line lists (property)", () => {
    const line = fc.constantFrom("a", "b", "c", "d", "");
    const text = fc.tuple(fc.array(line, { maxLength: 25 }), fc.boolean()).map(([ls, final]) => (ls.length ? ls.join("\n") + (final ? "\n" : "") : ""));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const d = unifiedDiff(x, y, names);
        if (x === y) return d === "";
        return patch(x, d) === y;
      }),
      { numRuns: 300 },
    );
  });
});
