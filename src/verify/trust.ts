// The trust gate (issue 15, point 3). A roadmap's commands come from a file anyone can change,
// so none runs without the user's approval. An approval is per command, keyed on
// sha256(realpath(repository root) + "\0" + exact command text), and kept outside every
// repository in `$XDG_STATE_HOME/roadmark/trust.json` (or `~/.local/state/roadmark/`); nothing
// is ever read from the repository, so a file in it cannot grant its own trust (mise
// GHSA-436v-8fw5-4mj8). Changing a command's text, or moving the repository, revokes it.
import { createHash } from "node:crypto";
import { mkdir, readFile, realpath } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeFileAtomic } from "../io/write-file.js";

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

interface TrustFile {
  readonly version: 1;
  readonly approved: Readonly<Record<string, Approval>>;
}

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

/** The repository root's real path (symlinks resolved), as approvals are keyed on it. */
export async function realRoot(root: string): Promise<string> {
  return realpath(root).catch(() => path.resolve(root));
}

async function readTrustFile(file: string): Promise<TrustFile> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return { version: 1, approved: {} };
  try {
    const raw = JSON.parse(text) as { version?: unknown; approved?: unknown };
    if (raw.version !== 1 || typeof raw.approved !== "object" || raw.approved === null) return { version: 1, approved: {} };
    const approved: Record<string, Approval> = {};
    for (const [k, v] of Object.entries(raw.approved)) {
      const a = v as Partial<Approval> | null;
      if (/^[0-9a-f]{64}$/.test(k) && a && typeof a.root === "string" && typeof a.command === "string") approved[k] = { root: a.root, command: a.command, at: String(a.at ?? "") };
    }
    return { version: 1, approved };
  } catch {
    return { version: 1, approved: {} };
  }
}

/** Which of `commands` are approved for the repository at `root` (unique commands, in order). */
export async function checkTrust(root: string, commands: readonly string[], o: TrustOptions = {}): Promise<{ approved: string[]; unapproved: string[] }> {
  const real = await realRoot(root);
  const store = await readTrustFile(trustFile(o));
  const approved: string[] = [];
  const unapproved: string[] = [];
  for (const c of new Set(commands)) (Object.hasOwn(store.approved, trustKey(real, c)) ? approved : unapproved).push(c);
  return { approved, unapproved };
}

/**
 * Approves `commands` for the repository at `root`: adds them to the approvals file (re-read
 * just before writing, so approvals another process added meanwhile are kept), creating the
 * state directory (mode 0700) when missing, written atomically.
 */
export async function approveCommands(root: string, commands: readonly string[], o: TrustOptions = {}): Promise<void> {
  if (commands.length === 0) return;
  const real = await realRoot(root);
  const file = trustFile(o);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const store = await readTrustFile(file);
  const approved: Record<string, Approval> = { ...store.approved };
  const at = new Date().toISOString();
  for (const command of commands) approved[trustKey(real, command)] = { root: real, command, at };
  await writeFileAtomic(file, JSON.stringify({ version: 1, approved } satisfies TrustFile, null, 2) + "\n", { mode: 0o600, display: file });
}
