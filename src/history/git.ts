// The only module that spawns git. Argument arrays (never a shell string), NUL and U+001F
// separators, paths relative to the repository top level, and every version of a file read
// with one streaming `git log` plus one `git cat-file --batch` (never one process per commit).
import { execFile, spawn } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { findGitRoot, isShallowRepository } from "../io/git-root.js";
import { UsageError } from "../model/errors.js";
import { BatchStreamParser, LOG_FORMAT, LogStreamParser, NULL_OID, type LogEntry } from "./parse-log.js";

/** Environment for every git call: no pager, no prompts, no optional locks, English messages. */
const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_PAGER: "cat",
  GIT_TERMINAL_PROMPT: "0",
  GIT_OPTIONAL_LOCKS: "0",
  LC_ALL: "C",
};

/** A git call that failed: its exit code and what it wrote to stderr. */
export class GitError extends Error {
  override name = "GitError";
  readonly code: number | string | null;
  readonly stderr: string;
  constructor(args: readonly string[], code: number | string | null, stderr: string) {
    super(`git ${args[0] ?? ""} failed (${String(code)}): ${firstLine(stderr)}`);
    this.code = code;
    this.stderr = stderr;
  }
}

function firstLine(s: string): string {
  return (
    s
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? ""
  );
}

/** Runs git to completion and returns stdout; throws GitError (or UsageError when git is missing). */
export function runGit(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, env: GIT_ENV, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && !stderr) return reject(new UsageError("git is not installed (or not on PATH)", "install git to read the roadmap's history"));
      reject(new GitError(args, typeof code === "number" || typeof code === "string" ? code : null, stderr));
    });
  });
}

/** Where a repository is: its top level (real path) and whether the clone is shallow. */
export interface RepoInfo {
  readonly top: string;
  readonly shallow: boolean;
}

/** The repository containing `cwd` (io/git-root's finder; no git process), or undefined outside a work tree. */
export function findRepo(cwd: string): Promise<RepoInfo | undefined> {
  const top = findGitRoot(cwd);
  return Promise.resolve(top === undefined ? undefined : { top: realpathSync(top), shallow: isShallowRepository(top) });
}

/** The nearest existing directory holding `file` (resolved against `cwd`): where git is asked. */
export function fileDir(cwd: string, file: string): string {
  let dir = path.dirname(path.resolve(cwd, file));
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The repository holding `file` (resolved against `cwd`); a UsageError when there is none. */
export async function requireRepo(cwd: string, file = "."): Promise<RepoInfo> {
  const dir = file === "." ? cwd : fileDir(cwd, file);
  const repo = await findRepo(dir);
  if (!repo)
    throw new UsageError(`not a git repository: ${dir}`, "history reads the roadmap's git history: run it inside a clone that has the roadmap committed");
  return repo;
}

/** Resolves a path that may not exist any more through the real path of its nearest existing ancestor. */
function realish(p: string): string {
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return path.join(realpathSync(cur), ...rest);
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

/** `file` (relative to `cwd`, or absolute) as a `/`-separated path relative to the repository top. */
export function toRepoPath(repo: RepoInfo, cwd: string, file: string): string {
  const rel = path.relative(repo.top, realish(path.resolve(cwd, file)));
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`${file}: outside the git repository at ${repo.top}`);
  return rel.split(path.sep).join("/");
}

/** The error for a file git has no commits for. */
export function noHistory(file: string): UsageError {
  return new UsageError(`no git history for ${file}: the file has never been committed here`, `commit it first: git add ${file} && git commit`);
}

/** Turns a git failure into a one-line UsageError; corrupt repositories get a `git fsck` hint. */
export function gitFailure(e: unknown, what: string): Error {
  if (!(e instanceof GitError)) return e instanceof Error ? e : new Error(String(e));
  const line = firstLine(e.stderr.replace(/^(fatal|error): /gm, "")) || e.message;
  const promised = /could not fetch (\S+) from promisor remote/.exec(e.stderr);
  if (promised)
    return new UsageError(
      `${what}: a past version of the roadmap (${promised[1]!.slice(0, 12)}) is not in this partial clone, and its promisor remote cannot be reached`,
      "make the remote reachable, or clone with the roadmap's history (without --filter; actions/checkout: fetch-depth: 0)",
    );
  if (/corrupt|missing|bad object|unable to read|invalid object|inflate|packfile|loose object|does not match/i.test(e.stderr))
    return new UsageError(`git repository is damaged: ${line}`, "run `git fsck` to see what is broken, then re-fetch or re-clone the repository");
  return new UsageError(`${what}: git says: ${line}`);
}

/** What `readFileVersions` reports: each commit touching the file (newest first) and each blob. */
export interface VersionSink {
  /** Called for every commit, newest first, before its blob is requested. */
  onEntry(entry: LogEntry): void;
  /** Called once per distinct blob, in the order the entries named them. */
  onBlob(oid: string, content: Buffer): void;
}

/** Similarity git asks of a rename with edits (`-M50%`): the share of the larger side's bytes kept. */
export const RENAME_SIMILARITY = 0.5;

/** How much of two texts is common, as git scores renames: kept bytes (line by line) over the larger size. */
export function similarity(a: Buffer, b: Buffer): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  const lines = new Map<string, number>();
  for (const l of a.toString("latin1").split("\n")) lines.set(l, (lines.get(l) ?? 0) + 1);
  let kept = 0;
  for (const l of b.toString("latin1").split("\n")) {
    const n = lines.get(l) ?? 0;
    if (n === 0) continue;
    lines.set(l, n - 1);
    kept += l.length + 1;
  }
  return Math.min(1, kept / max);
}

