import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";

// GSD (`.planning/ROADMAP.md`) cases from issue 12's "What went wrong", as small synthetic documents.
const lines = (...xs: string[]) => xs.join("\n") + "\n";
const view = (src: string) =>
  parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value} | ${milestoneProgress(m).done}/${milestoneProgress(m).total}`);

describe("GSD roadmaps", () => {
  it("a lone `## Phase 1:` with a Goal declares a phase on its own; phase headings in an HTML comment or a nested fence never count", () => {
    const src = lines(
      "# Roadmap: Tool", "",
      "## Overview", "", "One phase so far.", "",
      "## Phase 1: Foundation", "**Goal**: Build the base", "**Depends on**: Nothing", "Plans:", "- [x] 01-01: setup", "- [ ] 01-02: config", "",
      "<!--", "## Phase 2: Later", "**Goal**: not yet", "", "## Phase 3: Even later", "-->", "",
      "````markdown", "```", "## Phase 4: Example", "```", "## Phase 5: Example", "````", "",
    );
    expect(view(src)).toEqual(["Phase 1 | unknown | 1/2"]);
  });

  it("milestone-version headings with phases under them: the phases are the units, not the versions", () => {
    const src = lines(
      "# Roadmap: App", "",
      "## Milestones", "", "- ✅ **v1.0 MVP** - Phases 1-2 (shipped 2026-01-01)", "- 🚧 **v1.1 Launch-Ready** - Phases 3-4 (in progress)", "",
      "## v1.0 MVP (Shipped)", "",
      "### Phase 1: Setup", "**Goal**: a", "- [x] 01-01: x", "",
      "### Phase 2: Core", "**Goal**: b", "- [x] 02-01: y", "",
      "## 🚧 v1.1 Launch-Ready (In Progress)", "",
      "### Phase 3: Polish", "**Goal**: c", "- [ ] 03-01: z", "",
      "### Phase 4: Launch", "**Goal**: d", "",
      "## Backlog", "",
      "### Phase 999.1: Dark mode (BACKLOG)", "**Goal**: e", "",
      "- [ ] **Phase 999.2: Plugins** — idea", "- [ ] **Phase 999.3: Sync** — idea", "",
    );
    expect(view(src).map((r) => r.split(" | ")[0])).toEqual(["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 999.1", "Phase 999.2", "Phase 999.3"]);
  });

  it("phases listed only in a backlog checklist are found (no heading of their own)", () => {
    const src = lines(
      "# Roadmap", "",
      "## Phases", "", "- [x] **Phase 1: Setup** - base", "- [ ] **Phase 2: Build** - core", "",
      "## Phase Details", "",
      "### Phase 1: Setup", "**Goal**: a", "",
      "### Phase 2: Build", "**Goal**: b", "",
      "## Backlog", "", "- [ ] **Phase 999.1: Themes** (BACKLOG)", "- [ ] **Phase 999.2: Export** (BACKLOG)", "",
    );
    expect(view(src).map((r) => r.split(" | ").slice(0, 2).join(" "))).toEqual(["Phase 1 done", "Phase 2 planned", "Phase 999.1 planned", "Phase 999.2 planned"]);
  });

  it("one phase alone in a backlog checklist is a phase too; one other phase named in a note is not", () => {
    const backlog = lines("# Roadmap", "", "## Phase 1: Setup", "**Goal**: a", "", "## Backlog", "", "- [ ] **Phase 999.1: Themes** (BACKLOG)", "");
    expect(view(backlog).map((r) => r.split(" | ").slice(0, 2).join(" "))).toEqual(["Phase 1 unknown", "Phase 999.1 planned"]);
    const note = lines("# Roadmap", "", "## Phase 1: Setup", "**Goal**: a", "", "## Notes", "", "- [ ] **Phase 2: Build** maybe", "");
    expect(view(note).map((r) => r.split(" | ")[0])).toEqual(["Phase 1"]);
  });
});
