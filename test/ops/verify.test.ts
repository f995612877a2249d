// The verify operation on a real repository: the trust gate, the record, the edit transaction
// for ticks (checked against the bytes the run started from), and the other operations reading
// the record (status attaches each criterion's last result; lint passes it to verify-failing).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StaleError } from "../../src/model/errors.js";
import { edit } from "../../src/ops/edit.js";
import { hashOf } from "../../src/ops/hash.js";
import { lint } from "../../src/ops/lint.js";
import { status } from "../../src/ops/read.js";
import { approveVerifyCommands, verify, verifyTrustState } from "../../src/ops/verify.js";
import { trustFile } from "../../src/verify/trust.js";
import { tempDir } from "../harness/cli.js";
import { TempRepo } from "../history/temp-repo.js";

const ROADMAP = `# Roadmap

## M0: Core

**Status:** In Progress

- [ ] Passes Verify: \`true\`
- [x] Fails Verify: \`exit 3\`
- [ ] Unapproved Verify: \`touch ran\`
`;

function setup(text = ROADMAP): { repo: TempRepo; trust: { env: NodeJS.ProcessEnv } } {
  const repo = TempRepo.init();
  repo.write("ROADMAP.md", text);
  repo.git("add", "ROADMAP.md");
  repo.git("commit", "-qm", "roadmap");
  return { repo, trust: { env: { XDG_STATE_HOME: path.join(tempDir(), "state") } } };
}

describe("the verify operation", () => {
  it("runs approved commands only, never approves, records, and ticks through the edit transaction", async () => {
    const { repo, trust } = setup();
    const ws = { cwd: repo.dir };
    const st = await verifyTrustState(ws, { trust });
    expect(st.unapproved).toEqual(["true", "exit 3", "touch ran"]);
    await approveVerifyCommands(ws, ["true", "exit 3"], trust);
    await expect(approveVerifyCommands(ws, ["rm -rf /"], trust)).rejects.toMatchObject({ code: "BAD_INPUT" });
    const before = readFileSync(path.join(repo.dir, "ROADMAP.md"));
    const run = await verify(ws, { apply: true, trust });
    expect(run.hash).toBe(hashOf(before));
    expect(run.results.map((r) => r.status)).toEqual(["passed", "failed", "untrusted"]);
    expect(run.results[1]).toMatchObject({ exitCode: 3 });
    expect(run.unapproved).toEqual(["touch ran"]);
    expect(run.approved).toEqual([]);
    expect(existsSync(path.join(repo.dir, "ran"))).toBe(false);
    const after = repo.read("ROADMAP.md");
    expect(after).toBe(ROADMAP.replace("- [ ] Passes", "- [x] Passes"));
    expect(run.applied).toMatchObject({ changed: 1, hash: hashOf(after) });
    expect(run.applied?.diff).toContain("+- [x] Passes");
    expect(run.recordFile).toBe(path.join(repo.dir, ".git", "roadmark", "verify.json"));
    // The trust file holds exactly the two approvals given; the run added none.
    const store = JSON.parse(readFileSync(trustFile(trust), "utf8")) as { approved: Record<string, { command: string }> };
    expect(Object.values(store.approved).map((a) => a.command).sort()).toEqual(["exit 3", "true"]);

    // status attaches each criterion's last result; lint hands the record to verify-failing.
    const s = await status(ws);
    const head = repo.git("rev-parse", "HEAD").trim();
    expect(s.json.milestones[0]!.criteria.map((c) => c.verifyResult?.state ?? null)).toEqual(["verified", "failing", null]);
    expect(s.json.milestones[0]!.criteria[0]!.verifyResult).toMatchObject({ status: "passed", exitCode: 0, commit: head });
    const linted = await lint(ws);
    const failing = linted.files[0]!.diagnostics.filter((d) => d.ruleId === "verify-failing");
    expect(failing).toHaveLength(1);
    expect(failing[0]!.message).toContain("exit 3");

    // With strict: the failing tick is taken back; nothing else changes.
    const strict = await verify(ws, { apply: true, strict: true, trust });
    expect(strict.applied?.changed).toBe(1);
    expect(repo.read("ROADMAP.md")).toBe(after.replace("- [x] Fails", "- [ ] Fails"));
  });

  it("approveAll approves the listed commands first (the CLI's --yes)", async () => {
    const { repo, trust } = setup();
    const run = await verify({ cwd: repo.dir }, { approveAll: true, trust });
    expect(run.approved).toEqual(["true", "exit 3", "touch ran"]);
    expect(run.summary).toEqual({ total: 3, passed: 2, failed: 1, timed_out: 0, untrusted: 0 });
  });

  it("refuses as STALE, writing nothing, when the roadmap changes on disk during the run", async () => {
    const text = "# Roadmap\n\n## M0: Core\n\n- [ ] Edits Verify: `printf '\\n<!-- x -->\\n' >> ROADMAP.md`\n";
    const { repo, trust } = setup(text);
    const ws = { cwd: repo.dir };
    await approveVerifyCommands(ws, ["printf '\\n<!-- x -->\\n' >> ROADMAP.md"], trust);
    const err = await verify(ws, { apply: true, trust }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleError);
    const now = repo.read("ROADMAP.md");
    expect(now).toBe(`${text}\n<!-- x -->\n`);
    expect((err as StaleError).currentHash).toBe(hashOf(now));
    expect((err as StaleError).message).toMatch(/changed on disk during the run/);
    // The run itself is recorded: status shows it, at this commit, as verified.
    const s = await status(ws);
    expect(s.json.milestones[0]!.criteria[0]!.verifyResult?.state).toBe("verified");
  });

  it("an unknown milestone is NOT_FOUND; strict without apply is BAD_INPUT", async () => {
    const { repo, trust } = setup();
    await expect(verify({ cwd: repo.dir }, { ids: ["M9"], trust })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(verify({ cwd: repo.dir }, { strict: true, trust })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
  it("apply on a file that is not UTF-8 is refused before any command runs, with the edit transaction's own refusal", async () => {
    const { repo, trust } = setup();
    const file = path.join(repo.dir, "ROADMAP.md");
    writeFileSync(file, Buffer.from(ROADMAP.replace("# Roadmap", "# Caf\xe9"), "latin1"));
    await approveVerifyCommands({ cwd: repo.dir }, ["touch ran"], trust);
    const bytes = readFileSync(file);
    const refused = await verify({ cwd: repo.dir }, { apply: true, trust }).catch((e: unknown) => e);
    const edited = await edit({ cwd: repo.dir }, { op: "tick", id: "M0", criterion: "1" }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "BAD_INPUT", message: "ROADMAP.md: not valid UTF-8; roadmark edits UTF-8 files only, nothing written" });
    expect(refused).toEqual(edited);
    expect(existsSync(path.join(repo.dir, "ran"))).toBe(false);
    expect(readFileSync(file)).toEqual(bytes);
  });
});
