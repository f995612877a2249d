// The approvals file of the trust gate (verify/trust.ts says why): read from, and written to,
// the user's state directory only; never from a repository.
import { mkdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { EMPTY_TRUST, parseTrustStore, partitionTrust, trustFile, withApprovals, type TrustOptions, type TrustStore } from "../verify/trust.js";
import { writeFileAtomic } from "./write-file.js";

/** The repository root's real path (symlinks resolved), as approvals are keyed on it. */
export async function realRoot(root: string): Promise<string> {
  return realpath(root).catch(() => path.resolve(root));
}

async function readTrustStore(file: string): Promise<TrustStore> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  return text === undefined ? EMPTY_TRUST : parseTrustStore(text);
}

/** Which of `commands` are approved for the repository at `root` (unique commands, in order). */
export async function checkTrust(root: string, commands: readonly string[], o: TrustOptions = {}): Promise<{ approved: string[]; unapproved: string[] }> {
  return partitionTrust(await readTrustStore(trustFile(o)), await realRoot(root), commands);
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
  const store = withApprovals(await readTrustStore(file), real, commands, new Date().toISOString());
  await writeFileAtomic(file, JSON.stringify(store, null, 2) + "\n", { mode: 0o600, display: file });
}
