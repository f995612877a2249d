#!/usr/bin/env node
// The bin entry: declares the commands (bodies are imported lazily) and is the only place
// that maps errors to exit codes: 0 ok, 1 the roadmap says no, 2 usage or input error.
import { setFlagsFromString } from "node:v8";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { InputError, RoadmarkError, UsageError, type ErrorCode, type InputOption } from "../model/errors.js";
import { processContext, type CommandContext } from "./context.js";

declare const __ROADMARK_VERSION__: string | undefined;
const VERSION = typeof __ROADMARK_VERSION__ === "string" ? __ROADMARK_VERSION__ : "0.0.0-dev";

/** Parses a non-negative integer option value. */
export function intArg(name: string, min = 0) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number${min ? ` ≥ ${min}` : ""}, got "${value}"`);
    return Number(value);
  };
}

// Speed: the reader runs a few hundred regexes, most of them a handful of times per document.
// V8 first interprets a regex and recompiles it to machine code once it is hot: for a CLI run
// that is two compilations of each. Compiling to machine code at once makes linting the
// 110-file corpus about 12% faster (measured 900 → 790 ms) and leaves a one-file status as it
// was; the output is the same. Set here, in the bin only: the library never changes its host's flags.
setFlagsFromString("--no-regexp-tier-up");

const ctx: CommandContext = processContext();
let exitCode = 0;

/** Runs a lazily imported command body and records its exit code. */
async function run(body: () => Promise<number>): Promise<void> {
  exitCode = await body();
}

function withFile(cmd: Command): Command {
  return cmd
    .option("-f, --file <path>", "the roadmap file (default: ROADMAP.md, docs/ROADMAP.md, docs/roadmap/ROADMAP.md, .planning/ROADMAP.md)")
    .addOption(new Option("--max-size <bytes>", "largest file to read (default 64 MB)").argParser(intArg("--max-size", 1)));
}

/** A repeatable option's values, in the order given. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function editing(cmd: Command): Command {
  return withFile(cmd)
    .option("--dry-run", "print the unified diff and write nothing")
    .option("--expect-hash <hash>", "refuse (exit 2) unless the file's bytes have this hash (`status --json` prints it)")
    .option("--json", "print { file, hash, changed, diff, milestone } as JSON");
}

const program = new Command()
  .name("roadmark")
  .description("Keep ROADMAP.md a living, checked, truthful document.")
  .version(VERSION, "-v, --version")
  .showSuggestionAfterError(true)
  .exitOverride()
  // Commander's own usage errors follow our one-line form: `roadmark: <what>`.
  .configureOutput({ writeErr: (s) => ctx.err(s.replace(/^error: /, "roadmark: ")), writeOut: (s) => ctx.out(s) });

// A reader that closes early (`roadmark history | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

/** Adds `--json` and its spelling `--format json` (CONTRACT: "--json (or --format json)"). */
function withJson(cmd: Command, what = "print as JSON", formats: readonly string[] = []): Command {
  return cmd
    .option("--json", what)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", ...formats]))
    .hook("preAction", (_cmd, action) => {
      if (action.opts().format === "json") action.setOptionValue("json", true);
    });
}

withJson(withFile(program.command("status [file]").description("progress of every milestone, and the current one")), "print the status as JSON (see `roadmark schema`)", ["markdown"])
  .option("--explain", "say which sequence was read as the milestones and why, with the runners-up")
  .action((file: string | undefined, o) => run(async () => (await import("./commands/status.js")).runStatus(ctx, file, o)));

withJson(withFile(program.command("next").description("what to work on next")))
  .action((o) => run(async () => (await import("./commands/next.js")).runNext(ctx, o)));

program
  .command("schema")
  .description("print the JSON Schema of `status --json`")
  .action(() => run(async () => (await import("./commands/schema.js")).runSchema(ctx)));

withFile(program.command("lint [files...]").description("check roadmaps against the rules"))
  .addOption(new Option("--format <format>", "output format").choices(["stylish", "json", "sarif", "github", "gitlab"]).default("stylish"))
  .option("--fix", "apply safe fixes in place")
  .addOption(new Option("--max-warnings <n>", "exit 1 when warnings exceed N").argParser(intArg("--max-warnings")))
  .option("--config <path>", "a .roadmarkrc.json to use instead of searching")
  .action((files: string[], o) => run(async () => (await import("./commands/lint.js")).runLint(ctx, files, o)));

