// The built CLI: `render` formats and output, `serve` bad input, exit codes and one-line errors.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../harness/paths.js";
import { EXAMPLE } from "./helpers.js";

const exec = promisify(execFile);
let dir: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "roadmark-render-"));
  writeFileSync(path.join(dir, "ROADMAP.md"), readFileSync(EXAMPLE));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("roadmark render", () => {
  it("prints mermaid, gantt and badge", async () => {
    const m = await run(["render", "mermaid"]);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/^flowchart TD\n/);
    expect(m.stdout).toContain("M0 --> M1");
    const g = await run(["render", "gantt"]);
    expect(g.stdout).toMatch(/^gantt\n/);
    const b = await run(["render", "badge", "--percent"]);
    expect(b.stdout).toContain(">41%</text>");
  });

  it("writes a self-contained html file with -o", async () => {
    const r = await run(["render", "html", "-o", "dash.html"]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    const html = readFileSync(path.join(dir, "dash.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(html.length).toBeGreaterThan(50_000);
  });

  it("refuses an unknown format and an unwritable output with one line, exit 2", async () => {
    const u = await run(["render", "png"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^roadmark: render: unknown format "png"\n/);
    const w = await run(["render", "html", "-o", "no/such/dir/out.html"]);
    expect(w.code).toBe(2);
    expect(w.stderr).toBe("roadmark: no/such/dir/out.html: cannot write: the directory no/such/dir does not exist\n");
    if (process.platform === "linux") {
      // /proc refuses new files even for root: an unwritable path that does not depend on the user.
      const p = await run(["render", "badge", "-o", "/proc/roadmark-badge.svg"]);
      expect(p.code).toBe(2);
      expect(p.stderr).toMatch(/^roadmark: \/proc\/roadmark-badge\.svg: cannot write: [^\n]+; nothing written\n$/);
    }
    const d = await run(["render", "badge", "-o", "."]);
    expect(d.code).toBe(2);
    expect(d.stderr).toBe("roadmark: .: cannot write: is a directory\n");
  });
});

describe("roadmark serve: bad input", () => {
  it("exits 2 with one line for a port in use and an invalid port", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const inUse = await run(["serve", "--port", String(port)]);
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toBe(`roadmark: cannot listen on 127.0.0.1:${port}: the port is in use (choose another with --port N)\n`);
    } finally {
      blocker.close();
    }
    const big = await run(["serve", "--port", "70000"]);
    expect(big.code).toBe(2);
    expect(big.stderr.trim().split("\n")).toHaveLength(1);
    const word = await run(["serve", "--port", "http"]);
    expect(word.code).toBe(2);
    expect(word.stderr).toMatch(/--port/);
  });

  it("prints its URL and stops with exit 0 on SIGINT", async () => {
    const child = spawn(process.execPath, [CLI, "serve", "--port", "0"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    const line = await new Promise<string>((resolve) => child.stdout.once("data", (c: Buffer) => resolve(c.toString())));
    expect(line).toMatch(/^roadmark: serving ROADMAP\.md at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)\n$/);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});
