// Steering the reading through the built CLI: `"milestones"` in `.roadmarkrc.json` (or package.json's
// "roadmark") changes what every reading command sees, the same way; a bad or unmatched choice is
// exit 2 naming the config and the candidates; `status --explain` says what was read and why.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/http.js";
import { runCli, runCliAsync } from "../harness/cli.js";
import { TempRepo } from "../history/temp-repo.js";

interface StatusOut {
  milestones: { id: string; title: string; status: string }[];
  reading: { carrier: string; level?: number; nth?: number; candidates: { carrier: string; level?: number; nth: number; count: number; score: number; chosen: boolean; why: string }[] };
}

const lines = (...l: string[]): string => l.join("\n") + "\n";

/** Phase headings (the reader's own pick), a release table and a short list: three candidate sequences. */
const PHASES = lines("# Plan", "", "## Phase 1: Foundation ✅", "- [x] tokens", "- [x] blocks", "", "## Phase 2: Model 🚧", "- [x] spans", "- [ ] ids", "", "## Phase 3: Polish", "- [ ] docs", "");
const RELEASES = lines("## Releases", "", "| Release | Status |", "|---|---|", "| v1.0 | Done |", "| v1.1 | Planned |", "| v1.2 | Planned |", "");
const LATER = lines("## Later", "", "- Stage 1: alpha", "- Stage 2: beta", "- Stage 3: gamma");

const TABLE = { milestones: { carrier: "table", nth: 1 } };
const V1 = ["v1.0", "v1.1", "v1.2"];

/** A repository whose roadmap gained the release table in its second commit and moved v1.1 and v1.2 in its third. */
function steeredRepo(config: unknown = TABLE): TempRepo {
  const repo = TempRepo.init();
  repo.write("ROADMAP.md", PHASES + "\n" + LATER);
  repo.commit("phases", "2026-01-05T10:00:00Z");
  repo.write("ROADMAP.md", PHASES + "\n" + RELEASES + "\n" + LATER);
  repo.commit("releases", "2026-01-08T10:00:00Z");
  repo.replace("ROADMAP.md", "| v1.1 | Planned |", "| v1.1 | In progress |");
  repo.replace("ROADMAP.md", "| v1.2 | Planned |", "| v1.2 | In progress |");
  repo.commit("start v1.1 and v1.2", "2026-01-10T10:00:00Z");
  repo.write(".roadmarkrc.json", JSON.stringify(config));
  return repo;
}

const json = <T>(r: { code: number; stdout: string; stderr: string }): T => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

