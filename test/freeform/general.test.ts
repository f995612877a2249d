import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";

// General reading rules, each stated as one principle and checked on a small synthetic document.
const read = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.title} | ${m.status.value}`);
const lines = (...xs: string[]) => xs.join("\n") + "\n";

describe("unit labels", () => {
  it("a CJK decimal id (`阶段1.5`, inserted between 1 and 2) is its own id, not `阶段 1` again", () => {
    const src = lines("# 计划", "", "## 阶段1: 基础", "", "## 阶段1.5: 接口", "", "## 阶段2: 网络", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["阶段 1", "阶段 1.5", "阶段 2"]);
  });

  it("months are steps of a dated plan: a month name on its own, and an ISO year-month", () => {
    expect(read(lines("# 2031 plan", "", "### March", "- a", "", "### April (done)", "- b", "", "### May", "- c"))).toEqual(["March | unknown", "April (done) | done", "May | unknown"]);
    expect(parseRoadmap(lines("# Plan", "", "## 2031-03", "", "## 2031-04", "", "## 2031-05", "")).milestones.map((m) => m.id)).toEqual(["2031-03", "2031-04", "2031-05"]);
  });
});

describe("statuses", () => {
  it("decoration is judged per position: a status emoji at the other end of a decorated heading still states a status", () => {
    const src = lines("# Roadmap", "", "## 🚀 v1.0 — Launch ✅", "", "## 🔧 v1.1 — Fixes 🚧", "", "## 🌟 v2.0 — Cloud", "");
    expect(read(src)).toEqual(["🚀 v1.0 — Launch ✅ | done", "🔧 v1.1 — Fixes 🚧 | in_progress", "🌟 v2.0 — Cloud | unknown"]);
  });

  it("one bullet emoji on every heading but those a status marker replaces (`✅ Phase 1` beside `🔹 Phase 2`): the marker is a status", () => {
    const src = lines("# Roadmap", "", "## ✅ Phase 1 – Architecture", "", "## 🔹 Phase 2 – MVP", "", "## 🔹 Phase 3 – Infra", "", "## 🔹 Phase 4 – Release", "");
    expect(read(src)).toEqual(["✅ Phase 1 – Architecture | done", "🔹 Phase 2 – MVP | unknown", "🔹 Phase 3 – Infra | unknown", "🔹 Phase 4 – Release | unknown"]);
    // Emoji that differ on every heading stay decoration, a 🔄 among them too (012.md).
    const varied = lines("# Roadmap", "", "## 🏗️ Phase 1 – Base", "", "## 🔄 Phase 2 – Sync", "", "## 📱 Phase 3 – Mobile", "", "## 🚀 Phase 4 – Launch", "");
    expect(read(varied).map((l) => l.split(" | ")[1])).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    // One emoji that is no marker is not yet a bullet: two headings with different emoji are decoration.
    expect(read(lines("# R", "", "## 📦 Phase 1 – Packaging", "", "## ✅ Phase 2 – Testing", "")).map((l) => l.split(" | ")[1])).toEqual(["unknown", "unknown"]);
  });

  it("a status marker followed only by a bracketed note still closes the heading (`✅ (this repository)`)", () => {
    const src = lines("# Plan", "", "## Phase 1 — Core ✅ (this repository)", "", "## Phase 2 — Cloud 🚧 [since May]", "", "## Phase 3 — Mobile", "");
    expect(read(src)).toEqual(["Phase 1 — Core ✅ (this repository) | done", "Phase 2 — Cloud 🚧 [since May] | in_progress", "Phase 3 — Mobile | unknown"]);
  });

  it("`Available now` says a release is out (S2 done, like released/live); it heads a run of horizons", () => {
    expect(read(lines("# Roadmap", "", "## Available now — v0.1", "- a", "", "## Next — v0.2", "- b", "", "## Later", "- c", ""))).toEqual(["Available now — v0.1 | done", "Next — v0.2 | planned", "Later | planned"]);
  });

  it("a dash suffix opening with a planned horizon word that qualifies one noun states planned (`— Future Vision`); another word does not", () => {
    expect(read(lines("# Roadmap", "", "## v2.0 — Future Vision (6-12 months)", "", "## v2.1 - Upcoming Features", "", "## v2.2 — Live Chat", ""))).toEqual(["v2.0 — Future Vision (6-12 months) | planned", "v2.1 - Upcoming Features | planned", "v2.2 — Live Chat | unknown"]);
  });

  it("free-named status buckets (`On deck`, `Recently shipped`) and horizons (`Someday`) state their status", () => {
    const src = lines("# Roadmap", "", "## Recently shipped", "- login", "", "## On deck", "- sharing", "", "## Someday", "- federation", "");
    expect(read(src)).toEqual(["Recently shipped | done", "On deck | planned", "Someday | planned"]);
  });
});

describe("sequences", () => {
  it("sub-numbers of a section's number (`### 3.1` under `## 3.`) continue the document's section numbering: never steps", () => {
    const src = lines("# Notes", "", "## 1. Goals", "", "Why.", "", "## 2. Current state", "", "Fine.", "", "## 3. Work done", "", "### 3.1 Tests", "- a", "", "### 3.2 Search", "- b", "", "### 3.3 CLI", "- c", "");
    expect(read(src)).toEqual([]);
  });

  it("plain numbered steps: an ordered list under a heading naming the units in the plural, in any language of the vocabulary", () => {
    const src = lines("# Proyecto", "", "## Contexto", "", "Texto.", "", "## Etapas", "", "1. **Base** — herramientas", "2. **Datos** — ingestión", "3. **API** — servicio", "");
    expect(read(src)).toEqual(["Base — herramientas | unknown", "Datos — ingestión | unknown", "API — servicio | unknown"]);
  });
});

describe("tracked headings", () => {
  it("sibling headings without labels, most of which state their own status, are a tracked sequence of units", () => {
    const src = lines("# Acme", "", "Intro.", "", "## Installation", "", "Run it.", "", "## Roadmap", "", "### Foundations ✅", "- [x] parser", "", "### Collaboration 🚧", "- [ ] sharing", "", "### Scale", "- [ ] cluster", "");
    expect(read(src)).toEqual(["Foundations ✅ | done", "Collaboration 🚧 | in_progress", "Scale | unknown"]);
  });

  it("a `Status:` line right under an unlabelled heading counts as its stated status", () => {
    const src = lines("# Plan", "", "## Core engine", "", "Status: Done", "", "## Plugin API", "", "**Status:** In progress", "", "## Cloud sync", "", "Later.", "");
    expect(read(src)).toEqual(["Core engine | done", "Plugin API | in_progress", "Cloud sync | unknown"]);
  });

  it("a status lead-in over the section's list (`Completed:`, `Planned:`) counts as its stated status; a `Next:` or `Ideas:` lead-in does not", () => {
    const src = lines("# Roadmap", "", "## Foundation", "", "Completed:", "", "- schema", "", "## Execution Engine", "", "Completed:", "", "- queue", "", "## Infrastructure", "", "Planned:", "", "- deploy", "");
    expect(read(src)).toEqual(["Foundation | done", "Execution Engine | done", "Infrastructure | planned"]);
    expect(read(lines("# Roadmap", "", "## Performance", "", "Next:", "", "- faster", "", "## Design", "", "Ideas:", "", "- nicer", ""))).toEqual([]);
    // In other languages too (`Próximo:`, `Ideias:`, `Futuro:`); a section sorting its work (`Done:` … `Todo:`) states no status; `TODO:` is a placeholder.
    expect(read(lines("# Roadmap", "", "## Desempenho", "", "Próximo:", "", "- a", "", "## Design", "", "Ideias:", "", "- b", ""))).toEqual([]);
    expect(read(lines("# Roadmap", "", "## A", "", "Futuro:", "", "- a", "", "## B", "", "Futuro:", "", "- b", ""))).toEqual([]);
    expect(read(lines("# Roadmap", "", "## Performance", "", "Done:", "", "- a", "", "Todo:", "", "- b", "", "## Design", "", "Done:", "", "- c", "", "Todo:", "", "- d", ""))).toEqual([]);
    expect(read(lines("# Notes", "", "## Installation", "", "TODO:", "", "- a", "", "## Usage", "", "TODO:", "", "- b", ""))).toEqual([]);
  });

  it("thematic sections that state no status, or where one section in many does, stay no sequence (L6)", () => {
    expect(read(lines("# Roadmap", "", "## Performance", "- faster", "", "## Design", "- nicer", "", "## Docs", "- more", ""))).toEqual([]);
    expect(read(lines("# Tool", "", "## Installation", "npm i", "", "## Usage", "run", "", "## Plugins ✅", "- a", "", "## Config", "- b", ""))).toEqual([]);
  });
});

describe("section statuses in prose", () => {
  it("the first paragraph of a unit's section states its status: a status alone, a status opening a when/where sentence, or the unit as subject", () => {
    const src = lines(
      "# Plan", "",
      "## Phase 1: Core", "", "**Done**", "", "- parser", "",
      "## Phase 2: Plugins", "", "This phase is in progress.", "",
      "## Phase 3: Cloud", "", "Planned for Q3.", "",
      "## Phase 4: Mobile", "", "Current implementation:", "", "- nothing yet", "",
      "## Phase 5: Web", "", "This phase is complete when the demo runs.", "",
    );
    expect(read(src)).toEqual(["Phase 1: Core | done", "Phase 2: Plugins | in_progress", "Phase 3: Cloud | planned", "Phase 4: Mobile | unknown", "Phase 5: Web | unknown"]);
  });
});

describe("a status label over a list", () => {
  it("a `Status:` line on its own followed by a list whose first item is only a status states the section's status (S1 section)", () => {
    const src = lines("# Plan", "", "## Phase 1: Console", "", "Build:", "", "- explorer", "", "Status:", "", "- implemented", "- supports links", "", "## Phase 2: Review", "", "Status:", "", "- the review queue is designed", "");
    expect(read(src)).toEqual(["Phase 1: Console | done", "Phase 2: Review | unknown"]);
  });
});

describe("checklists naming units by title", () => {
  it("a progress checklist naming two or more units by their titles gives each its status words (S1 list), else its box", () => {
    const src = lines(
      "# Plan", "",
      "## 1. Setup", "", "- tooling", "",
      "## 2. Backend", "", "- api", "",
      "## 3. Frontend", "", "- ui", "",
      "## 4. Testing and tuning", "", "- e2e", "",
      "# Progress", "",
      "- [x] Setup", "- [ ] Backend - in progress / not started", "- [ ] Testing - not started", "- [ ] Docs", "",
    );
    expect(read(src)).toEqual(["1. Setup | done", "2. Backend | in_progress", "3. Frontend | unknown", "4. Testing and tuning | planned"]);
  });
});

describe("tables", () => {
  it("a table whose first column is named for the units in any vocabulary language, with a status column, lists units by name", () => {
    const src = lines("# Plan", "", "| Iteración | Objetivo | Estado |", "|---|---|---|", "| Base | herramientas | Hecho |", "| Datos | ingestión | En curso |", "| Servicio | API | Pendiente |", "");
    expect(read(src)).toEqual(["Base | done", "Datos | in_progress", "Servicio | planned"]);
    const deliverables = lines("# Plan", "", "| Deliverable | Owner | Status |", "|---|---|---|", "| Parser | ann | Done |", "| Linter | bob | Planned |", "");
    expect(read(deliverables)).toEqual(["Parser | done", "Linter | planned"]);
  });
});