/** A file a commit deleted (relative to its first parent): the rename source candidates. */
interface Deleted {
  readonly path: string;
  readonly blob: string;
}

/** The files `commit` deleted relative to `parent`: a tree diff, no blob read. */
async function deletedFiles(top: string, parent: string, commit: string): Promise<Deleted[]> {
  const out = await runGit(["diff-tree", "-r", "-z", "--raw", "--no-renames", "--no-abbrev", parent, commit], top);
  const fields = out.split("\0");
  const deleted: Deleted[] = [];
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i]!;
    if (!raw.startsWith(":")) continue;
    const parts = raw.slice(1).split(" ");
    if ((parts[4] ?? "").startsWith("D") && fields[i + 1] !== undefined) deleted.push({ path: fields[i + 1]!, blob: parts[2] ?? "" });
    i++;
  }
  return deleted;
}

/** A blob's bytes (one small `git cat-file`); undefined when git cannot give it. */
function readBlob(top: string, oid: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["cat-file", "blob", oid], { cwd: top, env: GIT_ENV, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 }, (err, stdout) => resolve(err ? undefined : stdout));
  });
}

const MARKDOWN = /\.(md|markdown|mdown|mkd|txt)$/i;

/**
 * Where the file added by `entry` came from, when that commit renamed it: a deleted file with
 * the same blob (no read at all), else a deleted Markdown file at least RENAME_SIMILARITY alike.
 * Only the roadmap's own versions are ever read (never other files' blobs, which a blobless or
 * trimmed clone may lack): this is `--follow` restricted to the roadmap.
 */
export async function renameSource(top: string, entry: LogEntry): Promise<Deleted | undefined> {
  const parent = entry.parents[0];
  if (entry.change !== "A" || !parent) return undefined;
  const deleted = await deletedFiles(top, parent, entry.commit);
  const exact = deleted.find((d) => d.blob === entry.newBlob);
  if (exact) return exact;
  const base = (p: string): string => p.slice(p.lastIndexOf("/") + 1).toLowerCase();
  const name = base(entry.path);
  const candidates = deleted.filter((d) => MARKDOWN.test(d.path)).sort((a, b) => Number(base(b.path) === name) - Number(base(a.path) === name));
  if (candidates.length === 0) return undefined;
  const now = await readBlob(top, entry.newBlob);
  if (!now) return undefined;
  let best: { d: Deleted; score: number } | undefined;
  for (const d of candidates.slice(0, 8)) {
    const before = await readBlob(top, d.blob);
    const score = before ? similarity(before, now) : 0;
    if (score >= RENAME_SIMILARITY && (!best || score > best.score)) best = { d, score };
  }
  return best?.d;
}

/**
 * Streams the history of one file: `git log --no-renames` on its path (merges diffed against
 * their first parent) feeds each new blob id to a single `git cat-file --batch`. When the oldest
 * commit of a path added the file, `renameSource` asks whether it was renamed there, and the walk
 * goes on from that commit's parent under the old path. Unlike `git log --follow`, nothing reads
 * other files' blobs, so blobless and trimmed clones work. Resolves once every blob has been
 * delivered; rejects with a UsageError for a damaged repository.
 */