describe("each reading command honours the config's milestones choice", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = steeredRepo();
  });
  afterAll(() => repo?.remove());

  /** Per command: the arguments, and what it shows of the milestones (steered: the release table's v1.x). */
  const cases: { name: string; args: string[]; ids: (stdout: string) => string[] }[] = [
    { name: "status", args: ["status", "--json"], ids: (o) => (JSON.parse(o) as StatusOut).milestones.map((m) => m.id) },
    { name: "next", args: ["next", "--json"], ids: (o) => [(JSON.parse(o) as { milestone: { id: string } | null }).milestone?.id ?? "-"] },
    {
      name: "lint",
      args: ["lint", "--format", "json"],
      // single-in-progress names the milestones it finds in progress (v1.1 and v1.2 only when the table is read).
      ids: (o) => (JSON.parse(o) as { diagnostics: { ruleId: string; message: string }[] }[])[0]!.diagnostics.filter((d) => d.ruleId === "single-in-progress").flatMap((d) => d.message.match(/v1\.\d/gu) ?? []),
    },
    { name: "history", args: ["history", "--json"], ids: (o) => (JSON.parse(o) as { milestones: { id: string }[] }).milestones.map((m) => m.id) },
    { name: "forecast", args: ["forecast", "--json"], ids: (o) => (JSON.parse(o) as { milestones: { id: string }[] }).milestones.map((m) => m.id) },
    { name: "render", args: ["render", "mermaid"], ids: (o) => [...o.matchAll(/\["([^":]+):/gu)].map((m) => m[1]!) },
    { name: "import", args: ["import", "ROADMAP.md"], ids: (o) => [...o.matchAll(/^## M\d+: (.+)$/gmu)].map((m) => m[1]!) },
  ];
  const steered: Record<string, string[]> = {
    status: V1,
    next: ["v1.1"],
    lint: ["v1.2", "v1.1"],
    history: V1,
    forecast: ["v1.1", "v1.2"],
    render: V1,
    import: V1,
  };

  it.each(cases)("$name reads the steered table, and reads something else without the config", ({ name, args, ids }) => {
    const withConfig = runCli(args, { cwd: repo.dir });
    expect(withConfig.code, withConfig.stderr).toBe(0);
    expect(ids(withConfig.stdout)).toEqual(steered[name]);
    // The default guess differs: the same command without the config shows none of the table's rows.
    const config = repo.read(".roadmarkrc.json");
    repo.write(".roadmarkrc.json", "{}");
    try {
      const plain = runCli(args, { cwd: repo.dir });
      expect(plain.code, plain.stderr).toBe(0);
      expect(ids(plain.stdout).filter((id) => V1.includes(id))).toEqual([]);
    } finally {
      repo.write(".roadmarkrc.json", config);
    }
  });

  it("history reads every version with the same steering: before the table existed, no milestones", () => {
    const h = json<{ points: { milestones: Record<string, { status: string }> }[] }>(runCli(["history", "--json"], { cwd: repo.dir }));
    expect(h.points.map((p) => Object.keys(p.milestones))).toEqual([[], V1, V1]);
    expect(h.points.map((p) => p.milestones["v1.1"]?.status ?? "-")).toEqual(["-", "planned", "in_progress"]);
  });

  it("the edit commands find the same milestones (a table row), and nothing else", () => {
    const r = runCli(["done", "v1.1", "--dry-run"], { cwd: repo.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\+\| v1\.1 \| Done \|$/mu);
    const phase = runCli(["done", "Phase 3", "--dry-run"], { cwd: repo.dir });
    expect(phase.code).toBe(2);
    expect(phase.stderr).toMatch(/unknown milestone "Phase 3": known: v1\.0, v1\.1, v1\.2/u);
  });

  it("a roadmap below the config is steered by it (found upward, as lint's rules are); package.json's \"roadmark\" works too", () => {
    const nested = TempRepo.init();
    try {
      nested.write(".roadmarkrc.json", JSON.stringify(TABLE));
      nested.write("docs/plan/ROADMAP.md", PHASES + "\n" + RELEASES);
      expect(json<StatusOut>(runCli(["status", "--json", "docs/plan/ROADMAP.md"], { cwd: nested.dir })).milestones.map((m) => m.id)).toEqual(V1);
      nested.write(".roadmarkrc.json", "{}");
      nested.write("docs/package.json", JSON.stringify({ name: "x", roadmark: { milestones: { carrier: "table", nth: 1 } } }));
      expect(json<StatusOut>(runCli(["status", "--json", "docs/plan/ROADMAP.md"], { cwd: nested.dir })).milestones.map((m) => m.id)).toEqual(V1);
    } finally {
      nested.remove();
    }
  });
});

describe("the dashboard server reads the same steered milestones", () => {
  let repo: TempRepo;
  let server: RunningServer;
  beforeAll(async () => {
    repo = steeredRepo();
    server = await startServer({ cwd: repo.dir, port: 0, assets: { js: "void 0", css: "body{}" }, history: false });
  });
  afterAll(async () => {
    await server?.close();
    repo?.remove();
  });

  it("GET /api/status equals status --json, reading included", async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const u = new URL("api/status", server.url);
      const req = request({ host: u.hostname, port: u.port, path: u.pathname }, (res) => {
        let b = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (b += c));
        res.on("end", () => resolve(b));
      });
      req.on("error", reject);
      req.end();
    });
    const api = JSON.parse(body) as StatusOut;
    const cli = json<StatusOut>(runCli(["status", "--json"], { cwd: repo.dir }));
    expect(api).toEqual(cli);
    expect(api.reading).toMatchObject({ carrier: "table", nth: 1 });
    expect(api.milestones.map((m) => m.id)).toEqual(V1);
  });
});

