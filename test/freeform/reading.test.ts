import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SteeringError } from "../../src/model/reading.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { corpusFiles, ROOT, SHARED } from "../harness/paths.js";

// Synthetic documents, one per failure class of issue 12 and per invariant of LABELING L3/L4.
const ids = (src: string, opts = {}) => parseRoadmap(src, opts).milestones.map((m) => m.id);
const rows = (src: string) =>
  parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.title} | ${m.status.value} | ${milestoneProgress(m).done}/${milestoneProgress(m).total}`);
const lines = (...xs: string[]) => xs.join("\n") + "\n";

describe("L3: the outer level with two or more sequence-like siblings wins over anything inside it", () => {
  it("version headings at ## beat a later priority-tagged list (tags repeat: not a series)", () => {
    const src = lines(
      "# Product Roadmap", "",
      "## v2.4.0 — Sharing", "### Core", "- link sharing", "### UI", "- share dialog", "",
      "## v2.5.0 — Teams", "### Core", "- team spaces", "",
      "## v3.0.0 — Platform", "### API", "- public API", "",
      "## Technical debt", "",
      "- P1: flaky upload test", "- P2: old logger", "- P1: slow search index", "- P3: docs build", "- P2: lint rules", "- P1: memory leak",
    );
    expect(ids(src)).toEqual(["v2.4.0", "v2.5.0", "v3.0.0"]);
  });

  it("## Phase 0 … ## Phase 4 beat the ### Sprint N headings inside two of them", () => {
    const src = lines(
      "# Plan", "",
      "## Phase 0: Setup", "", "text", "",
      "## Phase 1: Core", "", "### Sprint 1", "- a", "### Sprint 2", "- b", "### Sprint 3", "- c", "",
      "## Phase 2: Web", "", "### Sprint 4", "- d", "### Sprint 5", "- e", "### Sprint 6", "- f", "### Sprint 7", "- g", "### Sprint 8", "- h", "",
      "## Phase 3: Mobile", "", "text", "",
      "## Phase 4: Launch", "", "text",
    );
    expect(ids(src)).toEqual(["Phase 0", "Phase 1", "Phase 2", "Phase 3", "Phase 4"]);
  });

  it("numbered section headings naming stages (`## 5. Stage 0 - Foundations`) beat a short numbered list of principles above them", () => {
    const src = lines(
      "# Delivery plan", "",
      "## 1. Overview", "", "What this is.", "",
      "## 2. Goals", "", "- fast", "",
      "## 3. Scope", "", "- web", "",
      "## 4. Principles", "",
      "- 4.1 Small steps", "- 4.2 Tests first", "- 4.3 Ship weekly", "- 4.4 Measure", "",
      "## 5. Stage 0 - Foundations", "- [x] repo", "",
      "## 6. Stage 1 - Data", "- [ ] schema", "",
      "## 7. Stage 2 - API", "- [ ] routes", "",
      "## 8. Stage 3 - UI", "- [ ] pages", "",
    );
    expect(ids(src)).toEqual(["Stage 0", "Stage 1", "Stage 2", "Stage 3"]);
    expect(rows(src)[0]).toBe("Stage 0 | 5. Stage 0 - Foundations | unknown | 1/1");
  });

  it("L3(c): coded milestones with statuses in a table under status-less part headings are the milestones", () => {
    const src = lines(
      "# Roadmap", "",
      "## Fase 1 — Base", "", "Intro.", "",
      "## Fase 2 — Crecimiento", "", "Intro.", "",
      "## Fase 3 — Escala", "",
      "| Hito | Estado | Descripción |", "|---|---|---|",
      "| XX-M1 | Completado | Base |", "| XX-M2 | Completado | Auth |", "| XX-M3 | En curso | Pagos |", "| XX-M3.1 | Pendiente | Reembolsos |",
      "| XX-M4 | Pendiente | Informes |", "| XX-M5 | Pendiente | Export |",
    );
    expect(ids(src)).toEqual(["XX-M1", "XX-M2", "XX-M3", "XX-M3.1", "XX-M4", "XX-M5"]);
    expect(parseRoadmap(src).milestones.map((m) => m.status.value)).toEqual(["done", "done", "in_progress", "planned", "planned", "planned"]);
  });
});

