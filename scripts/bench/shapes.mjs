// Shapes a review found quadratic or deeply recursive: long runs of one character in a line, and
// thousands of nested qualifiers or brackets in a heading. The test (`test/freeform/large.test.ts`)
// checks they read right; the bench (`npm run bench`, (e)) times them against a markdown-it parse,
// so a return to quadratic time shows as a ratio, not as a slow test.

/** Lines of one long run each; every one sits above `## Phase 1` and `## Phase 2`. */
export const LONG_LINES = [
  ["80,000 digits after a name", `## Core engine ${"1".repeat(80_000)}`],
  ["100,000 spaces in a bracket", `- Later (${" ".repeat(100_000)}x`],
  ["160,000 open brackets", `- Later ${"(".repeat(160_000)}`],
  ["100,000 spaces after a status key", `Current phase: ${" ".repeat(100_000)}x`],
  ["50,000 no-break spaces", `${"\u00a0".repeat(50_000)}x`],
  ["100,000 spaces after a year", `## 2026${" ".repeat(100_000)}x`],
  ["80,000 spaces after a noun and a status", `- Work in progress${" ".repeat(80_000)}x`],
];

/** Headings of thousands of nested qualifiers, numbers or brackets. */
export const DEEP_HEADINGS = [
  ["3,000 nested qualifiers", "Early ".repeat(3000) + "Q3"],
  ["3,000 nested prefixes", "After ".repeat(3000) + "v1.0"],
  ["5,000 numberings", "1. ".repeat(5000) + "Setup"],
  ["5,000 brackets", "[".repeat(5000) + "Phase 1"],
];

/** The document each shape is read in. */
export function lineDocument(line) {
  return `# Plan\n\n${line}\n\n## Phase 1\n\n## Phase 2\n`;
}

export function headingDocument(head) {
  return `# Plan\n\n## ${head}\n\n## Phase 2\n\n## Phase 3\n`;
}
