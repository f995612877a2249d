// End-to-end: the built CLI's editing commands on temp copies (run `npm run build` first).
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROADMAP_TEMPLATE } from "../../src/templates/roadmap-template.js";
import { cliAsync, type RunResult, tempRoadmap } from "./cli-run.js";

const FIXTURE = readFileSync(new URL("../fixtures/edit/tick/basic.md", import.meta.url), "utf8");

/** Asserts a failed command: its exit code, one `roadmark:` line (plus an optional hint), the file untouched. */
function expectRefused(r: RunResult, code: number, file: string, before: Buffer, pattern: RegExp): void {
  expect(r.code).toBe(code);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^roadmark: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (lines[1]) expect(lines[1]).toMatch(/^hint: /);
  expect(r.stdout).toBe("");
  expect(readFileSync(file).equals(before)).toBe(true);
}

function changedLines(a: string, b: string): number[] {
  const x = a.split("\n");
  const y = b.split("\n");
  expect(y.length).toBe(x.length);
  return x.flatMap((l, i) => (l === y[i] ? [] : [i]));
}

describe("roadmark tick / untick", () => {
  it("ticks by index and by fragment, one line each, and reports progress", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    let r = (await cliAsync(dir, "tick", "M1", "2"));
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe('M1: ticked "Re-importing keeps ids" (2/4)\n');
    r = (await cliAsync(dir, "tick", "m1", "errors NAME", "-f", "ROADMAP.md"));
    expect(r.stdout).toBe('M1: ticked "Errors name the line" (3/4)\n');
    const after = readFileSync(file, "utf8");
    expect(changedLines(FIXTURE, after)).toHaveLength(2);
    r = (await cliAsync(dir, "untick", "M1", "2"));
    expect(r.stdout).toBe('M1: unticked "Re-importing keeps ids" (2/4)\n');
  });

  it("says so and writes nothing when the box is already in that state", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const before = statSync(file).mtimeMs;
    const r = (await cliAsync(dir, "tick", "M0", "1"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/already ticked; nothing written/);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
  });

  it("--dry-run prints a unified diff and writes nothing", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const r = (await cliAsync(dir, "tick", "M1", "2", "--dry-run"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "--- a/ROADMAP.md",
        "+++ b/ROADMAP.md",
        "@@ -28,7 +28,7 @@",
        " ",
        " **Acceptance Criteria:**",
        " - [x] Reader for CSV",
        "-- [ ] Re-importing keeps ids",
        "+- [x] Re-importing keeps ids",
        " - [ ] Errors name the line",
        " - [ ] Import report",
        " ",
        "",
      ].join("\n"),
    );
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
  });

  it("keeps CRLF and a BOM", async () => {
    const crlf = "\uFEFF" + FIXTURE.replace(/\n/g, "\r\n");
    const { dir, file } = tempRoadmap(crlf);
    expect((await cliAsync(dir, "tick", "M2", "1")).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(crlf.replace("- [ ] JSON export", "- [x] JSON export"));
  });

  it.each([
    [["tick", "M9", "1"], /unknown milestone "M9"/],
    [["tick", "M1", "9"], /criterion 9 of M1 is out of range/],
    [["tick", "M1", "0"], /out of range/],
    [["tick", "M1", "import"], /"import" matches 2 criteria of M1: 2 "Re-importing keeps ids", 4 "Import report"/],
    [["tick", "M1", "nothing like it"], /no criterion of M1 matches/],
  ])("refuses %j with exit 2 and writes nothing", async (args, pattern) => {
    const { dir, file } = tempRoadmap(FIXTURE);
    expectRefused((await cliAsync(dir, ...args)), 2, file, readFileSync(file), pattern);
  });

  it("refuses a read-only file and a file that is not UTF-8", async () => {
    const ro = tempRoadmap(FIXTURE);
    chmodSync(ro.file, 0o444);
    expectRefused((await cliAsync(ro.dir, "tick", "M1", "2")), 2, ro.file, readFileSync(ro.file), /read-only/);
    const latin = tempRoadmap(Buffer.from(FIXTURE.replace("Free text.", "Caf\xe9."), "latin1"));
    expectRefused((await cliAsync(latin.dir, "tick", "M1", "2")), 2, latin.file, readFileSync(latin.file), /not valid UTF-8/);
  });
});