describe("L4: one sequence", () => {
  it("a continued sequence keeps both runs (finished phases, then upcoming sprints); the summary table supplies status, not milestones", () => {
    const src = lines(
      "# Roadmap", "",
      "## Implementation Phases", "",
      "### Phase 0: Foundation + Docs ✅", "- [x] a", "### Phase 1: Auth ✅", "- [x] b", "### Phase 2: Admin ✅", "- [x] c", "",
      "## Next Sprints", "",
      "### Sprint 1: Billing", "- [ ] d", "### Sprint 2: Reports", "- [ ] e", "",
      "## Milestones", "",
      "| Milestone | Status |", "|---|---|",
      "| M0: Foundation + Docs | Done |", "| M1: Auth | Done |", "| M2: Admin | Done |", "| M3: Billing | Planned |", "| M4: Reports | Planned |", "| M5: Scale | Planned |",
    );
    expect(ids(src)).toEqual(["Phase 0", "Phase 1", "Phase 2", "Sprint 1", "Sprint 2"]);
    const r = parseRoadmap(src);
    expect(r.reading?.carrier).toBe("heading");
    // "Next Sprints" states a status for everything under it (S1 bucket).
    expect(r.milestones.map((m) => m.status.value)).toEqual(["done", "done", "done", "planned", "planned"]);
  });

  it("a run numbered on under the next section keeps both parts, though the first sits in a 'current phase' section", () => {
    const src = lines(
      "# Roadmap", "",
      "## Current Phase Status", "",
      "### Phase 1: Indexing (Complete)", "- a", "### Phase 2: Incremental (Partially Complete)", "- b", "",
      "## Planned Next Phases", "",
      "### Phase 3: Retrieval", "- c", "### Phase 4: Tools", "- d", "### Phase 5: Agents", "- e", "",
    );
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Phase 1 done", "Phase 2 in_progress", "Phase 3 planned", "Phase 4 planned", "Phase 5 planned"]);
    // Numbering that jumps is not carried on: the current-phase recap stays out.
    const jump = lines("# Roadmap", "", "## Current Phase", "", "### Phase 4: Tools", "", "## Phases", "", "### Phase 1: A", "### Phase 2: B", "### Phase 3: C", "### Phase 4: Tools", "### Phase 5: E", "");
    expect(ids(jump)).toEqual(["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5"]);
  });

  it("a parallel summary checklist of the phases supplies status, not milestones", () => {
    const src = lines(
      "# Roadmap", "",
      "## Progress", "", "- [x] **Phase 1: Setup**", "- [ ] **Phase 2: Build**", "- [ ] **Phase 3: Ship**", "",
      "## Phase 1: Setup", "- [x] a", "## Phase 2: Build", "- [ ] b", "## Phase 3: Ship", "- [ ] c",
    );
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => `${m.id} ${m.status.value} ${m.status.source ?? "-"}`)).toEqual(["Phase 1 done list", "Phase 2 planned list", "Phase 3 planned list"]);
    expect(r.reading?.carrier).toBe("heading");
  });
});

