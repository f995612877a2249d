// The GitHub Action's body: inputs → lint and status in process (the operations the CLI uses)
// → SARIF, annotations within the runner's caps, outputs, job summary, and the step's verdict.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatSarif } from "../lint/formats/sarif.js";
import { displayPosition, type LintedFile } from "../lint/formats/linted-file.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { InputError, NotFoundError, RoadmarkError, UsageError } from "../model/errors.js";
import { lint } from "../ops/lint.js";
import { status, type StatusResult } from "../ops/read.js";
import { verify } from "../ops/verify.js";
import { escapeCell, renderStatusMarkdown } from "../render/markdown/status.js";
import type { ActionHost, AnnotationProps } from "./host.js";
import { readInputs, type ActionInputs } from "./inputs.js";

/** GitHub shows at most 10 annotations of each kind per step (and 50 per job). */
export const ANNOTATIONS_PER_KIND = 10;
/** Findings listed in the job summary before it points at SARIF for the rest. */
export const SUMMARY_FINDINGS = 50;
/** Roadmaps whose status the job summary shows. */
export const SUMMARY_ROADMAPS = 5;

/** Where the action runs. */
export interface ActionEnv {
  /** The checkout (GITHUB_WORKSPACE): files, globs and the SARIF path are relative to it. */
  readonly workspace: string;
  readonly version: string;
}

/** What the run decided (main.ts turns it into the exit status through the host). */
export interface ActionOutcome {
  readonly failed: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly ms: number;
}

const KIND = { error: "error", warning: "warning", info: "notice" } as const;

/** The annotation properties of a finding, its file named relative to the workspace. */
function annotation(f: LintedFile, d: Diagnostic, workspace: string): AnnotationProps {
  const s = displayPosition(f, d.span.start);
  const e = displayPosition(f, Math.max(d.span.start, d.span.end));
  const file = path.relative(workspace, path.resolve(workspace, f.file)).split(path.sep).join("/");
  // GitHub ignores columns on an annotation that spans lines.
  return { title: d.ruleId, file, startLine: s.line, endLine: e.line, ...(s.line === e.line ? { startColumn: s.column, endColumn: Math.max(e.column, s.column + 1) } : {}) };
}

/** Emits annotations, at most ANNOTATIONS_PER_KIND per kind, then one notice saying where the rest are. */
function annotate(host: ActionHost, files: readonly LintedFile[], inputs: ActionInputs, workspace: string): number {
  const all = files.flatMap((f) => f.diagnostics.map((d) => ({ f, d })));
  const count = { error: 0, warning: 0, info: 0 };
  for (const { d } of all) count[d.severity]++;
  const over = count.error > ANNOTATIONS_PER_KIND || count.warning > ANNOTATIONS_PER_KIND || count.info > ANNOTATIONS_PER_KIND;
  // The closing notice is a notice too: keep a slot for it.
  const cap = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: over ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND };
  const shown = { error: 0, warning: 0, info: 0 };
  for (const { f, d } of all) {
    if (shown[d.severity] >= cap[d.severity]) continue;
    shown[d.severity]++;
    host[KIND[d.severity]](d.message, annotation(f, d, workspace));
  }
  const hidden = all.length - shown.error - shown.warning - shown.info;
  if (hidden > 0)
    host.notice(
      `${hidden} more finding${hidden === 1 ? "" : "s"} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} per kind per step): ` +
        (inputs.sarifFile ? `upload ${inputs.sarifFile} to code scanning to see every one` : "set the sarif-file input and upload it to code scanning to see every one"),
      { title: "roadmark" },
    );
  return hidden;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The job summary: each roadmap's status table, then the lint counts and the first findings. */
function summaryMarkdown(statuses: readonly StatusResult[], files: readonly LintedFile[], counts: { errors: number; warnings: number; infos: number }, workspace: string): string {
  const out: string[] = [];
  for (const s of statuses.slice(0, SUMMARY_ROADMAPS)) out.push(renderStatusMarkdown(s.roadmap, s.display));
  if (statuses.length > SUMMARY_ROADMAPS) out.push(`_…and ${statuses.length - SUMMARY_ROADMAPS} more roadmaps._\n`);
  out.push("### roadmark lint\n");
  const total = counts.errors + counts.warnings + counts.infos;
  out.push(`${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "note")} in ${plural(files.length, "file")}.\n`);
  if (total > 0) {
    out.push("| Location | Severity | Rule | Message |", "| --- | --- | --- | --- |");
    let n = 0;
    for (const f of files)
      for (const d of f.diagnostics) {
        if (n++ >= SUMMARY_FINDINGS) break;
        const a = annotation(f, d, workspace);
        out.push(`| ${escapeCell(`${a.file}:${a.startLine}`)} | ${d.severity} | ${escapeCell(d.ruleId)} | ${escapeCell(d.message)} |`);
      }
    if (total > SUMMARY_FINDINGS) out.push("", `_${total - SUMMARY_FINDINGS} more in the SARIF file or the step's log._`);
    out.push("");
  }
  return out.join("\n") + "\n";
}

