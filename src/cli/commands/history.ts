import { history } from "../../ops/history.js";
import type { HistoryMilestoneJson } from "../../report/json-types.js";
import { renderBurnup } from "../../render/terminal/burnup.js";
import type { Colors } from "../../render/terminal/colors.js";
import type { CommandContext, FileFlags } from "../context.js";
import { writeJson } from "../../render/json.js";

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "—";
}

/** The milestone table: id, title, added, started, done, cycle time. */
export function renderMilestoneTable(milestones: readonly HistoryMilestoneJson[], c: Colors): string {
  const rows = milestones.map((m) => [
    m.id,
    m.title.length > 32 ? `${m.title.slice(0, 31)}…` : m.title,
    day(m.addedAt),
    day(m.startedAt),
    day(m.doneAt),
    m.cycleDays === null ? "—" : `${m.cycleDays.toFixed(1)} d`,
  ]);
  const head = ["Milestone", "Title", "Added", "Started", "Done", "Cycle"];
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, [...r[i]!].length), h.length));
  const fmt = (r: readonly string[]): string =>
    r
      .map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length))
      .join("  ")
      .trimEnd();
  return [c.bold(fmt(head)), ...rows.map(fmt)].join("\n") + "\n";
}

/** `roadmark history [--json] [--since DATE]`. */
export async function runHistory(ctx: CommandContext, flags: FileFlags & { json?: boolean; since?: string }): Promise<number> {
  const { json, read } = await history({ cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize }, { since: flags.since });
  const { points, milestones } = read.timeline;
  if (flags.json) {
    writeJson(ctx.out, json);
    return 0;
  }
  const c = ctx.colors;
  const first = points[0];
  const last = points[points.length - 1];
  const span = first && last ? `, ${first.date.slice(0, 10)} → ${last.date.slice(0, 10)}` : "";
  ctx.out(`${c.bold(read.file)}: ${points.length} commit${points.length === 1 ? "" : "s"} changed the roadmap${span}\n`);
  if (last) ctx.out(`now ${last.done}/${last.total} criteria done\n`);
  ctx.out("\n" + renderBurnup(points, { colors: c }) + "\n");
  ctx.out(renderMilestoneTable(milestones, c));
  return 0;
}