describe("the reading: candidates, scores, a tie note, steering", () => {
  const two = lines(
    "# Plan", "",
    "## Phase 1: A", "- [ ] x", "## Phase 2: B", "- [ ] y", "",
    "## Releases", "",
    "| Release | Notes |", "|---|---|", "| v1.0 | first |", "| v1.1 | second |", "| v1.2 | third |",
  );

  it("records the chosen carrier and every candidate with count, score, chosen and why", () => {
    const r = parseRoadmap(two);
    expect(r.reading?.carrier).toBe("heading");
    expect(r.reading?.level).toBe(2);
    const c = r.reading!.candidates;
    expect(c.filter((x) => x.chosen)).toHaveLength(1);
    expect(c[0]).toMatchObject({ carrier: "heading", level: 2, count: 2, chosen: true });
    expect(c[1]).toMatchObject({ carrier: "table", nth: 1, count: 3, chosen: false });
    expect(c[0]!.score).toBeGreaterThan(c[1]!.score);
    expect(c[1]!.why).toMatch(/3 sequence labels/u);
  });

  it("steers to the nth table, to a heading level, and refuses a choice that matches nothing (typed, with the candidates)", () => {
    expect(ids(two, { milestones: { carrier: "table", nth: 1 } })).toEqual(["v1.0", "v1.1", "v1.2"]);
    expect(parseRoadmap(two, { milestones: { carrier: "table", nth: 1 } }).reading).toMatchObject({ carrier: "table", nth: 1 });
    expect(ids(two, { milestones: { carrier: "heading", level: 2 } })).toEqual(["Phase 1", "Phase 2"]);
    let err: unknown;
    try {
      parseRoadmap(two, { milestones: { carrier: "list", nth: 3 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SteeringError);
    expect((err as SteeringError).reason).toBe("no-match");
    expect((err as SteeringError).message).toMatch(/list 3.*matches nothing.*heading level 2.*table nth 1/u);
    expect((err as SteeringError).candidates.length).toBe(2);
  });


  // L6: thematic sections are no sequence to find, but their owner may plan by them. One line
  // reads them: the choice names what the document has, sequence-like or not.
  const thematic = lines(
    "# Roadmap", "", "Intro.", "",
    "## Overview", "", "What this is.", "",
    "## Performance 🚧", "", "- [x] cache", "- [ ] faster parse", "",
    "### Caching layer", "", "inner", "",
    "## Design", "", "- [ ] dark mode", "",
    "| Area | Owner | Status |", "|---|---|---|", "| Search | ana | Done |", "| Sync | bo | Planned |", "",
    "## Changelog", "", "- 1.0 shipped", "",
  );

  it("reads every heading at a steered level, though none is labelled like a unit (not the title, nor overview or changelog sections)", () => {
    expect(parseRoadmap(thematic).milestones).toEqual([]);
    const r = parseRoadmap(thematic, { milestones: { carrier: "heading", level: 2 } });
    expect(r.milestones.map((m) => `${m.title} | ${m.status.value} | ${milestoneProgress(m).done}/${milestoneProgress(m).total}`)).toEqual(["Performance 🚧 | in_progress | 1/2", "Design | unknown | 0/1"]);
    expect(r.reading).toMatchObject({ carrier: "heading", level: 2 });
    const chosen = r.reading!.candidates.find((c) => c.chosen)!;
    expect(chosen).toMatchObject({ carrier: "heading", level: 2, count: 2 });
    expect(chosen.why).toMatch(/every heading at level 2.*chosen by the configuration/u);
    expect(parseRoadmap(thematic, { milestones: { carrier: "heading", level: 3 } }).milestones.map((m) => m.title)).toEqual(["Caching layer"]);
    // The title is the only level-1 heading; no level 4 exists: nothing to read, exit 2 at a surface.
    for (const level of [1, 4]) expect(() => parseRoadmap(thematic, { milestones: { carrier: "heading", level } })).toThrowError(/matches nothing/u);
  });

  it("reads every row of a steered table and every item of a steered list, counted in document order as --explain counts them", () => {
    const t = parseRoadmap(thematic, { milestones: { carrier: "table", nth: 1 } });
    expect(t.milestones.map((m) => `${m.title} | ${m.status.value}`)).toEqual(["Search | done", "Sync | planned"]);
    expect(t.reading).toMatchObject({ carrier: "table", nth: 1 });
    // Lists: the performance checklist, the design checklist, the changelog's list.
    expect(parseRoadmap(thematic, { milestones: { carrier: "list", nth: 2 } }).milestones.map((m) => `${m.title} | ${m.status.value}`)).toEqual(["dark mode | planned"]);
    expect(parseRoadmap(thematic, { milestones: { carrier: "list", nth: 1 } }).milestones.map((m) => m.title)).toEqual(["cache", "faster parse"]);
    expect(parseRoadmap(thematic, { milestones: { carrier: "list", nth: 3 } }).milestones.map((m) => m.title)).toEqual(["1.0 shipped"]);
    expect(() => parseRoadmap(thematic, { milestones: { carrier: "list", nth: 4 } })).toThrowError(SteeringError);
    expect(() => parseRoadmap(thematic, { milestones: { carrier: "table", nth: 2 } })).toThrowError(/table 2.*matches nothing/u);
  });
  it("refuses an unknown carrier and a malformed choice with typed errors", () => {
    const bad = (m: unknown) => () => parseRoadmap(two, { milestones: m as never });
    expect(bad({ carrier: "paragraph", nth: 1 })).toThrowError(/paragraph sequence 1.*matches nothing/u);
    expect(bad({ carrier: "paragraph" })).toThrowError(/nth/u);
    expect(bad({ carrier: "kanban" })).toThrowError(/unknown milestone carrier "kanban"/u);
    expect(bad({ carrier: "heading", level: 9 })).toThrowError(/level/u);
    expect(bad({ carrier: "table", nth: 0 })).toThrowError(/nth/u);
  });

  it("a tie between competing sequences gives a note naming both and the one taken", () => {
    const tie = lines("# Plan", "", "| Step | Notes |", "|---|---|", "| Phase 1 | a |", "| Phase 2 | b |", "", "Text between.", "", "| Release | Notes |", "|---|---|", "| v1.0 | first |", "| v1.1 | second |");
    const r = parseRoadmap(tie);
    expect(r.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
    expect(r.notes.map((n) => n.message).join("\n")).toMatch(/competing sequences of equal score \d+: table 1 from line 3 and table 2 from line 10; took table 1 from line 3/u);
  });

  it("a tie between two runs of one list names where each starts", () => {
    // Two Markdown lists under one heading: two runs to the reader (the numbering restarts), and
    // two numbers to steering, so the one not taken can be chosen.
    const tie = lines("# R", "", "Some text.", "", "- Phase 1: a", "- Phase 2: b", "", "Other text.", "", "- Phase 1: c", "- Phase 2: d");
    const r = parseRoadmap(tie);
    expect(r.milestones.map((m) => m.title)).toEqual(["Phase 1: a", "Phase 2: b"]);
    expect(r.notes.map((n) => n.message).join("\n")).toMatch(/list 1 from line 5 and list 2 from line 10; took list 1 from line 5/u);
    expect(parseRoadmap(tie, { milestones: { carrier: "list", nth: 2 } }).milestones.map((m) => m.title)).toEqual(["Phase 1: c", "Phase 2: d"]);
  });

  it("a template document reads as the template; a document with no sequence reads as none", () => {
    expect(parseRoadmap(lines("# Roadmap", "", "## M0: Foundations", "**Status:** Done", "")).reading?.carrier).toBe("template");
    expect(parseRoadmap(lines("# Notes", "", "Just prose.")).reading).toEqual({ carrier: "none", candidates: [] });
  });
});

describe("ids: a cell holding label and title gives the label as id, the rest as title", () => {
  it("in a free-form table", () => {
    const src = lines("# Plan", "", "| Step | Status |", "|---|---|", "| Phase 1: Foundation + Docs | Done |", "| Phase 2 — Admin | Planned |", "| v3.0 Beta | Planned |");
    const r = parseRoadmap(src);
    expect(r.format).toBe("freeform");
    expect(r.milestones.map((m) => `${m.id} / ${m.title}`)).toEqual(["Phase 1 / Foundation + Docs", "Phase 2 / Admin", "v3.0 / v3.0 Beta"]);
  });
  it("in a template overview table", () => {
    const src = lines("# Roadmap", "", "| Milestone | Status |", "|---|---|", "| M0: Foundation + Docs | Done |", "| M1: Auth | Planned |", "", "## M1: Auth", "**Status:** Planned", "- [ ] login");
    const r = parseRoadmap(src);
    expect(r.format).toBe("template");
    expect(r.milestones.map((m) => `${m.id} / ${m.title} / ${m.status.value}`)).toEqual(["M0 / Foundation + Docs / done", "M1 / Auth / planned"]);
  });
});

describe("steering to what the reader found no sequence in: the edges (review of round 7)", () => {
  it("a steered table keeps every row with text and titles a row whose first cell is empty or only a status from its next text cell", () => {
    const src = lines("# R", "", "| Status | Feature |", "|---|---|", "| ✅ | Login |", "|  | Export |", "| 🚧 | Search |", "");
    expect(parseRoadmap(src, { milestones: { carrier: "table", nth: 1 } }).milestones.map((m) => `${m.title} | ${m.status.value}`)).toEqual(["Login | done", "Export | unknown", "Search | in_progress"]);
    const blank = lines("# R", "", "| # | Name |", "|---|---|", "|  | Alpha |", "|  | Beta |", "");
    expect(parseRoadmap(blank, { milestones: { carrier: "table", nth: 1 } }).milestones.map((m) => m.title)).toEqual(["Alpha", "Beta"]);
  });

  it("a steered heading level skips headings inside an excluded section, and --explain's counts leave them out too", () => {
    const src = lines("# R", "", "## Overview", "", "### Audience", "", "x", "", "## Later", "", "### Search", "", "x", "", "### Login", "", "x");
    expect(parseRoadmap(src, { milestones: { carrier: "heading", level: 3 } }).milestones.map((m) => m.title)).toEqual(["Search", "Login"]);
  });
});

// What `--explain` prints is what steering reads: the setting it names for the reading it took
// reads the same milestones again, for every carrier and for the last resorts (review of round 9).
describe("the setting --explain prints reads the same milestones again", () => {
  const again = (src: string) => {
    const r = parseRoadmap(src);
    const rd = r.reading!;
    const steer = rd.carrier === "heading" ? { carrier: "heading", level: rd.level } : { carrier: rd.carrier, nth: rd.nth };
    return { before: r.milestones.map((m) => m.line), after: parseRoadmap(src, { milestones: steer as never }).milestones.map((m) => m.line), reading: rd };
  };

  it("the first ordered list read as a last resort, with an unordered list before it under the same heading", () => {
    const src = lines("# Roadmap", "", "- note one", "- note two", "", "Then, in order:", "", "1. Build the parser", "2. Ship the CLI", "3. Write the docs");
    const { before, after, reading } = again(src);
    expect(reading).toMatchObject({ carrier: "list", nth: 2 });
    expect(before).toEqual([7, 8, 9]);
    expect(after).toEqual(before);
    // Steering to the first list reads it and the lists continuing it in its section (as the
    // candidates group items); to the second, that list on.
    expect(parseRoadmap(src, { milestones: { carrier: "list", nth: 1 } }).milestones.map((m) => m.title)).toEqual(["note one", "note two", "Build the parser", "Ship the CLI", "Write the docs"]);
  });

  it("ordered lists continued under sibling plan sections, read as one last-resort sequence", () => {
    const src = lines("# Project", "", "## Plan", "", "1. Parser", "2. CLI", "", "## Next steps", "", "1. Docs", "2. Release");
    const { before, after, reading } = again(src);
    expect(reading).toMatchObject({ carrier: "list", nth: 1 });
    expect(before).toHaveLength(4);
    expect(after).toEqual(before);
  });

  it("the lone labelled unit holding task boxes, beside another heading of its level", () => {
    const src = lines("# Plan", "", "## 2026", "", "- [ ] a", "- [x] b", "", "## Notes", "", "Some notes.");
    const { before, after, reading } = again(src);
    expect(reading).toMatchObject({ carrier: "heading", level: 2 });
    expect(before).toEqual([2]);
    expect(after).toEqual(before);
  });

  it("a paragraph sequence (`**Phase 1:** …`), steerable by the number --explain gives it", () => {
    const src = lines("# Plan", "", "**Phase 1: Setup** We build the base.", "", "**Phase 2: Launch** We ship it.", "", "**Phase 3: Grow** We grow.");
    const { before, after, reading } = again(src);
    expect(reading).toMatchObject({ carrier: "paragraph", nth: 1 });
    expect(before).toEqual([2, 4, 6]);
    expect(after).toEqual(before);
    expect(() => parseRoadmap(src, { milestones: { carrier: "paragraph", nth: 2 } })).toThrowError(/paragraph sequence 2.*matches nothing.*paragraph nth 1/u);
  });

  // Every labelled document CI has that no held-out set holds: synthetic cases, the corpus's
  // tuning files and the fresh tuning half.
  const split = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/real-split.json"), "utf8")) as { d: string[] };
  const fresh = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/eval/fresh-split.json"), "utf8")) as { tuning: string[] };
  const synthetic = path.join(ROOT, "test/fixtures/eval/synthetic");
  const files = [
    ...readdirSync(synthetic).filter((f) => f.endsWith(".md")).map((f) => path.join(synthetic, f)),
    ...corpusFiles().filter((f) => !split.d.includes(path.basename(f))),
    ...fresh.tuning.map((f) => path.join(SHARED, "corpus/fresh", f)),
  ];
  it.each(files.map((f) => [path.relative(path.join(ROOT, ".."), f), f]))("%s", (_name, file) => {
    const src = readFileSync(file, "utf8");
    const r = parseRoadmap(src);
    if (r.reading?.carrier === "template" || r.reading?.carrier === "none") return;
    const { before, after } = again(src);
    expect(after).toEqual(before);
  });
});

describe("a current-phase heading that names its phase holds the current work", () => {
  it("`## Current Phase: MVP Development` over quarter headings: the quarters, in progress; a bare `## Current phase` summary stays a summary", () => {
    const src = lines(
      "# Roadmap", "",
      "## Current Phase: MVP Development", "",
      "### Q3 2025 — Foundation", "- [ ] a", "",
      "### Q4 2025 — Tools", "- [ ] b", "",
      "### Q1 2026 — Growth", "- [ ] c", "",
      "## Release Milestones", "",
      "| Version | Target Date |", "|---|---|", "| 0.1.0 | Aug 2025 |", "| 0.2.0 | Sep 2025 |", "| 1.0.0 | Jan 2026 |",
    );
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Q3 2025 in_progress", "Q4 2025 in_progress", "Q1 2026 in_progress"]);
    const summary = src.replace("## Current Phase: MVP Development", "## Current phase");
    expect(parseRoadmap(summary).milestones.map((m) => m.id)).toEqual(["Version 0.1.0", "Version 0.2.0", "Version 1.0.0"]);
    const stated = src.replace("## Current Phase: MVP Development", "## Current phase: done");
    expect(parseRoadmap(stated).milestones.map((m) => m.id)).toEqual(["Version 0.1.0", "Version 0.2.0", "Version 1.0.0"]);
  });
});

// Review of round 10: steering's numbers and plain readings stay what --explain says.
describe("steering after the round-10 review", () => {
  it("a paragraph run's number is the one --explain prints, also when runs sit inside the outer sections", () => {
    const src = lines("# Roadmap", "## Phase 1", "**Step 1:** design the API", "", "**Step 2:** build the API", "## Phase 2", "Ship it.", "## Research track", "**Stage 1:** research", "", "**Stage 2:** prototype", "", "**Stage 3:** evaluate");
    const r = parseRoadmap(src);
    const ids = (x: ReturnType<typeof parseRoadmap>) => x.milestones.map((m) => m.id);
    for (const c of r.reading!.candidates.filter((x) => x.carrier === "paragraph")) {
      const steered = parseRoadmap(src, { milestones: { carrier: "paragraph", nth: c.nth } });
      expect(steered.milestones).toHaveLength(c.count);
    }
    if (r.reading!.carrier === "paragraph") expect(ids(parseRoadmap(src, { milestones: { carrier: "paragraph", nth: r.reading!.nth! } }))).toEqual(ids(r));
  });

  it("a heading level reads every heading of it when the reader chose a candidate (the lone-unit resort is not the reading)", () => {
    const src = lines("# Project plan", "| Milestone | Status |", "|---|---|", "| Alpha | done |", "| Beta | in progress |", "## 2026", "- [x] hire", "- [ ] ship", "## Platform work", "## Community");
    expect(parseRoadmap(src, { milestones: { carrier: "heading", level: 2 } }).milestones.map((m) => m.title)).toEqual(["2026", "Platform work", "Community"]);
  });

  it("`list N` reads from that Markdown list through its section's lists when the fallback was not the reading; the fallback says when it reads on into more lists", () => {
    const plan = lines("## Plan", "1. Write the parser", "2. Write the CLI", "", "- a side note", "## Next steps", "1. Publish", "2. Announce");
    const withTable = lines("# Roadmap", "| Milestone | Status |", "|---|---|", "| M1 | done |", "| M2 | planned |") + plan;
    const titles = (nth: number) => parseRoadmap(withTable, { milestones: { carrier: "list", nth } }).milestones.map((m) => m.title);
    expect(titles(1)).toEqual(["Write the parser", "Write the CLI", "a side note"]);
    expect(titles(2)).toEqual(["a side note"]);
    expect(titles(3)).toEqual(["Publish", "Announce"]);
    const alone = parseRoadmap(lines("# Roadmap") + plan);
    expect(alone.reading).toMatchObject({ carrier: "list", nth: 1 });
    expect(alone.reading!.candidates.find((c) => c.chosen)!.why).toMatch(/with the 2 lists continuing it/u);
    expect(parseRoadmap(lines("# Roadmap") + plan, { milestones: { carrier: "list", nth: 1 } }).milestones.map((m) => m.line)).toEqual(alone.milestones.map((m) => m.line));
  });
});
