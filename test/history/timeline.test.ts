import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHistory, readTimeline } from "../../src/history/read-history.js";
import { TempRepo, roadmap } from "./temp-repo.js";

describe("history of a sequence of ticks and status changes", () => {
  let repo: TempRepo;
  const shas: string[] = [];
  beforeAll(() => {
    repo = TempRepo.init();
    repo.write("ROADMAP.md", roadmap([{ status: "Planned", ticked: 0 }, { status: "Planned", ticked: 0, criteria: 2 }]));
    shas.push(repo.commit("init", "2026-01-01T10:00:00Z"));
    repo.write("src.txt", "unrelated\n");
    repo.commit("unrelated", "2026-01-01T12:00:00Z");
    repo.replace("ROADMAP.md", "| M0 | Title 0 | Focus 0 | Planned |", "| M0 | Title 0 | Focus 0 | In Progress |");
    shas.push(repo.commit("start M0", "2026-01-02T10:00:00Z"));
    repo.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    shas.push(repo.commit("tick", "2026-01-03T10:00:00Z"));
    repo.replace("ROADMAP.md", "- [ ] Criterion 2 of M0", "- [x] Criterion 2 of M0");
    repo.replace("ROADMAP.md", "- [ ] Criterion 3 of M0", "- [x] Criterion 3 of M0");
    shas.push(repo.commit("tick two", "2026-01-04T10:00:00Z"));
    repo.replace("ROADMAP.md", "| M0 | Title 0 | Focus 0 | In Progress |", "| M0 | Title 0 | Focus 0 | Done |");
    shas.push(repo.commit("M0 done", "2026-01-05T22:00:00Z"));
    // Structural change: a new milestone M2 (full re-parse).
    repo.write("ROADMAP.md", roadmap([{ status: "Done", ticked: 3 }, { status: "Planned", ticked: 1, criteria: 2 }, { status: "Planned", ticked: 0, criteria: 1 }]));
    shas.push(repo.commit("add M2, tick M1", "2026-01-06T10:00:00Z"));
  });
  afterAll(() => repo.remove());

  it("has one point per commit that changed the roadmap, oldest first, with exact counts", async () => {
    const h = await readHistory({ cwd: repo.dir, file: "ROADMAP.md" });
    expect(h.file).toBe("ROADMAP.md");
    expect(h.commits).toBe(6);
    expect(h.points.map((p) => p.commit)).toEqual(shas);
    expect(h.points.map((p) => p.date)).toEqual([
      "2026-01-01T10:00:00Z",
      "2026-01-02T10:00:00Z",
      "2026-01-03T10:00:00Z",
      "2026-01-04T10:00:00Z",
      "2026-01-05T22:00:00Z",
      "2026-01-06T10:00:00Z",
    ]);
    expect(h.points.map((p) => [p.done, p.total])).toEqual([
      [0, 5],
      [0, 5],
      [1, 5],
      [3, 5],
      [3, 5],
      [4, 6],
    ]);
    expect(h.points.map((p) => p.ticked)).toEqual([0, 0, 1, 2, 0, 1]);
    expect(h.points.map((p) => p.milestones.M0)).toEqual([
      { status: "planned", done: 0, total: 3 },
      { status: "in_progress", done: 0, total: 3 },
      { status: "in_progress", done: 1, total: 3 },
      { status: "in_progress", done: 3, total: 3 },
      { status: "done", done: 3, total: 3 },
      { status: "done", done: 3, total: 3 },
    ]);
    expect(h.points[5]!.milestones).toEqual({
      M0: { status: "done", done: 3, total: 3 },
      M1: { status: "planned", done: 1, total: 2 },
      M2: { status: "planned", done: 0, total: 1 },
    });
  });

  it("derives added, started, done and cycle time per milestone", async () => {
    const h = await readHistory({ cwd: repo.dir, file: "ROADMAP.md" });
    expect(h.milestones).toEqual([
      { id: "M0", title: "Title 0", addedAt: "2026-01-01T10:00:00Z", startedAt: "2026-01-02T10:00:00Z", doneAt: "2026-01-05T22:00:00Z", cycleDays: 3.5 },
      { id: "M1", title: "Title 1", addedAt: "2026-01-01T10:00:00Z", startedAt: "2026-01-06T10:00:00Z", doneAt: null, cycleDays: null },
      { id: "M2", title: "Title 2", addedAt: "2026-01-06T10:00:00Z", startedAt: null, doneAt: null, cycleDays: null },
    ]);
  });

  it("updates the previous model for box and status flips and parses only structural changes", async () => {
    const r = await readTimeline({ cwd: repo.dir, file: "ROADMAP.md" });
    expect(r.stats).toEqual({ versions: 6, parsed: 2, derived: 4 });
  });

  it("--since keeps the points on or after the date, the milestone dates stay whole", async () => {
    const h = await readHistory({ cwd: repo.dir, file: "ROADMAP.md", since: "2026-01-04" });
    expect(h.points.map((p) => p.commit)).toEqual(shas.slice(3));
    expect(h.commits).toBe(3);
    expect(h.milestones[0]!.addedAt).toBe("2026-01-01T10:00:00Z");
  });

  it("rejects a since that is not a date (a typed InputError; the CLI says --since)", async () => {
    await expect(readHistory({ cwd: repo.dir, file: "ROADMAP.md", since: "yesterday-ish" })).rejects.toMatchObject({ option: "since", problem: "invalid", message: 'since: not a date: "yesterday-ish"' });
  });
});

describe("versions seen before cost nothing", () => {
  it("a commit that restores an earlier version reuses that version's model (cache by blob id)", async () => {
    const repo = TempRepo.init();
    try {
      const text = roadmap([{ status: "Planned", ticked: 0 }]);
      repo.write("ROADMAP.md", text);
      repo.commit("init", "2026-01-01T00:00:00Z");
      repo.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
      repo.commit("tick", "2026-01-02T00:00:00Z");
      repo.write("ROADMAP.md", text);
      repo.commit("revert the tick", "2026-01-03T00:00:00Z");
      const r = await readTimeline({ cwd: repo.dir, file: "ROADMAP.md" });
      expect(r.timeline.points.map((p) => p.done)).toEqual([0, 1, 0]);
      expect(r.timeline.points.map((p) => p.ticked)).toEqual([0, 1, 0]);
      expect(r.stats).toEqual({ versions: 2, parsed: 1, derived: 1 });
      expect(r.timeline.milestones[0]!.startedAt).toBe("2026-01-02T00:00:00Z");
    } finally {
      repo.remove();
    }
  });
});
