// The whole reader against the slow truth: a 200-commit repository (built with one
// `git fast-import`) of random ticks, unticks, status flips, structural edits and reverts;
// every point must equal a full parse of that commit's version.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTimeline } from "../../src/history/read-history.js";
import { mulberry32 } from "../../src/history/prng.js";
import { modelFromSource } from "../../src/history/version-model.js";
import { TempRepo } from "./temp-repo.js";

const STATUS = ["Planned", "In Progress", "Done", "Blocked"];

interface M {
  status: number;
  boxes: boolean[];
  goal: string;
}

function render(ms: readonly M[]): string {
  const rows = ms.map((m, i) => `| M${i} | Title ${i} | Focus ${i} | ${STATUS[m.status]} |`).join("\n");
  const sections = ms
    .map((m, i) => {
      const crit = m.boxes.map((b, c) => `- [${b ? "x" : " "}] Criterion ${c + 1} of M${i}`).join("\n");
      return `## M${i}: Title ${i}\n\n**Goal:** ${m.goal}\n\n**Acceptance Criteria:**\n${crit}\n\n**Dependencies:** ${i === 0 ? "None" : `M${i - 1}`}\n\n---\n`;
    })
    .join("\n");
  return `# Roadmap\n\n| Milestone | Title | Focus | Status |\n|---|---|---|---|\n${rows}\n\n${sections}`;
}

describe("history pipeline against full parses", () => {
  let repo: TempRepo;
  const texts: string[] = [];
  beforeAll(() => {
    repo = TempRepo.init();
    const random = mulberry32(2026);
    const ms: M[] = Array.from({ length: 8 }, (_, i) => ({ status: 0, boxes: [false, false, false, false], goal: `Goal ${i}.` }));
    const chunks: string[] = [];
    let t = Date.UTC(2026, 0, 1) / 1000;
    for (let n = 0; n < 200; n++) {
      const roll = random();
      const m = ms[Math.floor(random() * ms.length)]!;
      if (n === 0) {
        // the first version as is
      } else if (roll < 0.55) {
        const c = Math.floor(random() * m.boxes.length);
        m.boxes[c] = !m.boxes[c];
      } else if (roll < 0.75) m.status = (m.status + 1 + Math.floor(random() * 3)) % STATUS.length;
      else if (roll < 0.8) ms.push({ status: 0, boxes: [false, false], goal: `Goal ${ms.length}.` });
      else if (roll < 0.85) m.boxes.push(false);
      else if (roll < 0.9) m.goal = `${m.goal} More.`;
      else if (roll < 0.95 && texts.length > 2) {
        // Revert to the version two commits back (a blob seen before).
        const back = texts[texts.length - 2]!;
        texts.push(back);
        chunks.push(commit(n, (t += 3600), back));
        continue;
      } else {
        const c = Math.floor(random() * m.boxes.length);
        m.boxes[c] = !m.boxes[c];
        m.status = (m.status + 1) % STATUS.length;
      }
      const text = render(ms);
      texts.push(text);
      chunks.push(commit(n, (t += 3600), text));
    }
    execFileSync("git", ["fast-import", "--quiet"], { cwd: repo.dir, input: chunks.join(""), stdio: ["pipe", "ignore", "inherit"] });
  });
  afterAll(() => repo.remove());

  function commit(n: number, time: number, text: string): string {
    const msg = `commit ${n}`;
    return `commit refs/heads/main\nmark :${n + 1}\nauthor T <t@t.invalid> ${time} +0000\ncommitter T <t@t.invalid> ${time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n${n > 0 ? `from :${n}\n` : ""}M 100644 inline ROADMAP.md\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  }

  it("every point equals a full parse of its version, and most versions were derived", async () => {
    const r = await readTimeline({ cwd: repo.dir, file: "ROADMAP.md" });
    // Commits whose text equals the previous one change nothing and are not in `git log`.
    const changed = texts.filter((t, i) => i === 0 || t !== texts[i - 1]);
    expect(r.timeline.points).toHaveLength(changed.length);
    r.timeline.points.forEach((p, i) => {
      const full = modelFromSource(changed[i]!);
      expect([p.done, p.total]).toEqual([full.done, full.total]);
      expect(p.milestones).toEqual(Object.fromEntries(full.milestones.map((m) => [m.id, { status: m.status, done: m.done, total: m.total }])));
    });
    expect(r.stats.derived).toBeGreaterThan(r.stats.parsed * 2);
  });
});
