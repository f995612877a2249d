import type { Roadmap } from "../../model/roadmap.js";
import { currentMilestone, dependenciesDone } from "../../report/summary.js";
import type { Colors } from "./colors.js";
import { describePlaceholders, fillInHint, hasPlaceholders, milestonePlaceholders } from "../../edit/placeholders.js";
import type { VerifyContext } from "../../verify/record.js";
import { verifyMark } from "./verify-mark.js";

/** Human `next`: the current milestone's open criteria, or what to start. */
export function renderNext(r: Roadmap, c: Colors, verify?: VerifyContext): string {
  const m = currentMilestone(r);
  if (!m) return r.milestones.length ? "Every milestone is finished.\n" : "No milestones found.\n";
  const lines: string[] = [];
  const p = milestonePlaceholders(r, m);
  if (hasPlaceholders(p)) {
    // A placeholder is not something to work on: say what to write first.
    lines.push(`Fill in ${c.bold(m.id)}: ${m.title} first — ${describePlaceholders(p)}`);
    lines.push(c.dim(`  ${fillInHint(m, p)}`));
    return lines.join("\n") + "\n";
  }
  const open = m.criteria.filter((x) => !x.checked);
  const verb = m.status.value === "in_progress" ? "Continue" : "Start";
  lines.push(`${verb} ${c.bold(m.id)}: ${m.title}${m.goal ? c.dim(` — ${m.goal.text}`) : ""}`);
  if (m.status.value !== "in_progress" && dependenciesDone(r, m)) lines.push(c.dim(`  roadmark start ${m.id}`));
  if (open.length === 0 && m.criteria.length > 0) lines.push(`  every criterion is ticked: ${c.dim(`roadmark done ${m.id}`)}`);
  for (const x of open) lines.push(`  [ ] ${x.text}${x.verify ? `  ${verifyMark(verify, m, x, c)}` : ""}`);
  // A ticked criterion whose command does not back it is worth a look too.
  for (const x of m.criteria) {
    if (!x.checked || !x.verify) continue;
    const mark = verifyMark(verify, m, x, c);
    if (!mark.includes("✓")) lines.push(`  [x] ${x.text}  ${mark}`);
  }
  return lines.join("\n") + "\n";
}
