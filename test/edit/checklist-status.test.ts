// Status changes on a free-form (GSD) roadmap whose phase checklist states status with boxes.
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/apply-edits.js";
import { setStatus } from "../../src/edit/operations/set-status.js";
import { parseRoadmap } from "../../src/parse/to-model.js";

const GSD = [
  "# Roadmap: X",
  "",
  "## Phases",
  "",
  "- [x] **Phase 1: Setup** - base",
  "- [ ] **Phase 2: Build** - the thing",
  "",
  "## Phase Details",
  "",
  "### Phase 1: Setup",
  "**Goal**: base",
  "",
  "### Phase 2: Build",
  "**Goal**: thing",
  "**Depends on**: Phase 1",
  "",
  "## Progress",
  "",
  "| Phase | Plans Complete | Status | Completed |",
  "|-------|----------------|--------|-----------|",
  "| 1. Setup | 1/1 | ✓ Complete | 2026-01-01 |",
  "| 2. Build | 0/1 | Not started | - |",
  "",
].join("\n");

const apply = (src: string, id: string, status: "in_progress" | "done" | "planned") =>
  applyEdits(src, setStatus(parseRoadmap(src), { id, status, force: true })).output;

describe("status writes on a phase checklist", () => {
  it("start keeps the box unticked and writes the table cell", () => {
    const out = apply(GSD, "Phase 2", "in_progress");
    expect(out).toContain("- [ ] **Phase 2: Build** - the thing");
    expect(out).toContain("| 2. Build | 0/1 | In Progress | - |");
    expect(parseRoadmap(out).milestones[1]!.status.value).toBe("in_progress");
  });

  it("done ticks the box and uses the document's own spelling in the table", () => {
    const out = apply(GSD, "Phase 2", "done");
    expect(out).toContain("- [x] **Phase 2: Build** - the thing");
    expect(out).toContain("| 2. Build | 0/1 | ✓ Complete | - |");
    expect(out.split("\n").filter((l, i) => l !== GSD.split("\n")[i])).toHaveLength(2);
  });

  it("reopening a done phase unticks its box", () => {
    const out = apply(GSD, "Phase 1", "planned");
    expect(out).toContain("- [ ] **Phase 1: Setup** - base");
  });
});

describe("a status its place cannot be rewritten in", () => {
  it("a horizon table's row (`| Now (Q1) | auth |`) is refused with a usage error naming the place, not reported as already set", () => {
    const src = "# Roadmap\n\n| When | What |\n| --- | --- |\n| Now (Q1) | auth |\n| Next (Q2) | sync |\n| Later | billing |\n";
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => m.status.value)).toEqual(["in_progress", "planned", "planned"]);
    expect(() => setStatus(r, { id: "2", status: "done" })).toThrow(/its status is stated by its place \(table\); change it by hand/);
  });
});

describe("status writes that would not read back, or change nothing", () => {
  it("a status word qualifying a noun of the title (`— Future Vision`) is refused, not rewritten to `— Done Vision`", () => {
    const src = "# Roadmap\n\n## Phase 1 — Foundations\n\n- a\n\n## Phase 2 — Future Vision\n\n- b\n";
    expect(parseRoadmap(src).milestones[1]!.status.value).toBe("planned");
    expect(() => setStatus(parseRoadmap(src), { id: "Phase 2", status: "done", force: true })).toThrow(/its status is read from a word of its title/);
  });

  it("a heading with trailing inline HTML is rewritten, not refused (its plain text reads back)", () => {
    const src = "# Roadmap\n\n## Phase 1: Setup (Done)\n\n- [x] a\n\n## Phase 2: Build — Planned <!-- owner: ann -->\n\n- [x] b\n";
    expect(apply(src, "Phase 2", "done")).toContain("## Phase 2: Build — Done <!-- owner: ann -->");
  });

  it("a German `Stand:` date line is not a status line: a new status line is added, the date kept", () => {
    const src = "# Roadmap\n\n## Phase 1: Grundlagen\n\nStand: 12.03.2025\n\n- [x] a\n\n## Phase 2: Abrechnung\n\nStand: 15.03.2025\n\n- [ ] b\n";
    const out = apply(src, "Phase 2", "in_progress");
    expect(out).toContain("Stand: 15.03.2025");
    expect(out).toContain("**Status:** In Progress");
  });

  it("a heading's prose `State:` sentence is kept: a Status line is added; a `Status: TBD` placeholder is filled in", () => {
    const src = "# Roadmap\n\n## Phase 1: Setup\n\nStatus: done\n\n## Phase 2: Ship\n\nState: the warehouse is not ready yet.\n\n## Phase 3: Scale\n\nStatus: TBD\n";
    const out = apply(apply(src, "Phase 2", "in_progress"), "Phase 3", "done");
    expect(out).toContain("State: the warehouse is not ready yet.");
    expect(out).toContain("## Phase 3: Scale\n\nStatus: done");
    expect(parseRoadmap(out).milestones.map((m) => m.status.value)).toEqual(["done", "in_progress", "done"]);
  });

  it("a status word that is the heading's whole suffix is rewritten and reads back", () => {
    const src = "# Roadmap\n\n## Phase 1 — Planned\n\n## Phase 2 (Planned)\n";
    const out = apply(apply(src, "Phase 1", "done"), "Phase 2", "done");
    expect(parseRoadmap(out).milestones.map((m) => m.status.value)).toEqual(["done", "done"]);
  });

  it("a status stated only by a statement elsewhere, and already so, writes nothing", () => {
    const src = "# Roadmap\n\nAll milestones listed below have shipped.\n\n## v1.0\n\n## v1.1\n";
    expect(parseRoadmap(src).milestones[0]!.status.value).toBe("done");
    expect(setStatus(parseRoadmap(src), { id: "v1.0", status: "done" })).toEqual([]);
    // A different status still gets a Status line under the heading.
    expect(apply(src, "v1.0", "in_progress")).toContain("## v1.0\n\n**Status:** In Progress");
  });
});