editing(program.command("init").description("write a new ROADMAP.md from the template, and the Development Cadence guide it links to"))
  .option("--path <file>", "where the roadmap goes (default ROADMAP.md; directories are created)")
  .option("--name <name>", "the project name")
  .option("-y, --yes", "ask nothing on a terminal: write the template with the flags' values")
  .addOption(new Option("--milestones <n>", "how many milestones").argParser(intArg("--milestones", 1)).default(4))
  .option("--force", "overwrite an existing file")
  .action((o) => run(async () => (await import("./commands/edit.js")).runInit(ctx, o)));

for (const [name, desc] of [
  ["tick", "tick a criterion (1-based index or a unique text fragment)"],
  ["untick", "untick a criterion"],
] as const) {
  editing(program.command(`${name} <id> <criterion>`).description(desc)).action((id: string, criterion: string, o) =>
    run(async () => (await import("./commands/edit.js")).runTick(ctx, name === "tick", id, criterion, o)),
  );
}
editing(program.command("start <id>").description("mark a milestone in progress"))
  .option("--force", "start even while dependencies are open or another milestone is in progress")
  .action((id: string, o) => run(async () => (await import("./commands/edit.js")).runSetStatus(ctx, "start", id, o)));
editing(program.command("done <id>").description("mark a milestone done"))
  .option("--force", "finish even with open criteria or unfinished dependencies")
  .action((id: string, o) => run(async () => (await import("./commands/edit.js")).runSetStatus(ctx, "done", id, o)));
editing(program.command("block <id>").description("mark a milestone blocked"))
  .requiredOption("--reason <text>", "why it is blocked")
  .action((id: string, o) => run(async () => (await import("./commands/edit.js")).runSetStatus(ctx, "block", id, o)));
editing(program.command("cancel <id>").description("mark a milestone cancelled")).action((id: string, o) =>
  run(async () => (await import("./commands/edit.js")).runSetStatus(ctx, "cancel", id, o)),
);
editing(program.command("add <title>").description("add a milestone: overview row and section"))
  .option("--focus <text>", "its focus")
  .option("--goal <text>", "its goal")
  .option("--depends <ids>", "comma-separated ids it depends on")
  .option("--criterion <text>", "an acceptance criterion (repeat for more)", collect, [])
  .option("--deliverable <text>", "a key deliverable (repeat for more)", collect, [])
  .option("-y, --yes", "ask nothing on a terminal for what the flags did not give")
  .action((title: string, o) => run(async () => (await import("./commands/edit.js")).runAdd(ctx, title, o)));
editing(program.command("learn <id> <text>").description("append a learning to a milestone")).action((id: string, text: string, o) =>
  run(async () => (await import("./commands/edit.js")).runLearn(ctx, id, text, o)),
);
editing(program.command("sync").description("rebuild the overview table rows from the sections")).action((o) =>
  run(async () => (await import("./commands/edit.js")).runSync(ctx, o)),
);

// The edits agents need (issue 14): criteria, title/focus/goal, dependencies.
const criterion = program
  .command("criterion")
  .description("add, edit or remove a milestone's acceptance criteria")
  .argument("[action]", "add | edit | remove")
  .action((action: string | undefined) => {
    throw new UsageError(action ? `criterion: unknown action "${action}": expected add, edit or remove` : "criterion: expected add, edit or remove", "see `roadmark criterion --help`");
  });
editing(criterion.command("add <id> <text>").description("add an unticked criterion (after the last one, or at --at N)"))
  .addOption(new Option("--at <n>", "its 1-based position among the criteria").argParser(intArg("--at", 1)))
  .action((id: string, text: string, o) => run(async () => (await import("./commands/agent-edits.js")).runCriterionAdd(ctx, id, text, o)));
