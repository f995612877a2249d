// The first ten minutes, through the built CLI: `init` writes the roadmap and the Development
// Cadence guide it links to (nothing half-written on failure), the questions on a terminal
// (driven through a real pseudo-terminal, util-linux `script`) fill a roadmap that lints clean, Ctrl-C writes nothing.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_CADENCE_GUIDE } from "../../src/templates/dev-cadence.js";
import { cli } from "../edit/cli-run.js";
import { onTerminal } from "../harness/pty.js";

function emptyDir(): string {
  return mkdtempSync(path.join(tmpdir(), "rm-first-"));
}

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Lint findings as `ruleId` list (json format). */
function lintRules(dir: string, ...args: string[]): string[] {
  const r = cli(dir, "lint", "--format", "json", ...args);
  const files = JSON.parse(r.stdout) as { diagnostics: { ruleId: string }[] }[];
  return files.flatMap((f) => f.diagnostics.map((d) => d.ruleId));
}

describe("init writes the Development Cadence guide the roadmap links to", () => {
  it("a ROADMAP.md at the root: the guide at docs/guides/, the link rewritten, no broken link and only placeholder errors", () => {
    const dir = emptyDir();
    const r = cli(dir, "init", "--name", "Tide");
    expect(r).toMatchObject({ code: 0, stdout: "wrote ROADMAP.md (4 milestones) and docs/guides/dev-cadence.md\n" });
    expect(tree(dir)).toEqual(["ROADMAP.md", path.join("docs", "guides", "dev-cadence.md")]);
    expect(readFileSync(path.join(dir, "docs/guides/dev-cadence.md"), "utf8")).toBe(DEV_CADENCE_GUIDE);
    expect(readFileSync(path.join(dir, "ROADMAP.md"), "utf8")).toContain("See [Development Cadence](docs/guides/dev-cadence.md) for the milestone execution process.");
    const rules = lintRules(dir);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(["placeholder"]));
  });

  it("--path docs/roadmap/ROADMAP.md: directories made, the template's own link kept, the guide where it points", () => {
    const dir = emptyDir();
    const r = cli(dir, "init", "--path", "docs/roadmap/ROADMAP.md", "--milestones", "2");
    expect(r).toMatchObject({ code: 0, stdout: "wrote docs/roadmap/ROADMAP.md (2 milestones) and docs/guides/dev-cadence.md\n" });
    expect(tree(dir)).toEqual([path.join("docs", "guides", "dev-cadence.md"), path.join("docs", "roadmap", "ROADMAP.md")]);
    expect(readFileSync(path.join(dir, "docs/roadmap/ROADMAP.md"), "utf8")).toContain("](../guides/dev-cadence.md)");
    expect(new Set(lintRules(dir, "docs/roadmap/ROADMAP.md"))).toEqual(new Set(["placeholder"]));
  });

  it("never overwrites an existing guide", () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, "docs/guides"), { recursive: true });
    writeFileSync(path.join(dir, "docs/guides/dev-cadence.md"), "# Ours\n");
    const r = cli(dir, "init");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("wrote ROADMAP.md (4 milestones)\n");
    expect(r.stderr).toBe("roadmark: kept the existing docs/guides/dev-cadence.md\n");
    expect(readFileSync(path.join(dir, "docs/guides/dev-cadence.md"), "utf8")).toBe("# Ours\n");
  });

  it("refuses a guide path that is a directory: one line, exit 2, nothing written", () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, "docs/guides/dev-cadence.md"), { recursive: true });
    const r = cli(dir, "init");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roadmark: docs\/guides\/dev-cadence\.md: exists and is not a regular file .*; nothing written\n$/);
    expect(tree(dir)).toEqual([]);
  });

  it("refuses a roadmap path under a file: one line, exit 2, neither file written", () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, "docs"), "a file, not a directory\n");
    const r = cli(dir, "init", "--path", "docs/roadmap/ROADMAP.md");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^roadmark: docs\/roadmap\/ROADMAP\.md: .*not a directory/);
    expect(tree(dir)).toEqual(["docs"]);
  });

  it("a roadmap that cannot be written leaves no guide behind (the guide is written first and removed again)", () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, "ROADMAP.md"), "# Old\n");
    chmodSync(path.join(dir, "ROADMAP.md"), 0o444);
    const r = cli(dir, "init", "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roadmark: ROADMAP\.md: the file is read-only; nothing written\n$/);
    expect(tree(dir)).toEqual(["ROADMAP.md"]);
    expect(existsSync(path.join(dir, "docs"))).toBe(false);
    expect(readFileSync(path.join(dir, "ROADMAP.md"), "utf8")).toBe("# Old\n");
  });

  it("without a terminal asks nothing (stdin not a TTY), as --yes", () => {
    const dir = emptyDir();
    expect(cli(dir, "init", "--yes", "--milestones", "1").code).toBe(0);
    expect(readFileSync(path.join(dir, "ROADMAP.md"), "utf8")).toContain("[Criterion 1]");
  });
});

