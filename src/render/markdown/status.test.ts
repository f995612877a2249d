import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../parse/to-model.js";
import { escapeCell, renderStatusMarkdown } from "./status.js";
import { colors } from "../terminal/colors.js";
import { renderStatus } from "../terminal/status.js";

const EXAMPLE = readFileSync(path.join(import.meta.dirname, "../../../examples/ROADMAP.md"), "utf8");
const md = new MarkdownIt();

/** The cells of each body row of the first table, as markdown-it reads them. */
function tableCells(markdown: string): string[][] {
  const tokens = md.parse(markdown, {});
  const rows: string[][] = [];
  let row: string[] | undefined;
  let inBody = false;
  for (const t of tokens) {
    if (t.type === "tbody_open") inBody = true;
    if (!inBody) continue;
    if (t.type === "tr_open") row = [];
    if (t.type === "inline" && row) row.push(t.children?.map((c) => (c.type === "softbreak" ? "\n" : c.content)).join("") ?? "");
    if (t.type === "tr_close" && row) {
      rows.push(row);
      row = undefined;
    }
  }
  return rows;
}

describe("renderStatusMarkdown", () => {
  it("gives a table of milestones with the progress line, current milestone and next step", () => {
    const out = renderStatusMarkdown(parseRoadmap(EXAMPLE), "examples/ROADMAP.md");
    expect(out).toContain("| | Milestone | Title | Status | Criteria |");
    expect(out).toContain("|  | M0 | Foundations | ✅ done | 3/3 |");
    expect(out).toContain("| ▶ | M1 | Tide Data Import | 🚧 in progress | 2/4 |");
    expect(out).toContain("**Progress:** 5/12 criteria (42%) · 1/4 milestones done");
    expect(out).toContain("**Current:** M1 Tide Data Import");
    expect(out).toContain("**Next:** Re-importing the same file is idempotent");
    expect(tableCells(out)).toHaveLength(4);
    expect(tableCells(out)[1]).toEqual(["▶", "M1", "Tide Data Import", "🚧 in progress", "2/4"]);
  });

  it("escapes pipes, backticks and line breaks so every row keeps its five cells", () => {
    const src = ["# Plan", "", "## M0: Pipes | and \\`code\\` \\*stars\\* &lt;b>x \\\\ back", "", "**Acceptance Criteria:**", "- [ ] a | c", ""].join("\n");
    const roadmap = parseRoadmap(src);
    expect(roadmap.milestones[0]!.title).toBe("Pipes | and `code` *stars* <b>x \\ back");
    const out = renderStatusMarkdown(roadmap, "a|b.md");
    const rows = tableCells(out);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(5);
    expect(rows[0]![2]).toBe(roadmap.milestones[0]!.title);
    expect(out).not.toContain("<b>");
    expect(out).toContain("**Next:** a | c");
  });

  it("escapeCell turns newlines into spaces and escapes the cell's delimiters", () => {
    expect(escapeCell("a\nb|c`d")).toBe("a b\\|c\\`d");
    expect(escapeCell("x\r\ny")).toBe("x y");
  });

  it("any text in a cell reads back as itself (newlines as spaces), in a table of five cells", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab |`*_[]()<>&#!~\\\n\r-+=:;'\".é🙂"), maxLength: 30 }), (s) => {
        const rows = tableCells(`| a | b |\n| --- | --- |\n| x | ${escapeCell(s)} |\n`);
        expect(rows).toEqual([["x", s.replace(/\r\n?|\n/g, " ").trim()]]);
      }),
      { numRuns: 500 },
    );
  });

  it("says when every milestone is finished, and when there are none", () => {
    const done = ["# R", "", "## M0: One", "", "**Status:** Done", "", "**Acceptance Criteria:**", "- [x] ok", ""].join("\n");
    expect(renderStatusMarkdown(parseRoadmap(done), "R.md")).toContain("**Current:** none — every milestone is finished");
    expect(renderStatusMarkdown(parseRoadmap("# Empty\n"), "R.md")).toContain("_No milestones._");
  });

  it("says why none is current when those left are blocked, as the terminal status does", () => {
    const src = ["# R", "", "## M0: One", "", "**Status:** Done", "", "## M1: Two", "", "**Blocked:** waiting on a vendor", "", "**Status:** Blocked", ""].join("\n");
    const r = parseRoadmap(src);
    expect(renderStatusMarkdown(r, "R.md")).toContain("**Current:** none — the rest is blocked (M1)");
    expect(renderStatus(r, "R.md", colors(false))).toContain("Current:  none — the rest is blocked (M1)");
  });
});
