// `import`: a free-form roadmap read (steered by its nearest config, as every read is) and
// rewritten in the template's format. Writing the result is the caller's.
import path from "node:path";
import { toTemplate } from "../import/to-template.js";
import { displayPath } from "../io/load-roadmap.js";
import { DEFAULT_MAX_SIZE, readTextFile, type ReadText } from "../io/read-file.js";
import type { Roadmap } from "../model/roadmap.js";
import { parseRoadmap } from "../parse/to-model.js";
import { steered, steeringFor } from "./steer.js";
import type { Workspace } from "./workspace.js";

/** What `importRoadmap` returns: the source as read and parsed, and the template text. */
export interface ImportResult {
  readonly file: ReadText;
  readonly full: string;
  readonly display: string;
  readonly roadmap: Roadmap;
  readonly text: string;
  /** Lines kept in the Notes section. */
  readonly notesLines: number;
}

/** Reads `src` (relative to the workspace) and converts it to the template. */
export async function importRoadmap(ws: Workspace, src: string): Promise<ImportResult> {
  const full = path.resolve(ws.cwd, src);
  const display = displayPath(full, ws.cwd);
  const file = await readTextFile(full, display, ws.maxSize ?? DEFAULT_MAX_SIZE);
  const steering = steeringFor(full);
  const roadmap = steered(steering, display, ws.cwd, () => parseRoadmap(file.text, steering.parse));
  const result = toTemplate(roadmap, { source: path.basename(full) });
  return { file, full, display, roadmap, text: result.text, notesLines: result.notesLines };
}
