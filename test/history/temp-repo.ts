// Throwaway git repositories for history tests: pinned author, dates per commit, no signing, no gc.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BASE_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Roadmark Test",
  GIT_AUTHOR_EMAIL: "test@roadmark.invalid",
  GIT_COMMITTER_NAME: "Roadmark Test",
  GIT_COMMITTER_EMAIL: "test@roadmark.invalid",
  LC_ALL: "C",
};

/** A temporary repository; `commit` pins author and committer date. */
export class TempRepo {
  readonly dir: string;
  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(path.join(tmpdir(), "roadmark-history-"));
  }

  /** A fresh repository on branch `main` with signing and automatic gc off. */
  static init(): TempRepo {
    const r = new TempRepo();
    r.git("init", "-q", "-b", "main");
    r.git("config", "user.name", "Roadmark Test");
    r.git("config", "user.email", "test@roadmark.invalid");
    r.git("config", "commit.gpgsign", "false");
    r.git("config", "gc.auto", "0");
    return r;
  }

  /** Runs git in the repository and returns trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, env: BASE_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  }

  /** Runs git with author and committer date pinned. */
  gitAt(date: string, ...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      env: { ...BASE_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  }

  write(file: string, text: string): void {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), "utf8");
  }

  /** Edits a file by replacing one exact substring (which must exist). */
  replace(file: string, from: string, to: string): void {
    const text = this.read(file);
    if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
    this.write(file, text.replace(from, to));
  }

  /** Stages everything and commits at `date` (ISO); returns the new commit id. */
  commit(message: string, date: string): string {
    this.git("add", "-A");
    this.gitAt(date, "commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A small template roadmap: M0..M2 with the given statuses and ticked counts. */
export function roadmap(ms: readonly { status: string; ticked: number; criteria?: number; deps?: string }[]): string {
  const rows = ms.map((m, i) => `| M${i} | Title ${i} | Focus ${i} | ${m.status} |`).join("\n");
  const sections = ms
    .map((m, i) => {
      const n = m.criteria ?? 3;
      const crit = Array.from({ length: n }, (_, c) => `- [${c < m.ticked ? "x" : " "}] Criterion ${c + 1} of M${i}`).join("\n");
      const deps = m.deps ?? (i === 0 ? "None (first milestone)" : `M${i - 1}`);
      return `## M${i}: Title ${i}\n\n**Goal:** Goal ${i}.\n\n**Acceptance Criteria:**\n${crit}\n\n**Key Deliverables:**\n- Thing ${i}\n\n**Dependencies:** ${deps}\n\n---\n`;
    })
    .join("\n");
  return `# Roadmap\n\n## Milestone Overview\n\n| Milestone | Title | Focus | Status |\n|-----------|-------|-------|--------|\n${rows}\n\n---\n\n${sections}`;
}
