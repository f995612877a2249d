// The action's inputs, parsed and checked before anything runs: a bad value is one clear error.
import { UsageError } from "../model/errors.js";
import type { ActionHost } from "./host.js";

/** When the step fails: on any error, on any warning or error, or never. */
export const FAIL_ON = ["error", "warning", "none"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The inputs of action.yml. */
export interface ActionInputs {
  /** Files or globs, one per line (none: the roadmap the CLI would find). */
  readonly files: readonly string[];
  readonly failOn: FailOn;
  /** Where to write SARIF, relative to the workspace; undefined: none. */
  readonly sarifFile: string | undefined;
  readonly summary: boolean;
  readonly verify: boolean;
}

function booleanInput(host: ActionHost, name: string, fallback: boolean): boolean {
  const raw = host.getInput(name);
  if (raw === "") return fallback;
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  throw new UsageError(`input ${name}: "${raw}" is not a boolean`, "use true or false");
}

/** Reads and checks the inputs. Throws UsageError naming the input. */
export function readInputs(host: ActionHost): ActionInputs {
  const files = host
    .getInput("files")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const failOn = host.getInput("fail-on") || "error";
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`input fail-on: unknown value "${failOn}"`, `use one of ${FAIL_ON.join(", ")}`);
  const sarif = host.getInput("sarif-file");
  return {
    files,
    failOn: failOn as FailOn,
    sarifFile: sarif === "" ? undefined : sarif,
    summary: booleanInput(host, "summary", true),
    verify: booleanInput(host, "verify", false),
  };
}
