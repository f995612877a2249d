// The agent guide: how a coding agent reads and moves a roadmap forward through roadmark.
// One source for `roadmark instructions`, the AGENTS.md block, the Agent Skill and the MCP
// server's `roadmap://guide` resource, so they cannot drift apart.

/** The guide's topics, in reading order (`roadmark instructions TOPIC`). */
export const GUIDE_TOPICS = ["reading", "editing", "gates", "mcp", "never"] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

/** True when `s` names a guide topic. */
export function isGuideTopic(s: string): s is GuideTopic {
  return (GUIDE_TOPICS as readonly string[]).includes(s);
}

/** One line per topic, for listings and the skill's table of contents. */
export const TOPIC_SUMMARIES: Readonly<Record<GuideTopic, string>> = {
  reading: "find the current milestone, what is next, and the file's hash",
  editing: "the edit commands: tick, criteria, status, fields, dependencies, learnings",
  gates: "the rules every edit keeps: one milestone at a time, dependencies first, criteria before done",
  mcp: "the MCP tools (roadmark mcp) and how their results and errors look",
  never: "what never to do to the roadmap",
};

const SECTIONS: Readonly<Record<GuideTopic, readonly string[]>> = {
  reading: [
    "## Reading the roadmap",
    "",
    "The roadmap (ROADMAP.md, docs/ROADMAP.md, docs/roadmap/ROADMAP.md or .planning/ROADMAP.md) lists",
    "milestones (M0, M1, …), each with a status, a goal, acceptance criteria (checkboxes) and dependencies.",
    "",
    "- `roadmark status` shows every milestone's progress and the current one; `roadmark next` says what to work on.",
    "- `roadmark status --json` gives the whole model: milestones with `criteria: [{ text, checked, line }]`,",
    "  `dependsOn`, `current`, `next`, and `hash` (`sha256:<hex>` of the file's bytes).",
    "- Keep the `hash` you read: pass it to every edit as `--expect-hash HASH` (MCP: `expectedHash`). If the file",
    "  changed since you read it the edit is refused (exit 2, code STALE) and nothing is written: read again, then retry.",
    "- Criteria are named by their 1-based index (as `status --json` lists them) or a unique text fragment.",
    "- A free-form roadmap read wrong (or not at all): `roadmark status --explain` says which sequence was read, why,",
    "  and what else can be chosen; ask the user before adding the one line it names to `.roadmarkrc.json`.",
  ],
  editing: [
    "## Editing through roadmark",
    "",
    "Every edit changes only the lines it must, keeps the file's own style, and is checked against the gates.",
    "Each takes `--dry-run` (print the diff, write nothing), `--expect-hash HASH` and `--json`",
    "(prints `{ file, hash, changed, diff, milestone }`).",
    "",
    "- `roadmark tick ID N` / `roadmark untick ID N`: tick a criterion once the work meets it.",
    "- `roadmark criterion add ID TEXT [--at N]`: add a criterion you discovered.",
    "- `roadmark criterion edit ID N TEXT` / `roadmark criterion remove ID N`: reword or drop one.",
    "- `roadmark start ID` / `roadmark done ID` / `roadmark block ID --reason TEXT` / `roadmark cancel ID`.",
    "- `roadmark set ID title|focus|goal TEXT`: title and focus change in the heading and the overview row alike.",
    "- `roadmark depend ID ON[,ON…]` / `roadmark undepend ID ON[,ON…]`: a dependency that would make a cycle is refused.",
    "- `roadmark add TITLE [--focus TEXT] [--goal TEXT] [--depends ID,…]`: a new milestone, row and section.",
    "- `roadmark learn ID TEXT`: record what you learned under the milestone's Learnings.",
    "",
    "Exit codes: 0 done (or nothing to change), 1 refused by the roadmap's rules, 2 bad input (unknown id,",
    "index out of range, stale hash). Errors are one line on stderr, with a hint line where one helps.",
  ],
  gates: [
    "## The gates",
    "",
    "- One milestone at a time: `start` is refused while another milestone is in progress.",
    "- Dependencies before start: `start` is refused until every dependency is done (or cancelled).",
    "- Criteria before done: `done` is refused while a criterion is unticked.",
    "- Tick a criterion only when the work meets it; add a criterion when you find work the milestone needs.",
    "- Record a learning when something surprised you, so the next agent knows.",
    "- A refusal names what stands in the way: finish that first. Never use `--force` to get around a gate",
    "  unless a person asked you to.",
  ],
  mcp: [
    "## MCP tools (`roadmark mcp`)",
    "",
    "- `roadmap_status { file? }`: the `status --json` document (with `hash`, `current`, `next`).",
    "- `roadmap_milestone { file?, id }`: one milestone in full, criteria as `{ index, text, checked }`, and `hash`.",
    "- `roadmap_lint { file? }`: the lint diagnostics of the file.",
    "- `roadmap_edit { file?, expectedHash, op, id?, … }`: one edit; `op` is one of `tick`, `untick`, `start`,",
    "  `done`, `block`, `cancel`, `add_milestone`, `add_criterion`, `edit_criterion`, `remove_criterion`,",
    "  `set_field`, `depend`, `undepend`, `learn`, with the CLI's arguments (`criterion` index or fragment,",
    "  `text`, `field`, `on`, `reason`, `title`). It returns `{ hash, changed, diff, milestone }`: use the new",
    "  `hash` as the next `expectedHash`.",
    "- `roadmap_verify { file?, ids?, apply? }`: run the criteria's approved `Verify:` commands.",
    "- A failure is a tool result with `isError: true` and `{ code, message, hint }`: `STALE` (read again; the",
    "  current hash is in `currentHash`), `REFUSED` (a gate said no), `NOT_FOUND`, `BAD_INPUT`, `LOCKED` (retry).",
  ],
  never: [
    "## Never",
    "",
    "- Never rewrite the roadmap file by hand or with a file-writing tool: use the edits above.",
    "- Never tick a criterion without the work that meets it.",
    "- Never mark a milestone done while it has open criteria, and never force a gate on your own.",
    "- Never remove a milestone or a criterion to make progress look better.",
    "- Never edit with a hash you did not just read.",
  ],
};

/** One topic of the guide, as Markdown ending in a newline. */
export function guideTopic(topic: GuideTopic): string {
  return SECTIONS[topic].join("\n") + "\n";
}

/** The whole agent guide as Markdown (every topic, in order), ending in a newline. */
export function agentGuide(): string {
  const intro = [
    "# Working the roadmap with roadmark",
    "",
    "roadmark reads, checks and edits this project's roadmap. Move the roadmap forward only through",
    "roadmark's commands (or its MCP tools): they change the least text, keep the file's style, refuse",
    "stale writes, and hold the roadmap's rules for agents exactly as for people.",
    "",
  ].join("\n");
  return intro + GUIDE_TOPICS.map((t) => guideTopic(t)).join("\n");
}
