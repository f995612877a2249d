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

/**
 * Streams the history of one file: `git log --follow` (renames followed, merges diffed against
 * their first parent) feeds each new blob id to a single `git cat-file --batch`. Resolves once
 * every blob has been delivered; rejects with a UsageError for a damaged repository.
 */
export function readFileVersions(top: string, file: string, sink: VersionSink): Promise<void> {
  const logArgs = [
    "--literal-pathspecs",
    "log",
    "--follow",
    "-z",
    "--raw",
    "--no-abbrev",
    "--no-color",
    "--no-show-signature",
    "--diff-merges=first-parent",
    `--format=${LOG_FORMAT}`,
    "--",
    file,
  ];
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      log.kill();
      cat.kill();
      if (e instanceof GitError && /does not have any commits yet|bad default revision/.test(e.stderr)) return reject(noHistory(file));
      reject(e instanceof UsageError ? e : gitFailure(e, `reading the history of ${file}`));
    };
    const log = spawn("git", logArgs, { cwd: top, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] });
    const cat = spawn("git", ["cat-file", "--batch"], { cwd: top, env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
    const requested = new Set<string>();
    let logErr = "";
    let catErr = "";
    let pending = 2;
    const exited = (): void => {
      if (--pending === 0 && !failed) resolve();
    };
    const logParser = new LogStreamParser((entry) => {
      sink.onEntry(entry);
      if (entry.newBlob === NULL_OID || requested.has(entry.newBlob)) return;
      requested.add(entry.newBlob);
      cat.stdin.write(`${entry.newBlob}\n`);
    });
    const batch = new BatchStreamParser((o) => {
      if (o.kind === "missing") return fail(new GitError(["cat-file"], 0, `object ${o.oid} is ${o.reason === "missing" ? "missing or unreadable" : o.reason}`));
      try {
        sink.onBlob(o.oid, o.content);
      } catch (e) {
        fail(e);
      }
    });
    log.on("error", (e) => fail((e as NodeJS.ErrnoException).code === "ENOENT" ? new UsageError("git is not installed (or not on PATH)") : e));
    cat.on("error", (e) => fail(e));
    cat.stdin.on("error", () => undefined); // EPIPE when cat-file died: reported by its exit code
    log.stdout.setEncoding("utf8");
    log.stdout.on("data", (chunk: string) => {
      try {
        logParser.push(chunk);
      } catch (e) {
        fail(e);
      }
    });
    log.stderr.on("data", (c: Buffer) => void (logErr += c.toString()));
    cat.stderr.on("data", (c: Buffer) => void (catErr += c.toString()));
    cat.stdout.on("data", (chunk: Buffer) => {
      try {
        batch.push(chunk);
      } catch (e) {
        fail(e);
      }
    });
    log.on("close", (code) => {
      if (code !== 0) return fail(new GitError(logArgs.slice(1), code, logErr));
      try {
        logParser.end();
      } catch (e) {
        return fail(e);
      }
      cat.stdin.end();
      exited();
    });
    cat.on("close", (code) => {
      if (code !== 0) return fail(new GitError(["cat-file"], code, catErr));
      if (batch.pending) return fail(new GitError(["cat-file"], code, "object stream ended early (corrupt object?)"));
      exited();
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
