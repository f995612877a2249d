import { candidateName, steerOf, type MilestoneSteer, type ReadingCandidate } from "../../model/reading.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { SteerableChoices } from "../../parse/freeform.js";
import type { Colors } from "./colors.js";
import { terminalSafe as safeText } from "./safe-text.js";


function steerHint(c: MilestoneSteer): string {
  if (c.carrier === "heading") return `{ "milestones": { "carrier": "heading", "level": ${c.level}${c.nth !== undefined ? `, "nth": ${c.nth}` : ""} } }`;
  return `{ "milestones": { "carrier": "${c.carrier}", "nth": ${c.nth} } }`;
}

/**
 * `status --explain`: which sequence was read as the milestones and why, then the runners-up
 * with their scores and the setting that would pick each. Pure: text in, text out.
 */
export function renderExplain(r: Roadmap, c: Colors, runnersUp = 5, choices?: SteerableChoices): string {
  const reading = r.reading ?? { carrier: r.format === "template" ? ("template" as const) : ("none" as const), candidates: [] };
  const lines: string[] = [];
  if (reading.carrier === "template") {
    lines.push(`Read as the roadmark template: ${r.milestones.length} milestone sections (${c.dim("M0: Title")} headings or an overview table).`);
    return lines.join("\n") + "\n";
  }
  const chosen = reading.candidates.find((x) => x.chosen);
  if (!chosen) {
    lines.push("No milestone sequence found.");
    if (reading.candidates.length === 0) lines.push(c.dim("  No heading run, table or list has two or more sequence-like units (Phase 1, M2, v1.0, Q3 2026…)."));
    lines.push(c.dim(`  If your milestones are sections, a table or a list all the same, name them in .roadmarkrc.json: ${steerHint({ carrier: "heading", level: 2 })}`));
    lines.push(c.dim("  reads every level-2 heading; { \"carrier\": \"table\", \"nth\": 1 } or \"list\" reads the first table or list in the document, and so on."));
  } else {
    lines.push(`Milestones read from ${c.bold(candidateName(steerOf(chosen, reading.candidates)))}: ${chosen.count} units, score ${chosen.score}.`);
    lines.push(`  why: ${safeText(chosen.why)}`);
    // The sequence's units are not always the milestones one for one: units named only in a summary
    // checklist or table, backlog phases and runs read on join them; a unit named twice is one.
    const total = r.milestones.length;
    if (total > chosen.count) lines.push(`  ${total} milestones in all: ${total - chosen.count} more read beside the sequence (units named only in a summary checklist or table, backlog phases, further runs).`);
    else if (total < chosen.count) lines.push(`  ${total} milestones in all: ${chosen.count - total} of the units name a milestone read already.`);
  }
  for (const n of r.notes) if (/^competing sequences/u.test(n.message)) lines.push(c.yellow(`  note: ${safeText(n.message)}`));
  const others = reading.candidates.filter((x) => !x.chosen).slice(0, runnersUp);
  if (others.length > 0) {
    lines.push("", "Runners-up:");
    for (const o of others) {
      // A heading level alone reads its best candidate; another of that level is named with its nth.
      const steer = steerOf(o, reading.candidates);
      lines.push(`  ${candidateName(steer)}: ${o.count} units, score ${o.score}`);
      lines.push(c.dim(`    ${safeText(o.why)}`));
      // Two runs split from one list share its number: the setting reads the first (best first), not this one.
      const first = o.carrier === "heading" ? o : reading.candidates.find((x) => x.carrier === o.carrier && x.nth === o.nth);
      if (first && first !== o) lines.push(c.dim(`    cannot be chosen alone: ${steerHint(steer)} reads ${first.chosen ? "the sequence above" : "an earlier runner-up"} (${first.count} units)`));
      else lines.push(c.dim(`    to read this one instead, in .roadmarkrc.json: ${steerHint(steer)}`));
    }
    const more = reading.candidates.length - 1 - others.length;
    if (more > 0) lines.push(c.dim(`  … and ${more} more`));
  }
  const named = choices ? nameable(choices, reading.candidates) : "";
  if (named) lines.push("", `Any of these can be chosen too: a choice reads the candidate it names, else every heading, row or item there: ${named}.`);
  // Nothing read: what each heading level with two or more headings would read, so the owner
  // recognises their milestones and copies the line.
  if (!chosen && choices) {
    for (const h of choices.headings.filter((x) => x.count >= 2)) {
      const more = h.count > h.first.length ? `, … (${h.count} in all)` : "";
      lines.push(`  ${steerHint({ carrier: "heading", level: h.level })} would read: ${h.first.map((t) => safeText(t)).join(" · ")}${more}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** `headings at level 2 (5), level 3 (12); tables 1–2; lists 1–7`: what a choice can name. */
function nameable(ch: SteerableChoices, candidates: readonly ReadingCandidate[]): string {
  const parts: string[] = [];
  // A level with a candidate reads that candidate (the best-scoring one, as the steering takes it).
  const count = (level: number, all: number): number => candidates.find((c) => c.carrier === "heading" && c.level === level)?.count ?? all;
  if (ch.headings.length > 0) parts.push(ch.headings.map((h, i) => `${i === 0 ? "headings at level" : "level"} ${h.level} (${count(h.level, h.count)})`).join(", "));
  const span = (n: number, one: string, many: string): string => (n === 1 ? `${one} 1` : `${many} 1–${n}`);
  if (ch.tables > 0) parts.push(span(ch.tables, "table", "tables"));
  if (ch.lists > 0) parts.push(span(ch.lists, "list", "lists"));
  return parts.join("; ");
}
