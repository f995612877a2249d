// `roadmark verify [ID…]`: an adapter over the verify operation (ops/verify.ts, issue 15). It
// maps flags to a request, asks for approvals on a terminal (--trust), turns Ctrl-C into an
// abort, shows progress, prints the results and maps them to an exit code; choosing, gating,
// running, recording and the hash-checked ticks of --apply are the operation's.
import { createInterface } from "node:readline/promises";
import { shorten } from "../../edit/find.js";
import { RunInterruptedError, signalAllGroups, type CommandResult } from "../../io/run-command.js";
import { StaleError, UsageError } from "../../model/errors.js";
import { approveVerifyCommands, verify, verifyTrustState, type VerifyRun } from "../../ops/verify.js";
import { terminalSafe } from "../../render/terminal/safe-text.js";
import { verifyExitCode, type VerifyResult, type VerifyTarget } from "../../verify/results.js";
import { printWarnings, type CommandContext, type FileFlags } from "../context.js";

/** Flags of `roadmark verify`. */
export interface VerifyFlags extends FileFlags {
  readonly jobs?: number;
  /** Seconds. */
  readonly timeout?: number;
  readonly apply?: boolean;
  readonly strict?: boolean;
  readonly json?: boolean;
  readonly yes?: boolean;
  readonly trust?: boolean;
}

const APPROVE_HINT = "approve them with `roadmark verify --trust` in a terminal (or pass --yes where you trust the roadmap, as in CI)";

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}

function label(status: VerifyResult["status"] | CommandResult["status"]): string {
  switch (status) {
    case "passed":
      return "✓ passed";
    case "failed":
      return "✗ failed";
    case "timed_out":
      return "✗ timed out";
    case "untrusted":
      return "? untrusted";
  }
}

function who(targets: readonly VerifyTarget[]): string {
  return targets.map((t) => `${t.milestone.id} #${t.index} ${shorten(t.criterion.text, 40)}`).join("; ");
}

/** The last `n` non-empty lines of an output tail, indented. */
function tailLines(tail: string, n = 8): string {
  const lines = tail.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines
    .slice(-n)
    .map((l) => `    │ ${l}`)
    .join("\n");
}

/** Live progress on a terminal: finished lines scroll up, running commands redraw with their elapsed time. */
class LiveProgress {
  private readonly running = new Map<string, { started: number; targets: readonly VerifyTarget[] }>();
  private drawn = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly write: (s: string) => void;
  constructor(write: (s: string) => void) {
    this.write = write;
    this.timer = setInterval(() => this.draw([]), 100);
    this.timer.unref();
  }
  start(command: string, targets: readonly VerifyTarget[]): void {
    this.running.set(command, { started: performance.now(), targets });
    this.draw([]);
  }
  end(command: string, line: string): void {
    this.running.delete(command);
    this.draw([line]);
  }
  stop(): void {
    clearInterval(this.timer);
    this.draw([]);
  }
  private draw(finished: readonly string[]): void {
    let s = this.drawn > 0 ? `\u001b[${this.drawn}A\r\u001b[J` : "";
    for (const l of finished) s += terminalSafe(l) + "\n";
    const now = performance.now();
    const cols = process.stdout.columns || 100;
    for (const [command, r] of this.running) s += terminalSafe(shorten(`  … ${seconds(now - r.started).padStart(6)}  ${command}  (${who(r.targets)})`, cols - 1)) + "\n";
    this.drawn = this.running.size;
    this.write(s);
  }
}

/** Asks y/N for each command on the terminal; returns the approved ones. */
async function ask(ctx: CommandContext, root: string, commands: readonly string[]): Promise<string[]> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const yes: string[] = [];
  try {
    ctx.err(`roadmark: ${commands.length} command${commands.length === 1 ? "" : "s"} to approve for ${root}:\n`);
    for (const c of commands) {
      const a = (await rl.question(terminalSafe(`  run \`${c}\`? [y/N] `))).trim().toLowerCase();
      if (a === "y" || a === "yes") yes.push(c);
    }
  } finally {
    rl.close();
  }
  return yes;
}

/** `roadmark verify --trust [ID…] [--yes]`: lists the unapproved commands and approves the ones the person says yes to. */
async function runTrust(ctx: CommandContext, ids: readonly string[], flags: VerifyFlags): Promise<number> {
  const ws = { cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize };
  const st = await verifyTrustState(ws, { ids });
  printWarnings(ctx, st.warnings);
  if (st.targets === 0) {
    ctx.out(`no criterion${ids.length ? ` of ${ids.join(", ")}` : ""} names a Verify: command\n`);
    return 0;
  }
  if (st.unapproved.length === 0) {
    ctx.out(`every command (${st.commands.length}) is approved for ${st.root}\n`);
    return 0;
  }
  let approved: string[];
  if (flags.yes) approved = [...st.unapproved];
  else if (process.stdin.isTTY) approved = await ask(ctx, st.root, st.unapproved);
  else {
    ctx.err(`roadmark: ${st.unapproved.length} unapproved command${st.unapproved.length === 1 ? "" : "s"}, and no terminal to ask on; nothing approved\n`);
    for (const c of st.unapproved) ctx.err(`  ${c}\n`);
    ctx.err("hint: run `roadmark verify --trust` in a terminal, or `roadmark verify --trust --yes` to approve every command listed\n");
    return 2;
  }
  await approveVerifyCommands(ws, approved);
  for (const c of st.unapproved) ctx.out(`${approved.includes(c) ? "approved" : "not approved"}: ${c}\n`);
  return approved.length === st.unapproved.length ? 0 : 2;
}