describe("steering by heading level, table nth and list nth", () => {
  const doc = lines("# Plan", "", "## Phase 1: Core", "", "### Step 1: Parser", "- [x] tokens", "", "### Step 2: Model", "- [ ] spans", "", "## Phase 2: Polish", "- [ ] docs", "") + "\n" + RELEASES + "\n" + LATER;
  let dir: TempRepo;
  beforeAll(() => {
    dir = new TempRepo();
    dir.write("ROADMAP.md", doc);
  });
  afterAll(() => dir?.remove());

  const statusWith = (milestones: unknown): StatusOut => {
    dir.write(".roadmarkrc.json", JSON.stringify({ milestones }));
    return json<StatusOut>(runCli(["status", "--json"], { cwd: dir.dir }));
  };

  it("each choice reads its own sequence, and status --json records it in reading", () => {
    dir.write(".roadmarkrc.json", "{}");
    const plain = json<StatusOut>(runCli(["status", "--json"], { cwd: dir.dir }));
    const list = plain.reading.candidates.find((c) => c.carrier === "list" && c.count === 3);
    expect(list, JSON.stringify(plain.reading)).toBeDefined();

    const h3 = statusWith({ carrier: "heading", level: 3 });
    expect(h3.milestones.map((m) => m.id)).toEqual(["Step 1", "Step 2"]);
    expect(h3.reading).toMatchObject({ carrier: "heading", level: 3 });
    expect(h3.reading.candidates.find((c) => c.chosen)?.why).toMatch(/chosen by the configuration/u);

    const h2 = statusWith({ carrier: "heading", level: 2 });
    expect(h2.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);

    const t = statusWith({ carrier: "table", nth: 1 });
    expect(t.milestones.map((m) => m.id)).toEqual(V1);
    expect(t.reading).toMatchObject({ carrier: "table", nth: 1 });

    // The list's number as the reading gives it is the number the config takes.
    const l = statusWith({ carrier: "list", nth: list!.nth });
    expect(l.milestones.map((m) => m.id)).toEqual(["Stage 1", "Stage 2", "Stage 3"]);
    expect(l.reading).toMatchObject({ carrier: "list", nth: list!.nth });
  });

  it("a second candidate at one heading level: --explain prints its nth, and that line reads it on every command", () => {
    const two = new TempRepo();
    try {
      two.write("ROADMAP.md", lines("# Plan", "", "## Part A", "", "### Phase 1: a", "- [x] x", "", "### Phase 2: b", "", "### Phase 3: c", "", "## Part B", "", "### Now", "- [ ] y", "", "### Later", "- [ ] z"));
      const explain = runCli(["status", "--explain"], { cwd: two.dir }).stdout;
      const setting = { carrier: "heading", level: 3, nth: 2 };
      expect(explain).toContain('headings at level 3, nth 2: 2 units');
      expect(explain).toContain('to read this one instead, in .roadmarkrc.json: { "milestones": { "carrier": "heading", "level": 3, "nth": 2 } }');
      two.write(".roadmarkrc.json", JSON.stringify({ milestones: setting }));
      const st = json<StatusOut>(runCli(["status", "--json"], { cwd: two.dir }));
      expect(st.milestones.map((m) => m.title)).toEqual(["Now", "Later"]);
      expect(st.reading).toMatchObject(setting);
      expect(runCli(["next", "--json"], { cwd: two.dir }).stdout).toContain('"title": "Now"');
      expect(runCli(["render", "mermaid"], { cwd: two.dir }).stdout).toMatch(/Now[\s\S]*Later/u);
      two.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 3, nth: 3 } }));
      const r = runCli(["status"], { cwd: two.dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe("roadmark: ROADMAP.md: the milestones chosen in .roadmarkrc.json (headings at level 3, nth 3) match nothing in the document");
      expect(r.stderr.split("\n")[1]).toMatch(/^hint: candidates: .*headings at level 3 \(3 units, score -?\d+\); headings at level 3, nth 2 \(2 units/u);
    } finally {
      two.remove();
    }
  });

  it("nth at a level with headings but no candidate: exit 2, the hint says the level is one sequence, nth 1", () => {
    const themed = new TempRepo();
    try {
      themed.write("ROADMAP.md", lines("# Roadmap", "", "## Performance", "", "### Caching", "", "### Indexing", "", "## Design", "", "### Colors"));
      themed.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 3, nth: 2 } }));
      const r = runCli(["status"], { cwd: themed.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "roadmark: ROADMAP.md: the milestones chosen in .roadmarkrc.json (headings at level 3, nth 2) match nothing in the document\n" +
          "hint: level 3 has no candidate sequence: its 3 headings are read as one, nth 1; drop nth or use nth 1\n",
      );
      themed.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 3, nth: 1 } }));
      expect(json<StatusOut>(runCli(["status", "--json"], { cwd: themed.dir })).milestones.map((m) => m.title)).toEqual(["Caching", "Indexing", "Colors"]);
    } finally {
      themed.remove();
    }
  });

  it("a paragraph run (`**Phase 1:** …`) is steered by the number --explain prints, and the setting it prints reads the same again", () => {
    const para = new TempRepo();
    try {
      para.write("ROADMAP.md", lines("# Plan", "", "**Phase 1: Setup** the base.", "", "**Phase 2: Launch** ship it.", "", "## Releases", "", "| Release | Notes |", "|---|---|", "| v1.0 | a |", "| v1.1 | b |", "| v1.2 | c |"));
      const plain = json<StatusOut>(runCli(["status", "--json"], { cwd: para.dir }));
      const p = plain.reading.candidates.find((c) => c.carrier === "paragraph");
      expect(p, JSON.stringify(plain.reading)).toMatchObject({ nth: 1, count: 2 });
      const explain = runCli(["status", "--explain"], { cwd: para.dir });
      expect(explain.stdout).toMatch(/^Milestones read from paragraph 1: 2 units/mu);
      para.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "paragraph", nth: 1 } }));
      const steered = json<StatusOut>(runCli(["status", "--json"], { cwd: para.dir }));
      expect(steered.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
      expect(steered.reading).toMatchObject({ carrier: "paragraph", nth: 1 });
      para.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "paragraph", nth: 2 } }));
      const none = runCli(["status"], { cwd: para.dir });
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/paragraph 2\) match nothing/u);
    } finally {
      para.remove();
    }
  });

  it("status --explain names the sequence read, why, and the runners-up with their scores and settings", () => {
    dir.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "table", nth: 1 } }));
    const r = runCli(["status", "--explain"], { cwd: dir.dir });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^Milestones read from table 1: 3 units, score -?\d+\.$/mu);
    expect(out).toMatch(/^ {2}why: .*chosen by the configuration$/mu);
    expect(out).toMatch(/^Runners-up:$/mu);
    expect(out).toMatch(/^ {2}headings at level 2: 2 units, score -?\d+$/mu);
    expect(out).toMatch(/^ {2}headings at level 3: 2 units, score -?\d+$/mu);
    expect(out).toContain('to read this one instead, in .roadmarkrc.json: { "milestones": { "carrier": "heading", "level": 3 } }');
    // The scores printed are the ones status --json carries.
    const s = statusWith({ carrier: "table", nth: 1 });
    for (const c of s.reading.candidates.filter((x) => x.carrier === "heading")) expect(out).toContain(`headings at level ${c.level}: ${c.count} units, score ${c.score}`);
  });

  it("a roadmap of thematic sections reads nothing; --explain says how to name them, and one line reads them on every command", () => {
    const themed = new TempRepo();
    try {
      themed.write("ROADMAP.md", lines("# Roadmap", "", "## Search", "- [x] index", "- [ ] ranking", "", "## Sync 🚧", "- [ ] offline queue", "", "## Changelog", "- 0.9 out"));
      const none = json<StatusOut>(runCli(["status", "--json"], { cwd: themed.dir }));
      expect(none.milestones).toEqual([]);
      expect(none.reading.carrier).toBe("none");
      const explain = runCli(["status", "--explain"], { cwd: themed.dir }).stdout;
      expect(explain).toMatch(/^No milestone sequence found\.$/mu);
      expect(explain).toContain('name them in .roadmarkrc.json: { "milestones": { "carrier": "heading", "level": 2 } }');
      expect(explain).toMatch(/^Any of these can be chosen too: a choice reads the candidate it names, else every heading, row or item there: headings at level 2 \(2\); lists 1–3\.$/mu);
      // What the level would read, so the owner recognises their milestones (the changelog is not among them).
      expect(explain).toMatch(/^ {2}\{ "milestones": \{ "carrier": "heading", "level": 2 \} \} would read: Search · Sync 🚧$/mu);
      themed.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 2 } }));
      const read = json<StatusOut>(runCli(["status", "--json"], { cwd: themed.dir }));
      expect(read.milestones.map((m) => `${m.id}:${m.status}`)).toEqual(["1:unknown", "2:in_progress"]);
      expect(json<{ milestone: { id: string } | null }>(runCli(["next", "--json"], { cwd: themed.dir })).milestone?.id).toBe("2");
      // The human status says where the milestones were read from.
      expect(runCli(["status"], { cwd: themed.dir }).stdout.split("\n")[0]).toMatch(/ROADMAP\.md · freeform \(headings at level 2\)$/u);
      expect(runCli(["render", "mermaid"], { cwd: themed.dir }).stdout).toMatch(/Search[\s\S]*Sync/u);
      // A level the document does not have is still exit 2, with a hint saying so.
      themed.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 4 } }));
      const bad = runCli(["status"], { cwd: themed.dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(
        "roadmark: ROADMAP.md: the milestones chosen in .roadmarkrc.json (headings at level 4) match nothing in the document\nhint: the document has no heading at level 4 outside its title and excluded sections: choose another level, or remove the milestones setting\n",
      );
    } finally {
      themed.remove();
    }
  });

  it("--explain counts, for a level with a candidate, the units a choice of that level reads", () => {
    const mixed = new TempRepo();
    try {
      mixed.write("ROADMAP.md", lines("# Roadmap", "", "## Phase 1", "- [ ] a", "", "## Phase 2", "- [ ] b", "", "## Design", "- [ ] c", "", "## Performance", "- [ ] d"));
      const explain = runCli(["status", "--explain"], { cwd: mixed.dir }).stdout;
      expect(explain).toMatch(/: headings at level 2 \(2\); lists 1–4\.$/mu);
      mixed.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "heading", level: 2 } }));
      expect(json<StatusOut>(runCli(["status", "--json"], { cwd: mixed.dir })).milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
    } finally {
      mixed.remove();
    }
  });

  it("--explain and --json together are a usage error", () => {
    const r = runCli(["status", "--explain", "--json"], { cwd: dir.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^roadmark: status: --explain prints text/u);
  });
});

