// Statuses a careful reader takes from a section's lead-in line or from a status-labelled list.
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";

const statuses = (src: string) => parseRoadmap(src).milestones.map((m) => [m.id, m.status.value, m.status.source ?? null]);

describe("section lead-in status", () => {
  it("a short lead-in line starting with a status word states the section's status", () => {
    const src = "# Roadmap\n\n## v0.1.0 — Launch\n\nStatus: Released\n\n- a\n\n## v0.2.0 — Connectors\n\nPlanned improvements:\n\n- b\n\n## v0.3.0 — Scale\n\nCompleted work includes:\n\n- c\n\n## v0.4.0 — Scale-out\n\nSome prose first.\n\nPlanned improvements:\n";
    expect(statuses(src)).toEqual([
      ["v0.1.0", "done", "section"],
      ["v0.2.0", "planned", "section"],
      ["v0.3.0", "done", "section"],
      ["v0.4.0", "unknown", null],
    ]);
  });

  it("adjectives and long sentences are not lead-ins", () => {
    const src = "# R\n\n## Phase 1: A\n\nCurrent implementation:\n\n- x\n\n## Phase 2: B\n\nPlanned work that we will probably maybe pick up eventually:\n\n## Phase 3: C\n\nNext steps:\n";
    expect(statuses(src).map((s) => s[1])).toEqual(["unknown", "unknown", "unknown"]);
  });
});

describe("status-labelled lists", () => {
  it("items naming a unit under **In Progress:** / **Completed:** / **Next:** state its status, in progress winning", () => {
    const src = [
      "# R", "", "## Phase 0: Ingest", "", "- [ ] a", "", "## Phase 1: Registry", "", "- [ ] b", "", "## Phase 2: Control", "", "- [ ] c", "",
      "## Phase 3: Replace", "", "- [ ] d", "", "## Current Status", "", "**Completed:**", "- ✅ Phase 0 infrastructure: types", "- ✅ Phase 1 foundation: UI", "",
      "**In Progress:**", "- 🚧 Phase 0 completion: reports", "- 🚧 Phase 1 completion: audit", "", "**Next:**", "- Phase 2 planning: CRUD design", "",
    ].join("\n");
    expect(statuses(src)).toEqual([
      ["Phase 0", "in_progress", "elsewhere"],
      ["Phase 1", "in_progress", "elsewhere"],
      ["Phase 2", "planned", "elsewhere"],
      ["Phase 3", "unknown", null],
    ]);
  });

  it("never overrides a status the milestone states itself", () => {
    const src = "# R\n\n## Phase 1: A ✅\n\n- [x] a\n\n## Phase 2: B\n\n- [ ] b\n\n**In Progress:**\n- Phase 1 follow-up\n";
    expect(statuses(src)[0]).toEqual(["Phase 1", "done", "heading"]);
  });
});
