// The built `roadmark mcp` over stdio with the official client: a session end to end, the same
// answers as the CLI (status --json, lint --format json), and many writers at once (four servers
// and the CLI) losing no edit.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Client } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { initRoadmap } from "../../src/edit/operations/init.js";
import { hashOf } from "../../src/ops/hash.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { findMilestone } from "../../src/model/milestones.js";
import { cli, cliAsync } from "../edit/cli-run.js";
import { CLI } from "../harness/paths.js";
import { call, exampleDir, stdioClient } from "./mcp-client.js";

describe("roadmark mcp over stdio (built CLI)", () => {
  it("answers a session: tools, a read, an edit with the hash, a stale edit; exits when stdin closes", async () => {
    const { dir, file } = exampleDir();
    const client = await stdioClient(dir);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(["roadmap_edit", "roadmap_lint", "roadmap_milestone", "roadmap_status", "roadmap_verify"]);
      const s = await call(client, "roadmap_status");
      expect(s.data.hash).toBe(hashOf(readFileSync(file)));
      const e = await call(client, "roadmap_edit", { op: "tick", id: "M1", criterion: "3", expectedHash: s.data.hash });
      expect(e.isError, e.text).toBe(false);
      expect(e.data.hash).toBe(hashOf(readFileSync(file)));
      expect(findMilestone(parseRoadmap(readFileSync(file, "utf8")), "M1")!.criteria[2]!.checked).toBe(true);
      const stale = await call(client, "roadmap_edit", { op: "untick", id: "M1", criterion: "3", expectedHash: s.data.hash });
      expect(stale.data).toMatchObject({ code: "STALE", currentHash: e.data.hash });
    } finally {
      await client.close();
    }
    // --read-only and --file, and a server that ends as soon as its stdin closes.
    const ro = await stdioClient(dir, ["--read-only", "--file", "ROADMAP.md"]);
    expect((await ro.listTools()).tools.map((t) => t.name)).not.toContain("roadmap_edit");
    await ro.close();
    const child = spawn(process.execPath, [CLI, "mcp"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(out).toBe("");
  });

  it("finds the roadmap from the call's file, else --file, else ROADMARK_FILE, else the usual names", async () => {
    const { dir, file } = exampleDir();
    mkdirSync(path.join(dir, "plans"));
    writeFileSync(path.join(dir, "plans", "A.md"), readFileSync(file));
    writeFileSync(path.join(dir, "plans", "B.md"), readFileSync(file));
    const byEnv = await stdioClient(dir, [], { ROADMARK_FILE: "plans/A.md" });
    const byFlag = await stdioClient(dir, ["--file", "plans/B.md"], { ROADMARK_FILE: "plans/A.md" });
    try {
      expect((await call(byEnv, "roadmap_status")).data.file).toBe(path.join("plans", "A.md"));
      expect((await call(byFlag, "roadmap_status")).data.file).toBe(path.join("plans", "B.md"));
      expect((await call(byFlag, "roadmap_status", { file: "ROADMAP.md" })).data.file).toBe("ROADMAP.md");
    } finally {
      await Promise.all([byEnv.close(), byFlag.close()]);
    }
  });

  it("gives the CLI's answers: roadmap_status == status --json, roadmap_lint == lint --format json", async () => {
    const { dir, file } = exampleDir();
    // A roadmap with findings (a row that disagrees with its section, a broken link).
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("| M2 | Public API | Read-only JSON API with caching | Planned |", "| M2 | Public API | Read-only JSON API with caching | Done |")
        .replace("## M3: Alerts", "## M3: Alerts\n\nSee [the design](docs/missing.md)."),
    );
    const client = await stdioClient(dir);
    try {
      const status = cli(dir, "status", "--json");
      expect(status.code).toBe(0);
      expect((await call(client, "roadmap_status")).data).toEqual(JSON.parse(status.stdout));
      const lint = cli(dir, "lint", "--format", "json");
      const docs = JSON.parse(lint.stdout) as unknown[];
      expect(docs).toHaveLength(1);
      const r = await call(client, "roadmap_lint");
      expect((r.data.diagnostics as unknown[]).length).toBeGreaterThan(0);
      expect(r.data).toEqual(docs[0]);
    } finally {
      await client.close();
    }
  });

  it("four servers and the CLI making 200 edits at once: each applied and present, or refused as STALE/LOCKED; nothing left behind", async () => {
    const dir = exampleDir().dir;
    const file = path.join(dir, "ROADMAP.md");
    // Five milestones, one per writer: a writer's edits touch only its own milestone (ticks on its first two criteria).
    // Real criteria: tick refuses the template's `[Criterion 1]` placeholders.
    writeFileSync(file, initRoadmap({ name: "Race", milestones: 5 }).replace(/\[Criterion (\d+)\]/g, "Criterion $1 holds"));
    expect(parseRoadmap(readFileSync(file, "utf8")).milestones.every((m) => m.criteria.length >= 2)).toBe(true);
    const writers = ["M0", "M1", "M2", "M3", "M4"] as const;
    const perWriter = 40;
    type Outcome = { op: string; criterion?: number; text?: string; applied: boolean };
    const plan = (w: number, k: number): { op: "tick" | "untick" | "add_criterion" | "learn"; criterion?: number; text?: string } => {
      const ops = ["tick", "untick", "add_criterion", "learn"] as const;
      const op = ops[(k + w) % 4]!;
      return op === "tick" || op === "untick" ? { op, criterion: 1 + ((k * 7 + w) % 2) } : { op, text: `w${w} edit #${k}#` };
    };
    const isRefusal = (code: unknown): boolean => code === "STALE" || code === "LOCKED";
    const mcpWriter = async (w: number, client: Client): Promise<Outcome[]> => {
      const out: Outcome[] = [];
      for (let k = 0; k < perWriter; k++) {
        const p = plan(w, k);
        const hash = (await call(client, "roadmap_status")).data.hash;
        const args = p.op === "tick" || p.op === "untick" ? { op: p.op, id: writers[w], criterion: String(p.criterion) } : { op: p.op, id: writers[w], text: p.text };
        const r = await call(client, "roadmap_edit", { ...args, expectedHash: hash });
        if (r.isError) expect(isRefusal(r.data.code), r.text).toBe(true);
        out.push({ ...p, applied: !r.isError });
      }
      return out;
    };
    const cliWriter = async (w: number): Promise<Outcome[]> => {
      const out: Outcome[] = [];
      for (let k = 0; k < perWriter; k++) {
        const p = plan(w, k);
        const hash = hashOf(readFileSync(file));
        const id = writers[w] ?? "";
        const args =
          p.op === "tick" || p.op === "untick"
            ? [p.op, id, String(p.criterion)]
            : p.op === "learn"
              ? ["learn", id, p.text ?? ""]
              : ["criterion", "add", id, p.text ?? ""];
        const r = await cliAsync(dir, ...args, "--expect-hash", hash);
        if (r.code !== 0) {
          expect(r.code, r.stderr).toBe(2);
          expect(r.stderr).toMatch(/the file changed since it was read|another roadmark process is writing this file/);
        }
        out.push({ ...p, applied: r.code === 0 });
      }
      return out;
    };
    const clients = await Promise.all([0, 1, 2, 3].map(() => stdioClient(dir)));
    let results: Outcome[][];
    try {
      results = await Promise.all([...clients.map((c, w) => mcpWriter(w, c)), cliWriter(4)]);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    const text = readFileSync(file, "utf8");
    const roadmap = parseRoadmap(text);
    expect(roadmap.milestones.map((m) => m.id)).toEqual([...writers]);
    let applied = 0;
    results.forEach((outcomes, w) => {
      const m = findMilestone(roadmap, writers[w]!)!;
      const checked = [false, false];
      for (const o of outcomes) {
        if (!o.applied) {
          if (o.text) expect(text, `refused edit present: ${o.text}`).not.toContain(o.text);
          continue;
        }
        applied++;
        if (o.op === "tick" || o.op === "untick") checked[o.criterion! - 1] = o.op === "tick";
        if (o.op === "learn") expect(m.learnings.map((l) => l.text)).toContain(o.text);
        if (o.op === "add_criterion") expect(m.criteria.map((c) => c.text)).toContain(o.text);
      }
      expect(m.criteria.slice(0, 2).map((c) => c.checked), `writer ${w}'s ticks`).toEqual(checked);
      expect(outcomes.some((o) => o.applied), `writer ${w} applied nothing`).toBe(true);
    });
    expect(results.flat()).toHaveLength(200);
    expect(applied).toBeGreaterThan(0);
    console.log(`mcp concurrency: ${applied} of 200 edits applied, ${200 - applied} refused (STALE or LOCKED)`);
    expect(readdirSync(dir)).toEqual(["ROADMAP.md"]);
  }, 300_000);
});