editing(criterion.command("edit <id> <criterion> <text>").description("rewrite a criterion's text (1-based index or a unique text fragment)")).action(
  (id: string, c: string, text: string, o) => run(async () => (await import("./commands/agent-edits.js")).runCriterionEdit(ctx, id, c, text, o)),
);
editing(criterion.command("remove <id> <criterion>").description("remove a criterion (1-based index or a unique text fragment)")).action((id: string, c: string, o) =>
  run(async () => (await import("./commands/agent-edits.js")).runCriterionRemove(ctx, id, c, o)),
);
editing(program.command("set <id> <field> <text>").description("set a milestone's title, focus or goal (title and focus in the heading and the overview row alike)")).action(
  (id: string, field: string, text: string, o) => run(async () => (await import("./commands/agent-edits.js")).runSet(ctx, id, field, text, o)),
);
editing(program.command("depend <id> <on...>").description("add dependencies: ON[,ON…] (refused when it would make a cycle)")).action((id: string, on: string[], o) =>
  run(async () => (await import("./commands/agent-edits.js")).runDepend(ctx, true, id, on, o)),
);
editing(program.command("undepend <id> <on...>").description("remove dependencies: ON[,ON…]")).action((id: string, on: string[], o) =>
  run(async () => (await import("./commands/agent-edits.js")).runDepend(ctx, false, id, on, o)),
);

program
  .command("mcp")
  .description("serve the roadmap to agents over MCP (stdio): status, milestone, lint and edit tools")
  .option("--read-only", "offer no editing tool")
  .option("-f, --file <path>", "the roadmap when a tool call names none (default: ROADMARK_FILE, else the usual names)")
  .action((o) => run(async () => (await import("./commands/mcp.js")).runMcp(ctx, o, VERSION)));

// Agents find the guide on their own (issue 14): printed, written into AGENTS.md or a skill, and a write guard.
program
  .command("instructions [topic]")
  .description("print the agent guide (topics: reading, editing, gates, mcp, never)")
  .action((topic: string | undefined) => run(async () => (await import("./commands/agents.js")).runInstructions(ctx, topic)));
program
  .command("agents")
  .description("write or refresh the roadmark block in AGENTS.md (and @AGENTS.md in CLAUDE.md)")
  .option("--skill <host>", "install the Agent Skill instead: claude (.claude/skills) or agents (.agents/skills)")
  .action((o) => run(async () => (await import("./commands/agents.js")).runAgents(ctx, o, VERSION)));
program
  .command("guard")
  .description("PreToolUse hook: exit 2 when a write of the roadmap would drop a milestone or a criterion")
  .option("-f, --file <path>", "the roadmap to protect (default: located from the event's cwd)")
  .action((o) => run(async () => (await import("./commands/agents.js")).runGuard(ctx, o, process.stdin)));

program
  .command("import <src>")
  .description("convert a free-form roadmap to the template's format")
  .option("-o, --out <path>", "write here instead of stdout")
  .option("--force", "overwrite an existing output file")
  .addOption(new Option("--max-size <bytes>", "largest file to read").argParser(intArg("--max-size", 1)))
  .action((src: string, o) => run(async () => (await import("./commands/import.js")).runImport(ctx, src, o)));

withJson(withFile(program.command("history").description("the roadmap's past from git: burn-up and cycle times")))
  .option("--since <date>", "only commits after this date")
  .action((o) => run(async () => (await import("./commands/history.js")).runHistory(ctx, o)));

withJson(withFile(program.command("forecast").description("Monte Carlo forecast of when open milestones land")))
  .addOption(new Option("--runs <n>", "simulation runs (default 10000)").argParser(intArg("--runs", 1)))
  .addOption(new Option("--seed <n>", "random seed (default: derived from the file's hash)").argParser(intArg("--seed")))
  .addOption(new Option("--window <days>", "throughput window in days (default 90)").argParser(intArg("--window", 1)))
  .action((o) => run(async () => (await import("./commands/forecast.js")).runForecast(ctx, o)));

withFile(program.command("render <format>").description("render mermaid | gantt | badge | html"))
  .option("-o, --out <path>", "write here instead of stdout")
  .option("--percent", "badge: show a percentage instead of done/total")
  .action((format: string, o) => run(async () => (await import("./commands/render.js")).runRender(ctx, format, o)));

