import { milestonePlaceholders } from "../edit/placeholders.js";
import { currentMilestone, nextStep } from "../report/summary.js";
import type { Roadmap } from "../model/roadmap.js";
import type { VerifyContext } from "../verify/record.js";
import { readRoadmap } from "./read.js";
import { readVerifyContext } from "./verify-context.js";
import type { Workspace } from "./workspace.js";

/** `next --json`: the current milestone and its open criteria, or the next step. */
export interface NextJson {
  readonly schemaVersion: 1;
  readonly file: string;
  readonly milestone: { readonly id: string; readonly title: string; readonly status: string } | null;
  readonly criterion: string | null;
  /** What of the milestone is still a template placeholder, to write before working on it. */
  readonly fillIn: { readonly goal: string | null; readonly criteria: readonly { readonly index: number; readonly text: string }[] } | null;
  readonly open: readonly { readonly text: string; readonly line: number }[];
}

/** What to work on next in the workspace's roadmap (with the verify record, for ✓/✗/stale beside its criteria). */
export async function next(ws: Workspace): Promise<{ json: NextJson; roadmap: Roadmap; warnings: readonly string[]; verify: VerifyContext | undefined }> {
  const r = await readRoadmap(ws);
  const rm = r.roadmap;
  const m = currentMilestone(rm);
  const step = nextStep(rm);
  const p = m ? milestonePlaceholders(rm, m) : undefined;
  const json: NextJson = {
    schemaVersion: 1,
    file: r.display,
    milestone: m ? { id: m.id, title: m.title, status: m.status.value } : null,
    criterion: step?.criterion ?? null,
    fillIn: p ? { goal: p.goal ?? null, criteria: p.criteria } : null,
    open: m ? m.criteria.filter((c) => !c.checked).map((c) => ({ text: c.text, line: rm.lines.lineOf(c.span.start) + 1 })) : [],
  };
  return { json, roadmap: rm, warnings: r.warnings, verify: await readVerifyContext(r.file.path, rm) };
}