describe("tables named for the units", () => {
  it("a table whose first column is named for the units lists them, with or without a status column (T2, L2)", () => {
    expect(read(lines("# Plan", "", "| Phase | Duration | Deliverables |", "|---|---|---|", "| Discovery | 2 weeks | interviews |", "| Build | 6 weeks | code |", ""))).toEqual(["Discovery | unknown", "Build | unknown"]);
    expect(read(lines("# Plan", "", "## Roadmap", "", "| Milestone | Target |", "|---|---|", "| Private alpha | March |", "| Public beta | May |", ""))).toEqual(["Private alpha | unknown", "Public beta | unknown"]);
  });

  it("a table with such a column further right and no status column is not a list of units", () => {
    expect(read(lines("# Notes", "", "| Feature | Phase |", "|---|---|", "| search | one |", "| sync | two |", ""))).toEqual([]);
  });
});

describe("more unit labels", () => {
  it("a unit keyword with a spelled-out number is a label (`Step Two` is `Step 2`)", () => {
    const src = lines("# Plan", "", "## Step One: Setup", "", "## Step Two: Build", "", "## Step Three: Ship", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["Step 1", "Step 2", "Step 3"]);
  });

  it("a unit keyword naming its unit without a number (`Milestone: Public beta`) is a label", () => {
    const src = lines("# Plan", "", "## Milestone: Private alpha ✅", "", "## Milestone: Public beta (Q3)", "", "## Milestone: General availability", "");
    expect(read(src)).toEqual(["Milestone: Private alpha ✅ | done", "Milestone: Public beta (Q3) | unknown", "Milestone: General availability | unknown"]);
  });

  it("T2: under a bare row number (`| # | Milestone | Status |`) the column named for the units gives the title", () => {
    const src = lines("# Plan", "", "| # | Milestone | Status |", "|---|---|---|", "| 1 | Parser | ✅ |", "| 2 | Linter | 🚧 |", "| 3 | Formatter | ⏳ |", "");
    expect(read(src)).toEqual(["Parser | done", "Linter | in_progress", "Formatter | planned"]);
  });
});

describe("priority tiers", () => {
  it("priority tiers written out (`Priority 1`, `Prioridad 2`) are an ordered sequence, as `P0`, `P1` are (L1)", () => {
    expect(parseRoadmap(lines("# Plan", "", "## Priority 1: Must have", "- a", "", "## Priority 2: Should have", "- b", "", "## Prioridad 3: Nice", "- c", "")).milestones.map((m) => m.id)).toEqual(["Priority 1", "Priority 2", "Prioridad 3"]);
  });
});

describe("qualified time labels", () => {
  it("a time qualifier before a label (`Mid Month 2`, `Early Q3`, `End of 2026`) is that label", () => {
    expect(parseRoadmap(lines("# Plan", "", "## Month 1: Tooling", "", "## Month 1 - Mid Month 2: Dashboard", "", "## Mid Month 2 - Month 3: API", "")).milestones.map((m) => m.title)).toEqual(["Month 1: Tooling", "Month 1 - Mid Month 2: Dashboard", "Mid Month 2 - Month 3: API"]);
    expect(parseRoadmap(lines("# Plan", "", "## Early Q3 2031", "", "## Late Q3 2031", "", "## End of 2031", "")).milestones.map((m) => m.id)).toEqual(["Q3 2031", "Q3 2031", "2031"]);
  });
});

describe("named steps", () => {
  it("a year on its own is one step of a yearly plan", () => {
    const src = lines("# Plan", "", "## 2031", "- [x] a", "", "## 2032 (planned)", "- [ ] b", "", "## 2033+", "- [ ] c", "");
    expect(read(src)).toEqual(["2031 | unknown", "2032 (planned) | planned", "2033+ | unknown"]);
  });

  it("release stages (Alpha, Beta, Release Candidate, GA) are releases by name, as MVP is; a stage word opening a phrase is not", () => {
    const src = lines("# Plan", "", "### Alpha ✅", "", "### Beta 2", "", "### Release Candidate", "", "### GA", "");
    expect(read(src)).toEqual(["Alpha ✅ | done", "Beta 2 | unknown", "Release Candidate | unknown", "GA | unknown"]);
    expect(read(lines("# Notes", "", "## Beta testers wanted", "", "## Launch checklist for teams", ""))).toEqual([]);
  });
});

describe("bold-labelled paragraphs", () => {
  it("a paragraph of any length opening with a bold unit label carries the unit (T4), its status read from the label", () => {
    const long = "We build the base tooling, set up continuous integration and write the first parser so that everything after it can move fast.";
    const src = lines("# Plan", "", `**Phase 1 – Setup (done):** ${long} It is not complete until reviewed.`, "", `**Phase 2 – Growth:** ${long}`, "", "**Phase 3 – Scale:** Clustering.", "");
    const ms = parseRoadmap(src).milestones;
    expect(ms.map((m) => `${m.id} | ${m.status.value}`)).toEqual(["Phase 1 | done", "Phase 2 | unknown", "Phase 3 | unknown"]);
  });
});

describe("keycap numbers", () => {
  it("a keycap digit (`1️⃣ Setup`) numbers a step as `1.` does", () => {
    const src = lines("# Plan", "", "## 1️⃣ Setup", "", "## 2️⃣ Build", "", "## 3️⃣ Ship", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["1", "2", "3"]);
  });
});

describe("tracked list items", () => {
  it("top-level items named in bold, two or more and most of which state a status, are a tracked sequence of units", () => {
    const src = lines("# Roadmap", "", "- **Private alpha** — shipped", "  - [x] invites", "- **Public beta** — in progress", "  - [ ] billing", "- **GA** — planned", "");
    expect(read(src)).toEqual(["Private alpha — shipped | done", "Public beta — in progress | in_progress", "GA — planned | planned"]);
    expect(parseRoadmap(src).milestones.map((m) => m.criteria.length)).toEqual([1, 1, 0]);
  });

  it("plain bullets, or bold ones of which few state a status, stay no sequence", () => {
    expect(read(lines("# Ideas", "", "- Search — done", "- Tags — planned", "- Sharing", ""))).toEqual([]);
    expect(read(lines("# Ideas", "", "- **Search** — done", "- **Tags**", "- **Sharing**", "- **Export**", ""))).toEqual([]);
  });
});

describe("tables continued", () => {
  it("tables of one shape under sibling sections continue one sequence (L4, L3c), a one-row table too", () => {
    const table = (...rows: string[]) => ["| ID | Status | Scope |", "|---|---|---|", ...rows, ""];
    const src = lines(
      "# Roadmap", "",
      "## Part 1", "", ...table("| XY-M1 | Done | Parser |", "| XY-M2 | Done | Linter |"),
      "## Part 2", "", ...table("| XY-M3 | In progress | LSP |"),
      "## Part 3", "", ...table("| XY-M4 | Planned | Plugins |", "| XY-M5 | Planned | Cloud |"),
    );
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.title} | ${m.status.value}`)).toEqual([
      "XY-M1 | Parser | done", "XY-M2 | Linter | done", "XY-M3 | LSP | in_progress", "XY-M4 | Plugins | planned", "XY-M5 | Cloud | planned",
    ]);
  });
});

describe("bracketed labels", () => {
  it("a unit label in brackets (`[v1.0] Core`) is the label; a bracketed status opening a heading is not a unit label", () => {
    const src = lines("# Roadmap", "", "## [v1.0] Core ✅", "", "## [v1.1] CLI", "", "## [v2.0] Cloud", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value}`)).toEqual(["v1.0 | done", "v1.1 | unknown", "v2.0 | unknown"]);
    expect(read(lines("# Notes", "", "## [Draft] Design", "", "## [WIP] Ideas", ""))).toEqual([]);
  });
});

describe("horizons after a labelled run", () => {
  it("horizon siblings right after a labelled run (`## Later`, `## Long-term (v1.0+)`, `## After 0.2`) are further steps of the same sequence", () => {
    const src = lines("# Roadmap", "", "## v0.1 — Core ✅", "- parser", "", "## v0.2 — Hooks", "- hooks", "", "## Later — not yet scheduled", "- sync", "", "## Long-term (v1.0+)", "- cloud", "");
    expect(read(src)).toEqual(["v0.1 — Core ✅ | done", "v0.2 — Hooks | unknown", "Later — not yet scheduled | planned", "Long-term (v1.0+) | planned"]);
    // A horizon relative to a unit is a horizon whose status is not stated.
    expect(read(lines("# Plan", "", "## 0.0.5", "- a", "", "## 0.0.6", "- b", "", "## After 0.0.6", "- c", ""))).toEqual(["0.0.5 | unknown", "0.0.6 | unknown", "After 0.0.6 | unknown"]);
  });

  it("a current-state horizon, a vision, an ideas pool, or a horizon not adjacent to the run does not join it (L5)", () => {
    const ids = (src: string) => parseRoadmap(src).milestones.map((m) => m.title);
    expect(ids(lines("# R", "", "## Current direction", "x", "", "## v1", "- a", "", "## v2", "- b", "", "## Long-term vision", "essay", "", "## Future ideas", "- c", ""))).toEqual(["v1", "v2"]);
    expect(ids(lines("# R", "", "## v1", "- a", "", "## v2", "- b", "", "## Known issues", "- bug", "", "## Later", "- c", ""))).toEqual(["v1", "v2"]);
  });
});

describe("status buckets with and without units", () => {
  it("a bucket holding only features, next to buckets holding labelled units, is itself a milestone (L3a), in document order", () => {
    const src = lines("# Roadmap", "", "## ✅ Completed (v1.0)", "", "### Core", "- engine", "", "### CLI", "- flags", "", "## 🔜 Planned", "", "### Phase 2: Cloud", "- sync", "", "### Phase 3: Mobile", "- app", "");
    expect(read(src)).toEqual(["✅ Completed (v1.0) | done", "Phase 2: Cloud | planned", "Phase 3: Mobile | planned"]);
  });

  it("an ideas bucket, or a feature bucket not next to the unit buckets, stays out (L5)", () => {
    const src = lines("# Roadmap", "", "## Planned", "", "### v2.0", "- a", "", "### v3.0", "- b", "", "## Vision", "essay", "", "## In progress", "- a feature", "", "## Ideas", "- c", "");
    expect(read(src)).toEqual(["v2.0 | planned", "v3.0 | planned"]);
    expect(read(lines("# Roadmap", "", "## Planned", "", "### v2.0", "- a", "", "### v3.0", "- b", "", "## Ideas", "- c", ""))).toEqual(["v2.0 | planned", "v3.0 | planned"]);
  });
});

describe("horizons in lists, tables and paragraphs", () => {
  it("list items, table rows and paragraphs named by a horizon (`- **Now**: auth`, `| Later | … |`, `**Next**`) are horizon steps (L1, L2)", () => {
    expect(read(lines("# Roadmap", "", "- **Now**: auth, billing", "- **Next**: sharing", "- **Later**: mobile", ""))).toEqual(["Now: auth, billing | in_progress", "Next: sharing | planned", "Later: mobile | planned"]);
    expect(read(lines("# Roadmap", "", "| Horizon | Items |", "|---|---|", "| Short term (Q1) | auth |", "| Long term | mobile |", ""))).toEqual(["Short term (Q1) | planned", "Long term | planned"]);
    expect(read(lines("# Roadmap", "", "**Now**", "- a", "", "**Later**", "- b", ""))).toEqual(["Now | in_progress", "Later | planned"]);
  });

  it("a sentence that merely opens with a horizon word (`Next, run …`) names no step", () => {
    expect(read(lines("# Setup", "", "- First, install it", "- Next, run the build", "- Later, deploy it", "- Now, test it", ""))).toEqual([]);
  });
});

