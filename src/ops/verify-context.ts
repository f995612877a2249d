// Where a roadmap's verify results live, read for every surface: the git place (record file and
// HEAD), the record and HEAD for status/next/dashboard, and the record for the verify-failing rule.
import path from "node:path";
import type { runGit as RunGit } from "../history/git.js";
import type { Criterion } from "../model/roadmap.js";
import type { VerifyContext, VerifyRecord } from "../verify/record.js";

/** Where a repository keeps its record, and the commit HEAD points at. */
export interface GitPlace {
  /** The work tree's top level (where commands run). */
  readonly top: string;
  /** `<git-dir>/roadmark/verify.json` (absolute). */
  readonly recordFile: string;
  readonly head: string | null;
}

/** The git directory and HEAD of the repository holding `dir`; undefined outside git. */
export async function findGitPlace(dir: string): Promise<GitPlace | undefined> {
  const runGit: typeof RunGit = (await import("../history/git.js")).runGit;
  let lines: string[];
  try {
    lines = (await runGit(["rev-parse", "--absolute-git-dir", "--show-toplevel"], dir)).split("\n");
  } catch {
    return undefined;
  }
  const gitDir = lines[0]?.trim();
  const top = lines[1]?.trim();
  if (!gitDir || !top) return undefined;
  const head = await runGit(["rev-parse", "--verify", "-q", "HEAD"], dir).then(
    (s) => s.trim() || null,
    () => null,
  );
  return { top, recordFile: path.join(gitDir, "roadmark", "verify.json"), head };
}

/** Where a roadmap's commands run and its results are recorded. */
export interface VerifyPlace {
  readonly root: string;
  readonly git: GitPlace | undefined;
}

/** The repository root of the roadmap at `file` (its folder outside git) and its git place. */
export async function verifyPlace(file: string): Promise<VerifyPlace> {
  const dir = path.dirname(path.resolve(file));
  const git = await findGitPlace(dir);
  return { root: git?.top ?? dir, git };
}

// Loaded only when a roadmap names a command: reading commands on other roadmaps never start git's module.
async function readRecordAt(file: string): Promise<VerifyRecord> {
  return (await import("../io/verify-record.js")).readRecord(file);
}

type WithCommands = { readonly milestones: readonly { readonly criteria: readonly Pick<Criterion, "verify">[] }[] };

function namesCommands(roadmap: WithCommands): boolean {
  return roadmap.milestones.some((m) => m.criteria.some((c) => c.verify));
}

/** The record and HEAD for a roadmap at `file` when it names any command (undefined outside git or without commands). */
export async function readVerifyContext(file: string, roadmap: WithCommands): Promise<VerifyContext | undefined> {
  if (!namesCommands(roadmap)) return undefined;
  const place = await findGitPlace(path.dirname(path.resolve(file)));
  return place ? { record: await readRecordAt(place.recordFile), head: place.head } : undefined;
}

/** The record for a roadmap at `file` whose text names a `Verify:` clause (for `verify-failing`); undefined otherwise or outside git. */
export async function readVerifyRecordFor(file: string, text: string): Promise<VerifyRecord | undefined> {
  if (!/verify:/i.test(text)) return undefined;
  const place = await findGitPlace(path.dirname(path.resolve(file)));
  return place ? readRecordAt(place.recordFile) : undefined;
}

