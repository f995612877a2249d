// Runs the committed action bundle as the GitHub runner does: `node action/dist/index.js` in the
// workspace, every input of action.yml as INPUT_<NAME> (upper-cased, spaces to underscores,
// hyphens kept: INPUT_FAIL-ON) with its default unless given, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY as files.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../harness/paths.js";

export const ACTION = path.join(ROOT, "action.yml");
export const BUNDLE = path.join(ROOT, "action/dist/index.js");

/** What a simulated step did. */
export interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Workflow commands on stdout (`::error file=…::message`), parsed. */
  readonly commands: readonly { kind: string; props: Record<string, string>; message: string }[];
}

/** The runner's environment variable name of an input. */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Parses the `name<<delimiter` blocks the toolkit writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
}

/** Runs the action in `workspace` with these inputs (names as in action.yml). */
export function runAction(workspace: string, inputs: Record<string, string> = {}, opts: { summaryFile?: boolean; env?: NodeJS.ProcessEnv } = {}): StepResult {
  const declared = (parse(readFileSync(ACTION, "utf8")) as { inputs: Record<string, { default?: string }> }).inputs;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("INPUT_") && !k.startsWith("GITHUB_") && k !== "RUNNER_DEBUG") env[k] = v;
  for (const [name, spec] of Object.entries(declared)) env[inputVar(name)] = inputs[name] ?? spec.default ?? "";
  for (const name of Object.keys(inputs)) if (!(name in declared)) throw new Error(`action.yml has no input ${name}`);
  const outputFile = path.join(workspace, "..", `${path.basename(workspace)}.output`);
  const summaryFile = path.join(workspace, "..", `${path.basename(workspace)}.summary`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: "true", CI: "true", NO_COLOR: "1" }, opts.summaryFile === false ? {} : { GITHUB_STEP_SUMMARY: summaryFile }, opts.env);
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: workspace, env, encoding: "utf8" });
  const commands = r.stdout
    .split("\n")
    .map((l) => /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      kind: m[1]!,
      props: Object.fromEntries((m[2] ?? "").split(",").filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), unescapeCommand(p.slice(p.indexOf("=") + 1))])),
      message: unescapeCommand(m[3]!),
    }));
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8"), commands };
}
