// `syncOverview` settles: applying its edits, re-parsing and syncing again yields no edits, on
// every corpus file, on documents with duplicate milestone ids and on generated drifted tables.
// Titles that differ only in case, whitespace or inline markup are not drift.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { overviewDrift, syncOverview } from "../../src/edit/operations/sync-overview.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { corpusFiles } from "../harness/paths.js";

/** Applies one sync pass and returns the new text (no edit may be skipped). */
function syncOnce(source: string): string {
  const r = applyEdits(source, syncOverview(parseRoadmap(source)));
  expect(r.skipped).toEqual([]);
  return r.output;
}

/** One pass of sync leaves nothing for a second pass to do. */
function expectSettles(source: string): void {
  const once = syncOnce(source);
  expect(syncOverview(parseRoadmap(once))).toEqual([]);
}

const DUPLICATE = [
  "# Roadmap",
  "",
  "| Milestone | Title | Status |",
  "|---|---|---|",
  "| M0 | A | Done |",
  "| M1 | B | Planned |",
  "",
  "## M0: A",
  "",
  "- [x] a",
  "",
  "## M1: B",
  "",
  "- [ ] b",
  "",
  "## M1: C [In Progress]",
  "",
  "- [ ] c",
  "",
].join("\n");

describe("syncOverview settles", () => {
  it("adds no row for a section whose id already has a row (duplicate ids)", () => {
    expect(syncOverview(parseRoadmap(DUPLICATE))).toEqual([]);
    expect(overviewDrift(parseRoadmap(DUPLICATE)).filter((d) => d.kind === "missing-row")).toEqual([]);
  });

  it("adds one row, not two, for an id whose sections are all without a row", () => {
    const source = DUPLICATE.replace("| M1 | B | Planned |\n", "");
    const out = syncOnce(source);
    expect(out.split("\n").filter((l) => l.startsWith("| M1 "))).toEqual(["| M1 | B | Planned |"]);
    expect(syncOverview(parseRoadmap(out))).toEqual([]);
  });

  it.each(corpusFiles().map((f) => [path.basename(f), f] as const))("settles on corpus %s", (_name, file) => {
    expectSettles(readFileSync(file, "utf8"));
  });

  it("does not report titles that differ only in case, whitespace or inline markup", () => {
    const source = [
      "| Milestone | Title | Status |",
      "|---|---|---|",
      "| M0 | HA & Failover (simulated multi-region) | Done |",
      "| M1 |   Search   and **Sync** | Planned |",
      "| M2 | Import | Planned |",
      "",
      "## M0: HA & Failover (Simulated Multi-Region)",
      "",
      "**Status:** Done",
      "",
      "## M1: search and sync",
      "",
      "## M2: Export",
      "",
    ].join("\n");
    const drift = overviewDrift(parseRoadmap(source));
    expect(drift.map((d) => [d.kind, d.milestone.id])).toEqual([["title", "M2"]]);
  });

  it("settles on generated drifted tables, with duplicate ids, missing rows and sections", () => {
    const IDS = ["M0", "M1", "M2", "M3", "m1"];
    const TITLES = ["Foundations", "foundations", "  Tide   Data ", "Tide data", "**Bold** move", "a \\| b", "Überblick", "数据导入", "Emoji 🚀"];
    const STATUSES = ["Planned", "In Progress", "Done", "Blocked", "✅ Complete", "planned", "Soonish", ""];
    const HEADING_STATUS = ["", " [Done]", " (In Progress)", " ✅", " — Planned"];
    const row = fc.record({ id: fc.constantFrom(...IDS), title: fc.constantFrom(...TITLES), status: fc.constantFrom(...STATUSES) });
    const section = fc.record({ id: fc.constantFrom(...IDS), title: fc.constantFrom(...TITLES), status: fc.constantFrom(...HEADING_STATUS), field: fc.constantFrom("", "Done", "In Progress") });
    const doc = fc.record({
      rows: fc.array(row, { maxLength: 6 }),
      sections: fc.array(section, { minLength: 1, maxLength: 6 }),
      padded: fc.boolean(),
      crlf: fc.boolean(),
    });
    fc.assert(
      fc.property(doc, (d) => {
        const cells = (r: readonly string[]): string => "| " + r.map((c, i) => (d.padded ? c.padEnd([6, 24, 14][i]!) : c)).join(" | ") + " |";
        const lines = ["# Roadmap", "", cells(["Milestone", "Title", "Status"]), d.padded ? "|--------|--------------------------|----------------|" : "|---|---|---|"];
        for (const r of d.rows) lines.push(cells([r.id, r.title, r.status]));
        lines.push("");
        for (const s of d.sections) {
          lines.push(`## ${s.id}: ${s.title.trim()}${s.status}`, "");
          if (s.field) lines.push(`**Status:** ${s.field}`, "");
          lines.push("- [ ] item", "");
        }
        const text = lines.join(d.crlf ? "\r\n" : "\n");
        expectSettles(text);
        // Settled means the rule has nothing left to fix, and every section id has exactly the rows it had or one new one.
        const after = parseRoadmap(syncOnce(text));
        expect(overviewDrift(after).filter((x) => x.edits.length > 0)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