/** Prints the run: untrusted commands, the tails of failures, the summary and what --apply changed. */
function printRun(ctx: CommandContext, run: VerifyRun, flags: VerifyFlags): void {
  const s = run.summary;
  for (const r of run.results) {
    if (r.status === "untrusted") ctx.out(`${label(r.status)}  ${r.command}  (${r.milestone} #${r.index} ${shorten(r.text, 40)})\n`);
  }
  const shown = new Set<string>();
  for (const r of run.results) {
    if ((r.status !== "failed" && r.status !== "timed_out") || shown.has(r.command)) continue;
    shown.add(r.command);
    const t = tailLines(r.outputTail);
    ctx.out(`\n${label(r.status)}: ${r.command}\n${t ? t + "\n" : "    │ (no output)\n"}`);
  }
  ctx.out(`\n${s.passed} passed, ${s.failed} failed, ${s.timed_out} timed out, ${s.untrusted} not run (of ${s.total})\n`);
  if (flags.apply && run.applied) ctx.out(run.applied.changed ? `${run.display}: ${run.applied.changed} box${run.applied.changed === 1 ? "" : "es"} changed\n` : `${run.display}: nothing to change\n`);
}

/** `roadmark verify [ID…] [--jobs N] [--timeout S] [--apply] [--strict] [--json] [--yes] [--trust]`. */
export async function runVerifyCommand(ctx: CommandContext, ids: readonly string[], flags: VerifyFlags): Promise<number> {
  if (flags.strict && !flags.apply) throw new UsageError("verify: --strict changes what --apply writes", "pass --apply --strict");
  if (flags.trust && (flags.apply || flags.json)) throw new UsageError("verify: --trust only approves commands; it runs nothing", "run `roadmark verify` afterwards");
  if (flags.trust) return runTrust(ctx, ids, flags);

  // Ctrl-C (or SIGTERM): end every command group, record nothing, write nothing. A second one kills at once.
  const ac = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (signalled) {
      signalAllGroups("SIGKILL");
      process.exit(130);
    }
    signalled = sig;
    ac.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const live = !flags.json && process.stdout.isTTY ? new LiveProgress((s) => void process.stdout.write(s)) : undefined;
  const line = (command: string, targets: readonly VerifyTarget[], r: CommandResult): string => {
    const extra = r.status === "failed" && r.exitCode !== null ? ` (exit ${r.exitCode})` : "";
    return `${label(r.status)}${extra}  ${command}  ${seconds(r.durationMs)}  (${who(targets)})`;
  };
  let run: VerifyRun;
  try {
    run = await verify(
      { cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize },
      {
        ids,
        jobs: flags.jobs,
        timeoutMs: flags.timeout !== undefined ? flags.timeout * 1000 : undefined,
        apply: flags.apply,
        strict: flags.strict,
        approveAll: flags.yes,
        signal: ac.signal,
        onStart: (command, ts) => live?.start(command, ts),
        onEnd: (command, ts, r) => (live ? live.end(command, line(command, ts, r)) : flags.json ? undefined : ctx.out(line(command, ts, r) + "\n")),
      },
    );
  } catch (e) {
    live?.stop();
    if (e instanceof RunInterruptedError) {
      ctx.err(`roadmark: interrupted (${signalled ?? "signal"}): every command started was ended; nothing recorded, nothing written\n`);
      return 130;
    }
    if (e instanceof StaleError) {
      // The results are recorded; only the boxes were refused.
      ctx.err(`roadmark: ${e.message}\n`);
      ctx.err("hint: run `roadmark verify --apply` again on the roadmap as it is now\n");
      return 2;
    }
    throw e;
  } finally {
    live?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  printWarnings(ctx, run.warnings);
  if (!run.recordFile) ctx.err(`roadmark: note: ${run.display} is not in a git repository; results are not recorded\n`);
  if (run.approved.length > 0) ctx.err(`roadmark: approved ${run.approved.length} command${run.approved.length === 1 ? "" : "s"} (--yes)\n`);
  if (flags.json) ctx.out(JSON.stringify({ results: run.results, summary: run.summary }, null, 2) + "\n");
  else if (run.targets === 0) ctx.out(`no criterion${ids.length ? ` of ${ids.join(", ")}` : ""} names a Verify: command\n`);
  else printRun(ctx, run, flags);
  if (run.unapproved.length > 0) {
    const n = run.summary.untrusted;
    ctx.err(`roadmark: ${n} criteri${n === 1 ? "on was" : "a were"} not verified: ${run.unapproved.length} command(s) not approved for ${run.root}\n`);
    ctx.err(`hint: ${APPROVE_HINT}\n`);
  }
  return verifyExitCode(run);
}