/**
 * Creates the missing folders above a file, one level at a time (Node's recursive mkdir spins
 * forever under some virtual file systems, such as /proc).
 */
async function makeParents(file: string): Promise<void> {
  const missing: string[] = [];
  for (let dir = path.dirname(file); !existsSync(dir); dir = path.dirname(dir)) {
    if (path.dirname(dir) === dir) break;
    missing.unshift(dir);
  }
  for (const dir of missing) await mkdir(dir);
}

/** Why a write failed, in words. */
function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EROFS") return "read-only file system";
  return e instanceof Error ? e.message : String(e);
}

/** The error's one line, with its hint when it has one. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const hint = (e as { hint?: unknown }).hint;
  return typeof hint === "string" && hint ? `${e.message} (${hint})` : e.message;
}

/** Runs the action. Never throws: bad input fails the step with one error annotation. */
export async function runAction(host: ActionHost, env: ActionEnv): Promise<ActionOutcome> {
  const started = performance.now();
  const done = (failed: boolean, errors = 0, warnings = 0): ActionOutcome => ({ failed, errors, warnings, ms: performance.now() - started });
  try {
    const inputs = readInputs(host);
    const ws = { cwd: env.workspace };
    const run = await lint(ws, inputs.files.length > 0 ? { files: inputs.files } : {}).catch((e: unknown) => {
      // The locator's hint names the CLI's flag; here the input is the way.
      if (inputs.files.length === 0 && e instanceof InputError && e.option === "file" && e.problem === "missing")
        throw new NotFoundError(e.message, "set the files input, or add a ROADMAP.md to the repository");
      throw e;
    });
    // verify: true is the workflow author's opt-in: every command of the roadmap is approved
    // (on this runner, outside the repository) and run before the status is read, so the summary
    // shows the fresh results. A failed or timed-out command is an error annotation.
    let verifyFailed = 0;
    if (inputs.verify)
      for (const f of run.files) {
        const v = await verify({ cwd: env.workspace, file: path.resolve(env.workspace, f.file) }, { approveAll: true });
        for (const x of v.results) {
          if (x.status !== "failed" && x.status !== "timed_out") continue;
          verifyFailed++;
          const why = x.status === "failed" ? `failed (exit ${x.exitCode ?? "?"})` : "timed out";
          host.error(`${x.milestone} criterion ${x.index}: \`${x.command}\` ${why}`, { title: "verify", file: path.relative(env.workspace, path.resolve(env.workspace, f.file)).split(path.sep).join("/") });
        }
        const n = v.summary;
        host.info(`roadmark verify ${f.file}: ${n.passed} passed, ${n.failed} failed, ${n.timed_out} timed out`);
      }
    const statuses = await Promise.all(run.files.map((f) => status({ cwd: env.workspace, file: path.resolve(env.workspace, f.file) })));
    for (const w of run.warnings) host.warning(w, { title: "roadmark" });
    // SARIF first: an unwritable path is bad input, reported before anything else.
    let sarifPath = "";
    if (inputs.sarifFile) {
      const full = path.resolve(env.workspace, inputs.sarifFile);
      try {
        await makeParents(full);
        await writeFile(full, formatSarif(run.files, env.version, { cwd: env.workspace }));
      } catch (e) {
        throw new UsageError(`input sarif-file: cannot write ${inputs.sarifFile}: ${writeFailure(e)}`, "give a writable path inside the workspace");
      }
      sarifPath = inputs.sarifFile;
    }
    annotate(host, run.files, inputs, env.workspace);
    const { errors, warnings, infos } = run.counts;
    const first = statuses[0]?.json;
    const progress = first ? `${first.progress.done}/${first.progress.total}` : "0/0";
    host.setOutput("errors", String(errors));
    host.setOutput("warnings", String(warnings));
    host.setOutput("progress", progress);
    host.setOutput("current", first?.current ?? "");
    host.setOutput("sarif-file", sarifPath);
    if (inputs.summary && !(await host.appendSummary(summaryMarkdown(statuses, run.files, { errors, warnings, infos }, env.workspace))))
      host.info("roadmark: no job summary file (GITHUB_STEP_SUMMARY is not set); summary skipped");
    const failed = verifyFailed > 0 || (inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false);
    const ms = performance.now() - started;
    host.info(`roadmark ${env.version}: ${plural(run.files.length, "file")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}, progress ${progress}, current ${first?.current ?? "none"} (${ms.toFixed(0)} ms)`);
    if (verifyFailed > 0) host.setFailed(`roadmark verify: ${plural(verifyFailed, "command")} failed or timed out`);
    else if (failed) host.setFailed(`roadmark lint: ${plural(errors, "error")} and ${plural(warnings, "warning")} (fail-on: ${inputs.failOn})`);
    return done(failed, errors, warnings);
  } catch (e) {
    // Bad input is the user's to fix: one line. Anything else is our bug: its stack in the debug log.
    if (!(e instanceof RoadmarkError) || e.code === "INTERNAL") host.debug(e instanceof Error && e.stack ? e.stack : String(e));
    host.setFailed(`roadmark: ${describeError(e)}`);
    return done(true);
  }
}