describe("timed headings", () => {
  it("sibling headings without labels, most of which carry a time window (`(Weeks 1–2)`, `— Month 3`, `(Q1 2025)`), are a dated sequence (L1)", () => {
    expect(read(lines("# Plan", "", "## Foundation (Weeks 1-2)", "- a", "", "## Core features (Weeks 3-4)", "- b", "", "## Polish (Weeks 5-6)", "- c", ""))).toEqual(["Foundation (Weeks 1-2) | unknown", "Core features (Weeks 3-4) | unknown", "Polish (Weeks 5-6) | unknown"]);
    expect(read(lines("# Plan", "", "## Auth (Q1 2025) ✅", "", "## Billing (Q2 2025)", "", "## Mobile", ""))).toEqual(["Auth (Q1 2025) ✅ | done", "Billing (Q2 2025) | unknown", "Mobile | unknown"]);
  });

  it("thematic sections where one heading in many mentions a date stay no sequence (L6)", () => {
    expect(read(lines("# Tool", "", "## Installation", "npm i", "", "## Usage", "run", "", "## Support (until Q4 2031)", "mail", "", "## License", "MIT", ""))).toEqual([]);
  });
});

describe("lists under a heading that names the units", () => {
  it("the items of a list right under `## Phases` / `## Milestones` / `## Etapas` are the units, whatever their names (L2)", () => {
    expect(read(lines("# Plan", "", "## Phases", "", "- **Discovery** — interviews", "- **Build** — code", "- **Launch** — ship", ""))).toEqual(["Discovery — interviews | unknown", "Build — code | unknown", "Launch — ship | unknown"]);
    expect(read(lines("# Plan", "", "## Milestones", "", "- [x] Private alpha", "- [ ] Public beta", ""))).toEqual(["Private alpha | done", "Public beta | planned"]);
  });

  it("a list under a pool (`## Future features`) or under an ordinary heading is not a sequence", () => {
    expect(read(lines("# Plan", "", "## Future feature ideas", "", "- search", "- sync", "", "## Notes", "", "- a", "- b", ""))).toEqual([]);
  });
});

describe("plain numbered steps continued", () => {
  it("ordered lists under sibling sections named like a plan continue one sequence of steps (L1, L4); Italian `step` is a plural", () => {
    const src = lines("# Progetto", "", "## 1. Obiettivo", "", "Testo.", "", "## 2. Step originali", "", "1. **Setup** — ambiente", "2. **Dati** — storage", "", "## 3. Stato attuale", "", "Testo.", "", "## 4. Next steps", "", "1. **Storage** — finire", "2. **API** — estendere", "");
    expect(read(src)).toEqual(["Setup — ambiente | unknown", "Dati — storage | unknown", "Storage — finire | unknown", "API — estendere | unknown"]);
  });

  it("an ordered list under an ordinary section does not join them", () => {
    const src = lines("# Plan", "", "## Steps", "", "1. Setup", "2. Data", "", "## Install", "", "1. clone", "2. run", "");
    expect(read(src)).toEqual(["Setup | unknown", "Data | unknown"]);
  });
});

describe("counts are not statuses (S3)", () => {
  it("a status word after a count (`0/22 tasks complete (0%)`, `60% done`) reports progress, not a status", () => {
    const src = lines("# Roadmap", "", "## Milestones", "", "### ✅ Milestone 1: Foundation - COMPLETED", "", "**Status**: 19/19 tasks complete (100%)", "", "### Milestone 2: Identity", "", "**Status**: 0/22 tasks complete (0%)", "", "### Milestone 3: Audit", "", "**Status**: 60% done", "");
    expect(read(src)).toEqual(["Foundation | done", "Identity | unknown", "Audit | unknown"]);
    // A status beside a count is still read: `✅ Done (3/3)`, `In progress — 2/5 tasks`; a whole count is done;
    // another status after a count states it; a date is not a count.
    expect(read(lines("# R", "", "## Phase 1", "", "Status: ✅ Done (3/3)", "", "## Phase 2", "", "Status: In progress — 2/5 tasks", ""))).toEqual(["Phase 1 | done", "Phase 2 | in_progress"]);
    const more = lines("# R", "", "## Phase 1", "", "Status: 3/3 complete", "", "## Phase 2", "", "Status: 100% complete", "", "## Phase 3", "", "Status: 2/5 - in progress", "", "## Phase 4", "", "Status: 10/2024 - Done", "", "## Phase 5", "", "Status: 0/4 not started", "");
    expect(read(more)).toEqual(["Phase 1 | done", "Phase 2 | done", "Phase 3 | in_progress", "Phase 4 | done", "Phase 5 | planned"]);
  });
});

describe("version tables whose rows compose with the header (`版本 1.14.0`)", () => {
  it("a row numbered under `| 版本 |` or `| Version |` gives its status to the section of its version (`## 1.14.0：…`)", () => {
    const src = lines("# 更新计划", "", "| 版本 | 优先级 | 状态 | 主要目标 |", "| --- | --- | --- | --- |", "| 1.14.0 | P0 | 已完成 | a |", "| 1.15.0 | P0 | 下一版 | b |", "| 1.16.0 | P1 | 计划中 | c |", "", "## 1.14.0：A", "", "text", "", "## 1.15.0：B", "", "text", "", "## 1.16.0：C", "", "text", "", "## 说明", "", "text", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value} ${m.status.source ?? "-"}`)).toEqual(["1.14.0 done table", "1.15.0 planned table", "1.16.0 planned table"]);
    const en = lines("# R", "", "| Version | Status |", "|---|---|", "| 1.14.0 | done |", "| 1.15.0 | planned |", "", "## Version 1.14.0", "", "a", "", "## Version 1.15.0", "", "b", "");
    expect(parseRoadmap(en).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Version 1.14.0 done", "Version 1.15.0 planned"]);
    // Under a `phase` column `1.1` is `Phase 1.1`, not a version.
    const ph = lines("# R", "", "| phase | Goal | Status |", "|---|---|---|", "| 1.1 | a | done |", "| 1.2 | b | planned |", "", "## Phase 1.1: A", "", "## Phase 1.2: B", "");
    expect(parseRoadmap(ph).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Phase 1.1 done", "Phase 1.2 planned"]);
  });
});

describe("legend tables", () => {
  it("a table with a Meaning column defines words (`| Estado | Significado |` over `next`, `later`, `done`); its rows are no units", () => {
    const src = lines("# Roadmap", "", "## Estados de una feature", "", "| Estado | Significado |", "|---|---|", "| `idea` | Apuntada |", "| `next` | Justo después del MVP |", "| `later` | Deseable |", "| `done` | Hecha |", "");
    expect(read(src)).toEqual([]);
    // Horizon rows without a meaning column are still steps; so are releases in a table that has a Meaning column among others.
    expect(read(lines("# Roadmap", "", "| Horizon | Work |", "|---|---|", "| Now | auth |", "| Next | sync |", "| Later | plugins |", ""))).toEqual(["Now | in_progress", "Next | planned", "Later | planned"]);
    expect(read(lines("# R", "", "| Release | Codename | Meaning | Status |", "|---|---|---|---|", "| v1.0 | A | x | done |", "| v2.0 | B | y | in progress |", ""))).toEqual(["v1.0 | done", "v2.0 | in_progress"]);
  });
});

describe("a title and one task list", () => {
  it("a document that is a title and one task list holds tasks, not milestones (L1, L6); one line of steering reads them", () => {
    const src = lines("# Active work", "", "- [x] Fix the build", "- [ ] Route approvals", "  - [ ] to managers", "- [ ] Lock approved records", "");
    expect(read(src)).toEqual([]);
    const steered = parseRoadmap(src, { milestones: { carrier: "list", nth: 1 } });
    expect(steered.milestones.map((m) => `${m.title} | ${m.status.value}`)).toEqual(["Fix the build | done", "Route approvals | planned", "Lock approved records | planned"]);
  });
});

describe("a plan-wide status under the title", () => {
  it("a short status statement opening the document (`> Parked 2031-02-17.`, `**Status:** Complete`) states every unit's status that nothing closer states (S1 elsewhere)", () => {
    expect(read(lines("# Plan", "", "> Parked 2031-02-17. Revisit when ready.", "", "## Phase 1 — Core ✅", "", "## Phase 2 — Cloud", ""))).toEqual(["Phase 1 — Core ✅ | done", "Phase 2 — Cloud | blocked"]);
    expect(read(lines("# Plan", "", "**Status:** Complete", "", "## Phase 1", "", "## Phase 2", ""))).toEqual(["Phase 1 | done", "Phase 2 | done"]);
  });

  it("a project in progress, a status naming one unit, or a status word used as an adjective states nothing plan-wide", () => {
    expect(read(lines("# Plan", "", "Status: In progress", "", "## Phase 1", "", "## Phase 2", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
    expect(read(lines("# Plan", "", "**Current Status**: ✅ **PHASE 1 COMPLETE** - shipped", "", "## Phase 1", "", "## Phase 2", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
    expect(read(lines("# Plan", "", "Complete rewrite of the engine in Rust.", "", "## Phase 1", "", "## Phase 2", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });
});

describe("units in a bucket beside units outside it", () => {
  it("a unit inside a status bucket stands where its bucket stands: `## Completed` › `### Phase 1…2`, then `## Phase 3` is one run (L3a, L4)", () => {
    const src = lines("# Plan", "", "## Completed phases", "", "### Phase 1: Core — Done", "", "### Phase 2: CLI — Done", "", "## Phase 3: Cloud", "", "### P3.1 — Sync", "", "### P3.2 — Teams", "", "### P3.3 — Billing", "");
    expect(read(src)).toEqual(["Phase 1: Core — Done | done", "Phase 2: CLI — Done | done", "Phase 3: Cloud | unknown"]);
  });

  it("units in a backlog bucket stay a pool beside the sequence (L5); a relative horizon needs a whole unit label (`Post-MVP`, not `Post-MVP Backlog`)", () => {
    const src = lines("# Plan", "", "## Phase 1: Core", "", "## Phase 2: CLI", "", "## Post-MVP Backlog", "", "### P1 Features (v0.2)", "", "### P2 Features (v0.3)", "");
    expect(read(src)).toEqual(["Phase 1: Core | unknown", "Phase 2: CLI | unknown"]);
  });
});

describe("series words of the document's own", () => {
  it("items opening with a capitalised word and a number (`Prompt 041 – …`) sorted into status buckets are numbered units (L3a), a number kept twice when listed in two buckets", () => {
    const src = lines("# Roadmap", "", "## ✅ Completed", "", "- Prompt 041 – Ribbon", "- Prompt 042: Home tab", "", "## 🟡 In Progress", "", "- Prompt 063 – Undo", "", "## Planned", "", "- Prompt 073 – Calendar", "- [In Progress] Prompt 063 Redo", "");
    expect(read(src)).toEqual(["Prompt 041 – Ribbon | done", "Prompt 042: Home tab | done", "Prompt 063 – Undo | in_progress", "Prompt 073 – Calendar | planned", "[In Progress] Prompt 063 Redo | in_progress"]);
  });

  it("headings numbered by such a word (`## Module 1: …`) are plain numbered steps; options, examples and decimals are not", () => {
    expect(parseRoadmap(lines("# Course", "", "## Module 1: Basics", "", "## Module 2: Types", "", "## Module 3: Async", "")).milestones.map((m) => m.id)).toEqual(["Module 1", "Module 2", "Module 3"]);
    expect(read(lines("# Design", "", "## Option 1: Postgres", "", "## Option 2: SQLite", ""))).toEqual([]);
  });
});

describe("units found in one bucket only", () => {
  it("numbered units in one status bucket, beside buckets holding only features, are that bucket's content: the buckets are the sequence (L3a)", () => {
    const src = lines("# Roadmap", "", "## Réalisé", "- [x] parser", "", "## Prochaines étapes", "", "### 1. Formulaires", "- a", "", "### 2. Migration", "- b", "", "## Idées futures", "", "### Intégrations", "- [ ] c", "");
    expect(read(src)).toEqual(["Réalisé | done", "Prochaines étapes | planned", "Idées futures | planned"]);
  });

  it("a labelled list inside one horizon of several is that horizon's content; numbered units spread over the buckets stay the units", () => {
    expect(read(lines("# Roadmap", "", "## Now", "- v0.5.1 — perf", "- v0.5.0 — live", "", "## Short term", "- themes", "", "## Long term", "- more", ""))).toEqual(["Now | in_progress", "Short term | planned", "Long term | planned"]);
    expect(read(lines("# Roadmap", "", "## Done", "", "### 1. Parser", "", "## Next", "", "### 2. CLI", "", "## Later", "", "### 3. Cloud", ""))).toEqual(["1. Parser | done", "2. CLI | planned", "3. Cloud | planned"]);
  });
});

