import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../harness/cli.js";
import { CLI } from "../harness/paths.js";
import { TempRepo } from "../history/temp-repo.js";
import { alive } from "./process.js";

const roadmap = (items: string): string => `# Roadmap\n\n## M0: Core\n\n**Acceptance Criteria:**\n${items}\n## M1: Later\n\n**Status:** Cancelled\n\n- [ ] Never Verify: \`touch cancelled-ran\`\n`;

/** A git repository holding ROADMAP.md, committed, and a private approvals folder. */
function setup(items: string): { dir: string; env: NodeJS.ProcessEnv; repo: TempRepo } {
  const repo = TempRepo.init();
  writeFileSync(path.join(repo.dir, "ROADMAP.md"), roadmap(items));
  repo.git("add", "ROADMAP.md");
  repo.git("commit", "-qm", "roadmap");
  return { dir: repo.dir, repo, env: { XDG_STATE_HOME: path.join(tempDir(), "state") } };
}

describe("roadmark verify", () => {
  it("runs nothing unapproved: untrusted, exit 2 with a hint; --trust without a terminal approves nothing", () => {
    const { dir, env } = setup("- [ ] Makes a file Verify: `touch ran`\n");
    const r = runCli(["verify"], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("? untrusted  touch ran");
    expect(r.stdout).toContain("0 passed, 0 failed, 0 timed out, 1 not run (of 1)");
    expect(r.stderr).toMatch(/hint: approve them with `roadmark verify --trust`/);
    expect(existsSync(path.join(dir, "ran"))).toBe(false);
    const t = runCli(["verify", "--trust"], { cwd: dir, env });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("no terminal to ask on; nothing approved");
    const j = JSON.parse(runCli(["verify", "--json"], { cwd: dir, env }).stdout);
    expect(j.results[0]).toMatchObject({ milestone: "M0", index: 1, text: "Makes a file", command: "touch ran", status: "untrusted", exitCode: null });
    expect(existsSync(path.join(dir, "ran"))).toBe(false);
  });

  it("--trust --yes approves; runs from the repository root; records; --json; exit 0/1; a changed command needs approval again", () => {
    const { dir, env, repo } = setup("- [ ] Passes Verify: `test -f ROADMAP.md && echo here`\n- [x] Fails Verify: `echo broken >&2; exit 4`\n");
    expect(runCli(["verify", "--trust", "--yes"], { cwd: dir, env }).code).toBe(0);
    const sub = path.join(dir, "sub");
    spawnSync("mkdir", [sub]);
    const r = runCli(["verify", "--json", "-f", "../ROADMAP.md"], { cwd: sub, env });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.summary).toEqual({ total: 2, passed: 1, failed: 1, timed_out: 0, untrusted: 0 });
    expect(j.results[0]).toMatchObject({ status: "passed", exitCode: 0, outputTail: "here\n" });
    expect(j.results[1]).toMatchObject({ status: "failed", exitCode: 4, outputTail: "broken\n" });
    expect(typeof j.results[0].durationMs).toBe("number");
    // The cancelled milestone is not run by default.
    expect(existsSync(path.join(dir, "cancelled-ran"))).toBe(false);
    const record = JSON.parse(readFileSync(path.join(dir, ".git/roadmark/verify.json"), "utf8"));
    expect(Object.values(record.results).map((e) => (e as { commit: string }).commit)).toEqual([repo.git("rev-parse", "HEAD"), repo.git("rev-parse", "HEAD")]);
    // status shows it, lint flags the ticked failure.
    const status = JSON.parse(runCli(["status", "--json"], { cwd: dir, env }).stdout);
    expect(status.milestones[0].criteria.map((c: { verifyResult: { state: string } }) => c.verifyResult.state)).toEqual(["verified", "failing"]);
    expect(runCli(["status"], { cwd: dir, env }).stdout).toMatch(/\[ \] Passes {2}✓ verified at [0-9a-f]{7}/);
    const lint = runCli(["lint", "--format", "json"], { cwd: dir, env });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain("verify-failing");
    // Only M0 when asked; passing only → exit 0.
    writeFileSync(path.join(dir, "ROADMAP.md"), roadmap("- [ ] Passes Verify: `test -f ROADMAP.md && echo here`\n- [x] Fails Verify: `exit 0`\n"));
    const again = runCli(["verify", "M0"], { cwd: dir, env });
    expect(again.code).toBe(2); // `exit 0` is a new command: not approved
    expect(again.stdout).toContain("? untrusted  exit 0");
    expect(runCli(["verify", "--yes", "M0"], { cwd: dir, env }).code).toBe(0);
    expect(runCli(["verify", "M9"], { cwd: dir, env }).code).toBe(2);
  });

  it("--apply ticks what passed, --strict unticks what failed; a roadmap changed during the run is refused", () => {
    const { dir, env } = setup("- [ ] Passes Verify: `true`\n- [x] Fails Verify: `false`\n- [x] Times out Verify: `sleep 10` (timeout 1s)\n");
    const before = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    const a = runCli(["verify", "--yes", "--apply"], { cwd: dir, env });
    expect(a.code).toBe(1);
    const afterApply = readFileSync(path.join(dir, "ROADMAP.md"), "utf8");
    expect(afterApply).toBe(before.replace("- [ ] Passes", "- [x] Passes"));
    expect(runCli(["verify", "--apply", "--strict"], { cwd: dir, env }).code).toBe(1);
    expect(readFileSync(path.join(dir, "ROADMAP.md"), "utf8")).toBe(afterApply.replace("- [x] Fails", "- [ ] Fails").replace("- [x] Times out", "- [ ] Times out"));
    expect(runCli(["verify", "--strict"], { cwd: dir, env }).code).toBe(2);
    // A command that edits the roadmap while it runs: --apply refuses and writes nothing.
    writeFileSync(path.join(dir, "ROADMAP.md"), roadmap("- [ ] Edits Verify: `echo '<!-- x -->' >> ROADMAP.md`\n"));
    const edited = runCli(["verify", "--yes", "--apply"], { cwd: dir, env });
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/the roadmap changed on disk during the run \(now sha256:[0-9a-f]{64}\); nothing written/);
    expect(readFileSync(path.join(dir, "ROADMAP.md"), "utf8")).toMatch(/- \[ \] Edits[\s\S]*<!-- x -->\n$/);
  });

  it("outside git: runs, notes that nothing is recorded", () => {
    const dir = tempDir();
    const env = { XDG_STATE_HOME: path.join(tempDir(), "state") };
    writeFileSync(path.join(dir, "ROADMAP.md"), roadmap("- [ ] Passes Verify: `true`\n"));
    const r = runCli(["verify", "--yes"], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("not in a git repository; results are not recorded");
    expect(r.stdout).toContain("1 passed, 0 failed, 0 timed out, 0 not run (of 1)");
  });

  it("Ctrl-C ends every command group (grandchildren too), records nothing, exits 130", async () => {
    const { dir, env } = setup("- [ ] A Verify: `sh -c 'sleep 60 & echo $! > a.pid; wait'`\n- [ ] B Verify: `sh -c 'sleep 60 & echo $! > b.pid; wait'`\n");
    expect(runCli(["verify", "--trust", "--yes"], { cwd: dir, env }).code).toBe(0);
    const child = spawn(process.execPath, [CLI, "verify"], { cwd: dir, env: { ...process.env, ...env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const pids: number[] = [];
    for (const f of ["a.pid", "b.pid"]) {
      const file = path.join(dir, f);
      for (let i = 0; i < 400 && !(existsSync(file) && readFileSync(file, "utf8").trim()); i++) await new Promise((r) => setTimeout(r, 25));
      pids.push(Number(readFileSync(file, "utf8").trim()));
    }
    for (const p of pids) expect(alive(p)).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", (c) => resolve(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    await new Promise((r) => setTimeout(r, 100));
    for (const p of pids) expect(alive(p)).toBe(false);
    expect(existsSync(path.join(dir, ".git/roadmark/verify.json"))).toBe(false);
  });

  it("a command printing 100 MB keeps roadmark's peak memory under 100 MB", () => {
    const { dir, env } = setup("- [ ] Loud Verify: `head -c 104857600 /dev/zero | tr '\\\\0' 'y'; echo; echo LAST-LINE`\n");
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, CLI, "verify", "--yes", "--json"], { cwd: dir, env: { ...process.env, ...env }, encoding: "utf8" });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.results[0].status).toBe("passed");
    expect(json.results[0].outputTail.endsWith("\nLAST-LINE\n")).toBe(true);
    expect(Buffer.byteLength(json.results[0].outputTail)).toBe(4096);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(100 * 1024);
  });
});
