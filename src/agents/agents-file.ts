// Pure text for `roadmark agents`: the AGENTS.md block, its idempotent upsert, the CLAUDE.md
// import line, and the Agent Skill. The command writes what these return.
import { agentGuide, GUIDE_TOPICS, TOPIC_SUMMARIES } from "./guide.js";

/** The line that opens roadmark's block in AGENTS.md. */
export const BLOCK_START = "<!-- roadmark:start -->";
/** The line that closes it. */
export const BLOCK_END = "<!-- roadmark:end -->";

/** Where `roadmark agents --skill` installs the skill, per host family. */
export const SKILL_TARGETS = { claude: ".claude/skills/roadmark", agents: ".agents/skills/roadmark" } as const;
export type SkillTarget = keyof typeof SKILL_TARGETS;

/** The skill's description: when an agent should load it (Agent Skills: at most 1024 characters). */
export const SKILL_DESCRIPTION =
  "Read and update the project's roadmap (ROADMAP.md) through the roadmark CLI or its MCP tools: find the current " +
  "milestone and what to do next, tick acceptance criteria as the work meets them, add or reword criteria, start " +
  "and finish a milestone, set its title, focus or goal, add dependencies and record learnings, without " +
  "rewriting the file by hand. Use whenever a task touches the roadmap, a milestone or its acceptance criteria.";

/** The short AGENTS.md block (markers included, LF line ends), stamped with the roadmark version. */
export function agentsBlock(version: string): string {
  return [
    BLOCK_START,
    `<!-- written by roadmark ${version}; refresh with \`roadmark agents\`; text outside these markers is yours -->`,
    "## Roadmap",
    "",
    "This project's roadmap is kept with [roadmark](https://www.npmjs.com/package/roadmark). Read it with",
    "`roadmark status` / `roadmark next` (`--json` for the model and its `hash`), and change it only through",
    "roadmark's edits (`tick`, `criterion add|edit|remove`, `start`, `done`, `set`, `depend`, `learn`, …) or the",
    "`roadmark mcp` tools, passing the hash you read as `--expect-hash`. Never rewrite the roadmap file by hand;",
    "tick a criterion only when the work meets it; one milestone at a time, dependencies first, criteria before",
    "done. The full guide: `roadmark instructions`.",
    BLOCK_END,
  ].join("\n");
}

/** The line break a text mostly uses (LF when it has none). */
function eolOf(text: string): "\n" | "\r\n" {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? "\r\n" : "\n";
}

/**
 * `existing` (undefined: no file yet) with `block` written between the markers: replaced in
 * place when the markers are there, else appended after a blank line. Text outside the
 * markers is never touched; the file's line ends are kept (CRLF stays CRLF).
 */
export function upsertBlock(existing: string | undefined, block: string): string {
  if (existing === undefined || existing === "") return block + "\n";
  const eol = eolOf(existing);
  const written = block.replace(/\r?\n/g, eol);
  const start = existing.indexOf(BLOCK_START);
  const end = start === -1 ? -1 : existing.indexOf(BLOCK_END, start);
  if (start !== -1 && end !== -1) return existing.slice(0, start) + written + existing.slice(end + BLOCK_END.length);
  const sep = existing.endsWith(eol + eol) ? "" : existing.endsWith("\n") ? eol : eol + eol;
  return existing + sep + written + eol;
}

/** CLAUDE.md with an `@AGENTS.md` import line added at its end, or undefined when it has one already. */
export function withAgentsImport(claude: string): string | undefined {
  if (/^[ \t]*@(?:\.\/)?AGENTS\.md[ \t]*\r?$/m.test(claude)) return undefined;
  const eol = eolOf(claude);
  if (claude === "") return `@AGENTS.md${eol}`;
  const sep = claude.endsWith(eol + eol) ? "" : claude.endsWith("\n") ? eol : eol + eol;
  return `${claude}${sep}@AGENTS.md${eol}`;
}

/** The Agent Skill's SKILL.md: front matter (`name`, `description`) and the guide. */
export function skillMarkdown(version: string): string {
  const contents = GUIDE_TOPICS.map((t) => `- \`roadmark instructions ${t}\`: ${TOPIC_SUMMARIES[t]}`).join("\n");
  return [
    "---",
    "name: roadmark",
    `description: ${JSON.stringify(SKILL_DESCRIPTION)}`,
    "---",
    `<!-- written by roadmark ${version}; refresh with \`roadmark agents --skill\` -->`,
    "",
    agentGuide().trimEnd(),
    "",
    "## More",
    "",
    contents,
    "",
  ].join("\n");
}