describe("one naming restarted under sibling sections", () => {
  it("`## Ignore system` › `### Phase 1…2`, then `## Storage` › `### Phase 1…2` with other titles: each part's phases, one plan in document order (L4)", () => {
    const src = lines("# Roadmap", "", "## Ignore system", "", "### Phase 1: Core", "", "### Phase 2: UI", "", "## Storage", "", "### Phase 1: Schema", "", "### Phase 2: Sync", "");
    expect(read(src)).toEqual(["Phase 1: Core | unknown", "Phase 2: UI | unknown", "Phase 1: Schema | unknown", "Phase 2: Sync | unknown"]);
  });

  it("a second run repeating the first one's titles is a parallel view, not a continuation", () => {
    const src = lines("# Roadmap", "", "## Overview plan", "", "### Phase 1: Core", "", "### Phase 2: UI", "", "## Detailed plan", "", "### Phase 1: Core", "- a", "", "### Phase 2: UI", "- b", "");
    expect(read(src)).toHaveLength(2);
  });
});

describe("siblings divided like the units", () => {
  it("an unlabelled sibling whose section holds sub-units of the same series as the units' sections is a unit of the run (L4)", () => {
    const src = lines("# Roadmap", "", "# Objetivo", "Texto.", "", "# Pré-Projeto", "", "## Missão 001 — Planejamento", "", "## Missão 002 — Setup", "", "# Sprint 001 — Category", "", "## Missão 003 — Domain", "", "# Sprint 002 — Product", "", "## Missão 004 — API", "");
    expect(read(src)).toEqual(["Pré-Projeto | unknown", "Sprint 001 — Category | unknown", "Sprint 002 — Product | unknown"]);
  });

  it("an unlabelled sibling with other content stays out", () => {
    const src = lines("# Roadmap", "", "## Context", "", "### Why", "", "## Sprint 1 — Auth", "", "### Task 1 — login", "", "## Sprint 2 — Feed", "", "### Task 2 — posts", "");
    expect(read(src)).toEqual(["Sprint 1 — Auth | unknown", "Sprint 2 — Feed | unknown"]);
  });
});

describe("buckets of one shape", () => {
  it("an unlabelled sibling of feature-table buckets, holding a table of the same columns, is one more bucket (L3a), its status unstated", () => {
    const table = ["| Feature | Description | Status |", "|---|---|---|", "| a | b | Done |", ""];
    const src = lines("# Roadmap", "", "## Current Focus Areas", "", ...table, "## Planned Features", "", ...table, "## Cloud Deployment", "", ...table, "## Release Timeline", "", "1. a", "2. b", "");
    expect(read(src)).toEqual(["Current Focus Areas | in_progress", "Planned Features | planned", "Cloud Deployment | unknown"]);
  });
});

