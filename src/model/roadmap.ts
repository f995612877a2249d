import type { Reading } from "./reading.js";
import type { LineIndex } from "./line-index.js";
import type { Span } from "./span.js";
import type { Status, StatusField } from "./status.js";

/** Whether the document follows the template's structure or is read by free-form extraction. */
export const FORMATS = ["template", "freeform"] as const;
export type RoadmapFormat = (typeof FORMATS)[number];

/** A piece of text with the span it was read from. */
export interface TextField {
  readonly text: string;
  readonly span: Span;
}

/** A criterion's proof: ``Verify: `command` `` (optionally `(timeout 5m)`) at the end of its first line. */
export interface CriterionVerify {
  /** The exact command text (the code span's content, trimmed). */
  readonly command: string;
  /** The criterion's own timeout, when it gives one. */
  readonly timeoutMs?: number;
  /** From `Verify:` to the end of the clause. */
  readonly span: Span;
}

/** A `Verify:` clause that cannot run (no command, unreadable timeout, text after the command). */
export interface CriterionVerifyError {
  readonly kind: "empty" | "timeout" | "trailing";
  readonly span: Span;
}

/** A task-list item (`- [ ] text`). */
export interface Criterion {
  /** The item's text, without a trailing `Verify:` clause. */
  readonly text: string;
  readonly checked: boolean;
  /** The whole first line of the item, from the list marker to the end of the line. */
  readonly span: Span;
  /** The single character inside the brackets (` `, `x` or `X`). */
  readonly box: Span;
  /** The item's text after the checkbox, on its first line, up to a trailing `Verify:` clause. */
  readonly textSpan: Span;
  /** The command that proves the criterion, or null when it names none. */
  readonly verify: CriterionVerify | null;
  /** A `Verify:` clause that cannot run (reported by the `verify-syntax` rule). */
  readonly verifyError?: CriterionVerifyError;
  /** Nesting depth: 0 for a top-level item of the milestone. */
  readonly depth: number;
}

/** A dependency reference as written (`M0`, `Phase 2`). */
export interface Dependency {
  readonly id: string;
  readonly raw: string;
  readonly span: Span;
}

/** One table cell: its plain text and the span of its trimmed content in the source. */
export interface TableCell {
  readonly text: string;
  readonly raw: string;
  readonly span: Span;
}

/** A table row: the line's span and its cells. */
export interface TableRow {
  readonly line: number;
  readonly span: Span;
  readonly cells: readonly TableCell[];
}

/** Column roles recognised in an overview table header. */
export interface OverviewColumns {
  readonly id: number;
  readonly title?: number;
  readonly focus?: number;
  readonly status?: number;
  readonly dependsOn?: number;
}

/** The overview table: a Milestone/ID column and a Status column (any order, extra columns kept). */
export interface OverviewTable {
  readonly span: Span;
  readonly header: TableRow;
  /** The delimiter row (`|---|---|`), kept for alignment when rows are added. */
  readonly delimiter: TableRow;
  readonly rows: readonly TableRow[];
  readonly columns: OverviewColumns;
}

/** The source locations of a milestone's parts; every part we may edit or report on has one. */
export interface MilestoneSpans {
  /** The whole heading line. */
  readonly heading?: Span;
  /** From the heading to the next heading of the same or a higher level. */
  readonly section?: Span;
  /** The milestone's row in the overview table. */
  readonly row?: TableRow;
  /** Field labels and their content (`**Goal:** …` through the end of the field). */
  readonly goal?: Span;
  readonly criteria?: Span;
  readonly deliverables?: Span;
  readonly dependencies?: Span;
  readonly learnings?: Span;
}

/** One milestone of the roadmap. */
export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly focus?: string;
  /** The winning stated status (LABELING.md S1 precedence); `unknown` when nothing is stated. */
  readonly status: StatusField;
  /** Every stated status, highest precedence first (table row, heading, Status field, …). */
  readonly statuses: readonly StatusField[];
  /** What the checkboxes suggest; never used as `status`. */
  readonly inferredStatus: Status;
  readonly goal?: TextField;
  readonly criteria: readonly Criterion[];
  readonly deliverables: readonly TextField[];
  readonly dependsOn: readonly Dependency[];
  /** The raw dependencies text (`None (first milestone)`), when the section has the field. */
  readonly dependsRaw?: TextField;
  readonly learnings: readonly TextField[];
  /** The title as the table row gives it, when a row exists (may disagree with the section). */
  readonly rowTitle?: TextField;
  /** The title as the section heading gives it. */
  readonly headingTitle?: TextField;
  readonly spans: MilestoneSpans;
  /** 0-based line of the milestone's heading (or row, or item). */
  readonly line: number;
  /** Heading level (1–6) when carried by a heading. */
  readonly level?: number;
}

/** A "Milestone Progression" group (`### Early Milestones (M0-M1)`). */
export interface Phase {
  readonly title: string;
  readonly span: Span;
  readonly focus: readonly string[];
}

/** A note from parsing: not an error, something a reader should know. */
export interface ParseNote {
  readonly message: string;
  readonly span?: Span;
}

/** The whole roadmap: the source is the truth, everything else points into it. */
export interface Roadmap {
  readonly title: string;
  readonly format: RoadmapFormat;
  readonly milestones: readonly Milestone[];
  readonly phases: readonly Phase[];
  readonly overview?: OverviewTable;
  readonly source: string;
  readonly lines: LineIndex;
  /** The line terminator the document mostly uses. */
  readonly eol: "\n" | "\r\n";
  readonly bom: boolean;
  readonly notes: readonly ParseNote[];
  /** Which sequence was read as the milestones, and the candidates (free-form reading, issue 12). */
  readonly reading?: Reading;
}
