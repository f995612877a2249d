// Generates a template-format roadmap of a given size: overview table, then one section per
// milestone with goal, ten criteria, deliverables and dependencies. Deterministic.
// Usage: node scripts/gen-roadmap.mjs MILESTONES [OUT]   (5,000 milestones ≈ 10 MB)
import { writeFileSync } from "node:fs";

/** Builds the roadmap text with `n` milestones; `pad` lengthens criteria to tune the size. */
export function generateRoadmap(n, pad = 150) {
  const filler = "lorem ipsum dolor sit amet consectetur adipiscing elit ".repeat(8).slice(0, pad);
  const parts = ["# Roadmap\n\nA generated roadmap for benchmarks.\n\n## Milestone Overview\n\n| Milestone | Title | Focus | Status |\n|-----------|-------|-------|--------|\n"];
  const status = (i) => (i < n / 3 ? "Done" : i === Math.floor(n / 3) ? "In Progress" : "Planned");
  for (let i = 0; i < n; i++) parts.push(`| M${i} | Milestone ${i} title | Focus area ${i} | ${status(i)} |\n`);
  parts.push("\n---\n");
  for (let i = 0; i < n; i++) {
    const done = i < n / 3;
    const crit = [];
    for (let c = 1; c <= 10; c++) crit.push(`- [${done || (i === Math.floor(n / 3) && c <= 4) ? "x" : " "}] Criterion ${c} of milestone ${i}: ${filler}\n`);
    parts.push(
      `\n## M${i}: Milestone ${i} title\n\n**Goal:** Deliver slice ${i} of the product with ${filler.slice(0, 60)}.\n\n**Acceptance Criteria:**\n${crit.join("")}\n**Key Deliverables:**\n- Deliverable A for ${i}\n- Deliverable B for ${i}\n\n**Dependencies:** ${i === 0 ? "None (first milestone)" : `M${i - 1}`}\n\n---\n`,
    );
  }
  return parts.join("");
}

/** A template roadmap with `n` milestones, three criteria each, each depending on one or two earlier ones (render tests and bench). */
export function generateLinkedRoadmap(n) {
  const rows = [];
  const sections = [];
  for (let i = 0; i < n; i++) {
    const status = i < n / 3 ? "Done" : i < n / 3 + 1 ? "In Progress" : "Planned";
    rows.push(`| M${i} | Milestone number ${i} | Area ${i % 7} | ${status} |`);
    const deps = i === 0 ? "None" : i % 5 === 0 && i > 2 ? `M${i - 1}, M${i - 3}` : `M${i - 1}`;
    const criteria = [0, 1, 2].map((k) => `- [${status === "Done" || (status === "In Progress" && k === 0) ? "x" : " "}] Criterion ${k + 1} of milestone ${i}`);
    sections.push(`## M${i}: Milestone number ${i}\n\n**Goal:** Deliver part ${i}.\n\n**Acceptance Criteria:**\n${criteria.join("\n")}\n\n**Dependencies:** ${deps}\n\n---\n`);
  }
  return `# Roadmap\n\nGenerated.\n\n## Milestone Overview\n\n| Milestone | Title | Focus | Status |\n|---|---|---|---|\n${rows.join("\n")}\n\n---\n\n${sections.join("\n")}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const n = Number(process.argv[2] ?? 5000);
  const text = generateRoadmap(n);
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
