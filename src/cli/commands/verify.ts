// `roadmark verify [ID…]`: a thin adapter over src/verify/ (issue 15). It maps flags, asks for
// approvals on a terminal, shows progress, prints the results and writes ticks with --apply;
// choosing, gating, running and recording are runVerify's.
import { createInterface } from "node:readline/promises";
import { applyEdits } from "../../edit/apply-edits.js";
import { shorten } from "../../edit/find.js";
import { loadRoadmap } from "../../io/load-roadmap.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { InternalError, UsageError } from "../../model/errors.js";
import { terminalSafe } from "../../render/terminal/safe-text.js";
import { RunInterruptedError, signalAllGroups, type CommandResult } from "../../verify/run.js";
import { approveCommands } from "../../verify/trust.js";
import { runVerify, selectTargets, unapprovedCommands, verifyExitCode, verifyPlace, verifyTickEdits, type VerifyReport, type VerifyResult, type VerifyTarget } from "../../verify/verify.js";
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

/** `roadmark verify [ID…] [--jobs N] [--timeout S] [--apply] [--strict] [--json] [--yes] [--trust]`. */
export async function runVerifyCommand(ctx: CommandContext, ids: readonly string[], flags: VerifyFlags): Promise<number> {
  if (flags.strict && !flags.apply) throw new UsageError("verify: --strict changes what --apply writes", "pass --apply --strict");
  if (flags.trust && (flags.apply || flags.json)) throw new UsageError("verify: --trust only approves commands; it runs nothing", "run `roadmark verify` afterwards");
  const loaded = await loadRoadmap({ file: flags.file, maxSize: flags.maxSize, cwd: ctx.cwd });
  const { file, display, roadmap } = loaded;
  if (flags.apply && file.encoding !== "utf-8")
    throw new UsageError(`${display}: not valid UTF-8; roadmark edits UTF-8 files only, nothing written`, "convert the file to UTF-8 first");
  printWarnings(ctx, loaded.warnings);
  const targets = selectTargets(roadmap, ids);
  const place = await verifyPlace(file.path);
  if (!place.git && !flags.trust) ctx.err(`roadmark: note: ${display} is not in a git repository; results are not recorded\n`);
  const unapproved = await unapprovedCommands(place.root, targets);

  if (flags.trust) {
    if (targets.length === 0) {
      ctx.out(`no criterion${ids.length ? ` of ${ids.join(", ")}` : ""} names a Verify: command\n`);
      return 0;
    }
    if (unapproved.length === 0) {
      ctx.out(`every command (${new Set(targets.map((t) => t.criterion.verify.command)).size}) is approved for ${place.root}\n`);
      return 0;
    }
    let approved: string[];
    if (flags.yes) approved = unapproved;
    else if (process.stdin.isTTY) approved = await ask(ctx, place.root, unapproved);
    else {
      ctx.err(`roadmark: ${unapproved.length} unapproved command${unapproved.length === 1 ? "" : "s"}, and no terminal to ask on; nothing approved\n`);
      for (const c of unapproved) ctx.err(`  ${c}\n`);
      ctx.err(`hint: run \`roadmark verify --trust\` in a terminal, or \`roadmark verify --trust --yes\` to approve every command listed\n`);
      return 2;
    }
    await approveCommands(place.root, approved);
    for (const c of unapproved) ctx.out(`${approved.includes(c) ? "approved" : "not approved"}: ${c}\n`);
    return approved.length === unapproved.length ? 0 : 2;
  }

  if (flags.yes && unapproved.length > 0) {
    await approveCommands(place.root, unapproved);
    ctx.err(`roadmark: approved ${unapproved.length} command${unapproved.length === 1 ? "" : "s"} (--yes)\n`);
  }
  if (targets.length === 0) {
    if (flags.json) ctx.out(JSON.stringify({ results: [], summary: { total: 0, passed: 0, failed: 0, timed_out: 0, untrusted: 0 } }, null, 2) + "\n");
    else ctx.out(`no criterion${ids.length ? ` of ${ids.join(", ")}` : ""} names a Verify: command\n`);
    return 0;
  }

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
  let report: VerifyReport;
  try {
    report = await runVerify({
      roadmap,
      file: file.path,
      place,
      ...(ids.length ? { ids } : {}),
      ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
      ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
      signal: ac.signal,
      onStart: (command, ts) => live?.start(command, ts),
      onEnd: (command, ts, r) => (live ? live.end(command, line(command, ts, r)) : flags.json ? undefined : ctx.out(line(command, ts, r) + "\n")),
    });
  } catch (e) {
    if (e instanceof RunInterruptedError) {
      live?.stop();
      ctx.err(`roadmark: interrupted (${signalled ?? "signal"}): every command started was ended; nothing recorded, nothing written\n`);
      return 130;
    }
    throw e;
  } finally {
    live?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  let applied = 0;
  if (flags.apply) {
    const edits = verifyTickEdits(roadmap, report, { strict: flags.strict ?? false });
    if (edits.length > 0) {
      const { output, skipped } = applyEdits(roadmap.source, edits);
      if (skipped.length > 0) throw new InternalError(`overlapping edits (${skipped.length}) for ${display}`);
      // Against the bytes read before the run: a roadmap changed meanwhile is refused, not overwritten.
      await writeFileAtomic(file.path, output, { expected: file.bytes, mode: file.mode, display });
      applied = edits.length;
    }
  }

  const s = report.summary;
  if (flags.json) {
    ctx.out(JSON.stringify({ results: report.results, summary: s }, null, 2) + "\n");
  } else {
    for (const r of report.results) {
      if (r.status === "untrusted") ctx.out(`${label(r.status)}  ${r.command}  (${r.milestone} #${r.index} ${shorten(r.text, 40)})\n`);
    }
    const shown = new Set<string>();
    for (const r of report.results) {
      if ((r.status !== "failed" && r.status !== "timed_out") || shown.has(r.command)) continue;
      shown.add(r.command);
      const t = tailLines(r.outputTail);
      ctx.out(`\n${label(r.status)}: ${r.command}\n${t ? t + "\n" : "    │ (no output)\n"}`);
    }
    const notRun = s.untrusted;
    ctx.out(`\n${s.passed} passed, ${s.failed} failed, ${s.timed_out} timed out, ${notRun} not run (of ${s.total})\n`);
    if (flags.apply) ctx.out(applied ? `${display}: ${applied} box${applied === 1 ? "" : "es"} changed\n` : `${display}: nothing to change\n`);
  }
  if (s.untrusted > 0) {
    ctx.err(`roadmark: ${s.untrusted} criteri${s.untrusted === 1 ? "on was" : "a were"} not verified: ${new Set(report.results.filter((r) => r.status === "untrusted").map((r) => r.command)).size} command(s) not approved for ${report.root}\n`);
    ctx.err(`hint: ${APPROVE_HINT}\n`);
  }
  return verifyExitCode(report);
}
