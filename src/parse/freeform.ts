import type { Milestone } from "../model/roadmap.js";
import type { SourceDocument } from "./document.js";
import type { Legend } from "./fields/status.js";

/**
 * Free-form extraction (issue 6): the document's main sequence of delivery units.
 * Until it lands, a document without the template's structure yields no milestones.
 */
export function extractFreeform(_doc: SourceDocument, _legend?: Legend): { milestones: Milestone[] } {
  return { milestones: [] };
}
