// `roadmark instructions [TOPIC]`, `roadmark agents [--skill claude|agents]` and `roadmark guard`:
// the agent guide printed, written where agents look for it, and a PreToolUse hook for hosts.
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { agentsBlock, skillMarkdown, SKILL_TARGETS, upsertBlock, withAgentsImport, type SkillTarget } from "../../agents/agents-file.js";
import { droppedContent, guardMessage, readGuardEvent, resultingText } from "../../agents/guard.js";
import { agentGuide, GUIDE_TOPICS, guideTopic, isGuideTopic, TOPIC_SUMMARIES } from "../../agents/guide.js";
import { displayPath } from "../../io/load-roadmap.js";
import { DEFAULT_ROADMAP_PATHS } from "../../io/read-file.js";
import { writeFileAtomic } from "../../io/write-file.js";
import { UsageError } from "../../model/errors.js";
import type { CommandContext } from "../context.js";

/** `roadmark instructions [TOPIC]`: the whole guide, or one topic. */
export async function runInstructions(ctx: CommandContext, topic: string | undefined): Promise<number> {
  if (topic === undefined) {
    ctx.out(agentGuide());
    return 0;
  }
  if (!isGuideTopic(topic))
    throw new UsageError(`unknown topic "${topic}": expected one of ${GUIDE_TOPICS.join(", ")}`, GUIDE_TOPICS.map((t) => `${t} (${TOPIC_SUMMARIES[t]})`).join("; "));
  ctx.out(guideTopic(topic));
  return 0;
}

/** The top of the git work tree holding `dir` (a `.git` folder or file), else `dir` itself. */
function workTreeRoot(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return path.resolve(dir);
  }
}

/** Writes `text` to `file` atomically when it differs from what is there; says what happened. */
async function writeIfChanged(ctx: CommandContext, file: string, text: string): Promise<void> {
  const display = displayPath(file, ctx.cwd);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`${display}: is a directory; nothing written`);
  const before = info ? await readFile(file) : undefined;
  if (before && before.toString("utf8") === text) {
    ctx.out(`${display}: up to date\n`);
    return;
  }
  await writeFileAtomic(file, text, { ...(before ? { expected: before, mode: info!.mode & 0o7777 } : {}), display });
  ctx.out(`${display}: ${before ? "updated" : "written"}\n`);
}

/** Flags of `roadmark agents`. */
export interface AgentsFlags {
  readonly skill?: string;
}

/**
 * `roadmark agents`: the roadmark block in AGENTS.md at the top of the work tree (created when
 * absent), and `@AGENTS.md` in an existing CLAUDE.md; with `--skill claude|agents`, the Agent
 * Skill instead. Running it again changes nothing.
 */
export async function runAgents(ctx: CommandContext, o: AgentsFlags, version: string): Promise<number> {
  const root = workTreeRoot(ctx.cwd);
  if (o.skill !== undefined) {
    if (!(o.skill in SKILL_TARGETS)) throw new UsageError(`--skill: unknown host "${o.skill}": expected one of ${Object.keys(SKILL_TARGETS).join(", ")}`);
    const dir = path.join(root, SKILL_TARGETS[o.skill as SkillTarget]);
    await mkdir(dir, { recursive: true });
    await writeIfChanged(ctx, path.join(dir, "SKILL.md"), skillMarkdown(version));
    return 0;
  }
  const agents = path.join(root, "AGENTS.md");
  const current = existsSync(agents) && statSync(agents).isFile() ? await readFile(agents, "utf8") : undefined;
  await writeIfChanged(ctx, agents, upsertBlock(current, agentsBlock(version)));
  const claude = path.join(root, "CLAUDE.md");
  if (existsSync(claude) && statSync(claude).isFile()) {
    const text = await readFile(claude, "utf8");
    const next = withAgentsImport(text);
    if (next !== undefined) await writeIfChanged(ctx, claude, next);
  }
  return 0;
}

/** The roadmap the guard protects: `--file`, else the first default name in `cwd`, then at the top of its work tree. */
function guardedRoadmap(cwd: string, file: string | undefined): string | undefined {
  if (file) return path.resolve(cwd, file);
  for (const dir of [cwd, workTreeRoot(cwd)])
    for (const p of DEFAULT_ROADMAP_PATHS) {
      const full = path.join(dir, p);
      if (existsSync(full)) return full;
    }
  return undefined;
}

/** Flags of `roadmark guard`. */
export interface GuardFlags {
  readonly file?: string;
}

/**
 * `roadmark guard`: a Claude Code PreToolUse hook. Exit 2 (stderr tells the agent why) when a
 * Write, Edit or MultiEdit of the roadmap would drop a milestone or a criterion; else exit 0,
 * silently. Input it cannot read gives exit 0 with a note: a guard must never block an agent
 * because of its own bug or an event shape it does not know (Claude Code treats any exit but 2
 * as "go ahead" too).
 */
export async function runGuard(ctx: CommandContext, o: GuardFlags, stdin: NodeJS.ReadableStream): Promise<number> {
  try {
    return await guard(ctx, o, await readAll(stdin));
  } catch (e) {
    ctx.err(`roadmark guard: note: allowed; could not check this event (${e instanceof Error ? e.message : String(e)})\n`);
    return 0;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function guard(ctx: CommandContext, o: GuardFlags, stdin: string): Promise<number> {
  const event = readGuardEvent(stdin);
  if (event === "ignore") return 0;
  const cwd = event.cwd ?? ctx.cwd;
  const roadmap = guardedRoadmap(cwd, o.file);
  if (!roadmap || path.resolve(cwd, event.filePath) !== roadmap) return 0;
  let current: string;
  try {
    current = await readFile(roadmap, "utf8");
  } catch {
    return 0; // a new roadmap drops nothing
  }
  const after = resultingText(current, event);
  if (after === undefined) return 0;
  const dropped = droppedContent(current, after);
  if (dropped.milestones.length === 0 && dropped.criteria.length === 0) return 0;
  ctx.err(guardMessage(displayPath(roadmap, cwd), dropped) + "\n");
  return 2;
}
