import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { MilestoneSteer } from "../../src/model/reading.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { colors } from "../../src/render/terminal/colors.js";
import { renderExplain } from "../../src/render/terminal/explain.js";
import { steerableChoicesOf } from "../../src/parse/freeform/index.js";
import { toStatusJson } from "../../src/report/status-json.js";
import { STATUS_SCHEMA } from "../../src/report/status-schema.js";

const lines = (...xs: string[]) => xs.join("\n") + "\n";
const doc = lines(
  "# Plan", "",
  "## Phase 1: A", "- [ ] x", "## Phase 2: B", "- [ ] y", "",
  "## Releases", "",
  "| Release | Notes |", "|---|---|", "| v1.0 | first |", "| v1.1 | second |", "| v1.2 | third |",
);

describe("status --json reading", () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(STATUS_SCHEMA);

  it("carries the reading and validates against the schema (free-form, steered, template, none)", () => {
    for (const [src, opts] of [
      [doc, {}],
      [doc, { milestones: { carrier: "table", nth: 1 } }],
      [lines("# Roadmap", "", "## M0: Foundations", "**Status:** Done"), {}],
      [lines("# Notes", "", "prose"), {}],
    ] as const) {
      const json = toStatusJson(parseRoadmap(src, opts), "ROADMAP.md");
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json.reading.carrier).toMatch(/^(?:heading|table|template|none)$/u);
    }
    expect(toStatusJson(parseRoadmap(doc), "R.md").reading).toMatchObject({ carrier: "heading", level: 2 });
  });

  it("the schema refuses a reading with an unknown carrier or a candidate without a score", () => {
    const json = toStatusJson(parseRoadmap(doc), "R.md");
    expect(validate({ ...json, reading: { ...json.reading, carrier: "kanban" } })).toBe(false);
    expect(validate({ ...json, reading: { carrier: "heading", candidates: [{ carrier: "table", nth: 1, count: 2, chosen: false, why: "" }] } })).toBe(false);
    const { reading: _omit, ...without } = json;
    expect(validate(without)).toBe(false);
  });
});

