import type { Roadmap } from "../../model/roadmap.js";
import type { Status } from "../../model/status.js";
import { currentMilestone, milestoneProgress, nextStep, roadmapProgress, whyNoCurrent } from "../../report/summary.js";
import type { Colors } from "./colors.js";
import { displayWidth } from "../../text/display-width.js";
import type { VerifyContext } from "../../verify/record.js";
import { verifyMark } from "./verify-mark.js";
import { candidateName, steerOf } from "../../model/reading.js";

const LABEL: Readonly<Record<Status, string>> = {
  done: "✔ done",
  in_progress: "▶ in progress",
  planned: "○ planned",
  blocked: "⏸ blocked",
  cancelled: "✖ cancelled",
  unknown: "? unknown",
};

/** A progress bar of `width` cells. */
export function bar(done: number, total: number, width = 10): string {
  if (total === 0) return "·".repeat(width);
  const full = Math.round((done / total) * width);
  return "█".repeat(full) + "░".repeat(width - full);
}

function pad(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + " ".repeat(width - w);
}

function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}

/**
 * Human `status`: one line per milestone (under it, each criterion that names a command, with
 * ✓/✗/stale from the verify record), then overall progress and the current step.
 */
export function renderStatus(r: Roadmap, file: string, c: Colors, verify?: VerifyContext): string {
  const lines: string[] = [];
  // A free-form roadmap says where its milestones were read from (`--explain` says why, and how to choose).
  const chosen = r.format === "freeform" ? r.reading?.candidates.find((x) => x.chosen) : undefined;
  lines.push(c.bold(`${r.title || "Roadmap"}`) + c.dim(`  ${file} · ${r.format}${chosen ? ` (${candidateName(steerOf(chosen, r.reading!.candidates))})` : ""}`));
  if (r.milestones.length === 0) {
    lines.push(c.dim("  no milestones"));
    return lines.join("\n") + "\n";
  }
  const cur = currentMilestone(r);
  // reduce, not Math.max(...): a spread of 200,000 arguments overflows the stack.
  const idWidth = Math.min(14, r.milestones.reduce((w, m) => Math.max(w, displayWidth(m.id)), -Infinity));
  const titleWidth = Math.min(40, r.milestones.reduce((w, m) => Math.max(w, displayWidth(m.title)), -Infinity));
  const tint: Readonly<Record<Status, (s: string) => string>> = {
    done: c.green,
    in_progress: c.yellow,
    planned: c.blue,
    blocked: c.red,
    cancelled: c.dim,
    unknown: c.magenta,
  };
  for (const m of r.milestones) {
    const p = milestoneProgress(m);
    const marker = cur && m === cur ? c.bold("›") : " ";
    const status = pad(LABEL[m.status.value], 14);
    const counts = p.total ? `${p.done}/${p.total}` : "–";
    lines.push(
      `${marker} ${pad(truncate(m.id, idWidth), idWidth)}  ${pad(truncate(m.title, titleWidth), titleWidth)}  ${tint[m.status.value](status)} ${bar(p.done, p.total)} ${counts}`,
    );
    for (const x of m.criteria) if (x.verify) lines.push(`    ${x.checked ? "[x]" : "[ ]"} ${truncate(x.text, 60)}  ${verifyMark(verify, m, x, c)}`);
  }
  const total = roadmapProgress(r);
  const pct = total.total ? Math.round((total.done / total.total) * 100) : 0;
  lines.push("");
  lines.push(`Progress: ${total.done}/${total.total} criteria (${pct}%) · ${r.milestones.filter((m) => m.status.value === "done").length}/${r.milestones.length} milestones done`);
  const next = nextStep(r);
  if (cur && next) {
    lines.push(`Current:  ${c.bold(cur.id)} ${cur.title}`);
    lines.push(next.criterion ? `Next:     ${next.criterion}` : cur.criteria.length ? `Next:     every criterion of ${cur.id} is ticked: roadmark done ${cur.id}` : `Next:     ${cur.id} has no acceptance criteria yet`);
  } else lines.push(`Current:  none — ${whyNoCurrent(r)}`);
  return lines.join("\n") + "\n";
}
