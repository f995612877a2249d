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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const n = Number(process.argv[2] ?? 5000);
  const text = generateRoadmap(n);
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
