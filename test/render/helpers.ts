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

/** A template roadmap with `n` milestones, each depending on one or two earlier ones (shared with the render bench). */
export { generateLinkedRoadmap as generatedRoadmap } from "../../scripts/gen-roadmap.mjs";