describe("roadmark start / done / block / cancel", () => {
  it("refuses start while another milestone is in progress (exit 1, nothing written); --force says so", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const before = readFileSync(file);
    expectRefused((await cliAsync(dir, "start", "M2")), 1, file, before, /cannot start M2: dependency M1 is not done \(in progress\); M1 is in progress/);
    const r = (await cliAsync(dir, "start", "M2", "--force"));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^roadmark: --force: M2 set to In Progress despite: dependency M1 is not done/);
    expect(r.stdout).toBe("M2: Planned → In Progress\n");
    expect(readFileSync(file, "utf8")).toBe(FIXTURE.replace("| M2 | Export | Exports | Planned |", "| M2 | Export | Exports | In Progress |"));
  });

  it("refuses done with open criteria, then allows it once they are ticked", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    expectRefused((await cliAsync(dir, "done", "M1")), 1, file, readFileSync(file), /cannot finish M1: 3 of 4 criteria unchecked/);
    for (const i of ["2", "3", "4"]) expect((await cliAsync(dir, "tick", "M1", i)).code).toBe(0);
    const r = (await cliAsync(dir, "done", "M1"));
    expect(r).toMatchObject({ code: 0, stdout: "M1: In Progress → Done\n" });
    expect((await cliAsync(dir, "done", "M1")).stdout).toBe("M1: already Done; nothing written\n");
    expect(readFileSync(file, "utf8")).toContain("| M1 | Import | Re-import old data | Done |");
  });

  it("block records the reason; cancel removes it again", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    expect((await cliAsync(dir, "block", "M2", "--reason", "waiting on the API")).stdout).toBe("M2: Planned → Blocked (waiting on the API)\n");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(new URL("../fixtures/edit/set-status/block-reason.expected.md", import.meta.url), "utf8"));
    expect((await cliAsync(dir, "cancel", "M2")).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(FIXTURE.replace("| Exports | Planned |", "| Exports | Cancelled |"));
  });

  it("block again updates the reason; unticking a done milestone leaves a note", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    (await cliAsync(dir, "block", "M2", "--reason", "waiting on the API"));
    expect((await cliAsync(dir, "block", "M2", "--reason", "waiting on the API")).stdout).toBe("M2: already Blocked; nothing written\n");
    expect((await cliAsync(dir, "block", "M2", "--reason", "legal review")).stdout).toBe("M2: still Blocked, reason updated (legal review)\n");
    expect(readFileSync(file, "utf8")).toContain("\n**Blocked:** legal review\n");
    const r = (await cliAsync(dir, "untick", "M0", "1"));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^roadmark: note: M0 is marked Done but now has an unchecked criterion/);
  });

  it("block without a reason is a usage error", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const r = (await cliAsync(dir, "block", "M2"));
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
  });
});

