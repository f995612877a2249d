import { forecast } from "../../ops/history.js";
import type { CommandContext, FileFlags } from "../context.js";

/** `roadmark forecast [--json] [--runs N] [--seed N] [--window DAYS]`. */
export async function runForecast(ctx: CommandContext, flags: FileFlags & { json?: boolean; runs?: number; seed?: number; window?: number }): Promise<number> {
  const f = await forecast({ cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize }, { runs: flags.runs, seed: flags.seed, windowDays: flags.window });
  if (flags.json) {
    if (f.note) ctx.err(`roadmark: ${f.note}\n`);
    ctx.out(JSON.stringify(f, null, 2) + "\n");
    return 0;
  }
  const c = ctx.colors;
  const ticks = f.throughput?.ticks ?? 0;
  ctx.out(`${c.bold("Forecast")} as of ${f.asOf}: ${f.runs} runs, ${ticks} criteria ticked in the last ${f.windowDays} days, seed ${f.seed ?? "?"}\n`);
  if (f.note) ctx.out(c.yellow(`${f.note}\n`));
  if (f.milestones.length === 0) {
    ctx.out("every milestone is done\n");
    return 0;
  }
  const head = ["Milestone", "Remaining", "50%", "85%", "95%"];
  const rows = f.milestones.map((m) => [m.id, String(m.remaining), m.p50 ?? "—", m.p85 ?? "—", m.p95 ?? "—"]);
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
  const fmt = (r: readonly string[]): string =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  ctx.out("\n" + [c.bold(fmt(head)), ...rows.map(fmt)].join("\n") + "\n");
  if (!f.note) ctx.out(c.dim("\n50% of simulated runs finish by the 50% date; milestones are worked in dependency order.\n"));
  return 0;
}
