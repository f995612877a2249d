// Shared by the free-form tests and `npm run bench`.
/**
 * A large free-form roadmap for sanity and speed checks: a phase checklist, GSD-style phase
 * sections with fields and nested checkboxes, a progress table, fences and comments.
 */
export function generateFreeform(targetBytes) {
  const head = ["# Roadmap: Generated", "", "## Overview", "", "A generated roadmap. As discussed in Phase 2, prose mentions are not phases.", ""];
  const sections = [];
  const checklist = [];
  const table = ["| Phase | Plans Complete | Status | Completed |", "|-------|----------------|--------|-----------|"];
  let n = 0;
  let size = 0;
  while (size < targetBytes) {
    n++;
    const done = n % 3 === 0;
    const item = `- [${done ? "x" : " "}] **Phase ${n}: Feature ${n}** - Build feature ${n}`;
    const row = `| ${n}. Feature ${n} | ${done ? "2/2" : "0/2"} | ${done ? "Complete" : "Not started"} | - |`;
    checklist.push(item);
    table.push(row);
    const s = [
      `### Phase ${n}: Feature ${n}`,
      `**Goal**: Users can use feature ${n} with *emphasis*, \`code\` and [links](https://example.com/${n}).`,
      `**Depends on**: ${n === 1 ? "Nothing (first phase)" : `Phase ${n - 1}`}`,
      "",
      "Plans:",
      `- [${done ? "x" : " "}] ${String(n).padStart(2, "0")}-01: First plan`,
      `- [${done ? "x" : " "}] ${String(n).padStart(2, "0")}-02: Second plan`,
      `  - [${done ? "x" : " "}] nested step with some longer text to make the document bigger and more realistic`,
      "",
      "```",
      `### Phase ${n}00: fenced, not a phase`,
      "```",
      "<!-- ### Phase 9999: commented out -->",
      "",
    ].join("\n");
    sections.push(s);
    size += s.length + item.length + row.length + 3;
  }
  const text = [...head, "## Phases", "", ...checklist, "", "## Phase Details", "", ...sections, "## Progress", "", ...table, ""].join("\n");
  return { text, phases: n };
}
