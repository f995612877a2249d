// The surfaces are one: the CLI and the dashboard server answer from the same operations, on a
// fixture repository with a config file, a BOM, a broken relative link and a git history.
import { rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initRoadmap } from "../../src/edit/operations/init.js";
import { writeRecord } from "../../src/io/verify-record.js";
import { collectDashboardData } from "../../src/ops/dashboard.js";
import { findGitPlace } from "../../src/ops/verify-context.js";
import { commandHash, type RecordEntry } from "../../src/verify/record.js";
import { startServer, type RunningServer } from "../../src/server/http.js";
import { runCli } from "../harness/cli.js";
import { TempRepo } from "../history/temp-repo.js";

const ASSETS = { js: "void 0", css: "body{}" };

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A roadmap with a BOM, a broken relative link in a criterion, and a few ticks per commit. */
function fixtureRepo(): TempRepo {
  const repo = TempRepo.init();
  let text = "\uFEFF" + initRoadmap({ name: "Equal", milestones: 3 }).replace("- [ ] ", "- [ ] see [the spec](docs/missing.md) and ");
  repo.write(".roadmarkrc.json", JSON.stringify({ rules: { "single-in-progress": "error", stale: ["warn", { days: 30 }] } }));
  repo.write("ROADMAP.md", text);
  repo.git("add", "-A");
  repo.commit("start", "2026-01-05T10:00:00Z");
  for (let i = 0; i < 3; i++) {
    text = text.replace("- [ ] ", "- [x] ");
    repo.write("ROADMAP.md", text);
    repo.git("add", "-A");
    repo.commit(`tick ${i}`, `2026-01-${10 + i * 3}T10:00:00Z`);
  }
  return repo;
}

describe("CLI and dashboard server answer the same", () => {
  let repo: TempRepo;
  let server: RunningServer;
  beforeAll(async () => {
    repo = fixtureRepo();
    server = await startServer({ cwd: repo.dir, port: 0, assets: ASSETS });
  });
  afterAll(async () => {
    await server?.close();
  });

  const cliJson = (...args: string[]): unknown => {
    const r = runCli(args, { cwd: repo.dir });
    expect(r.stdout, r.stderr).not.toBe("");
    return JSON.parse(r.stdout) as unknown;
  };
  const api = async (p: string): Promise<unknown> => {
    const r = await get(new URL(p, server.url).href);
    expect(r.status, r.body).toBe(200);
    return JSON.parse(r.body) as unknown;
  };

  it("lint --format json equals GET /api/lint (config, broken link, BOM columns)", async () => {
    const cli = cliJson("lint", "--format", "json") as { diagnostics: { ruleId: string }[] }[];
    expect(cli[0]!.diagnostics.map((d) => d.ruleId)).toContain("broken-link");
    expect(await api("api/lint")).toEqual(cli);
  });

  it("status --json equals GET /api/status (with the hash)", async () => {
    const cli = cliJson("status", "--json") as { hash: string };
    expect(cli.hash).toMatch(/^sha256:/);
    expect(await api("api/status")).toEqual(cli);
  });

  it("history --json equals GET /api/history", async () => {
    expect(await api("api/history")).toEqual(cliJson("history", "--json"));
  });

  it("the dashboard's forecast equals forecast --json (defaults, and a given seed and runs)", async () => {
    const dash = await collectDashboardData({ cwd: repo.dir });
    expect(dash.data.forecast).toEqual(cliJson("forecast", "--json"));
    const seeded = await collectDashboardData({ cwd: repo.dir }, { forecast: { seed: 42, runs: 500 } });
    expect(seeded.data.forecast).toEqual(cliJson("forecast", "--json", "--seed", "42", "--runs", "500"));
  });
});

