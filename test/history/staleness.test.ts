import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readStaleness } from "../../src/history/staleness.js";
import { TempRepo, roadmap } from "./temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.remove();
});

describe("readStaleness (the data behind lint's `stale` rule)", () => {
  it("counts days since the roadmap changed and commits elsewhere since then", async () => {
    const r = TempRepo.init();
    repos.push(r);
    r.write("ROADMAP.md", roadmap([{ status: "Planned", ticked: 0 }]));
    r.commit("roadmap", "2026-01-01T00:00:00Z");
    r.replace("ROADMAP.md", "- [ ] Criterion 1 of M0", "- [x] Criterion 1 of M0");
    r.commit("tick", "2026-01-10T12:00:00Z");
    for (let i = 0; i < 4; i++) {
      r.write(`src/f${i}.ts`, `export const x = ${i};\n`);
      r.commit(`code ${i}`, `2026-01-2${i}T00:00:00Z`);
    }
    const s = await readStaleness(r.dir, "ROADMAP.md", { now: new Date("2026-02-15T00:00:00Z") });
    expect(s).toEqual({ daysSinceChange: 35, commitsElsewhere: 4, lastChange: "2026-01-10T12:00:00Z" });
    // From a subdirectory, with the path relative to it.
    const sub = await readStaleness(path.join(r.dir, "src"), "../ROADMAP.md", { now: new Date("2026-02-15T00:00:00Z") });
    expect(sub).toEqual(s);
  });

  it("is undefined outside a git repository, for an untracked file and in a shallow clone", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-nogit-"));
    try {
      writeFileSync(path.join(dir, "ROADMAP.md"), "# Roadmap\n");
      expect(await readStaleness(dir, "ROADMAP.md")).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const r = TempRepo.init();
    repos.push(r);
    r.write("README.md", "x\n");
    r.commit("readme", "2026-01-01T00:00:00Z");
    r.write("ROADMAP.md", "# Roadmap\n");
    expect(await readStaleness(r.dir, "ROADMAP.md")).toBeUndefined();
    r.commit("roadmap", "2026-01-02T00:00:00Z");
    expect(await readStaleness(r.dir, "ROADMAP.md")).toBeDefined();
    const clone = new TempRepo();
    repos.push(clone);
    clone.git("clone", "-q", "--depth", "1", `file://${r.dir}`, "c");
    expect(await readStaleness(path.join(clone.dir, "c"), "ROADMAP.md")).toBeUndefined();
  });

  it("is undefined in a repository without commits", async () => {
    const r = TempRepo.init();
    repos.push(r);
    r.write("ROADMAP.md", "# Roadmap\n");
    expect(await readStaleness(r.dir, "ROADMAP.md")).toBeUndefined();
  });
});
