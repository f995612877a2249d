import { loadRoadmap } from "../../io/load-roadmap.js";
import { currentMilestone, nextStep } from "../../report/summary.js";
import { renderNext } from "../../render/terminal/next.js";
import { readVerifyContext } from "../../verify/record.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** `roadmark next [--json]`: the current milestone's open criteria, or the next milestone to start. */
export async function runNext(ctx: CommandContext, flags: FileFlags & { json?: boolean }): Promise<number> {
  const loaded = await loadRoadmap({ file: flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  printWarnings(ctx, loaded.warnings);
  const r = loaded.roadmap;
  if (flags.json) {
    const m = currentMilestone(r);
    const step = nextStep(r);
    const json = {
      schemaVersion: 1,
      file: loaded.display,
      milestone: m ? { id: m.id, title: m.title, status: m.status.value } : null,
      criterion: step?.criterion ?? null,
      open: m ? m.criteria.filter((c) => !c.checked).map((c) => ({ text: c.text, line: r.lines.lineOf(c.span.start) + 1 })) : [],
    };
    ctx.out(JSON.stringify(json, null, 2) + "\n");
  } else ctx.out(renderNext(r, ctx.colors, await readVerifyContext(loaded.file.path, r)));
  return 0;
}
