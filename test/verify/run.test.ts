import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCommand, runCommands, RunInterruptedError } from "../../src/io/run-command.js";
import { TailBuffer } from "../../src/verify/tail-buffer.js";
import { tempDir } from "../harness/cli.js";
import { alive } from "./process.js";


async function waitFor(file: string): Promise<number> {
  for (let i = 0; i < 200 && !(existsSync(file) && readFileSync(file, "utf8").trim()); i++) await new Promise((r) => setTimeout(r, 25));
  return Number(readFileSync(file, "utf8").trim());
}

describe("TailBuffer", () => {
  it("keeps exactly the last bytes, whatever the chunk sizes", () => {
    const t = new TailBuffer(8);
    let all = "";
    for (const piece of ["abc", "defgh", "ijklmnopqrstuvwxyz", "1", "23"]) {
      t.write(Buffer.from(piece));
      all += piece;
      expect(t.text()).toBe(all.slice(-8));
    }
    expect(t.total).toBe(all.length);
  });

  it("property: after any chunks, holds exactly the last bytes written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 20 }), (cap, chunks) => {
        const t = new TailBuffer(cap);
        for (const c of chunks) t.write(Buffer.from(c));
        const all = Buffer.concat(chunks.map((c) => Buffer.from(c)));
        expect(t.total).toBe(all.length);
        // Compare bytes: the kept region is the last min(cap, total) bytes.
        expect(Buffer.compare(t.bytes(), all.subarray(Math.max(0, all.length - cap)))).toBe(0);
      }),
    );
  });

  it("drops a character cut at the start instead of showing U+FFFD", () => {
    const t = new TailBuffer(4);
    t.write(Buffer.from("aé€")); // 1 + 2 + 3 bytes: the last 4 are the second byte of é and €
    expect(t.text()).toBe("€");
  });
});

describe("runCommand", () => {
  it("passes on exit 0, fails with the exit code, keeps output from both streams", async () => {
    const cwd = tempDir();
    const ok = await runCommand("echo out; echo err >&2; pwd", { cwd });
    expect(ok).toMatchObject({ status: "passed", exitCode: 0 });
    expect(ok.outputTail).toContain("out");
    expect(ok.outputTail).toContain("err");
    expect(ok.outputTail).toContain(path.basename(cwd));
    const bad = await runCommand("exit 3", { cwd });
    expect(bad).toMatchObject({ status: "failed", exitCode: 3 });
  });

  it("a command that does not exist fails with 127 and its message", async () => {
    const r = await runCommand("roadmark-no-such-command-xyz --flag", { cwd: tempDir() });
    expect(r).toMatchObject({ status: "failed", exitCode: 127 });
    expect(r.outputTail).toMatch(/roadmark-no-such-command-xyz.*not found/);
  });

  it("a time-out ends the whole group: the grandchild is gone too", async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, "grandchild.pid");
    // The shell starts a background sleep (a grandchild of ours, via a subshell) and waits.
    const p = runCommand(`sh -c 'sleep 60 & echo $! > "${pidFile}"; wait'`, { cwd: dir, timeoutMs: 400, graceMs: 300 });
    const grandchild = await waitFor(pidFile);
    expect(alive(grandchild)).toBe(true);
    const r = await p;
    expect(r.status).toBe("timed_out");
    expect(r.exitCode).toBeNull();
    await new Promise((res) => setTimeout(res, 100));
    expect(alive(grandchild)).toBe(false);
  });

  it("a command ignoring SIGTERM is killed after the grace period", async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, "stubborn.pid");
    const t0 = performance.now();
    const p = runCommand(`trap '' TERM; echo $$ > "${pidFile}"; while :; do sleep 0.05; done`, { cwd: dir, timeoutMs: 300, graceMs: 400 });
    const pid = await waitFor(pidFile);
    const r = await p;
    const took = performance.now() - t0;
    expect(r.status).toBe("timed_out");
    expect(r.signal).toBe("SIGKILL");
    expect(took).toBeGreaterThanOrEqual(650);
    expect(alive(pid)).toBe(false);
  });

  it("does not wait on a background process that holds the output open after the command exits", async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, "bg.pid");
    const r = await runCommand(`sleep 30 & echo $! > "${pidFile}"; echo done`, { cwd: dir, timeoutMs: 10_000, graceMs: 300 });
    expect(r).toMatchObject({ status: "passed", exitCode: 0 });
    expect(r.outputTail).toContain("done");
    const bg = await waitFor(pidFile);
    await new Promise((res) => setTimeout(res, 100));
    expect(alive(bg)).toBe(false);
  });

  it("keeps only the last 4 KB of a large output", async () => {
    const r = await runCommand(`head -c 5000000 /dev/zero | tr '\\0' 'a'; printf 'THE-END'`, { cwd: tempDir() });
    expect(r.status).toBe("passed");
    expect(Buffer.byteLength(r.outputTail)).toBe(4096);
    expect(r.outputTail.endsWith("aaaTHE-END")).toBe(true);
  });
});

describe("runCommands", () => {
  it("runs in parallel up to --jobs and returns results in order", async () => {
    const t0 = performance.now();
    const rs = await runCommands(
      [0, 1, 2, 3].map((i) => ({ command: `sleep 0.3; echo ${i}` })),
      { cwd: tempDir(), jobs: 4 },
    );
    expect(performance.now() - t0).toBeLessThan(1100);
    expect(rs.map((r) => r.outputTail.trim())).toEqual(["0", "1", "2", "3"]);
  });

  it("a per-command timeout wins over the batch default", async () => {
    const rs = await runCommands([{ command: "sleep 5", timeoutMs: 200 }, { command: "true" }], { cwd: tempDir(), timeoutMs: 60_000, graceMs: 200 });
    expect(rs.map((r) => r.status)).toEqual(["timed_out", "passed"]);
  });

  it("an abort ends every running group, starts no more, and rejects", async () => {
    const dir = tempDir();
    const ac = new AbortController();
    const started: number[] = [];
    const p = runCommands(
      [0, 1, 2].map((i) => ({ command: `sh -c 'sleep 60 & echo $! > "${dir}/${i}.pid"; wait'` })),
      { cwd: dir, jobs: 2, graceMs: 300, signal: ac.signal, onStart: (i) => started.push(i) },
    );
    const pids = [await waitFor(path.join(dir, "0.pid")), await waitFor(path.join(dir, "1.pid"))];
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(RunInterruptedError);
    expect(started).toEqual([0, 1]);
    await new Promise((res) => setTimeout(res, 100));
    for (const pid of pids) expect(alive(pid)).toBe(false);
  });
});
