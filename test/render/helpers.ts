import { readFileSync } from "node:fs";
import path from "node:path";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { toStatusJson, type StatusJson } from "../../src/report/status-json.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import { ROOT } from "../harness/paths.js";

/** The example roadmap. */
export const EXAMPLE = path.join(ROOT, "examples/ROADMAP.md");
/** The hostile roadmap: markup, script, Mermaid and SVG breakouts in every text field. */
export const HOSTILE = path.join(ROOT, "test/render/fixtures/hostile.md");

/** Parses a file into its model and status document. */
export function load(file: string, display = path.basename(file)): { roadmap: Roadmap; status: StatusJson } {
  const roadmap = parseRoadmap(readFileSync(file, "utf8"));
  return { roadmap, status: toStatusJson(roadmap, display) };
}

/** A template roadmap with `n` milestones, each depending on one or two earlier ones. */
export function generatedRoadmap(n: number): string {
  const rows: string[] = [];
  const sections: string[] = [];
  for (let i = 0; i < n; i++) {
    const status = i < n / 3 ? "Done" : i < n / 3 + 1 ? "In Progress" : "Planned";
    rows.push(`| M${i} | Milestone number ${i} | Area ${i % 7} | ${status} |`);
    const deps = i === 0 ? "None" : i % 5 === 0 && i > 2 ? `M${i - 1}, M${i - 3}` : `M${i - 1}`;
    const criteria = [0, 1, 2].map((k) => `- [${status === "Done" || (status === "In Progress" && k === 0) ? "x" : " "}] Criterion ${k + 1} of milestone ${i}`);
    sections.push(`## M${i}: Milestone number ${i}\n\n**Goal:** Deliver part ${i}.\n\n**Acceptance Criteria:**\n${criteria.join("\n")}\n\n**Dependencies:** ${deps}\n\n---\n`);
  }
  return `# Roadmap\n\nGenerated.\n\n## Milestone Overview\n\n| Milestone | Title | Focus | Status |\n|---|---|---|---|\n${rows.join("\n")}\n\n---\n\n${sections.join("\n")}`;
}
