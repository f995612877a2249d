// `status --format markdown`: the status as GitHub-flavoured Markdown, for job summaries, pull
// request comments and READMEs. Pure: a roadmap in, a string out.
import type { Roadmap } from "../../model/roadmap.js";
import type { Status } from "../../model/status.js";
import { currentMilestone, milestoneProgress, nextStep, roadmapProgress, whyNoCurrent } from "../../report/summary.js";

const LABEL: Readonly<Record<Status, string>> = {
  done: "✅ done",
  in_progress: "🚧 in progress",
  planned: "⚪ planned",
  blocked: "⛔ blocked",
  cancelled: "✖️ cancelled",
  unknown: "❔ unknown",
};

/**
 * Text made safe for one table cell: line breaks become spaces, and the characters that would
 * end the cell, open code, or start markup (`|`, backtick, `\`, `<`, `&`, `*`, `_`, `[`, `]`, `#`, `~`) are escaped.
 */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\r\n?|\n/g, " ")).replace(/\|/g, "\\|");
}

/** Inline text made literal: Markdown punctuation backslash-escaped, `<` as an entity, line breaks as spaces. */
export function escapeInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]#~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .trim();
}

/** Options of the Markdown status. */
export interface MarkdownStatusOptions {
  /** The heading level of the title line (default 2; 0 leaves the heading out). */
  readonly headingLevel?: number;
}

/** The status as Markdown: a heading, a table of milestones, then progress, current milestone and next step. */
export function renderStatusMarkdown(r: Roadmap, file: string, opts: MarkdownStatusOptions = {}): string {
  const level = opts.headingLevel ?? 2;
  const out: string[] = [];
  if (level > 0) out.push(`${"#".repeat(Math.min(6, level))} ${escapeInline(r.title || "Roadmap")}`, "");
  out.push(`<sub>${escapeInline(file)} · ${r.format}</sub>`, "");
  if (r.milestones.length === 0) {
    out.push("_No milestones._");
    return out.join("\n") + "\n";
  }
  const cur = currentMilestone(r);
  out.push("| | Milestone | Title | Status | Criteria |", "| --- | --- | --- | --- | ---: |");
  for (const m of r.milestones) {
    const p = milestoneProgress(m);
    const marker = cur && m === cur ? "▶" : "";
    out.push(`| ${marker} | ${escapeCell(m.id)} | ${escapeCell(m.title)} | ${LABEL[m.status.value]} | ${p.total ? `${p.done}/${p.total}` : "–"} |`);
  }
  const total = roadmapProgress(r);
  const pct = total.total ? Math.round((total.done / total.total) * 100) : 0;
  const milestonesDone = r.milestones.filter((m) => m.status.value === "done").length;
  out.push("");
  out.push(`**Progress:** ${total.done}/${total.total} criteria (${pct}%) · ${milestonesDone}/${r.milestones.length} milestones done  `);
  const next = nextStep(r);
  if (cur && next) {
    out.push(`**Current:** ${escapeInline(cur.id)} ${escapeInline(cur.title)}  `);
    out.push(
      next.criterion
        ? `**Next:** ${escapeInline(next.criterion)}`
        : cur.criteria.length
          ? `**Next:** every criterion of ${escapeInline(cur.id)} is ticked: \`roadmark done ${cur.id.replace(/`/g, "")}\``
          : `**Next:** ${escapeInline(cur.id)} has no acceptance criteria yet`,
    );
  } else out.push(`**Current:** none — ${escapeInline(whyNoCurrent(r))}`);
  return out.join("\n") + "\n";
}
