import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../parse/to-model.js";
import { displayWidth } from "../text/display-width.js";
import { spellStatus } from "./status-spelling.js";
import { leadingStatus, rewriteStatusValue } from "./status-text.js";

function table(...cells: string[]): ReturnType<typeof parseRoadmap> {
  const rows = cells.map((c, i) => `| M${i} | ${c} |`).join("\n");
  return parseRoadmap(`# R\n\n| Milestone | Status |\n|---|---|\n${rows}\n`);
}

describe("spellStatus", () => {
  it("reuses the document's own spelling of a status in the table", () => {
    const r = table("✅ Complete", "🚧 In progress", "📋 Planned");
    expect(spellStatus(r, "table", "done")).toBe("✅ Complete");
    expect(spellStatus(r, "table", "in_progress")).toBe("🚧 In progress");
  });

  it("dresses the default word like the document's other statuses", () => {
    expect(spellStatus(table("✅ Complete", "📋 Planned"), "table", "blocked")).toBe("⏸️ Blocked");
    expect(spellStatus(table("DONE", "NOT STARTED"), "table", "in_progress")).toBe("IN PROGRESS");
    expect(spellStatus(table("done", "todo"), "table", "cancelled")).toBe("cancelled");
    expect(spellStatus(table("✅", "⏳"), "table", "in_progress")).toBe("🚧");
    expect(spellStatus(table("Done", "Planned"), "table", "blocked")).toBe("Blocked");
  });

  it("falls back to STATUS_WORDS with no vocabulary, and keeps an emoji heading an emoji", () => {
    const r = parseRoadmap("# R\n\n## M0: Setup ✅\n\n## M1: Next\n");
    expect(spellStatus(r, "section", "in_progress")).toBe("In Progress");
    expect(spellStatus(r, "heading", "in_progress", "✅")).toBe("🚧");
    expect(spellStatus(r, "heading", "done", "⏳")).toBe("✅");
  });
});

describe("rewriteStatusValue", () => {
  it("keeps emphasis and a trailing note, drops trailing trivia", () => {
    expect(rewriteStatusValue("**DONE**", "IN PROGRESS", "in_progress")).toBe("**IN PROGRESS**");
    expect(rewriteStatusValue("Achieved 2026-03-08", "Planned", "planned")).toBe("Planned");
    expect(rewriteStatusValue("DONE (core)", "BLOCKED", "blocked")).toBe("BLOCKED");
    expect(rewriteStatusValue("NOT STARTED -- needs a GPU.", "DONE", "done")).toBe("DONE -- needs a GPU.");
    expect(rewriteStatusValue("40%", "Done", "done")).toBe("Done");
  });

  it("drops a note that would change what the value says", () => {
    expect(rewriteStatusValue("DONE -- live on the box", "Planned", "planned")).toBe("Planned");
  });

  it("reads only the first status group", () => {
    expect(leadingStatus("✅ Complete -- live since May")).toMatchObject({ start: 0, end: 10, value: "done" });
    expect(leadingStatus("no status here")).toBeUndefined();
  });
});

describe("displayWidth", () => {
  it("counts emoji and wide characters as two columns", () => {
    expect(displayWidth("Done")).toBe(4);
    expect(displayWidth("✅ Complete")).toBe(11);
    expect(displayWidth("⏸️ Paused")).toBe(9);
    expect(displayWidth("完了")).toBe(4);
    expect(displayWidth("é")).toBe(1);
  });
});
