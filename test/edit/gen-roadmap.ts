// fast-check generator of template roadmaps: overview table (plain or padded), sections with
// criteria, status in the table / heading / Status field in several vocabularies, LF or CRLF,
// BOM or not, final newline or not.
import fc from "fast-check";

/** Status spellings a generated table may use, per status. */
const VOCABULARIES = [
  { planned: "Planned", in_progress: "In Progress", done: "Done", blocked: "Blocked", cancelled: "Cancelled" },
  { planned: "📋 Planned", in_progress: "🚧 In progress", done: "✅ Complete", blocked: "⏸ Paused", cancelled: "❌ Dropped" },
  { planned: "todo", in_progress: "wip", done: "shipped", blocked: "on hold", cancelled: "dropped" },
] as const;
type Key = keyof (typeof VOCABULARIES)[number];
const KEYS: readonly Key[] = ["planned", "in_progress", "done", "blocked", "cancelled"];

/** One generated milestone's shape. */
export interface GenMilestone {
  readonly status: Key;
  readonly criteria: readonly ("x" | "X" | " ")[];
  readonly headingStatus: boolean;
  readonly statusField: boolean;
  readonly learnings: number;
  readonly dependsOnPrevious: boolean;
}

/** A generated roadmap's shape. */
export interface GenRoadmap {
  readonly milestones: readonly GenMilestone[];
  readonly vocabulary: number;
  readonly table: boolean;
  readonly padded: boolean;
  readonly crlf: boolean;
  readonly bom: boolean;
  readonly finalNewline: boolean;
  readonly rules: boolean;
}

const milestone: fc.Arbitrary<GenMilestone> = fc.record({
  status: fc.constantFrom(...KEYS),
  criteria: fc.array(fc.constantFrom<"x" | "X" | " ">("x", "X", " ", " "), { maxLength: 6 }),
  headingStatus: fc.boolean(),
  statusField: fc.boolean(),
  learnings: fc.nat({ max: 2 }),
  dependsOnPrevious: fc.boolean(),
});

/** The arbitrary over roadmap shapes. */
export const roadmapShape: fc.Arbitrary<GenRoadmap> = fc.record({
  milestones: fc.array(milestone, { minLength: 1, maxLength: 6 }),
  vocabulary: fc.nat({ max: VOCABULARIES.length - 1 }),
  table: fc.boolean(),
  padded: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  rules: fc.boolean(),
});

const WORDS = ["alpha", "Parser", "export CSV", "Größe", "日本語", "re-import", "émoji 🎉", "ids", "table"];

/** The Markdown text of a generated roadmap. */
export function renderShape(g: GenRoadmap): string {
  const vocab = VOCABULARIES[g.vocabulary]!;
  const lines: string[] = ["# Roadmap", ""];
  const titles = g.milestones.map((_, i) => `${WORDS[i % WORDS.length]} work ${i}`);
  if (g.table) {
    const rows = [["Milestone", "Title", "Status"], ...g.milestones.map((m, i) => [`M${i}`, titles[i]!, vocab[m.status]])];
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)) + (g.padded ? 2 : 0));
    const fmt = (r: readonly string[]): string => "| " + r.map((c, k) => (g.padded ? c.padEnd(widths[k]!) : c)).join(" | ") + " |";
    lines.push(fmt(rows[0]!), "|" + widths.map((w) => "-".repeat(g.padded ? w + 2 : 5)).join("|") + "|");
    for (const r of rows.slice(1)) lines.push(fmt(r));
    lines.push("");
  }
  g.milestones.forEach((m, i) => {
    if (g.rules) lines.push("---", "");
    lines.push(`## M${i}: ${titles[i]}${m.headingStatus ? ` [${vocab[m.status]}]` : ""}`, "");
    if (m.statusField || (!g.table && !m.headingStatus)) lines.push(`**Status:** ${vocab[m.status]}`, "");
    lines.push(`**Goal:** Goal of ${i}.`, "");
    if (m.criteria.length > 0) {
      lines.push("**Acceptance Criteria:**");
      m.criteria.forEach((c, k) => lines.push(`- [${c}] ${WORDS[(i + k) % WORDS.length]} criterion ${k + 1}`));
      lines.push("");
    }
    lines.push(`**Dependencies:** ${i > 0 && m.dependsOnPrevious ? `M${i - 1}` : "None"}`);
    if (m.learnings > 0) {
      lines.push("", "**Learnings:**");
      for (let k = 0; k < m.learnings; k++) lines.push(`- learned ${k}`);
    }
    lines.push("");
  });
  let text = lines.join("\n");
  if (!g.finalNewline) text = text.replace(/\n+$/, "");
  if (g.crlf) text = text.replace(/\n/g, "\r\n");
  return (g.bom ? "\uFEFF" : "") + text;
}
