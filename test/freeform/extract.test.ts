import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { milestoneProgress } from "../../src/report/summary.js";
import { ROOT } from "../harness/paths.js";

const read = (name: string) => readFileSync(path.join(ROOT, "test/fixtures/parse", name), "utf8");
const view = (name: string) =>
  parseRoadmap(read(name)).milestones.map((m) => {
    const p = milestoneProgress(m);
    return [m.id, m.title, m.status.value, m.status.source ?? "-", `${p.done}/${p.total}`].join(" | ");
  });

describe("free-form extraction", () => {
  it("descends into status buckets that hold named units; each unit takes its bucket's status (L3a)", () => {
    expect(view("buckets-with-units.md")).toEqual([
      "v0.1.0 | v0.1.0 - Prototype | done | bucket | 2/2",
      "v0.2.0 | v0.2.0 - Linting | done | bucket | 0/0",
      "v0.3.0 | v0.3.0 - Editing (Q3) | in_progress | bucket | 1/2",
      "v0.4.0 | v0.4.0 - History | planned | bucket | 0/0",
      "v1.0.0 | v1.0.0 - Stable | planned | bucket | 0/0",
    ]);
  });

  it("takes buckets holding only checkboxes as the milestones, with positional ids", () => {
    expect(view("buckets-only.md")).toEqual([
      "1 | ✅ Shipped | done | heading | 2/2",
      "2 | 🛠️ In Progress | in_progress | heading | 0/1",
      "3 | ⏭️ Planned (next up) | planned | heading | 0/1",
      "4 | 💡 Ideas / Backlog | planned | heading | 0/1",
    ]);
  });

  it("merges an overview table with the sections: table order and status, table-only units kept, no doubles", () => {
    expect(view("overview-and-sections.md")).toEqual([
      "Stage 0 | Stage 0 — Groundwork | done | table | 1/1",
      "Stage 1 | Stage 1 — Engine | in_progress | table | 1/3",
      "Stage 2 | Stage 2 — Interface | planned | table | 0/0",
      "Stage 3 | Stage 3 | planned | table | 0/0",
    ]);
    const r = parseRoadmap(read("overview-and-sections.md"));
    expect(r.milestones[0]!.statuses.map((s) => `${s.source}:${s.value}`)).toEqual(["table:done", "section:in_progress"]);
    expect(r.milestones.map((m) => m.dependsOn.map((d) => d.id))).toEqual([[], ["Stage 0"], ["Stage 1"], []]);
    expect(r.milestones[1]!.criteria.map((c) => c.depth)).toEqual([0, 0, 1]);
  });

  it("ignores decorative emoji that differ on every heading (012.md), but reads legend-defined dots", () => {
    expect(view("decorative-emoji.md").map((l) => l.split(" | ")[2])).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    expect(parseRoadmap("# R\n\n## ✅ Phase 1\n## 🚀 Phase 2\n## 📋 Phase 3\n").milestones.map((m) => m.status.value)).toEqual(["done", "unknown", "planned"]);
    expect(view("legend-dots.md").map((l) => l.split(" | ")[2])).toEqual(["done", "in_progress", "planned"]);
  });

  it("reads Now/Next/Later horizons and skips how-to sections", () => {
    expect(view("horizons.md")).toEqual([
      "1 | Now — Stabilization (v0.1.x) | in_progress | heading | 1/2",
      "2 | Next — Polish (v0.2.x) | planned | heading | 0/1",
      "3 | Later | planned | heading | 0/1",
    ]);
  });

  it("reads bare numbered paragraphs under buckets (007.md) and a lone ordered list (088.md)", () => {
    expect(view("numbered-paragraphs.md").map((l) => l.split(" | ").slice(0, 3).join(" | "))).toEqual([
      "000001 | 000001 Builder Foundation | done",
      "000002 | 000002 Runtime Separation | done",
      "000003 | 000003 Architecture Analyzer | in_progress",
      "000004 | 000004 Dependency Graph | planned",
    ]);
    expect(view("ordered-list-only.md")).toHaveLength(3);
  });

  it("yields no milestones (and a note) for a document without a sequence; front matter, fences and HTML carry none", () => {
    const r = parseRoadmap(read("no-sequence.md"));
    expect(r.milestones).toEqual([]);
    expect(r.notes.map((n) => n.message).join()).toMatch(/no milestones/);
  });

  it("keeps line numbers 0-based and exact with CRLF and a BOM", () => {
    const src = "\uFEFF# R\r\n\r\n## Phase 1: A\r\n- [x] one\r\n\r\n## Phase 2: B\r\n- [ ] two\r\n";
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => [m.id, m.line, m.criteria[0]!.checked])).toEqual([
      ["Phase 1", 2, true],
      ["Phase 2", 5, false],
    ]);
    const c = r.milestones[1]!.criteria[0]!;
    expect(src.slice(c.box.start, c.box.end)).toBe(" ");
    expect(src.slice(c.textSpan.start, c.textSpan.end)).toBe("two");
  });

  it("reads labels and statuses across languages and forms", () => {
    const ids = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id}=${m.status.value}`);
    expect(ids("# R\n\n## 第一阶段：基础（已完成）\n## 第二阶段：核心（进行中）\n## 第三阶段：发布\n")).toEqual(["第一阶段=done", "第二阶段=in_progress", "第三阶段=unknown"]);
    expect(ids("# R\n\n## 1단계: 기반 (완료)\n## 2단계: 기능 (진행 중)\n")).toEqual(["단계 1=done", "단계 2=in_progress"]);
    expect(ids("# R\n\n## Этап 1. Подготовка — завершено\n## Этап 2. Разработка (в работе)\n")).toEqual(["Этап 1=done", "Этап 2=in_progress"]);
    expect(ids("# R\n\n## January 2025\n## February 2025\n")).toEqual(["January 2025=unknown", "February 2025=unknown"]);
    expect(ids("# R\n\n## Q1 2025 ✅\n## Q2 2025 🚧\n")).toEqual(["Q1 2025=done", "Q2 2025=in_progress"]);
    expect(ids("# R\n\n- **v0.1** ✅ Prototype\n- **v0.2** 🚧 Beta\n  - [x] Sync\n")).toEqual(["v0.1=done", "v0.2=in_progress"]);
    expect(ids("# R\n\n## E1 - Baseline\n## E2 - API\n")).toEqual(["E1=unknown", "E2=unknown"]);
  });

  it("takes named sections and table rows under a Milestones heading, and a 'Current phase:' line as a status", () => {
    const r = parseRoadmap("# R\n\n## Milestones\n\n### First Boot\nStatus: done\n\n### First Demo\n\n## Notes\n");
    expect(r.milestones.map((m) => `${m.title}=${m.status.value}`)).toEqual(["First Boot=done", "First Demo=unknown"]);
    const t = parseRoadmap("# R\n\n## Milestones\n\n| ID | Title | Status |\n|---|---|---|\n| alpha | Alpha cut | in_progress |\n| beta | Beta cut | planned |\n");
    expect(t.milestones.map((m) => `${m.id}:${m.title}=${m.status.value}`)).toEqual(["alpha:Alpha cut=in_progress", "beta:Beta cut=planned"]);
    const e = parseRoadmap("# R\n\n**Current Phase:** Phase 2 - Build\n\n## Phase 1: Plan\n## Phase 2: Build\n## Phase 3: Ship\n");
    expect(e.milestones.map((m) => `${m.id}=${m.status.value}:${m.status.source ?? "-"}`)).toEqual(["Phase 1=unknown:-", "Phase 2=in_progress:elsewhere", "Phase 3=unknown:-"]);
  });

  it("reads Status lines in block quotes, in emphasis and after a dash", () => {
    const src = "# R\n\n## Phase 1: A\n> **Status:** Done\n\n## Phase 2: B\n_Status: In progress_\n\n## Phase 3: C\nStatus — cancelled\n";
    expect(parseRoadmap(src).milestones.map((m) => `${m.status.value}:${m.status.source ?? "-"}:${m.status.raw}`)).toEqual([
      "done:section:Done",
      "in_progress:section:In progress",
      "cancelled:section:cancelled",
    ]);
  });

  it("does not take numbered document sections for steps", () => {
    expect(parseRoadmap("# Spec\n\n## 1. Overview\n## 2. Features\n## 3. API\n## 4. Risks\n").milestones).toEqual([]);
    expect(parseRoadmap("# Plan\n\n## 1. Setup\n## 2. Build\n## 3. Ship\n").milestones.map((m) => m.id)).toEqual(["1", "2", "3"]);
  });

  it("reads a lone phase or version opening the plan as its one milestone (L3(b) single unit); a lone one among other sections, or a code, is no guess", () => {
    const ids = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id} | ${m.status.value}`);
    expect(ids("## 1.0.0 roadmap:\n\n- Working apps.\n  - ✅ Router\n- Middleware.\n")).toEqual(["1.0.0 | unknown"]);
    expect(ids("# Roadmap\n\n## Phase 0 — verify the loop (current)\n\nDelivered: a.\n\n## Explicitly out of scope\n\n- b\n\n## Candidate next slices\n\n- c\n")).toEqual(["Phase 0 | in_progress"]);
    // Not the plan's opening section: one labelled section among thematic ones.
    expect(ids("# Roadmap\n\n## Checkbox meaning\n\nx.\n\n## API stability\n\ny.\n\n## v1.0.0 graduation criteria\n\n- [ ] a\n\n## Dependency policy\n\nz.\n")).toEqual([]);
    // A product code names a thing, not a step.
    expect(ids("# Roadmap\n\n## DSP408\n\n- a\n\n## Devices in general\n\n- b\n")).toEqual([]);
  });

  it("reads a phased plan with an M-checklist summary as its phases, but M-sections beside fewer phases as a template", () => {
    const phases = [1, 2, 3].map((n) => `### Phase ${n}: Step ${n}\n\nWork.\n`).join("\n");
    const summary = "## Checklist\n\n### M1: First\n- [x] a\n\n### M2: Second\n- [ ] b\n";
    const plan = parseRoadmap(`# Plan\n\n## Phases\n\n${phases}\n${summary}`);
    expect([plan.format, plan.milestones.map((m) => m.id)]).toEqual(["freeform", ["Phase 1", "Phase 2", "Phase 3"]]);
    const nested = parseRoadmap(`# Plan\n\n## M1: First\n\n### Phase 1: a\n### Phase 2: b\n### Phase 3: c\n\n## M2: Second\n`);
    expect([nested.format, nested.milestones.map((m) => m.id)]).toEqual(["template", ["M1", "M2"]]);
    // Longer runs that hold the M-sections, follow them, or sit in how-to sections leave it a template.
    const holders = parseRoadmap("# R\n\n## Phase 1\n\n### M0: a\n\n## Phase 2\n\n### M1: b\n\n## Phase 3\n\n## Phase 4\n");
    const history = parseRoadmap("# R\n\n## Milestones\n\n### M0: A\n\n### M1: B\n\n## Release History\n\n### v0.1.0\n\n### v0.2.0\n\n### v0.3.0\n");
    const howTo = parseRoadmap("# R\n\n## Getting started\n\n### Step 1: a\n### Step 2: b\n### Step 3: c\n\n## M0: A\n\n## M1: B\n");
    expect([holders, history, howTo].map((r) => r.format)).toEqual(["template", "template", "template"]);
    expect(history.milestones.map((m) => m.title)).toEqual(["A", "B"]);
  });

  it("skips a 'Current Phase' summary beside status buckets (L5), but sees through a 'Current Status' bucket", () => {
    const buckets = parseRoadmap("# R\n\n## Current Phase\n\nMVP.\n\n## Completed\n\n- a\n\n## Current Development\n\n- b\n\n## Future\n\n- c\n");
    expect(buckets.milestones.map((m) => m.title)).toEqual(["Completed", "Current Development", "Future"]);
    const inside = parseRoadmap("# R\n\n## Current Status\n\n### ✅ Phase 1: A\n\n### 🚧 Phase 2: B\n\n## Later\n\n### Phase 3: C\n");
    expect(inside.milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Phase 1 done", "Phase 2 in_progress", "Phase 3 planned"]);
  });

  it("joins a done bucket's named units to the named units of a Milestones heading beside it, in document order", () => {
    const r = parseRoadmap("# Roadmap\n\n# Completed\n\n## Website\n\n# Prototype Milestones\n\n## First Boot\n\nStatus: pending\n\n## First Sale\n");
    expect(r.milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["Website done", "First Boot planned", "First Sale unknown"]);
    // Buckets alone holding features stay the milestones (L3a).
    expect(parseRoadmap("# R\n\n## Done\n\n### Login\n\n## Planned\n\n### Search\n").milestones.map((m) => m.title)).toEqual(["Done", "Planned"]);
  });

  it("reads a two-part number beside version headings as a version, not section numbering", () => {
    expect(parseRoadmap("# Roadmap\n\n## 4.x maintenance\n\n- fixes\n\n## 5.0 architecture\n\n- rewrite\n\n## Future research\n").milestones.map((m) => m.id)).toEqual(["4.x", "5.0"]);
    // Without a version sibling, `1.1 Setup` stays plain numbering.
    expect(parseRoadmap("# Spec\n\n## 1.1 Overview\n## 1.2 Risks\n").milestones).toEqual([]);
  });

  it("reads a milestone's own Status line or key-value row, not a task's further down (S3)", () => {
    const src = "# R\n\n## Phase 1: A\n### Task A\n**Status:** Done\n\n## Phase 2: B\n### Status\nIn progress\n\n## Phase 3: C\n\n| Field | Value |\n|---|---|\n| **Status** | ✅ Complete |\n";
    expect(parseRoadmap(src).milestones.map((m) => `${m.status.value}:${m.status.source ?? "-"}`)).toEqual(["unknown:-", "in_progress:section", "done:section"]);
  });

  it("reads a Status or Depends bullet in a section that has no field open", () => {
    const src = "# R\n\n## Phase 1: A\n- **Done condition:** x\n- **Status:** complete (2026-03-24)\n\n## Phase 2: B\n- Depends on: Phase 1\n- [ ] b\n";
    expect(parseRoadmap(src).milestones.map((m) => [m.status.value, m.dependsOn.map((d) => d.id), m.criteria.length])).toEqual([
      ["done", [], 0],
      ["unknown", ["Phase 1"], 1],
    ]);
  });
});