describe("roadmark add / learn / sync", () => {
  it("add writes the row and the section like the fixture", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const r = (await cliAsync(dir, "add", "Search", "--focus", "Find things", "--goal", "Users find any record."));
    expect(r).toMatchObject({ code: 0, stdout: 'M3: added "Search"\n' });
    expect(readFileSync(file, "utf8")).toBe(readFileSync(new URL("../fixtures/edit/add/basic.expected.md", import.meta.url), "utf8"));
    expectRefused((await cliAsync(dir, "add", "X", "--depends", "M7")), 2, file, readFileSync(file), /unknown milestone "M7"/);
  });

  it("add takes criteria and deliverables (repeatable), so the new section has no placeholders", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const r = (await cliAsync(dir, "add", "Export", "--goal", "Data out.", "--criterion", "CSV export", "--criterion", "JSON export", "--deliverable", "src/export"));
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("## M3: Export\n\n**Goal:** Data out.\n\n**Acceptance Criteria:**\n- [ ] CSV export\n- [ ] JSON export\n\n**Key Deliverables:**\n- src/export\n");
    expect(text).not.toContain("[Criterion 1]");
    expect((await cliAsync(dir, "status", "--json")).stdout).toContain('"text": "JSON export"');
    expectRefused((await cliAsync(dir, "add", "X", "--criterion", "  ")), 2, file, readFileSync(file), /--criterion is empty/);
    // A leading bracket stays text: no extra checkbox, no ticked criterion from `[x]`.
    expect((await cliAsync(dir, "add", "Docs", "--criterion", "[x] done", "--deliverable", "[ ] docs page")).code).toBe(0);
    const docs = JSON.parse((await cliAsync(dir, "status", "--json")).stdout).milestones.at(-1);
    expect([docs.criteria.map((c: { text: string; checked: boolean }) => [c.text, c.checked]), docs.deliverables]).toEqual([[["[x] done", false]], ["[ ] docs page"]]);
  });

  it("learn appends a bullet, creating the block when absent", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    expect((await cliAsync(dir, "learn", "M1", "CSV dialects vary")).stdout).toBe("M1: learning added (1 in all)\n");
    expect((await cliAsync(dir, "learn", "M1", "Second")).stdout).toBe("M1: learning added (2 in all)\n");
    expect(readFileSync(file, "utf8")).toContain("**Dependencies:** M0\n\n**Learnings:**\n- CSV dialects vary\n- Second\n\n---\n");
  });

  it("sync with nothing to change writes nothing and exits 0", async () => {
    const { dir, file } = tempRoadmap(FIXTURE);
    const before = statSync(file).mtimeMs;
    const r = (await cliAsync(dir, "sync"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nothing written/);
    expect(readFileSync(file, "utf8")).toBe(FIXTURE);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe("roadmark init", () => {
  it("writes the template with the name and N milestones; refuses to overwrite without --force", async () => {
    const { dir, file } = tempRoadmap("", "placeholder.txt");
    let r = await cliAsync(dir, "init", "--name", "Acme");
    expect(r).toMatchObject({ code: 0, stdout: "wrote ROADMAP.md (4 milestones) and docs/guides/dev-cadence.md\n" });
    const text = readFileSync(`${dir}/ROADMAP.md`, "utf8");
    expect(text).toBe(ROADMAP_TEMPLATE.replace("# Roadmap\n", "# Acme Roadmap\n").replace("](../guides/dev-cadence.md)", "](docs/guides/dev-cadence.md)"));
    const before = readFileSync(`${dir}/ROADMAP.md`);
    expectRefused((await cliAsync(dir, "init")), 2, `${dir}/ROADMAP.md`, before, /already exists/);
    r = (await cliAsync(dir, "init", "--force", "--milestones", "6", "--name", "Acme"));
    expect(r.code).toBe(0);
    expect((await cliAsync(dir, "status", "--json")).stdout).toContain('"id": "M5"');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["ROADMAP.md", "docs", "placeholder.txt"]);
  });

  it("creates the directory of -f PATH", async () => {
    const { dir } = tempRoadmap("", "x.txt");
    const r = await cliAsync(dir, "init", "-f", "docs/ROADMAP.md", "--milestones", "1");
    expect(r).toMatchObject({ code: 0, stdout: "wrote docs/ROADMAP.md (1 milestone) and guides/dev-cadence.md\n" });
    expect(readFileSync(`${dir}/docs/ROADMAP.md`, "utf8")).toContain("## M0: Foundations");
  });

  it("--dry-run prints the file and writes nothing", async () => {
    const { dir } = tempRoadmap("", "x.txt");
    const r = (await cliAsync(dir, "init", "--dry-run", "--milestones", "2", "--name", "Z"));
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("# Z Roadmap\n")).toBe(true);
    expect(existsSync(`${dir}/ROADMAP.md`)).toBe(false);
  });
});