describe("done up to a unit", () => {
  it("an intro sentence saying the plan is done up to a unit (`Completed through Phase 2.`, `Completado hasta la Phase 2.`) states done for the units up to it (S1 elsewhere)", () => {
    const src = lines("# Plan", "", "Completado hasta la Phase 2. Baseline: 847 tests.", "", "## Phase 1 - Core (MERGED)", "", "## Phase 2 - Sync", "", "## Phase 3 - AI", "");
    expect(read(src)).toEqual(["Phase 1 - Core (MERGED) | done", "Phase 2 - Sync | done", "Phase 3 - AI | unknown"]);
  });

  it("a status that is not done, or a sentence after the units, states nothing for them", () => {
    expect(read(lines("# Plan", "", "Planned through Phase 2.", "", "## Phase 1", "", "## Phase 2", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
    expect(read(lines("# Plan", "", "## Phase 1", "", "## Phase 2", "", "Completed through Phase 2.", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });
});

describe("a named opening step", () => {
  it("the unlabelled sibling right before a labelled run, holding task checkboxes as the first unit does, is the run's opening step (L4)", () => {
    const src = lines("# Roadmap", "", "Brief plan.", "", "#### **Warm up**", "", "- [x] name", "", "#### **Release 01**", "", "- [ ] catalog", "", "#### **Release 02**", "", "- TODO", "");
    expect(read(src)).toEqual(["Warm up | unknown", "Release 01 | unknown", "Release 02 | unknown"]);
  });

  it("a section without checkboxes, or one not right before the run, does not open it", () => {
    expect(read(lines("# Roadmap", "", "## Background", "", "Text.", "", "## Release 01", "- [ ] a", "", "## Release 02", "- [ ] b", ""))).toEqual(["Release 01 | unknown", "Release 02 | unknown"]);
  });
});

describe("issue 12 classes, stated as principles", () => {
  it("L3(c): a longer table of explicit milestones that all carry a status wins over a status-less grouping elsewhere", () => {
    const src = lines("# Plan", "", "## Fase 1", "Text.", "## Fase 2", "Text.", "## Fase 3", "Text.", "", "## Milstolpar", "", "| ID | Milstolpe | Status |", "| --- | --- | --- |", "| XX-M1 | Start | Klar |", "| XX-M2 | Data | Klar |", "| XX-M3 | API | Pågår |", "| XX-M4 | UI | Planerad |", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value}`)).toEqual(["XX-M1 | done", "XX-M2 | done", "XX-M3 | in_progress", "XX-M4 | planned"]);
  });

  it("L3(c) stays narrow: the grouping keeps the reading when it states statuses, or when the table is shorter", () => {
    const stated = lines("# Plan", "", "## Fase 1 ✅", "## Fase 2 🚧", "## Fase 3", "## Fase 4", "", "## Milstolpar", "", "| ID | Status |", "| --- | --- |", "| XX-M1 | Klar |", "| XX-M2 | Klar |", "| XX-M3 | Pågår |", "| XX-M4 | Planerad |", "| XX-M5 | Planerad |", "");
    expect(parseRoadmap(stated).milestones.map((m) => m.id)).toEqual(["Fase 1", "Fase 2", "Fase 3", "Fase 4"]);
    const shorter = lines("# Plan", "", "## Fase 1", "## Fase 2", "## Fase 3", "## Fase 4", "", "## Milstolpar", "", "| ID | Status |", "| --- | --- |", "| XX-M1 | Klar |", "| XX-M2 | Pågår |", "");
    expect(parseRoadmap(shorter).milestones.map((m) => m.id)).toEqual(["Fase 1", "Fase 2", "Fase 3", "Fase 4"]);
  });

  it("S1 bucket: a labelled enclosing unit that states done, planned or cancelled gives it to its parts; in progress does not", () => {
    const src = lines("# Roadmap: App", "", "## v1.0 MVP (Shipped)", "", "### Phase 1: Setup", "**Goal**: repo", "### Phase 2: Core", "**Goal**: core", "", "## 🚧 v1.1 Launch-Ready (In Progress)", "", "### Phase 3: Polish", "**Goal**: polish", "### Phase 4: Launch", "**Goal**: launch", "", "## v2.0 Cloud (Planned)", "", "### Phase 5: Sync", "**Goal**: sync", "");
    expect(read(src)).toEqual(["Phase 1: Setup | done", "Phase 2: Core | done", "Phase 3: Polish | unknown", "Phase 4: Launch | unknown", "Phase 5: Sync | planned"]);
  });

  it("a number joined to the next by a bare hyphen is a range (`0-1级`), not a numbered unit", () => {
    const src = lines("# 战斗系统", "", "0-1级      需40经验", "", "1-2级      需110经验", "", "2-3级      需237经验", "", "3-4级      需450经验", "");
    expect(parseRoadmap(src).milestones).toEqual([]);
    expect(read(lines("# Plan", "", "## 1 - Setup", "", "## 2 - Build", ""))).toEqual(["1 - Setup | unknown", "2 - Build | unknown"]);
  });

  it("a heading opening with `Key` is a section of its own (`Key Concepts`); only a bare `Key` is a legend", () => {
    const src = lines("# A Beginner's Roadmap", "", "## 1. Basics", "- a", "## 2. Addressing", "- b", "## 3. Key Concepts to Prioritize", "- c", "");
    expect(read(src)).toEqual(["1. Basics | unknown", "2. Addressing | unknown", "3. Key Concepts to Prioritize | unknown"]);
    const legend = lines("# Plan", "", "## 1. Basics", "## 2. Addressing", "## 3. Key", "✅ done", "");
    expect(parseRoadmap(legend).milestones).toEqual([]);
  });

  it("an intro sentence stating the status of every unit below (`The phases below are not yet implemented`) gives it to each", () => {
    const src = lines("# Roadmap", "", "Phase 1 is in the README. The phases below are not yet", "implemented; they are recorded here.", "", "## Phase 2 — Editing", "- a", "", "## Phase 3 — Effects ✅", "- b", "");
    expect(read(src)).toEqual(["Phase 2 — Editing | planned", "Phase 3 — Effects ✅ | done"]);
    const done = lines("# Roadmap", "", "All milestones listed below have shipped.", "", "## v1.0", "", "## v1.1", "");
    expect(read(done)).toEqual(["v1.0 | done", "v1.1 | done"]);
    const prose = lines("# Roadmap", "", "The phases below are described in detail.", "", "## Phase 1", "", "## Phase 2", "");
    expect(read(prose)).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });

  it("beside a bucket of units, a dropped bucket or one with nothing in it is not a milestone (L5)", () => {
    const src = lines("# Roadmap", "", "## Planned", "### Phase 1: Core", "- a", "### Phase 2: Polish", "- b", "", "## Completed", "", "Nothing yet.", "", "## Dropped", "", "**3D world** — dropped", "");
    expect(read(src)).toEqual(["Phase 1: Core | planned", "Phase 2: Polish | planned"]);
    const features = lines("# Roadmap", "", "## Planned", "### Phase 1: Core", "### Phase 2: Polish", "", "## Completed", "", "- Slash commands", "");
    expect(read(features)).toEqual(["Phase 1: Core | planned", "Phase 2: Polish | planned", "Completed | done"]);
  });

  it("a later stretch named with a horizon adjective after its noun, or a feminine/plural `next`, continues the run as planned", () => {
    for (const later of ["Etapas seguintes", "Fases futuras", "Étapes suivantes", "Próximas etapas", "Prochaines étapes"])
      expect(read(lines("# Roadmap", "", "## Etapa 1", "- a", "", "## Etapa 2", "- b", "", `## ${later}`, "- c", ""))).toEqual(["Etapa 1 | unknown", "Etapa 2 | unknown", `${later} | planned`]);
  });

  it("a sentence under the title telling of the project (`Released on npm in 2024.`) states no unit's status; `Status: Complete` does", () => {
    expect(read(lines("# mytool roadmap", "", "Released on npm in 2024. The plan for the year:", "", "## Phase 1: Plugins", "", "## Phase 2: Cloud", ""))).toEqual(["Phase 1: Plugins | unknown", "Phase 2: Cloud | unknown"]);
    expect(read(lines("# mytool roadmap", "", "**Status:** Complete as of 2024", "", "## Phase 1: Plugins", "", "## Phase 2: Cloud", ""))).toEqual(["Phase 1: Plugins | done", "Phase 2: Cloud | done"]);
  });

  it("a dash suffix names a topic unless its planned word is a horizon (`— Research Notes` is not planned; `— Future Vision` is)", () => {
    expect(parseRoadmap(lines("# Notes", "", "## Auth — Research Notes", "", "## Sync — Backlog Grooming", "", "## Billing", "")).milestones).toEqual([]);
  });

  it("a README's install steps and download notes are not a roadmap (`## Step-by-step installation`, `## Releases` of prose)", () => {
    expect(parseRoadmap(lines("# mytool", "", "## Step-by-step installation", "", "1. Clone the repo", "2. Run npm install", "3. Run npm start", "")).milestones).toEqual([]);
    expect(parseRoadmap(lines("# mytool", "", "A tool.", "", "## Releases", "", "- Download binaries from the releases page", "- Or install with Homebrew", "")).milestones).toEqual([]);
    expect(read(lines("# mytool", "", "## Releases", "", "- **Alpha** — shipped", "- **Beta** — next", ""))).toEqual(["Alpha — shipped | done", "Beta — next | planned"]);
  });

  it("`mostly done`, `almost done` and `nearly complete` are not done: in progress (S2 partial)", () => {
    expect(read(lines("# Plan", "", "## Phase 1 (mostly done)", "", "## Phase 2 — almost done", "", "## Phase 3 (done)", ""))).toEqual(["Phase 1 (mostly done) | in_progress", "Phase 2 — almost done | in_progress", "Phase 3 (done) | done"]);
  });

  it("the run's previous step written at another level (`## Phase 1` under the title, then `# Phase 2…`) opens the run", () => {
    const src = lines("# Learning Roadmap", "", "## Phase 1 — Basics", "### Resources", "- a", "", "# Phase 2 — Theory", "- b", "", "# Phase 3 — Vision", "- c", "");
    expect(read(src)).toEqual(["Phase 1 — Basics | unknown", "Phase 2 — Theory | unknown", "Phase 3 — Vision | unknown"]);
    // Only the step numbered right before the first, ending where the run begins.
    const gap = lines("# Learning Roadmap", "", "## Phase 1 — Basics", "", "# Notes", "", "# Phase 3 — Theory", "", "# Phase 4 — Vision", "");
    expect(read(gap)).toEqual(["Phase 3 — Theory | unknown", "Phase 4 — Vision | unknown"]);
  });

  it("an ordered list introduced as requirements (`Requirements:`, `需求:`) is not the last-resort plan (L6)", () => {
    expect(parseRoadmap(lines("# Game", "", "需求:", "", "1. 战斗逻辑挪到服务端", "2. UI系统完善", "3. 战斗结算系统", "")).milestones).toEqual([]);
    expect(parseRoadmap(lines("# Tool", "", "Requirements:", "", "1. Fast", "2. Small", "")).milestones).toEqual([]);
    expect(read(lines("# Tool", "", "1. Ship the CLI", "2. Add plugins", ""))).toEqual(["Ship the CLI | unknown", "Add plugins | unknown"]);
  });

  it("the document's one labelled heading holding task boxes (`## 2026` over a checklist) is one milestone; without boxes, or unlabelled, no guess", () => {
    const one = parseRoadmap(lines("# Roadmap", "", "## 2026", "- [x] Core API", "- [ ] SDKs", "", "## Suggestions?", "Open an issue.", ""));
    expect(one.milestones.map((m) => `${m.title} | ${m.criteria.length}`)).toEqual(["2026 | 2"]);
    expect(one.reading?.carrier).toBe("heading");
    expect(parseRoadmap(lines("# Roadmap", "", "## 2026", "Plans to come.", "")).milestones).toEqual([]);
    expect(parseRoadmap(lines("# Roadmap", "", "## Setup", "- [x] a", "", "## Notes", "- [ ] b", "")).milestones).toEqual([]);
  });

  it("review: a lone version heading with a checklist (`## v2.0 migration`) is a README's, not a roadmap; Italian postposed horizons; `future-proofing` is no horizon", () => {
    expect(parseRoadmap(lines("# mytool", "", "## Install", "npm i mytool", "", "## v2.0 migration", "- [ ] rename config file", "- [x] update flags", "")).milestones).toEqual([]);
    expect(read(lines("# Piano", "", "## Fase 1", "- a", "", "## Fase 2", "- b", "", "## Fasi successive", "- c", ""))).toEqual(["Fase 1 | unknown", "Fase 2 | unknown", "Fasi successive | planned"]);
    expect(read(lines("# Plan", "", "## Phase 1", "", "## Phase 2", "", "## Tools future-proofing", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });
});


// A review of the round's code (2026-12-06, second): statements about "the units below" that are
// not statuses, and edits that would not read back.
describe("intro statements about the units below state a status only when they say one", () => {
  const statuses = (intro: string) => parseRoadmap(`# Roadmap\n\n${intro}\n\n## Phase 1\n\n- a\n\n## Phase 2\n\n- b\n`).milestones.map((m) => m.status.value);
  it.each([
    "The phases below are not in any particular order.",
    "All releases listed below are not supported anymore.",
    "The steps below are done manually.",
    "The phases below are planned quarterly.",
  ])("%j states nothing", (intro) => expect(statuses(intro)).toEqual(["unknown", "unknown"]));
  it.each([
    ["The phases below are not yet implemented.", "planned"],
    ["All phases below have shipped.", "done"],
    ["All the phases below are already shipped.", "done"],
  ])("%j states %s", (intro, value) => expect(statuses(intro)).toEqual([value, value]));
});

// Rules written from set f's tuning half and the synthetic set (2026-12-06), each as a principle.
describe("set f tuning half and the synthetic set: general rules", () => {
  const read = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id}|${m.status.value}`);

  it("a status, a separator, then a unit label (`En cours — 3.x`, `Next — v0.2`) is that label with that status (S1 heading prefix)", () => {
    expect(read("# Feuille de route\n\n## En cours — 3.x\n\n- [ ] a\n\n## 4.0.0\n\n- [ ] b\n\n## Ensuite — sans engagement\n\n- c\n")).toEqual(["3.x|in_progress", "4.0.0|unknown", "3|planned"]);
    expect(read("# Roadmap\n\n## Available now — v0.1\n\n- a\n\n## v0.2\n\n- b\n\n## Next — v0.3\n\n- c\n")).toEqual(["v0.1|done", "v0.2|unknown", "v0.3|planned"]);
  });

  it("among status buckets (`Completed: Auth`, `Planned: v2.0`) a status-led label stays a bucket, so the run stays whole", () => {
    expect(read("# Roadmap\n\n## Completed: Auth\n\n- [x] login\n\n## In progress: Billing\n\n- [ ] invoices\n\n## Planned: v2.0\n\n- [ ] teams\n").map((x) => x.split("|")[1])).toEqual(["done", "in_progress", "planned"]);
  });

  it("a heading of thousands of leading statuses (`Done — Done — … v1`) reads without a quadratic walk, and reads nothing", () => {
    expect(read(`# Roadmap\n\n## ${"Done — ".repeat(20_000)}v1\n`)).toEqual([]);
  });

  it("plain numbered steps continue into the horizon after them (`## 0.3 …` then `## Later`)", () => {
    expect(read("# Roadmap\n\n## 1. Desktop prerelease\n\n- a\n\n## 2. Hardening\n\n- b\n\n## Later\n\n- c\n")).toEqual(["1|unknown", "2|unknown", "3|planned"]);
  });

  it("a progress table numbering the same series as the sections adds the units only it lists (L4)", () => {
    const src = [
      "# Course", "", "## 01 — Foundations", "", "- a", "", "## 02 — Layouts", "", "- b", "", "## Progress", "",
      "| # | Topic | Status |", "|---|---|---|", "| 1 | Foundations | In progress |", "| 2 | Layouts | Upcoming |", "| 3 | Firebase | Upcoming |", "| 4 | Final project | Upcoming |", "",
    ].join("\n");
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => `${m.title}|${m.status.value}`)).toEqual(["01 — Foundations|in_progress", "02 — Layouts|planned", "Firebase|planned", "Final project|planned"]);
  });

  it("a status line right under a bold-lead paragraph unit (`*Status: in progress*`) is its section status", () => {
    expect(read("# Plan\n\n## The plan\n\n**Phase 1: Stock**\n\n*Status: done*\n\n- a\n\n**Phase 2: Ordering**\n\n*Status: in progress*\n\n- b\n")).toEqual(["Phase 1|done", "Phase 2|in_progress"]);
  });

  it("status lines in every language of the vocabulary (`Trạng thái: Hoàn thành`, `Durum: Tamamlandı`)", () => {
    expect(read("# Lộ trình\n\n## Giai đoạn 1: Ghi chép\n\nTrạng thái: Hoàn thành\n\n## Giai đoạn 2: Cảnh báo\n\nTrạng thái: Đang thực hiện\n")).toEqual(["Giai đoạn 1|done", "Giai đoạn 2|in_progress"]);
    expect(read("# Yol haritası\n\n## Aşama 1\n\nDurum: Tamamlandı\n\n## Aşama 2\n\nDurum: Planlanan\n")).toEqual(["Aşama 1|done", "Aşama 2|planned"]);
  });

  it("a `4+` row (the steps from 4 on) is a unit; `2 + 3` names two", () => {
    const table = (cell: string) => `# Plan\n\n| Phase | Goal | Status |\n|---|---|---|\n| 1 | Setup | Done |\n| 2 | Build | In progress |\n| ${cell} | Scale | Planned |\n`;
    expect(read(table("4+"))).toHaveLength(3);
  });

  it("a paragraph unit's `State:` line that states no status is prose, not its status place", () => {
    const r = parseRoadmap("# Roadmap\n\n**Phase 1: Setup**\n\n*Status: done*\n\n**Phase 2: Shipping**\n\nState: the warehouse is not ready yet.\n");
    expect(r.milestones.map((m) => `${m.id}|${m.status.value}|${m.statuses.length}`)).toEqual(["Phase 1|done|1", "Phase 2|unknown|0"]);
  });

  it("a table assigning several units per row (`| 1, 2 | @owner |`) is not a list of units", () => {
    expect(read("# Migration\n\n## 1. Tests\n\n- a\n\n## 2. Ruby\n\n- b\n\n## 3. Rails\n\n- c\n\n## Owners\n\n| Step | Owner |\n|------|-------|\n| 1, 2 | @m |\n| 3 | @j |\n")).toEqual(["1|unknown", "2|unknown", "3|unknown"]);
  });

  it("an idea pool in another language does not continue a run (`未来的一些想法`), nor does a won't-do bucket", () => {
    expect(read("# 路线图\n\n## v1.0\n\n- a\n\n## v2.0\n\n- b\n\n## 未来的一些想法\n\n- c\n")).toEqual(["v1.0|unknown", "v2.0|unknown"]);
    expect(read("# Roadmap\n\n## Now\n\n- [ ] a\n\n## Next\n\n- [ ] b\n\n## Later\n\n- [ ] c\n\n## Won't do (for now)\n\n- d\n").map((x) => x.split("|")[1])).toEqual(["in_progress", "planned", "planned"]);
  });
});

describe("a status marker opening a bracketed note states the status, whatever note follows (S1 heading)", () => {
  it("`(✅ 代码侧完成于 0.4.0;金标集待人工标注)` is done, `(⏳ 等待设计评审之后再开始实现)` planned", () => {
    const src = "# 路线图\n\n## 里程碑\n\n### M1 · 核心(✅ 代码侧完成于 0.4.0;金标集待人工标注)\n\n- a\n\n### M2 · 体验(⏳ 等待设计评审之后再开始实现)\n\n- b\n";
    expect(parseRoadmap(src).milestones.map((m) => `${m.id}|${m.status.value}`)).toEqual(["M1|done", "M2|planned"]);
  });
});

describe("set g tuning half: general rules", () => {
  const read = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id}|${m.status.value}`);

  // (`(Current release)` on a version: the release out now, done since round 10.)
  it("a name written before every sibling's label (`GTW-RPG v4.0`) is not part of it; `(Closed development)` is no status", () => {
    expect(read("# Roadmap & History\n\n## GTW-RPG v4.0 (Closed development)\n\n- a\n\n## GTW-RPG v3.0 (Current release)\n\n- b\n\n## GTW-RPG v2.0\n\n- c\n")).toEqual(["v4.0|unknown", "v3.0|done", "v2.0|unknown"]);
  });

  it("a shared name on two of eight named siblings (`Prototype V1`, `Prototype V2`) does not make them the sequence", () => {
    const names = ["First Repository", "First Boot", "Prototype V1", "Prototype V2", "Custom PCB", "First Demo", "First User", "Product Launch"];
    const src = `# Milestones\n\n${names.map((n) => `## ${n}\n\n- [ ] x\n`).join("\n")}`;
    expect(parseRoadmap(src).milestones.filter((m) => m.id === "V1" || m.id === "V2")).toEqual([]);
  });

  it("a version series written `0.2.x` is a version; a status and the unit's noun before a label (`Current version: v1.0.1`, `当前版本：v1.0.1`) is that label", () => {
    expect(read("# Lộ trình\n\n## 0.2.x / Post-0.2\n\n- a\n\n## 0.3\n\n- b\n\n## 1.0\n\n- c\n").map((x) => x.split("|")[0])).toEqual(["0.2.x", "0.3", "1.0"]);
    expect(read("# Roadmap\n\n## Current version: v1.0.1\n\n- a\n\n## v1.1.0 - Search\n\n- b\n\n## v1.2.0 - Sync\n\n- c\n").map((x) => x.split("|")[0])).toEqual(["v1.0.1", "v1.1.0", "v1.2.0"]);
    expect(read("# 路线图\n\n## 当前版本：v1.0.1\n\n- a\n\n## v1.1.0 - 增强\n\n- b\n").map((x) => x.split("|")[0])).toEqual(["v1.0.1", "v1.1.0"]);
  });

  it("Turkish status words in capitals (`✅ TAMAMLANDI`) and Indonesian `Telah Dirilis` state done", () => {
    expect(read("# Yol Haritası\n\n## 🔜 Planlanan\n\n### v5.3 - JSON ✅ TAMAMLANDI\n\n- a\n\n### v5.4 - Shell\n\n- b\n")).toEqual(["v5.3|done", "v5.4|planned"]);
    expect(read("# Peta Jalan\n\n## Tier 1: Utama (✅ Telah Dirilis)\n\n- a\n\n## Tier 2: Skala (Sudah dirilis)\n\n- b\n")).toEqual(["Tier 1|done", "Tier 2|done"]);
  });

  it("numbered paragraphs that do not count up (`6 cenario`, `4 - principios`, `1 - modulo`) are notes, not steps", () => {
    const src = "# Notas\n\n## Reunião\n\n6 cenario\n\ntexto livre\n\n4 - principios de projeto\n\nmais texto\n\n1 - modulo medico\n";
    expect(parseRoadmap(src).milestones).toEqual([]);
    const up = "# Plano\n\n## Passos\n\n1 - preparar\n\ntexto\n\n2 - construir\n\ntexto\n\n3 - lançar\n";
    expect(parseRoadmap(up).milestones.map((m) => m.id)).toEqual(["1", "2", "3"]);
  });

  it("a long-term vision in another language (`장기 비전`, `Visión a largo plazo`) does not continue a run (L5)", () => {
    const ids = (src: string) => parseRoadmap(src).milestones.map((m) => m.id);
    expect(ids("# 로드맵\n\n## 단계 1 — 코어\n\n- a\n\n## 단계 2 — 문서\n\n- b\n\n## 장기 비전\n\n- c\n")).toEqual(["단계 1", "단계 2"]);
    expect(ids("# Hoja de ruta\n\n## v1.0\n\n- a\n\n## v2.0\n\n- b\n\n## Futuro: visión\n\n- c\n")).toEqual(["v1.0", "v2.0"]);
  });

  it("Traditional Chinese statuses and buckets (開發中, 已規劃, 未來, 即將到來); 目前狀態 is a current-state summary", () => {
    const src = [
      "# 開發藍圖", "", "## 📊 目前狀態", "", "- 已完成功能", "", "## 🚧 開發中（活躍的 Worktrees）", "", "### 第一階段：核心", "", "- [ ] a", "",
      "### 第二階段：進階", "", "- [ ] b", "", "## 🎯 即將到來的階段", "", "### 第三階段：整合（已規劃）", "", "- [ ] c", "", "### 第四階段：進階功能（未來）", "", "- [ ] d", "",
    ].join("\n");
    expect(read(src)).toEqual(["第一階段|in_progress", "第二階段|in_progress", "第三階段|planned", "第四階段|planned"]);
  });
});

describe("labelled list items sorted into status buckets (L3a)", () => {
  it("are one sequence across the buckets, each with its bucket's status, one or several per bucket", () => {
    const src = lines("# R", "", "## ✅ Done", "", "- Phase 1: Setup", "- Phase 2: Auth", "", "## 🚧 In progress", "", "- Phase 3: Build", "", "## 📋 Planned", "", "- Phase 4: Ship");
    expect(read(src)).toEqual(["Phase 1: Setup | done", "Phase 2: Auth | done", "Phase 3: Build | in_progress", "Phase 4: Ship | planned"]);
    const versions = lines("# R", "", "## Released", "", "- v1.0 — auth", "", "## Next", "", "- v1.1 — search", "", "## Later", "", "- v2.0 — sync");
    expect(parseRoadmap(versions).milestones.map((m) => `${m.id} | ${m.status.value}`)).toEqual(["v1.0 | done", "v1.1 | planned", "v2.0 | planned"]);
  });

  it("feature bullets in buckets leave the buckets the milestones; labelled items in one bucket only are its content; a pool does not join", () => {
    const features = lines("# R", "", "## Completed", "", "- **Auth** — login", "- **Search** — full text", "", "## Planned", "", "- **Sync** — offline");
    expect(read(features)).toEqual(["Completed | done", "Planned | planned"]);
    const oneBucket = lines("# R", "", "## Done", "", "- v1.0 — auth", "- v1.1 — search", "", "## Next", "", "- offline sync", "", "## Later", "", "- teams");
    expect(read(oneBucket)).toEqual(["Done | done", "Next | planned", "Later | planned"]);
    const pool = lines("# R", "", "## Done", "", "- Phase 1: Setup", "", "## Planned", "", "- Phase 2: Build", "", "## Ideas", "", "- Phase 9: Moon");
    expect(parseRoadmap(pool).milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
  });
});

describe("numbered steps and level slips", () => {
  it("a numbered step named by a release stage (`2. Prototype`) stays in its run of numbered steps", () => {
    const src = lines("# Plan", "", "## 1. Research", "- [x] a", "## 2. Prototype", "- [ ] b", "## 3. Launch", "- [ ] c");
    expect(read(src)).toEqual(["1. Research | unknown", "2. Prototype | unknown", "3. Launch | unknown"]);
    // A run of stage names alone is still their own series.
    expect(parseRoadmap(lines("# Plan", "", "## Alpha", "- [x] a", "## Beta", "- [ ] b", "## Launch", "- [ ] c")).milestones.map((m) => m.id)).toEqual(["Alpha", "Beta", "Launch"]);
  });

  it("a unit whose section holds the rest of its series one level down (`## Phase 1` over `### Phase 2`) opens the run", () => {
    const src = lines("# R", "", "## Phase 1", "- [x] a", "### Phase 2", "- [ ] b", "### Phase 3", "- [ ] c");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2", "Phase 3"]);
    // Not another series under it (L3b), nor sub-phases numbered from it.
    expect(parseRoadmap(lines("# R", "", "## Phase 1 — Foundations", "### Milestone 1", "- [ ] a", "### Milestone 2", "- [ ] b")).milestones.map((m) => m.id)).toEqual(["M1", "M2"]);
    expect(parseRoadmap(lines("# R", "", "## Phase 1", "### Phase 1.1", "- [ ] a", "### Phase 1.2", "- [ ] b")).milestones.map((m) => m.id)).toEqual(["Phase 1.1", "Phase 1.2"]);
  });
});

describe("timed units without labels (L1: a dated sequence of delivery units)", () => {
  it("sibling headings naming a month and year (`## Auth (Jan 2026)`) are the units, as `(Q1 2026)` ones are", () => {
    const src = lines("# R", "", "## Auth (Jan 2026)", "- [x] a", "## Search (March 2026)", "- [ ] b", "## Sync (June 2026)", "- [ ] c");
    expect(read(src)).toEqual(["Auth (Jan 2026) | unknown", "Search (March 2026) | unknown", "Sync (June 2026) | unknown"]);
  });

  it("bold-named items with a time window (`- **Search** (Q2 2026)`) are the units, as bold items stating a status are; plain bold features are not", () => {
    const src = lines("# R", "", "- **Auth** (Q1 2026) ✅", "- **Search** (Q2 2026)", "- **Sync** (Q3 2026)");
    expect(read(src)).toEqual(["Auth (Q1 2026) ✅ | done", "Search (Q2 2026) | unknown", "Sync (Q3 2026) | unknown"]);
    expect(read(lines("# R", "", "- **Auth** — login", "- **Search** — full text", "- **Sync** — offline"))).toEqual([]);
  });
});

describe("tags, not a series", () => {
  it("a run whose units all carry one and the same id (`| Beta |` on every row) is never read as the sequence", () => {
    const src = lines("# R", "", "| Tier | Package |", "|---|---|", "| Beta | pkg/a |", "| Beta | pkg/b |", "| Beta | pkg/c |", "");
    const r = parseRoadmap(src);
    expect(r.milestones).toEqual([]);
    expect(r.reading?.candidates.some((c) => /ids repeat/u.test(c.why))).toBe(true);
    // Two units of one repeated id beside a real series: the series.
    const both = lines("# R", "", "## Phase 1", "- [ ] a", "## Phase 2", "- [ ] b", "", "- v1.0 first", "- v1.0 second");
    expect(parseRoadmap(both).milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
  });
});

describe("from set i's tuning half, as general rules", () => {
  it("a known-limitations section is never a unit nor a bucket (`## Current limits` beside `## Done`, `## Next`)", () => {
    const src = lines("# R", "", "## Current limits", "", "- slow on big files", "", "## Done", "", "- **Auth** — login", "", "## Next", "", "- **Sync** — offline");
    expect(read(src)).toEqual(["Done | done", "Next | planned"]);
  });

  it("`(this step)`, `(this iteration)` state the unit in progress, as `this milestone` does", () => {
    const src = lines("# Plan", "", "## 0. Scaffold (this iteration)", "", "## 1. Contract", "", "## 2. Pipeline");
    expect(read(src)).toEqual(["0. Scaffold (this iteration) | in_progress", "1. Contract | unknown", "2. Pipeline | unknown"]);
  });

  it("under a bare row number the column named for the units is the title, before a scope column (T2: the first text cell)", () => {
    const src = lines("# Plan", "", "## The Milestones", "", "| # | Milestone | Scope |", "|---|---|---|", "| 1 | **Basics** | by hand |", "| 2 | **Evaluation** | metrics |");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.title}`)).toEqual(["1 | Basics", "2 | Evaluation"]);
  });

  it("a `#` column beside a `Phase` column numbers phases: the row gives its status to `### Phase 1` (GSD's phase table)", () => {
    const src = lines(
      "# Roadmap",
      "",
      "## Phase Overview",
      "",
      "| # | Phase | Goal | Requirements | Plans |",
      "|---|---|---|---|---|",
      "| 1 | Foundation | 1/3 | In Progress| |",
      "| 2 | Core Product | Boards | CARD-01 | TBD |",
      "",
      "## Phase Details",
      "",
      "### Phase 1: Foundation",
      "",
      "### Phase 2: Core Product",
      "",
    );
    expect(read(src)).toEqual(["Phase 1: Foundation | in_progress", "Phase 2: Core Product | unknown"]);
    // A `#` column beside a column that is not a step word (tasks, parts, items, milestones) keeps its numbers.
    const plain = lines("# R", "", "| # | Task | Status |", "|---|---|---|", "| 1 | Login | done |", "| 2 | Search | planned |");
    expect(parseRoadmap(plain).milestones.map((m) => `${m.id} | ${m.title}`)).toEqual(["1 | Login", "2 | Search"]);
    expect(read(lines("# Parts", "", "| # | Part | Notes |", "|---|---|---|", "| 1 | Widget housing | a |", "| 2 | Screws | b |", ""))).toEqual([]);
    // Beside a column that labels the units itself (`Phase 0 — Bootstrap`), the numbers only count rows.
    const own = lines("# R", "", "| # | Phase | Status |", "|---|---|---|", "| 1 | Phase 0 — Bootstrap | done |", "| 2 | Phase 1 — Core | in progress |", "", "## Phase 0 — Bootstrap", "", "## Phase 1 — Core", "");
    expect(parseRoadmap(own).milestones.map((m) => m.id)).toEqual(["Phase 0", "Phase 1"]);
  });
});

describe("edges found in review (round 7)", () => {
  it("a word that is a property of every object (`Phase Constructor`) is not a number word", () => {
    const src = lines("# R", "", "## Phase Constructor", "", "x", "", "## Phase Two", "", "y", "", "## Phase Three", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["Phase 2", "Phase 3"]);
  });

  it("under a bare row number a Name column titles the row before a unit column of versions", () => {
    const src = lines("# R", "", "| # | Release | Name | Status |", "|---|---|---|---|", "| 1 | v1.0 | Login | done |", "| 2 | v1.1 | Search | planned |");
    expect(read(src)).toEqual(["Login | done", "Search | planned"]);
  });

  it("two headings of one quarter are still units; three rows tagged alike are not", () => {
    expect(parseRoadmap(lines("# R", "", "## Q3 2026 — Search", "", "x", "", "## Q3 2026 — Login", "", "y")).milestones).toHaveLength(2);
  });
});

// Rules written from tuning set r (2026-12-07), each as a principle.
describe("set r: general rules", () => {
  it("a list whose items each open with a mark and its meaning is a legend; a word that is no status is read by its description (`⚪ Open — not started`)", () => {
    const table = lines("# R", "", "| Phase | Status |", "|---|---|", "| 1. Research | ✅ Done |", "| 2. Build | 🟢 |", "| 3. Launch | ⚪ Open |", "");
    expect(read(table)).toEqual(["1. Research | done", "2. Build | unknown", "3. Launch | unknown"]);
    const legend = lines("Status legend:", "- ✅ Done", "- 🟢 Started, not blocking — later phases can proceed", "- ⚪ Open — not started", "");
    expect(read(table + "\n" + legend)).toEqual(["1. Research | done", "2. Build | in_progress", "3. Launch | planned"]);
    expect(read(table + "\n" + lines("- 🟢 Started - under way", "- ⚪ Open - not started"))).toEqual(["1. Research | done", "2. Build | in_progress", "3. Launch | planned"]);
    // One item alone, or marks inside the items' text, define nothing.
    expect(read(table + "\n" + lines("- ⚪ Open — not started", "", "Some text.", ""))).toEqual(["1. Research | done", "2. Build | unknown", "3. Launch | unknown"]);
    expect(read(table + "\n" + lines("- We use 🟢 Started for work", "- and ⚪ Open — not started for the rest"))).toEqual(["1. Research | done", "2. Build | unknown", "3. Launch | unknown"]);
  });

  it("a summary row names a release by any spelling of its number (`| 0.12 |` is `## v0.12.0 — …`) and supplies its status (S1 table)", () => {
    const src = lines("# R", "", "## 进度快照", "", "| 版本 | 状态 | 要点 |", "|---|---|---|", "| **0.12** | 基本完成 | REST |", "| **0.13** | 大部分完成 | UI |", "| **0.14** | 核心已做 | Range |", "", "## v0.12.0 — 控制台", "", "x", "", "## v0.13.0 — 打磨", "", "y", "", "## v0.14.0 — 投递", "", "z", "");
    expect(read(src)).toEqual(["v0.12.0 — 控制台 | done", "v0.13.0 — 打磨 | in_progress", "v0.14.0 — 投递 | done"]);
    // A release line: the row `| 1.16.x |` names `## 1.16.x：…`.
    expect(read(lines("# R", "", "## 版本规划", "", "| 版本 | 状态 | 目标 |", "|---|---|---|", "| 1.15.0 | 下一版 | a |", "| 1.16.x | 计划中 | b |", "| 1.17.x | 计划中 | c |", "", "## 1.15.0：闭环", "", "x", "", "## 1.16.x：备份", "", "y", "", "## 1.17.x：查找", "", "z", ""))).toEqual(["1.15.0：闭环 | planned", "1.16.x：备份 | planned", "1.17.x：查找 | planned"]);
    // Another release is not the same one: `0.12` is a unit of the table alone (L4), not `v0.1.2`.
    expect(read(lines("# R", "", "## Progress", "", "| Version | Status | Notes |", "|---|---|---|", "| 0.12 | done | a |", "| 0.2 | planned | b |", "| 0.3 | planned | c |", "", "## v0.1.2 — a", "", "## v0.2.0 — b", "", "## v0.3 — c", ""))).toEqual(["v0.1.2 — a | unknown", "0.12 | done", "v0.2.0 — b | planned", "v0.3 — c | planned"]);
  });

  it("Chinese readiness and not-done words: 就绪 done, 部分就绪 and 大部分完成 in progress, 未做 / 未完成 / 尚未完成 / 未实现 planned", () => {
    const status = (cell: string) => read(lines("# R", "", "| Phase | Status |", "|---|---|", `| Phase 1 | ${cell} |`, "| Phase 2 | x |", ""))[0]!.split(" | ")[1];
    expect(["🟢 基本就绪", "🟡 部分就绪", "大部分完成", "🔴 未做", "未完成", "尚未完成", "未实现", "已完成"].map(status)).toEqual(["done", "in_progress", "in_progress", "planned", "planned", "planned", "planned", "done"]);
  });

  it("a section opening with its release as subject states its status (`**1.9.0 released:** …`, `**1.9.0 출시:** …`); a release doing something does not", () => {
    const first = (p: string) => read(lines("# R", "", "## 1.9 — A", "", p, "", "## 1.10 — B", "", "x", ""))[0];
    expect(first("**1.9.0 released:** the CLI.")).toBe("1.9 — A | done");
    expect(first("**1.9.0 출시:** 린트 2개.")).toBe("1.9 — A | done");
    expect(first("v1.9 is planned for Q3.")).toBe("1.9 — A | planned");
    expect(first("1.9.0 brings a CLI, done right.")).toBe("1.9 — A | unknown");
  });

  it("a horizon worded as a release naming it in brackets (`Current Version (v2.0)`, `Next Release (v2.1)`) right before a run of releases is one of them (L4); a term or a state is not", () => {
    const src = lines("# Roadmap", "", "## Current Version (v2.0)", "", "### Completed Features", "- a", "", "## Next Release (v2.1) - Q1 2024", "", "- b", "", "## Version 3.0 - Q2 2024", "", "- c", "", "## Version 4.0", "", "- d", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value}`)).toEqual(["v2.0 | done", "v2.1 | planned", "Version 3.0 | unknown", "Version 4.0 | unknown"]);
    // A horizon by term, or a state summary, keeps its kind (`Near-term (v1.1)` over `Post-v1`; `Current State (v1.0.0)`).
    expect(read(lines("# R", "", "## Near-term (v1.1)", "", "- a", "", "## Post-v1", "", "- b", ""))).toEqual(["Near-term (v1.1) | planned", "Post-v1 | unknown"]);
    expect(read(lines("# R", "", "## Current State (v1.0.0)", "", "- a", "", "## v1.1.0 - Updater", "", "- b", "", "## v1.2.0 - Display", "", "- c", ""))).toEqual(["v1.1.0 - Updater | unknown", "v1.2.0 - Display | unknown"]);
  });

  it("a doubled dash (`M0 —— 骨架`, `M2 -- Docs`) separates a label from its title", () => {
    const r = parseRoadmap(lines("# R", "", "### M0 —— 骨架与 foundation", "", "### M1 —— 核心闭环", "", "### M2 -- Docs", ""));
    expect(r.milestones.map((m) => `${m.id} | ${m.title}`)).toEqual(["M0 | 骨架与 foundation", "M1 | 核心闭环", "M2 | Docs"]);
  });

  it("status buckets inside one horizon of three or more (`## Now` › `### Shipped`, `### In progress`) are its content, not peers of the horizons (L3a)", () => {
    const src = lines("# Roadmap", "", "## Now (May)", "", "### Shipped", "- ✅ a", "", "### In progress", "- b", "", "## Next (Q3)", "", "- c", "", "## Later (Q4)", "", "- d", "");
    expect(read(src)).toEqual(["Now (May) | in_progress", "Next (Q3) | planned", "Later (Q4) | planned"]);
    // Beside one other bucket only, the inner horizons stay steps of their own (two readings a labeller weighed; the old one is kept).
    const two = lines("# R", "", "## Current Status (Completed)", "", "### Core", "- a", "", "## Future Plans", "", "### Immediate Priorities", "- b", "", "### Mid-term Goals", "- c", "");
    expect(read(two)).toEqual(["Current Status (Completed) | done", "Future Plans | planned", "Immediate Priorities | in_progress", "Mid-term Goals | planned"]);
  });

  it("an outer run of three or more buckets or horizons wins over labelled units in a section beside it, a separate track (L3); a section named for the units does not count as one", () => {
    const track = lines("# R", "", "## Next Release (v0.2.0)", "", "### Models", "", "## High Priority", "", "### GPU", "", "## Long-Term Vision", "", "### Streaming", "", "## Documentation Roadmap", "", "### Completed", "", "- [x] Phase 1: Setup", "- [x] Phase 2: Guides", "- [x] Phase 3: Theory", "");
    const r = parseRoadmap(track);
    expect(r.milestones.map((m) => m.title)).toEqual(["Next Release (v0.2.0)", "High Priority", "Long-Term Vision"]);
    expect(r.reading?.candidates.find((c) => c.carrier === "list")?.why).toMatch(/beside an outer run of buckets or horizons: a separate track/u);
    const named = lines("# R", "", "## Done", "", "- a", "", "## Next", "", "- b", "", "## Later", "", "- c", "", "## Milestones", "", "### M1 — A", "", "### M2 — B", "");
    expect(parseRoadmap(named).milestones.map((m) => m.id)).toEqual(["M1", "M2"]);
  });

});

// A review of round 11's rules (2026-12-07): each case read wrong before its mend.
describe("review of the set-r rules", () => {
  const ids = (src: string, steer?: Parameters<typeof parseRoadmap>[1]) => parseRoadmap(src, steer).milestones.map((m) => `${m.id} | ${m.status.value}`);
  it("a list of marks only adds to the document's own legend, and tasks decorated alike define nothing", () => {
    const legend = lines("# R", "", "Legend: 🟢 Done · 🟡 In progress · 🔴 Blocked", "", "| Phase | Status |", "|---|---|", "| Phase 1 — Core | 🟢 |", "| Phase 2 — API | 🟡 |", "| Phase 3 — Sync | 🔴 |", "", "## Fixed issues", "", "- 🔴 Crash on start — done", "- 🔴 Memory leak — done", "");
    expect(ids(legend)).toEqual(["Phase 1 | done", "Phase 2 | in_progress", "Phase 3 | blocked"]);
    const decor = lines("# R", "", "## 🔐 Phase 1 — Auth", "", "Work starts in May.", "", "## 🚀 Phase 2 — Launch", "", "Work starts in June.", "", "## Wishlist", "", "- 🔐 SSO — not started", "- 🚀 Edge deploy — not started", "");
    expect(ids(decor)).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });

  it("a release horizon joins a run only with a release of its own and content of its own", () => {
    expect(ids(lines("# R", "", "## Current Version (v2.0)", "", "### Done", "- a", "", "## v2.0 — Core", "", "## v2.1 — Plugins", ""))).toEqual(["v2.0 | unknown", "v2.1 | unknown"]);
    expect(ids(lines("# R", "", "## Current Version (v1.9)", "", "The stable one.", "", "## v2.0 — Core", "", "- a", "", "## v2.1 — Plugins", "", "- b", ""))).toEqual(["v2.0 | unknown", "v2.1 | unknown"]);
  });

  it("a lone unit needs a document titled as a plan, a unit family, and to open the sections", () => {
    expect(ids(lines("# Stability", "", "## v1.0.0 graduation criteria", "", "- API frozen", "", "## Dependency policy", "", "x", ""))).toEqual([]);
    for (const h of ["v2.0 migration guide", "Step 1: Install", "Part 1", "Day 1", "P0", "MVP", "v2 API"])
      expect(ids(lines("# mytool", "", `## ${h}`, "", "x", "", "## Usage", "", "y", "", "## FAQ", "", "z", ""))).toEqual([]);
    expect(ids(lines("# Post-beta roadmap", "", "## v2 — From-source kernel", "", "- a", "", "## Other post-beta items", "", "- b", ""))).toEqual(["v2 | unknown"]);
  });

  it("negated readiness is not done (未就绪, 尚未就绪, 待就绪)", () => {
    expect(ids(lines("# R", "", "| Phase | Status |", "|---|---|", "| Phase 1 | 未就绪 |", "| Phase 2 | 🔴 尚未就绪 |", "| Phase 3 | 待就绪 |", ""))).toEqual(["Phase 1 | planned", "Phase 2 | planned", "Phase 3 | planned"]);
  });

  it("only the unit's own release as subject states its status; another release or a phase's section does not", () => {
    expect(ids(lines("# R", "", "## v2.0 — Core", "", "x", "", "## v2.1 — Plugins", "", "v2.0 shipped in March; 2.1 builds on it.", "", "## v2.2 — Themes", ""))).toEqual(["v2.0 | unknown", "v2.1 | unknown", "v2.2 | unknown"]);
    expect(ids(lines("# R", "", "## Phase 1 — A", "", "x", "", "## Phase 2 — Build", "", "v2.0 was released in March; more.", "", "## Phase 3 — C", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown", "Phase 3 | unknown"]);
  });

  it("a version row never names a plain numbered section (`| 1.0 |` is not `## 1. Setup`)", () => {
    const src = lines("# R", "", "## 1. Setup", "", "## 2. Build", "", "## 3. Ship", "", "## Progress", "", "| Version | Status |", "|---|---|", "| 1.0 | Released |", "| 2.0 | Planned |", "");
    expect(ids(src, { milestones: { carrier: "heading", level: 2 } }).slice(0, 3)).toEqual(["1 | unknown", "2 | unknown", "3 | unknown"]);
  });

  it("units beside the buckets that all state their statuses, or under a section named for them, are not a side track", () => {
    const schedule = lines("# R", "", "## Now", "", "- docs", "", "## Next", "", "- API", "", "## Later", "", "- sync", "", "## Release schedule", "", "| Release | Date | Status |", "|---|---|---|", "| v1.0 | 2025-01 | Done |", "| v1.1 | 2025-03 | In progress |", "| v1.2 | 2025-06 | Planned |", "");
    expect(ids(schedule)).toEqual(["v1.0 | done", "v1.1 | in_progress", "v1.2 | planned"]);
    expect(ids(lines("# R", "", "## Now", "", "- a", "", "## Next", "", "- b", "", "## Later", "", "- c", "", "## Milestone", "", "### M1 — A", "", "### M2 — B", ""))).toEqual(["M1 | unknown", "M2 | unknown"]);
  });

  it("a doubled dash in a free-form table cell separates the label from its title", () => {
    expect(parseRoadmap(lines("# R", "", "| Phase | Status |", "|---|---|", "| Phase 1 —— 骨架 | done |", "| Phase 2 —— 核心 | planned |", "")).milestones.map((m) => `${m.id} | ${m.title}`)).toEqual(["Phase 1 | 骨架", "Phase 2 | 核心"]);
  });
});

describe("a unit's content opening with status buckets", () => {
  it("sub-buckets that all state one status give the unit that status (`# Version 2.0` › `## Planned Features`); mixed ones, or a bucket after other sections, say nothing", () => {
    const src = lines("# Roadmap", "", "# Version 1.2", "", "## Completed", "", "### Jobs", "- a", "", "# Version 2.0", "", "## Planned Features", "", "### AI", "- b", "", "# Version 3.0", "", "## Done", "- c", "", "## Next", "- d", "", "# Version 4.0", "", "## Goals", "", "x", "", "## Planned Features", "- e", "");
    expect(read(src)).toEqual(["Version 1.2 | done", "Version 2.0 | planned", "Version 3.0 | unknown", "Version 4.0 | unknown"]);
    // A horizon says when, not how far: `### 2026 Q2` › `#### Mid-term goals (3–6 months)` stays unknown.
    const timeline = lines("# R", "", "## Timeline", "", "### 2026 Q1 (current)", "", "#### Short-term goals", "- a", "", "### 2026 Q2", "", "#### Mid-term goals (3-6 months)", "- b", "", "### 2026 Q3", "", "#### Long-term goals", "- c", "");
    expect(read(timeline).map((l) => l.split(" | ")[1])).toEqual(["in_progress", "unknown", "unknown"]);
  });
});

// Rules written from tuning set t (2026-12-07), each as a principle.
describe("set t: general rules", () => {
  it("finished phases continued by sprints, with a closing M-table of the same work: the phases and sprints are the plan (L4); the table is a summary", () => {
    const phases = [0, 1, 2].map((n) => `### Phase ${n} — Part ${n} (COMPLETE)\n- [x] a${n}\n`).join("\n");
    const sprints = [1, 2].map((n) => `### Sprint ${n} — Step ${n}\n\n**Goal**: Build ${n}.\n\n- [ ] b${n}\n`).join("\n");
    const table = "## Milestones\n\n| Milestone | Status |\n|---|---|\n| M0: Foundation | Done |\n| M1: Surfaces | Done |\n| M2: Library | Planned |\n| M3: Live | Planned |\n";
    const r = parseRoadmap(`# Roadmap & Sprint Plan\n\n## Implementation Phases\n\n${phases}\n## Next Sprints\n\n${sprints}\n${table}`);
    expect([r.format, r.milestones.map((m) => `${m.id} | ${m.status.value}`)]).toEqual(["freeform", ["Phase 0 | done", "Phase 1 | done", "Phase 2 | done", "Sprint 1 | planned", "Sprint 2 | planned"]]);
    // An M-table with more rows than the labelled headings beside it is still the template's overview.
    const few = parseRoadmap(`# Roadmap\n\n## Notes\n\n### Phase 1 — a\n\n### Phase 2 — b\n\n${table}`);
    expect(few.format).toBe("template");
  });

  it("GSD's bold fields mark the dialect only in a phase's own section: a `**Goal**:` under a sprint does not make every Phase heading a GSD phase", () => {
    const gsd = parseRoadmap("# Roadmap\n\n### Phase 1: Base\n**Goal**: Base\n\n### Phase 2: Core\n**Goal**: Core\n");
    expect(gsd.reading?.candidates.find((c) => c.chosen)?.why).toMatch(/GSD phases/u);
    const sprint = parseRoadmap("# Roadmap\n\n## Done\n\n### Phase 1 — A (COMPLETE)\n\n### Phase 2 — B (COMPLETE)\n\n## Next\n\n### Sprint 1 — C\n**Goal**: C\n\n### Sprint 2 — D\n**Goal**: D\n");
    expect(sprint.reading?.candidates.find((c) => c.chosen)?.why).not.toMatch(/GSD phases/u);
  });

  it("the ordered list under a lone horizon or bucket is the last-resort plan (`## Next` › `1. #19 …`); under another heading it is not", () => {
    expect(read(lines("# Roadmap", "", "Issues are picked up in this order.", "", "## Next", "", "1. #19 — inventory script", "2. #21 — skill kinds", "3. #20 — forked trial", ""))).toEqual(["#19 — inventory script | planned", "#21 — skill kinds | planned", "#20 — forked trial | planned"]);
    expect(read(lines("# Tool", "", "## Install", "", "1. Download", "2. Unpack", ""))).toEqual([]);
  });

  it("the longest horizon word wins (`今後の追加予定` is later, planned; `今` alone is now); 利用可能 (available) is done", () => {
    expect(read(lines("# R", "", "## 今", "", "- a", "", "## 今後の追加予定", "", "- b", ""))).toEqual(["今 | in_progress", "今後の追加予定 | planned"]);
    expect(read(lines("# R", "", "| Phase | Status |", "|---|---|", "| Phase 1 | 利用可能 |", "| Phase 2 | 予定 |", ""))).toEqual(["Phase 1 | done", "Phase 2 | planned"]);
  });

  it("Japanese partial completion is in progress (`一部完了`, `継続中`), not done through `完了`", () => {
    expect(read(lines("# R", "", "| Phase | Status |", "|---|---|", "| Phase 1 | 一部完了 |", "| Phase 2 | 継続中 |", "| Phase 3 | 完了 |", ""))).toEqual(["Phase 1 | in_progress", "Phase 2 | in_progress", "Phase 3 | done"]);
  });
});

// A second review of round 11's rules (2026-12-07): each case read wrong before its mend.
describe("second review of the round-11 rules", () => {
  const ids = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value}`);
  it("a sub-bucket states its unit only when every part is a bucket and no bucket encloses the unit", () => {
    expect(ids(lines("# R", "", "## In Progress", "", "### Sprint 4", "", "#### Completed", "- [x] login", "", "#### Blockers", "- waiting", "", "### Sprint 5", "", "#### Planned", "- x", ""))).toEqual(["Sprint 4 | in_progress", "Sprint 5 | in_progress"]);
    expect(ids(lines("# R", "", "## Phase 1", "", "### Completed", "- a", "", "### Remaining", "- [ ] codegen", "", "## Phase 2", "", "x", ""))).toEqual(["Phase 1 | unknown", "Phase 2 | unknown"]);
  });
  it("the last-resort list stands under a horizon of work ahead only, not under a state (`## Current behaviour`, `## Done`)", () => {
    expect(ids(lines("# Design notes", "", "## Current behaviour", "", "1. The parser reads the file.", "2. The checker validates it.", ""))).toEqual([]);
    expect(ids(lines("# Bug", "", "## Done", "", "1. a", "2. b", ""))).toEqual([]);
  });
  it("Japanese availability and completion phrases read by their longest form", () => {
    const cells = ["利用可能予定", "近日利用可能", "一部利用可能", "未完了", "完了予定", "継続中止"];
    const src = lines("# R", "", "| Phase | Status |", "|---|---|", ...cells.map((c, i) => `| Phase ${i + 1} | ${c} |`), "");
    expect(ids(src).map((l) => l.split(" | ")[1])).toEqual(["planned", "planned", "in_progress", "planned", "planned", "cancelled"]);
  });
  it("an M-table stays the template's overview beside steps in a how-to section, or beside one run of finer work", () => {
    const table = lines("| Milestone | Status |", "|---|---|", "| M1: Core engine | Done |", "| M2: Plugin system | In progress |", "| M3: Cloud sync | Planned |", "");
    expect(parseRoadmap(table + lines("# Contributing", "", "## Step 1: Fork", "", "## Step 2: Branch", "", "## Step 3: Commit", "", "## Step 4: Open a PR", "")).format).toBe("template");
    expect(parseRoadmap(table + lines("## Sprint 1", "- [x] a", "", "## Sprint 2", "", "## Sprint 3", "", "## Sprint 4", "")).format).toBe("template");
  });
});