withFile(program.command("verify [ids...]").description("run the criteria's Verify: commands (approved ones only) and record the results"))
  .addOption(new Option("--jobs <n>", "commands at once (default min(4, cores))").argParser(intArg("--jobs", 1)))
  .addOption(new Option("--timeout <seconds>", "timeout of commands that give none (default 120)").argParser(intArg("--timeout", 1)))
  .option("--apply", "tick the unticked criteria whose command passed")
  .option("--strict", "with --apply, also untick the ticked criteria whose command failed or timed out")
  .option("--json", "print the results as JSON")
  .option("--yes", "approve every unapproved command listed (CI)")
  .option("--trust", "list the unapproved commands and ask y/N for each; runs nothing")
  .action((ids: string[], o) => run(async () => (await import("./commands/verify.js")).runVerifyCommand(ctx, ids, o)));

withFile(program.command("serve").description("serve the live dashboard"))
  .addOption(new Option("--port <n>", "port").argParser(intArg("--port")).default(4477))
  .option("--host <host>", "address to bind", "127.0.0.1")
  .option("--open", "open the dashboard in a browser")
  .action((o) => run(async () => (await import("./commands/serve.js")).runServe(ctx, o)));

/** The exit code of each error code: the roadmap says no → 1; bad input, stale bytes, a held lock → 2. */
const EXIT_CODES: Readonly<Record<ErrorCode, number>> = { REFUSED: 1, STALE: 2, NOT_FOUND: 2, BAD_INPUT: 2, LOCKED: 2, UNTRUSTED: 2, INTERNAL: 2 };

/** The library's neutral hint, with the CLI's flags named where one overrides or fixes it. */
function flagHint(e: RoadmarkError): string | undefined {
  if (e.code === "STALE") return "run `roadmark status --json` for the current hash and retry with --expect-hash";
  if (e.overridable) return e.code === "REFUSED" ? `${e.hint ?? "resolve that first"}, or pass --force to override` : "pass --force to overwrite it";
  return e.hint;
}

/** The CLI's spelling of each operation input the library names in an InputError. */
const FLAGS: Readonly<Record<InputOption, string>> = {
  file: "-f PATH",
  maxSize: "--max-size",
  criterion: "--criterion",
  deliverable: "--deliverable",
  milestones: "--milestones",
  since: "--since",
  port: "--port",
};

/** The error as the CLI words it: the library's neutral message and hint with the flags named. */
function cliWording(e: RoadmarkError): { message: string; hint: string | undefined } {
  if (!(e instanceof InputError)) return { message: e.message, hint: flagHint(e) };
  const flag = FLAGS[e.option];
  switch (e.problem) {
    case "missing":
      return { message: e.message, hint: `pass a file (\`${flag}\`) or create one with \`roadmark init\`` };
    case "too-large":
      return { message: e.message, hint: `raise the limit with ${flag} BYTES` };
    case "in-use":
      return { message: `${e.message} (choose another with ${flag} N)`, hint: undefined };
    default:
      // The library names the input by its option name once: the CLI says the flag there.
      return { message: e.message.replace(new RegExp(`\\b${e.option}\\b`), flag), hint: flagHint(e) };
  }
}

/** Prints an error as one line (plus a hint line) and returns its exit code. */
function report(e: unknown): number {
  const debug = process.env.ROADMARK_DEBUG === "1";
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    return 2; // commander already printed its one-line message
  }
  // Ctrl-C (or end of input) during init's or add's questions: nothing was written.
  if (e instanceof Error && e.name === "InterruptedError") {
    ctx.err(`roadmark: ${e.message}\n`);
    return 130;
  }
  if (e instanceof RoadmarkError && e.code !== "INTERNAL") {
    const { message, hint } = cliWording(e);
    ctx.err(`roadmark: ${message}\n`);
    if (hint) ctx.err(`hint: ${hint}\n`);
    if (debug && e.stack) ctx.err(e.stack + "\n");
    return EXIT_CODES[e.code];
  }
  const message = e instanceof Error ? e.message : String(e);
  ctx.err(`roadmark: internal error: ${message}\n`);
  ctx.err(debug && e instanceof Error && e.stack ? e.stack + "\n" : "hint: run again with ROADMARK_DEBUG=1 for details, and please report it\n");
  return 2;
}

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (e) {
  process.exitCode = report(e);
}
