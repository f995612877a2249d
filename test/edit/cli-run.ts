// Runs the built CLI in a directory (end-to-end tests).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLI } from "../harness/paths.js";

/** What a CLI run gave back. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` synchronously in `cwd`. */
export function cli(cwd: string, ...args: string[]): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI asynchronously (for concurrent runs). */
export function cliAsync(cwd: string, ...args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A fresh temp directory holding `ROADMAP.md` with `content` (string or bytes). */
export function tempRoadmap(content: string | Buffer, name = "ROADMAP.md"): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "rm-edit-"));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return { dir, file };
}
