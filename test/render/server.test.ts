import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { request, type IncomingMessage } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/model/errors.js";
import { startServer, type RunningServer } from "../../src/server/http.js";
import type { DashboardData } from "../../src/report/dashboard-data.js";
import { EXAMPLE } from "./helpers.js";

const ASSETS = { js: "void 0", css: "body{}" };

interface Reply {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

function fetchRaw(url: string, opts: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: opts.method ?? "GET", headers: opts.host ? { host: opts.host } : {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Opens /events and hands each `dashboard` event to the caller, in order. */
function events(url: string): { next(pred?: (d: DashboardData) => boolean): Promise<DashboardData>; close(): void } {
  const queue: DashboardData[] = [];
  const waiters: (() => void)[] = [];
  let buf = "";
  const req = request(new URL("events", url), (res) => {
    res.setEncoding("utf8");
    res.on("data", (c: string) => {
      buf += c;
      let i: number;
      while ((i = buf.indexOf("\n\n")) !== -1) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        if (block.includes("event: dashboard") && data) {
          queue.push(JSON.parse(data.slice(6)) as DashboardData);
          waiters.splice(0).forEach((w) => w());
        }
      }
    });
  });
  req.on("error", () => undefined);
  req.end();
  return {
    async next(pred = () => true) {
      for (;;) {
        const i = queue.findIndex(pred);
        if (i !== -1) return queue.splice(0, i + 1).pop()!;
        queue.length = 0;
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    close: () => req.destroy(),
  };
}

let dir: string;
let file: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-serve-"));
  file = path.join(dir, "ROADMAP.md");
  writeFileSync(file, readFileSync(EXAMPLE));
  mkdirSync(path.join(dir, ".git", "refs", "heads"), { recursive: true });
  writeFileSync(path.join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
  server = await startServer({ cwd: dir, port: 0, assets: ASSETS, debounceMs: 30 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("startServer", () => {
  it("binds to loopback and serves the page with a strict CSP", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetchRaw(server.url);
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';.*connect-src 'self'.*frame-ancestors 'none'$/);
    expect(r.body).toContain('data-live="1"');
  });

  it("answers the API routes", async () => {
    const status = JSON.parse((await fetchRaw(new URL("api/status", server.url).href)).body);
    expect(status.schemaVersion).toBe(1);
    expect(status.milestones.map((m: { id: string }) => m.id)).toEqual(["M0", "M1", "M2", "M3"]);
    const lint = JSON.parse((await fetchRaw(new URL("api/lint", server.url).href)).body);
    expect(lint).toEqual([{ file: "ROADMAP.md", diagnostics: [] }]);
    const hist = await fetchRaw(new URL("api/history", server.url).href);
    expect(hist.status).toBe(404);
    expect(JSON.parse(hist.body).error).toMatch(/No burn-up/);
  });

  it("serves nothing else, read-only, and only to its own host names", async () => {
    for (const p of ["ROADMAP.md", "../ROADMAP.md", "%2e%2e/etc/passwd", "api", "api/status/x", "index.html", "favicon.ico"]) {
      expect((await fetchRaw(server.url + p)).status, p).toBe(404);
    }
    const post = await fetchRaw(server.url, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    expect((await fetchRaw(server.url, { method: "DELETE" })).status).toBe(405);
    const head = await fetchRaw(server.url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await fetchRaw(server.url, { host: "evil.example:80" })).status).toBe(421);
  });

  it("pushes an update after a save, shows a broken file, and recovers", async () => {
    const ev = events(server.url);
    try {
      const first = await ev.next();
      expect(first.status?.progress).toEqual({ done: 5, total: 12 });
      // An atomic save: write a temp file, rename it over the roadmap.
      const tmp = path.join(dir, ".ROADMAP.md.tmp");
      writeFileSync(tmp, readFileSync(file, "utf8").replace("- [ ] Responses are cached", "- [x] Responses are cached"));
      renameSync(tmp, file);
      const second = await ev.next((d) => d.status?.progress.done === 6);
      expect(second.error).toBeNull();
      writeFileSync(file, Buffer.from([0x23, 0x00, 0x41]));
      const broken = await ev.next((d) => d.error !== null);
      expect(broken.error).toMatch(/binary file/);
      expect((await fetchRaw(new URL("api/status", server.url).href)).status).toBe(503);
      writeFileSync(file, readFileSync(EXAMPLE));
      const fixed = await ev.next((d) => d.error === null);
      expect(fixed.status?.progress).toEqual({ done: 5, total: 12 });
    } finally {
      ev.close();
    }
  });

  it("pushes an update when git's HEAD moves", async () => {
    const ev = events(server.url);
    try {
      const first = await ev.next();
      await new Promise((r) => setTimeout(r, 300)); // let watch events of earlier tests settle
      const t = Date.now();
      writeFileSync(path.join(dir, ".git", "HEAD"), "ref: refs/heads/other\n");
      const again = await ev.next((d) => Date.parse(d.generatedAt) >= t);
      expect(again.status?.progress).toEqual(first.status?.progress);
    } finally {
      ev.close();
    }
  });

  it("refuses to start on a roadmap it cannot read", async () => {
    await expect(startServer({ cwd: dir, file: "missing.md", port: 0, assets: ASSETS })).rejects.toThrow(/missing\.md/);
  });

  it("refuses a port in use and an invalid port with a UsageError", async () => {
    const port = new URL(server.url).port;
    await expect(startServer({ cwd: dir, port: Number(port), assets: ASSETS })).rejects.toThrow(UsageError);
    await expect(startServer({ cwd: dir, port: Number(port), assets: ASSETS })).rejects.toThrow(/port is in use/);
    // The library names no flag: a typed InputError on the `port` option (the CLI adds `--port`).
    await expect(startServer({ cwd: dir, port: 70000, assets: ASSETS })).rejects.toMatchObject({ option: "port", problem: "out-of-range", message: "port: expected a port number from 0 to 65535, got 70000" });
    await expect(startServer({ cwd: dir, port: Number(port), assets: ASSETS })).rejects.toMatchObject({ option: "port", problem: "in-use" });
  });
});

describe("findGitDir", () => {
  it("finds a repository's .git directory and a linked worktree's git dirs", async () => {
    const { findGitDir } = await import("../../src/server/watch.js");
    const root = mkdtempSync(path.join(os.tmpdir(), "roadmark-git-"));
    try {
      mkdirSync(path.join(root, "main", ".git", "worktrees", "wt"), { recursive: true });
      writeFileSync(path.join(root, "main", ".git", "worktrees", "wt", "commondir"), "../..\n");
      mkdirSync(path.join(root, "wt", "docs"), { recursive: true });
      writeFileSync(path.join(root, "wt", ".git"), `gitdir: ${path.join(root, "main", ".git", "worktrees", "wt")}\n`);
      expect(findGitDir(path.join(root, "main"))).toEqual({ gitDir: path.join(root, "main", ".git"), commonDir: path.join(root, "main", ".git") });
      expect(findGitDir(path.join(root, "wt", "docs"))).toEqual({ gitDir: path.join(root, "main", ".git", "worktrees", "wt"), commonDir: path.join(root, "main", ".git") });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