describe("a tie between competing sequences", () => {
  it("status --explain and the warning name both and the one taken", () => {
    const dir = new TempRepo();
    try {
      dir.write("ROADMAP.md", lines("# Plan", "", "| Step | Notes |", "|---|---|", "| Phase 1 | a |", "| Phase 2 | b |", "", "Text between.", "", "| Release | Notes |", "|---|---|", "| v1.0 | first |", "| v1.1 | second |"));
      const r = runCli(["status", "--explain"], { cwd: dir.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Milestones read from table 1: 2 units/mu);
      expect(r.stdout).toMatch(/note: competing sequences of equal score \d+: table 1 from line 3 and table 2 from line 10; took table 1 from line 3/u);
      expect(r.stdout).toMatch(/^ {2}table 2: 2 units, score \d+$/mu);
      const s = runCli(["status"], { cwd: dir.dir });
      expect(s.stderr).toMatch(/^roadmark: ROADMAP\.md: competing sequences of equal score \d+: table 1 from line 3 and table 2 from line 10; took table 1 from line 3/mu);
    } finally {
      dir.remove();
    }
  });
});

describe("a bad or unmatched choice is exit 2, the same on every reading command", () => {
  let dir: TempRepo;
  beforeAll(() => {
    dir = TempRepo.init();
    dir.write("ROADMAP.md", PHASES + "\n" + RELEASES);
    dir.commit("start", "2026-01-05T10:00:00Z");
  });
  afterAll(() => dir?.remove());

  const COMMANDS = [["status"], ["next"], ["lint"], ["history"], ["forecast"], ["render", "mermaid"], ["import", "ROADMAP.md"], ["done", "v1.0", "--dry-run"]];

  // Every command for the first; status and lint (the two config readers of old) for the rest.
  it.each([
    [{ carrier: "kanban" }, /^roadmark: config: .*\.roadmarkrc\.json: milestones: unknown milestone carrier "kanban": expected heading, table, list, paragraph$/u],
    [{ carrier: "heading" }, /^roadmark: config: .*\.roadmarkrc\.json: milestones: a heading choice needs "level" from 1 to 6$/u],
    [{ carrier: "table", nth: 0 }, /^roadmark: config: .*\.roadmarkrc\.json: milestones: a table choice needs "nth"/u],
    [{ carrier: "list", nth: 1, level: 2 }, /^roadmark: config: .*\.roadmarkrc\.json: unknown key "level" at milestones, a list choice takes "carrier" and "nth"$/u],
    ["heading", /^roadmark: config: .*\.roadmarkrc\.json: milestones must be an object/u],
  ])("%j: a config error naming the file", async (milestones, message) => {
    dir.write(".roadmarkrc.json", JSON.stringify({ milestones }));
    const commands = JSON.stringify(milestones) === '{"carrier":"kanban"}' ? COMMANDS : [["status"], ["lint"]];
    const firsts: string[] = [];
    for (const args of commands) {
      const r = await runCliAsync(args, { cwd: dir.dir });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe("");
      firsts.push(r.stderr.split("\n")[0]!);
    }
    expect(firsts[0]).toMatch(message);
    expect(new Set(firsts).size).toBe(1);
  });

  it("a choice that matches nothing: one line naming the config, a hint listing the candidates by the numbers --explain prints", async () => {
    dir.write(".roadmarkrc.json", JSON.stringify({ milestones: { carrier: "list", nth: 7 } }));
    const outs: string[] = [];
    for (const args of COMMANDS) {
      const r = await runCliAsync(args, { cwd: dir.dir });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(2);
      outs.push(r.stderr);
    }
    const [first, hint, rest] = outs[0]!.split("\n");
    expect(first).toBe("roadmark: ROADMAP.md: the milestones chosen in .roadmarkrc.json (list 7) match nothing in the document");
    expect(hint).toMatch(/^hint: candidates: .*headings at level 2 \(3 units, score -?\d+\).*table 1 \(3 units, score -?\d+\)/u);
    expect(rest).toBe("");
    for (const o of outs) expect(o).toBe(outs[0]);
    // The dashboard server refuses to start with the same line and hint.
    const served = await startServer({ cwd: dir.dir, port: 0, assets: { js: "void 0", css: "body{}" }, history: false }).catch((e: unknown) => e);
    expect(served).toMatchObject({ code: "BAD_INPUT" });
    expect(`roadmark: ${(served as Error).message}\nhint: ${(served as { hint: string }).hint}\n`).toBe(outs[0]);
    // The numbers are the ones --explain prints without the choice.
    dir.write(".roadmarkrc.json", "{}");
    const explain = runCli(["status", "--explain"], { cwd: dir.dir }).stdout;
    for (const m of hint!.matchAll(/(headings at level \d|table \d+|list \d+) \((\d+) units, score (-?\d+)\)/gu)) expect(explain).toContain(`${m[1]}: ${m[2]} units, score ${m[3]}`);
  });
});
