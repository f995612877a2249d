// Placeholder seam, owned by the lint work (issue 4, the overview-sync fix); `roadmark sync` calls it.
import type { Roadmap } from "../../model/roadmap.js";
import type { TextEdit } from "../../model/text-edit.js";

/** Text edits that make the overview table agree with the sections (rows fixed in place, missing rows added). */
export function syncOverview(_roadmap: Roadmap): TextEdit[] {
  return [];
}