describe("with verify results in the record, the CLI and the server still answer the same", () => {
  let repo: TempRepo;
  let server: RunningServer;
  beforeAll(async () => {
    repo = TempRepo.init();
    repo.write(
      "ROADMAP.md",
      "# Roadmap\n\n## M0: Proofs\n\n**Status:** In Progress\n\n- [x] Builds Verify: `npm run build`\n- [x] Tests Verify: `npm test` (timeout 5m)\n- [ ] Bench Verify: `node bench.mjs`\n- [ ] Lints Verify: `npm run lint`\n- [ ] Plain\n",
    );
    repo.git("add", "-A");
    repo.commit("start", "2026-01-05T10:00:00Z");
    const head = repo.git("rev-parse", "HEAD").trim();
    const entry = (text: string, command: string, status: RecordEntry["status"], exitCode: number | null, commit: string): RecordEntry => ({
      milestone: "M0",
      text,
      commandHash: commandHash(command),
      status,
      exitCode,
      durationMs: 40,
      at: "2026-01-05T10:01:00.000Z",
      commit,
    });
    const place = await findGitPlace(repo.dir);
    await writeRecord(place!.recordFile, [
      entry("Builds", "npm run build", "passed", 0, head),
      entry("Tests", "npm test", "failed", 1, head),
      entry("Bench", "node bench.mjs", "passed", 0, "0".repeat(40)),
    ]);
    server = await startServer({ cwd: repo.dir, port: 0, assets: ASSETS, history: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  const cliJson = (...args: string[]): unknown => JSON.parse(runCli(args, { cwd: repo.dir }).stdout) as unknown;
  const api = async (p: string): Promise<unknown> => {
    const r = await get(new URL(p, server.url).href);
    expect(r.status, r.body).toBe(200);
    return JSON.parse(r.body) as unknown;
  };

  it("status --json equals GET /api/status, each criterion with its last result", async () => {
    const cli = cliJson("status", "--json") as { milestones: { criteria: { verifyResult: { state: string; exitCode: number | null } | null }[] }[] };
    expect(cli.milestones[0]!.criteria.map((c) => c.verifyResult?.state ?? null)).toEqual(["verified", "failing", "stale", null, null]);
    expect(cli.milestones[0]!.criteria[1]!.verifyResult).toMatchObject({ exitCode: 1 });
    expect(await api("api/status")).toEqual(cli);
    const dash = await collectDashboardData({ cwd: repo.dir }, { history: false });
    expect(dash.data.status).toEqual(cli);
  });

  it("lint --format json equals GET /api/lint, verify-failing included", async () => {
    const cli = cliJson("lint", "--format", "json") as { diagnostics: { ruleId: string; line: number }[] }[];
    expect(cli[0]!.diagnostics.filter((d) => d.ruleId === "verify-failing").map((d) => d.line)).toEqual([8]);
    expect(await api("api/lint")).toEqual(cli);
  });

  it("the served data follows the record: a verify run that lands shows without touching the roadmap", async () => {
    const head = repo.git("rev-parse", "HEAD").trim();
    const place = await findGitPlace(repo.dir);
    await writeRecord(place!.recordFile, [
      { milestone: "M0", text: "Lints", commandHash: commandHash("npm run lint"), status: "passed", exitCode: 0, durationMs: 5, at: "2026-01-05T10:02:00.000Z", commit: head },
    ]);
    const stateOfLints = async (): Promise<string | null> => {
      const s = (await api("api/status")) as { milestones: { criteria: { verifyResult: { state: string } | null }[] }[] };
      return s.milestones[0]!.criteria[3]!.verifyResult?.state ?? null;
    };
    let state = await stateOfLints();
    for (let i = 0; i < 100 && state === null; i++) {
      await new Promise((res) => setTimeout(res, 50));
      state = await stateOfLints();
    }
    expect(state).toBe("verified");
    expect(await api("api/status")).toEqual(cliJson("status", "--json"));
  });
});

describe("bad input gives the same error on every surface", () => {
  it("a missing file: the CLI's one line, the server's start error and the operation's message agree", async () => {
    const repo = TempRepo.init();
    const cli = runCli(["status", "-f", "GONE.md"], { cwd: repo.dir });
    expect(cli.code).toBe(2);
    const err = await startServer({ cwd: repo.dir, file: "GONE.md", port: 0, assets: ASSETS, history: false }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "NOT_FOUND" });
    expect(cli.stderr.split("\n")[0]).toBe(`roadmark: ${(err as Error).message}`);
  });

  it("a bad config and a file that goes missing while serving: JSON 503 with the message and code", async () => {
    const repo = fixtureRepo();
    const server = await startServer({ cwd: repo.dir, port: 0, assets: ASSETS, history: false, debounceMs: 10 });
    try {
      writeFileSync(path.join(repo.dir, ".roadmarkrc.json"), "{ nope");
      const cli = runCli(["lint", "--format", "json"], { cwd: repo.dir });
      expect(cli.code).toBe(2);
      // A save of the roadmap reloads the data; the configuration is read again.
      writeFileSync(path.join(repo.dir, "ROADMAP.md"), repo.read("ROADMAP.md") + "\n");
      let r = await get(new URL("api/lint", server.url).href);
      for (let i = 0; i < 100 && r.status === 200; i++) {
        await new Promise((res) => setTimeout(res, 50));
        r = await get(new URL("api/lint", server.url).href);
      }
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body)).toEqual({ error: cli.stderr.split("\n")[0]!.replace(/^roadmark: /, ""), code: "BAD_INPUT" });
      rmSync(path.join(repo.dir, "ROADMAP.md"));
      const gone = runCli(["status"], { cwd: repo.dir });
      for (let i = 0; i < 100 && !JSON.parse(r.body).error.includes("no such file"); i++) {
        await new Promise((res) => setTimeout(res, 50));
        r = await get(new URL("api/status", server.url).href);
      }
      expect(r.status).toBe(503);
      expect(gone.code).toBe(2);
      expect(JSON.parse(r.body)).toEqual({ error: "ROADMAP.md: no such file", code: "NOT_FOUND" });
    } finally {
      await server.close();
    }
  });
});