describe("no dead ends on placeholders (the built CLI)", () => {
  it("tick and start refuse placeholders (exit 1, file untouched, a hint), next says to fill in, start --force overrides", () => {
    const dir = emptyDir();
    expect(cli(dir, "init", "--yes").code).toBe(0);
    const file = path.join(dir, "ROADMAP.md");
    const before = readFileSync(file);
    const t = cli(dir, "tick", "M0", "1");
    expect(t.code).toBe(1);
    expect(t.stderr).toBe('roadmark: cannot tick criterion 1 of M0: "[Criterion 1]" is still a template placeholder\nhint: write the criterion first: `roadmark criterion edit M0 1 "TEXT"`, or edit the roadmap file\n');
    const s = cli(dir, "start", "M0");
    expect(s.code).toBe(1);
    expect(s.stderr.split("\n")[0]).toBe("roadmark: cannot start M0: criteria 1, 2, 3 are still template placeholders");
    expect(readFileSync(file).equals(before)).toBe(true);
    const n = cli(dir, "next");
    expect(n.stdout).toMatch(/^Fill in M0: Foundations first — criteria 1, 2, 3 are still template placeholders\n/);
    expect(n.stdout).not.toContain("[ ] [Criterion 1]");
    const j = JSON.parse(cli(dir, "next", "--json").stdout) as { fillIn: { goal: string | null; criteria: { index: number }[] } };
    expect(j.fillIn.goal).toBeNull();
    expect(j.fillIn.criteria.map((c) => c.index)).toEqual([1, 2, 3]);
    const f = cli(dir, "start", "M0", "--force");
    expect(f.code).toBe(0);
    expect(f.stderr).toMatch(/--force: M0 set to In Progress despite: criteria 1, 2, 3 are still template placeholders/);
  });
});

describe("the questions on a terminal (pseudo-terminal)", () => {
  it("init asks for the name and the milestones and writes a roadmap that lints clean, Markdown escaped", async () => {
    const dir = emptyDir();
    const answers = [
      "Tide | Co", // name
      "Parser | core", // M0 title
      "Reading", // focus
      "", // empty goal: asked again
      "Read the roadmap.",
      "[x] reads tables", // a leading [ would be a checkbox
      "Reads lists",
      "",
      "src/parse.ts",
      "",
      "Lint [Done]", // reads as a status: asked again
      "Lint", // M1
      "",
      "Check it.",
      "Reports placeholders",
      "",
      "",
      "", // no M2: done
    ];
    const r = await onTerminal(dir, answers, ["init"]);
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain("A milestone needs a goal");
    expect(r.screen).toContain('"Lint [Done]" ends in what reads as a status (Done); rephrase the title.');
    expect(r.screen).toContain("wrote ROADMAP.md (2 milestones) and docs/guides/dev-cadence.md");
    const text = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    expect(text.split("\n", 1)[0]).toBe("# Tide | Co Roadmap");
    expect(text).toContain("| M0 | Parser \\| core | Reading | Planned |");
    expect(text).toContain("## M0: Parser | core");
    expect(text).toContain("- [ ] \\[x] reads tables\n- [ ] Reads lists\n");
    expect(text).toContain("**Key Deliverables:**\n- src/parse.ts\n");
    expect(text).toContain("## M1: Lint\n\n**Goal:** Check it.\n");
    expect(text).not.toMatch(/\[Criterion|\[Title\]|TODO/);
    const lint = cli(dir, "lint");
    expect(lint.code, lint.stdout).toBe(0);
    expect(lintRules(dir)).toEqual([]);
    const status = JSON.parse(cli(dir, "status", "--json").stdout) as { milestones: { title: string; criteria: { text: string }[] }[] };
    expect(status.milestones.map((m) => m.title)).toEqual(["Parser | core", "Lint"]);
    expect(status.milestones[0]!.criteria.map((c) => c.text)).toEqual(["[x] reads tables", "Reads lists"]);
    // The filled roadmap can be worked on at once.
    expect(cli(dir, "start", "M0").code).toBe(0);
    expect(cli(dir, "tick", "M0", "1").code).toBe(0);
  });

  it("Ctrl-C during the questions writes nothing and exits 130 with one line", async () => {
    const dir = emptyDir();
    const r = await onTerminal(dir, ["Tide", "Parser", "^C"], ["init"]);
    expect(r.code).toBe(130);
    expect(r.screen.match(/roadmark: .*/g)).toEqual(["roadmark: interrupted; nothing written"]);
    expect(tree(dir)).toEqual([]);
  });

  it("add asks for what its flags did not give, and the roadmap still lints clean", async () => {
    const dir = emptyDir();
    expect((await onTerminal(dir, ["Tide", "Parser", "", "Read it.", "Reads tables", "", "", ""], ["init"])).code).toBe(0);
    const before = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    const r = await onTerminal(dir, ["Find things fast.", "[beta] index exists", "", "src/search.ts", ""], ["add", "Search | beta", "--focus", "Query"]);
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).not.toContain("focus");
    const text = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    expect(text.startsWith(before.slice(0, before.indexOf("| M0 |")))).toBe(true);
    expect(text).toContain("| M1 | Search \\| beta | Query | Planned |");
    expect(text).toContain("**Goal:** Find things fast.\n\n**Acceptance Criteria:**\n- [ ] \\[beta] index exists\n\n**Key Deliverables:**\n- src/search.ts\n");
    expect(lintRules(dir)).toEqual([]);
    // Ctrl-C in add leaves the file as it was.
    const now = readFileSync(path.join(dir, "ROADMAP.md"));
    const c = await onTerminal(dir, ["^C"], ["add", "More"]);
    expect(c.code).toBe(130);
    expect(readFileSync(path.join(dir, "ROADMAP.md")).equals(now)).toBe(true);
  });
});
