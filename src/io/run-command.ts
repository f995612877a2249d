// Runs verify commands (issue 15, point 2): through the shell, from a directory, in parallel,
// each in its own process group so a timeout or an interrupt ends the command's children and
// grandchildren too (INTEGRATIONS.md "Running commands": `detached: true`, signal `-pid`).
// SIGTERM first, SIGKILL after a grace period. Each run keeps its exit status, duration and the
// last 4 KB of its combined output (a TailBuffer: bounded whatever it prints). No CLI here.
import { spawn } from "node:child_process";
import os from "node:os";
import pLimit from "p-limit";
import type { RunStatus } from "../verify/types.js";
import { TailBuffer } from "../verify/tail-buffer.js";

/** Defaults of a run. */
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_GRACE_MS = 2_000;
export const OUTPUT_TAIL_BYTES = 4096;

/** min(4, cores). */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores));
}

/** One command that ran to an end. */
export interface CommandResult {
  readonly status: RunStatus;
  /** The exit code; null when a signal ended it (a time-out) or it could not start. */
  readonly exitCode: number | null;
  /** The signal that ended it, when one did. */
  readonly signal: NodeJS.Signals | null;
  readonly durationMs: number;
  /** The last 4 KB of stdout and stderr, interleaved as they came. */
  readonly outputTail: string;
}

/** How to run one command. */
export interface RunCommandOptions {
  readonly cwd: string;
  readonly timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  readonly graceMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Ends the command (its whole group) early; the promise then rejects with RunInterruptedError. */
  readonly signal?: AbortSignal;
  readonly tailBytes?: number;
}

/** The run was interrupted (SIGINT/SIGTERM to roadmark): every started group has ended. */
export class RunInterruptedError extends Error {
  override name = "RunInterruptedError";
  constructor() {
    super("interrupted: every command started was ended");
  }
}

/** Process groups started and not yet ended, for a last-resort kill when roadmark itself exits. */
const liveGroups = new Set<number>();

/** Sends `signal` to every live command group (synchronous; for an exit handler). */
export function signalAllGroups(signal: NodeJS.Signals): void {
  for (const pid of liveGroups) killGroup(pid, signal);
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group has already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `command` through the shell (`/bin/sh -c`) in its own process group. Resolves when the
 * command has ended and its output is closed; exit 0 is `passed`, any other end `failed`
 * (127, command not found, included: its message is in the tail), the timeout `timed_out`.
 */
export function runCommand(command: string, opts: RunCommandOptions): Promise<CommandResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const tail = new TailBuffer(opts.tailBytes ?? OUTPUT_TAIL_BYTES);
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new RunInterruptedError());
    const started = performance.now();
    let timedOut = false;
    let interrupted = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null; at: number } | undefined;
    let closed = false;
    let spawnError: Error | undefined;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const child = spawn(command, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      shell: true,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    const onData = (chunk: Buffer): void => tail.write(chunk);
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    /** SIGTERM to the group now, SIGKILL after the grace period if anything is left. */
    const end = (): void => {
      if (pid === undefined) return;
      killGroup(pid, "SIGTERM");
      timers.push(
        setTimeout(() => {
          if (groupAlive(pid)) killGroup(pid, "SIGKILL");
          // Output held open by something that outlived the kill ends here too.
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, graceMs).unref(),
      );
    };
    const finish = (): void => {
      if (settled || !(exit || spawnError) || !(closed || spawnError)) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener("abort", onAbort);
      if (pid !== undefined) {
        // The shell has exited; whatever it left behind in its group ends with it.
        if (groupAlive(pid)) killGroup(pid, "SIGKILL");
        liveGroups.delete(pid);
      }
      if (interrupted) {
        reject(new RunInterruptedError());
        return;
      }
      const durationMs = Math.round(((exit?.at ?? performance.now()) - started) * 10) / 10;
      if (spawnError) {
        tail.write(Buffer.from(`roadmark: could not start the command: ${spawnError.message}\n`));
        resolve({ status: "failed", exitCode: null, signal: null, durationMs, outputTail: tail.text() });
        return;
      }
      const status: RunStatus = timedOut ? "timed_out" : exit!.code === 0 ? "passed" : "failed";
      resolve({ status, exitCode: timedOut ? null : exit!.code, signal: exit!.signal, durationMs, outputTail: tail.text() });
    };
    const onAbort = (): void => {
      if (exit) return;
      interrupted = true;
      end();
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    timers.push(
      setTimeout(() => {
        if (exit) return;
        timedOut = true;
        end();
      }, timeoutMs),
    );
    child.on("error", (e) => {
      spawnError ??= e;
      finish();
    });
    child.on("exit", (code, signal) => {
      exit = { code, signal, at: performance.now() };
      // A background process that keeps the output open must not hold the run: give it a moment, then end the group.
      if (!closed && pid !== undefined) timers.push(setTimeout(() => end(), Math.min(graceMs, 500)).unref());
      finish();
    });
    child.on("close", () => {
      closed = true;
      exit ??= { code: child.exitCode, signal: child.signalCode, at: performance.now() };
      finish();
    });
  });
}

/** One command to run in a batch. */
export interface CommandSpec {
  readonly command: string;
  /** This command's timeout (a criterion's `(timeout …)`); the batch default otherwise. */
  readonly timeoutMs?: number;
}

/** How to run a batch. */
export interface RunCommandsOptions {
  readonly cwd: string;
  /** How many at once (default min(4, cores)). */
  readonly jobs?: number;
  /** The timeout of commands that give none (default 120 s). */
  readonly timeoutMs?: number;
  readonly graceMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
  /** Called as a command starts and as it ends (index into `specs`). */
  readonly onStart?: (index: number) => void;
  readonly onEnd?: (index: number, result: CommandResult) => void;
}

/**
 * Runs `specs` with at most `jobs` at once; results in the order of `specs`. When `signal`
 * aborts, no further command starts, every running group is ended, and the promise rejects
 * with RunInterruptedError once they all have.
 */
export async function runCommands(specs: readonly CommandSpec[], opts: RunCommandsOptions): Promise<CommandResult[]> {
  const limit = pLimit(Math.max(1, opts.jobs ?? defaultJobs()));
  const settled = await Promise.allSettled(
    specs.map((spec, i) =>
      limit(async () => {
        if (opts.signal?.aborted) throw new RunInterruptedError();
        opts.onStart?.(i);
        const r = await runCommand(spec.command, {
          cwd: opts.cwd,
          timeoutMs: spec.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(opts.graceMs !== undefined ? { graceMs: opts.graceMs } : {}),
          ...(opts.env ? { env: opts.env } : {}),
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
        opts.onEnd?.(i, r);
        return r;
      }),
    ),
  );
  const out: CommandResult[] = [];
  for (const s of settled) {
    if (s.status === "rejected") throw s.reason instanceof Error ? s.reason : new RunInterruptedError();
    out.push(s.value);
  }
  return out;
}