describe("status --explain text (renderExplain)", () => {
  const c = colors(false);

  it("says which sequence was read and why, then the runners-up with scores and the setting that picks each", () => {
    const r = parseRoadmap(doc);
    const text = renderExplain(r, c);
    const chosen = r.reading!.candidates[0]!;
    expect(text).toContain(`Milestones read from headings at level 2: 2 units, score ${chosen.score}.`);
    expect(text).toMatch(/why: 2 sequence labels; heading level 2/u);
    expect(text).toMatch(/Runners-up:\n {2}table 1: 3 units, score \d+/u);
    expect(text).toContain(`{ "milestones": { "carrier": "table", "nth": 1 } }`);
  });

  it("a second candidate at one heading level is named with its nth, and that setting reads it", () => {
    const two = lines("# Plan", "", "## Part A", "", "### Phase 1: a", "", "### Phase 2: b", "", "### Phase 3: c", "", "## Part B", "", "### Now", "", "- x", "", "### Later", "", "- y");
    const r = parseRoadmap(two);
    const level3 = r.reading!.candidates.filter((x) => x.carrier === "heading" && x.level === 3);
    expect(level3.map((x) => [x.nth, x.count])).toEqual([[1, 3], [2, 2]]);
    const text = renderExplain(r, c);
    expect(text).toContain("  headings at level 3: 3 units");
    expect(text).toContain("headings at level 3, nth 2: 2 units");
    expect(text).toContain(`to read this one instead, in .roadmarkrc.json: { "milestones": { "carrier": "heading", "level": 3, "nth": 2 } }`);
    expect(text).not.toContain("cannot be chosen");
    // The level alone reads its best candidate; nth 1 and nth 2 the first and second in document order.
    const titles = (milestones?: MilestoneSteer) => parseRoadmap(two, milestones ? { milestones } : {}).milestones.map((m) => m.title);
    expect(titles({ carrier: "heading", level: 3 })).toEqual(["Phase 1: a", "Phase 2: b", "Phase 3: c"]);
    expect(titles({ carrier: "heading", level: 3, nth: 1 })).toEqual(["Phase 1: a", "Phase 2: b", "Phase 3: c"]);
    const second = parseRoadmap(two, { milestones: { carrier: "heading", level: 3, nth: 2 } });
    expect(second.milestones.map((m) => m.title)).toEqual(["Now", "Later"]);
    // The reading names the setting that reads it again.
    expect(second.reading).toMatchObject({ carrier: "heading", level: 3, nth: 2 });
    expect(renderExplain(second, c)).toContain("Milestones read from headings at level 3, nth 2: 2 units");
    // A third names nothing: exit 2 at a surface, with the candidates.
    expect(() => parseRoadmap(two, { milestones: { carrier: "heading", level: 3, nth: 3 } })).toThrowError(/headings at level 3, nth 3\) matches nothing; candidates: .*heading level 3 nth 2 \(2 units/u);
  });

  it("two runs split from one list share its number: the second says its setting reads the first (review of round 12)", () => {
    const split = lines("# Roadmap", "", "Intro.", "", "- Phase 1: Parser (done)", "- Phase 2: Checker (done)", "- Phase 3: CLI", "- Phase 1: Docs", "- Phase 2: Site");
    const r = parseRoadmap(split);
    const lists = r.reading!.candidates.filter((x) => x.carrier === "list");
    expect(lists.map((x) => [x.nth, x.count])).toEqual([[1, 3], [1, 2]]);
    const text = renderExplain(r, c);
    expect(text).toContain(`cannot be chosen alone: { "milestones": { "carrier": "list", "nth": 1 } } reads the sequence above (3 units)`);
    expect(text).not.toContain("to read this one instead");
  });

  it("names the template, and says when nothing was found", () => {
    expect(renderExplain(parseRoadmap(lines("# Roadmap", "", "## M0: Foundations", "**Status:** Done")), c)).toMatch(/^Read as the roadmark template: 1 milestone/u);
    expect(renderExplain(parseRoadmap(lines("# Notes", "", "prose")), c)).toMatch(/^No milestone sequence found\./u);
  });

  it("when nothing is read, shows what each heading level would read, first titles and the count", () => {
    const themed = lines("# Roadmap", "", "## Overview", "", "x", "", "## Search", "", "- [ ] a", "", "## Sync", "", "- [ ] b", "", "## Sharing", "", "## Export", "", "## Themes", "", "### Dark mode", "", "### Light mode", "");
    const out = renderExplain(parseRoadmap(themed), c, 5, steerableChoicesOf(themed));
    expect(out).toContain('{ "milestones": { "carrier": "heading", "level": 2 } } would read: Search · Sync · Sharing · Export, … (5 in all)');
    expect(out).toContain('{ "milestones": { "carrier": "heading", "level": 3 } } would read: Dark mode · Light mode');
    // A reading that found its sequence shows no preview.
    expect(renderExplain(parseRoadmap(doc), c, 5, steerableChoicesOf(doc))).not.toContain("would read");
  });

  it("shows the tie note", () => {
    const tie = lines("# Plan", "", "| Step | Notes |", "|---|---|", "| Phase 1 | a |", "| Phase 2 | b |", "", "Text.", "", "| Release | Notes |", "|---|---|", "| v1.0 | first |", "| v1.1 | second |");
    expect(renderExplain(parseRoadmap(tie), c)).toMatch(/note: competing sequences of equal score \d+: table 1 from line 3 and table 2 from line 10; took table 1 from line 3/u);
  });

  it("neutralises control characters from the document", () => {
    const r = parseRoadmap(doc);
    const evil = { ...r, reading: { ...r.reading!, candidates: r.reading!.candidates.map((x) => ({ ...x, why: `${x.why}\u001b]0;pwned\u0007` })) } };
    expect(renderExplain(evil, c)).not.toMatch(/\u001b\]/u);
  });
});

describe("status --explain counts the milestones it reads", () => {
  it("says how many milestones the reading holds when units beside the sequence join it (a phase named only in the GSD checklist, a backlog phase)", () => {
    const gsd = lines(
      "# Roadmap: App", "", "## Phases", "",
      "- [x] **Phase 1: Foundation** - Base", "- [ ] **Phase 2: Core** - Core", "- [ ] **Phase 3: Polish** - Polish", "",
      "## Phase Details", "", "### Phase 1: Foundation", "**Goal**: Base", "", "### Phase 2: Core", "**Goal**: Core", "",
      "## Backlog", "", "### Phase 999.1: Dark mode (BACKLOG)", "**Goal**: Dark", "",
    );
    const r = parseRoadmap(gsd);
    expect(r.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2", "Phase 3", "Phase 999.1"]);
    const text = renderExplain(r, colors(false));
    expect(text).toMatch(/headings at level 3: 3 units/u);
    expect(text).toMatch(/4 milestones in all: 1 more read beside the sequence/u);
    // One for one: nothing more said.
    expect(renderExplain(parseRoadmap(doc), colors(false))).not.toMatch(/milestones in all/u);
  });
});

