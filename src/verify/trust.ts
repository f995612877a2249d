// The trust gate (issue 15, point 3), pure part. A roadmap's commands come from a file anyone can
// change, so none runs without the user's approval. An approval is per command, keyed on
// sha256(realpath(repository root) + "\0" + exact command text), and kept outside every
// repository in `$XDG_STATE_HOME/roadmark/trust.json` (or `~/.local/state/roadmark/`); nothing
// is ever read from the repository, so a file in it cannot grant its own trust (mise
// GHSA-436v-8fw5-4mj8). Changing a command's text, or moving the repository, revokes it.
// Reading and writing the approvals file: io/trust-store.ts.
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

/** Where approvals are kept: injectable for tests (a temporary XDG_STATE_HOME). */
export interface TrustOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly homeDir?: string;
}

/** One approval as stored (root and command kept so a person can read the file). */
export interface Approval {
  readonly root: string;
  readonly command: string;
  readonly at: string;
}

/** The approvals file's content. */
export interface TrustStore {
  readonly version: 1;
  readonly approved: Readonly<Record<string, Approval>>;
}

/** No approvals. */
export const EMPTY_TRUST: TrustStore = { version: 1, approved: {} };

/** `$XDG_STATE_HOME/roadmark` when XDG_STATE_HOME is an absolute path, else `~/.local/state/roadmark`. */
export function trustDir(o: TrustOptions = {}): string {
  const env = o.env ?? process.env;
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "roadmark");
  return path.join(o.homeDir ?? os.homedir(), ".local", "state", "roadmark");
}

/** The approvals file. */
export function trustFile(o: TrustOptions = {}): string {
  return path.join(trustDir(o), "trust.json");
}

/** The approval key of `command` in the repository whose real root path is `realRoot` (pure). */
export function trustKey(realRoot: string, command: string): string {
  return createHash("sha256").update(`${realRoot}\0${command}`, "utf8").digest("hex");
}

/** Parses the approvals file's text; anything unreadable is no approval. */
export function parseTrustStore(text: string): TrustStore {
  try {
    const raw = JSON.parse(text) as { version?: unknown; approved?: unknown };
    if (raw.version !== 1 || typeof raw.approved !== "object" || raw.approved === null) return EMPTY_TRUST;
    const approved: Record<string, Approval> = {};
    for (const [k, v] of Object.entries(raw.approved)) {
      const a = v as Partial<Approval> | null;
      if (/^[0-9a-f]{64}$/.test(k) && a && typeof a.root === "string" && typeof a.command === "string") approved[k] = { root: a.root, command: a.command, at: String(a.at ?? "") };
    }
    return { version: 1, approved };
  } catch {
    return EMPTY_TRUST;
  }
}

/** Splits `commands` (unique, in order) into the approved and the unapproved ones for `realRoot`. */
export function partitionTrust(store: TrustStore, realRoot: string, commands: readonly string[]): { approved: string[]; unapproved: string[] } {
  const approved: string[] = [];
  const unapproved: string[] = [];
  for (const c of new Set(commands)) (Object.hasOwn(store.approved, trustKey(realRoot, c)) ? approved : unapproved).push(c);
  return { approved, unapproved };
}

/** The store with `commands` approved for `realRoot` at `at` (pure). */
export function withApprovals(store: TrustStore, realRoot: string, commands: readonly string[], at: string): TrustStore {
  const approved: Record<string, Approval> = { ...store.approved };
  for (const command of commands) approved[trustKey(realRoot, command)] = { root: realRoot, command, at };
  return { version: 1, approved };
}