export async function readFileVersions(top: string, file: string, sink: VersionSink): Promise<void> {
  const cat = spawn("git", ["cat-file", "--batch"], { cwd: top, env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
  const requested = new Set<string>();
  let catErr = "";
  let failure: unknown;
  let rejectCat: ((e: unknown) => void) | undefined;
  const catDone = new Promise<void>((resolve, reject) => {
    rejectCat = reject;
    cat.on("close", (code) => {
      if (failure !== undefined) return reject(failure);
      if (code !== 0) return reject(new GitError(["cat-file"], code, catErr));
      if (batch.pending) return reject(new GitError(["cat-file"], code, "object stream ended early (corrupt object?)"));
      resolve();
    });
  });
  catDone.catch(() => undefined);
  const fail = (e: unknown): void => {
    if (failure !== undefined) return;
    failure = e;
    cat.kill();
    rejectCat?.(e);
  };
  const batch = new BatchStreamParser((o) => {
    if (o.kind === "missing") return fail(new GitError(["cat-file"], 0, `object ${o.oid} is ${o.reason === "missing" ? "missing or unreadable" : o.reason}`));
    try {
      sink.onBlob(o.oid, o.content);
    } catch (e) {
      fail(e);
    }
  });
  cat.on("error", (e) => fail(e));
  cat.stdin.on("error", () => undefined); // EPIPE when cat-file died: reported by its exit code
  cat.stderr.on("data", (c: Buffer) => void (catErr += c.toString()));
  cat.stdout.on("data", (chunk: Buffer) => {
    try {
      batch.push(chunk);
    } catch (e) {
      fail(e);
    }
  });
  const deliver = (entry: LogEntry): void => {
    sink.onEntry(entry);
    if (entry.newBlob === NULL_OID || requested.has(entry.newBlob)) return;
    requested.add(entry.newBlob);
    cat.stdin.write(`${entry.newBlob}\n`);
  };
  const report = (e: unknown): Error => {
    if (e instanceof GitError && /does not have any commits yet|bad default revision/.test(e.stderr)) return noHistory(file);
    return e instanceof UsageError ? e : gitFailure(e, `reading the history of ${file}`);
  };
  try {
    let path = file;
    let from: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      // The oldest entry of a segment waits: it may turn out to be the far side of a rename.
      let held: LogEntry | undefined;
      await logSegment(top, path, from, (entry) => {
        if (held) deliver(held);
        held = entry;
      });
      if (failure !== undefined) throw failure;
      if (!held) break;
      const source = await renameSource(top, held);
      if (!source || seen.has(`${held.commit}:${source.path}`)) {
        deliver(held);
        break;
      }
      seen.add(`${held.commit}:${source.path}`);
      deliver({ ...held, change: "R", oldBlob: source.blob });
      path = source.path;
      from = held.parents[0]!;
    }
    cat.stdin.end();
    await catDone;
  } catch (e) {
    fail(e);
    cat.stdin.destroy();
    throw report(e);
  }
}

/** One `git log --no-renames` run over `path` from `from` (default HEAD), entries streamed newest first. */
function logSegment(top: string, path: string, from: string | undefined, onEntry: (e: LogEntry) => void): Promise<void> {
  const args = [
    "--literal-pathspecs",
    "log",
    "-z",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--no-color",
    "--no-show-signature",
    "--no-textconv",
    "--no-ext-diff",
    "--diff-merges=first-parent",
    `--format=${LOG_FORMAT}`,
    ...(from ? [from] : []),
    "--",
    path,
  ];
  return new Promise((resolve, reject) => {
    const log = spawn("git", args, { cwd: top, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] });
    const parser = new LogStreamParser(onEntry);
    let err = "";
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      log.kill();
      reject(e);
    };
    log.on("error", (e) => fail((e as NodeJS.ErrnoException).code === "ENOENT" ? new UsageError("git is not installed (or not on PATH)") : e));
    log.stdout.setEncoding("utf8");
    log.stdout.on("data", (chunk: string) => {
      try {
        parser.push(chunk);
      } catch (e) {
        fail(e);
      }
    });
    log.stderr.on("data", (c: Buffer) => void (err += c.toString()));
    log.on("close", (code) => {
      if (failed) return;
      if (code !== 0) return fail(new GitError(args.slice(1), code, err));
      try {
        parser.end();
      } catch (e) {
        return fail(e);
      }
      resolve();
    });
  });
}

/** The last commit that changed `file` (rename-aware): its id and committer time in seconds. */
export async function lastChange(top: string, file: string): Promise<{ commit: string; time: number } | undefined> {
  const out = await runGit(["--literal-pathspecs", "log", "-1", "--no-show-signature", "--format=%H%x1f%ct", "--", file], top);
  const [commit = "", time = ""] = out.trim().split("\u001f");
  return commit ? { commit, time: Number(time) } : undefined;
}

/** Commits (merges left out) reachable from HEAD and not from `commit`. */
export async function commitsSince(top: string, commit: string): Promise<number> {
  const out = await runGit(["rev-list", "--count", "--no-merges", `${commit}..HEAD`], top);
  return Number(out.trim()) || 0;
}
