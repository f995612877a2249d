// roadmap_verify in process through the official client: approved commands only, never an
// approval, untrusted ones reported with the terminal hint, ticks only through the hash-checked
// edit (a roadmap changed during the run is STALE with the current hash, nothing written).
import { existsSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { approveCommands } from "../../src/io/trust-store.js";
import { hashOf } from "../../src/ops/hash.js";
import { trustFile } from "../../src/verify/trust.js";
import { tempDir } from "../harness/cli.js";
import { TempRepo } from "../history/temp-repo.js";
import { call, inProcessClient } from "./mcp-client.js";

const clients: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  vi.unstubAllEnvs();
});

async function setup(items: string) {
  const repo = TempRepo.init();
  const dir = realpathSync(repo.dir);
  repo.write("ROADMAP.md", `# Roadmap\n\n## M0: Core\n\n${items}`);
  repo.git("add", "-A");
  repo.git("commit", "-qm", "roadmap");
  const state = path.join(tempDir(), "state");
  vi.stubEnv("XDG_STATE_HOME", state);
  const client = await inProcessClient({ cwd: dir, lock: { waitMs: 0 } });
  clients.push(client);
  const file = path.join(dir, "ROADMAP.md");
  return { dir, file, client, trust: { env: { XDG_STATE_HOME: state } } };
}

describe("roadmap_verify (in process)", () => {
  it("runs approved commands only, reports the rest as untrusted with the hint, never approves, and ticks with apply", async () => {
    const { dir, file, client, trust } = await setup("- [ ] Passes Verify: `true`\n- [ ] Makes a file Verify: `touch ran`\n");
    await approveCommands(dir, ["true"], trust);
    const trustBefore = readFileSync(trustFile(trust), "utf8");
    const r = await call(client, "roadmap_verify", { apply: true });
    expect(r.isError, r.text).toBe(false);
    const results = r.data.results as { status: string; command: string }[];
    expect(results.map((x) => [x.command, x.status])).toEqual([
      ["true", "passed"],
      ["touch ran", "untrusted"],
    ]);
    expect(r.data.summary).toEqual({ total: 2, passed: 1, failed: 0, timed_out: 0, untrusted: 1 });
    expect(r.data.hint).toMatch(/roadmark verify --trust/);
    expect(r.text).toMatch(/hint: .*approve them in a terminal/);
    expect(existsSync(path.join(dir, "ran"))).toBe(false);
    expect(readFileSync(trustFile(trust), "utf8")).toBe(trustBefore);
    expect(readFileSync(file, "utf8")).toContain("- [x] Passes");
    expect(r.data.changed).toBe(1);
    expect(r.data.hash).toBe(hashOf(readFileSync(file)));
    // The result is recorded: roadmap_status shows the criterion as verified.
    const s = await call(client, "roadmap_status");
    const criteria = (s.data.milestones as { criteria: { verifyResult: { state: string } | null }[] }[])[0]!.criteria;
    expect(criteria.map((c) => c.verifyResult?.state ?? null)).toEqual(["verified", null]);
  });

  it("refuses the ticks as STALE (with currentHash) when the roadmap changes during the run; an unknown id is NOT_FOUND", async () => {
    const cmd = "printf '\\n<!-- x -->\\n' >> ROADMAP.md";
    const { dir, file, client, trust } = await setup(`- [ ] Edits Verify: \`${cmd}\`\n`);
    await approveCommands(dir, [cmd], trust);
    const r = await call(client, "roadmap_verify", { apply: true });
    expect(r.isError).toBe(true);
    expect(r.data.code).toBe("STALE");
    const now = readFileSync(file, "utf8");
    expect(now).toMatch(/- \[ \] Edits[\s\S]*<!-- x -->\n$/);
    expect(r.data.currentHash).toBe(hashOf(now));
    const bad = await call(client, "roadmap_verify", { ids: ["M9"] });
    expect(bad.isError).toBe(true);
    expect(bad.data.code).toBe("NOT_FOUND");
  });
});
