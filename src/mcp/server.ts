// The MCP surface (CONTRACT: MCP tools): tool arguments → a Workspace and an EditIntent → the same
// `ops/` functions the CLI calls → structuredContent. No roadmap logic lives here: only argument
// mapping, the work-tree confinement, and errors turned into tool results the model can read.
import { readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/server";
import { z } from "zod/v4";
import { agentGuide } from "../agents/guide.js";
import { SETTABLE_FIELDS } from "../edit/operations/set-field.js";
import { RefusedError, RoadmarkError, StaleError, UsageError, type ErrorCode } from "../model/errors.js";
import type { LockOptions } from "../io/lock.js";
import { edit, EDIT_OPS, type EditIntent, type EditOp } from "../ops/edit.js";
import { lint } from "../ops/lint.js";
import { milestone, status } from "../ops/read.js";
import { verify } from "../ops/verify.js";
import { confinedWorkspace, type Workspace } from "../ops/workspace.js";
import { VERIFY_STATUSES } from "../verify/types.js";

/** The tools this server offers (CONTRACT: MCP tools). */
export const MCP_TOOLS = ["roadmap_status", "roadmap_milestone", "roadmap_lint", "roadmap_edit", "roadmap_verify"] as const;
export type McpToolName = (typeof MCP_TOOLS)[number];

/** The edit ops `roadmap_edit` leaves out (the contract's op table names neither): `sync` and `init`. */
export const MCP_EXCLUDED_OPS = ["sync", "init"] as const satisfies readonly EditOp[];
export type McpEditOp = Exclude<EditOp, (typeof MCP_EXCLUDED_OPS)[number]>;

function isMcpEditOp(op: EditOp): op is McpEditOp {
  return !(MCP_EXCLUDED_OPS as readonly EditOp[]).includes(op);
}

/** The `op` values of `roadmap_edit` (CONTRACT): every EditIntent op of `ops/edit` but the excluded ones, in its order. */
export const MCP_EDIT_OPS: readonly McpEditOp[] = EDIT_OPS.filter(isMcpEditOp);

/** How the server is set up. */
export interface McpServerOptions {
  /** The directory the server runs in; relative `file` arguments resolve from here. */
  readonly cwd: string;
  /** The work tree served (real path): no file outside it is read or written. */
  readonly root: string;
  /** The roadmap when a call names none (`--file`, else ROADMARK_FILE); else the locator from `cwd`. */
  readonly file?: string | undefined;
  /** Leave out `roadmap_edit`. */
  readonly readOnly?: boolean | undefined;
  readonly version: string;
  /** How an edit waits for another writer's lock (default: the edit transaction's). */
  readonly lock?: LockOptions | undefined;
}

/** What the model is told once, at initialisation. */
export const MCP_INSTRUCTIONS = [
  "roadmark keeps this project's ROADMAP.md. Rules:",
  "- Work on one milestone at a time: the current one (roadmap_status `current`); start the next only when it is done.",
  "- Tick each acceptance criterion as soon as it is met (op tick), not in a batch at the end.",
  "- Record what you learned on the milestone (op learn).",
  "- Every edit needs expectedHash: the `hash` from your latest roadmap_status or roadmap_milestone. On STALE, read again and retry with currentHash.",
  "- Never rewrite the roadmap file yourself; change it only through roadmap_edit.",
  "- A REFUSED edit means the roadmap's rules say no (blockers listed): resolve them, don't work around them.",
  "The full guide is the resource roadmap://guide.",
].join("\n");

const fileArg = z.string().optional().describe("roadmap path inside the project (default: the project's roadmap)");
const progress = z.object({ done: z.number(), total: z.number() });
const STATUS = z.enum(["planned", "in_progress", "done", "blocked", "cancelled", "unknown"]);

const statusOut = z.looseObject({
  schemaVersion: z.literal(1),
  file: z.string(),
  hash: z.string(),
  format: z.string(),
  title: z.string(),
  milestones: z.array(z.looseObject({ id: z.string(), title: z.string(), status: STATUS, progress })),
  progress,
  current: z.string().nullable(),
  next: z.looseObject({ milestone: z.string() }).nullable(),
});

const milestoneOut = z.object({
  hash: z.string(),
  milestone: z.looseObject({
    id: z.string(),
    title: z.string(),
    status: STATUS,
    focus: z.string().nullable(),
    goal: z.string().nullable(),
    criteria: z.array(z.object({ index: z.number(), text: z.string(), checked: z.boolean(), line: z.number() })),
    deliverables: z.array(z.string()),
    dependencies: z.array(z.string()),
    learnings: z.array(z.string()),
    line: z.number(),
  }),
});

const lintOut = z.looseObject({
  file: z.string(),
  diagnostics: z.array(z.looseObject({ ruleId: z.string(), severity: z.string(), message: z.string(), line: z.number() })),
});

const editIn = z.object({
  file: fileArg,
  expectedHash: z.string().describe("hash from your latest read (sha256:…); the edit is refused as STALE if the file changed"),
  op: z.enum(MCP_EDIT_OPS),
  id: z.string().optional().describe("milestone id (every op but add_milestone)"),
  criterion: z.string().optional().describe("tick/untick/edit_criterion/remove_criterion: 1-based index or a unique text fragment"),
  text: z.string().optional().describe("learn/add_criterion/edit_criterion/set_field: the text"),
  field: z.enum(SETTABLE_FIELDS).optional().describe("set_field: which field"),
  on: z.array(z.string()).optional().describe("depend/undepend: milestone ids"),
  reason: z.string().optional().describe("block: why"),
  title: z.string().optional().describe("add_milestone: title"),
  at: z.number().int().min(1).optional().describe("add_criterion: 1-based position"),
  focus: z.string().optional().describe("add_milestone"),
  goal: z.string().optional().describe("add_milestone"),
  depends: z.array(z.string()).optional().describe("add_milestone: dependency ids"),
});
type EditArgs = z.infer<typeof editIn>;

const editOut = z.object({ hash: z.string(), changed: z.boolean(), diff: z.string(), milestone: z.string().nullable() });

const verifyIn = z.object({
  file: fileArg,
  ids: z.array(z.string()).optional().describe("milestone ids (default: every milestone not cancelled)"),
  apply: z.boolean().optional().describe("tick the unticked criteria whose command passed; refused as STALE if the file changed during the run"),
});
type VerifyArgs = z.infer<typeof verifyIn>;

const verifyOut = z.looseObject({
  results: z.array(
    z.object({
      milestone: z.string(),
      index: z.number(),
      text: z.string(),
      command: z.string(),
      status: z.enum(VERIFY_STATUSES),
      exitCode: z.number().nullable(),
      durationMs: z.number(),
      outputTail: z.string(),
    }),
  ),
  summary: z.object({ total: z.number(), passed: z.number(), failed: z.number(), timed_out: z.number(), untrusted: z.number() }),
  hash: z.string(),
  changed: z.number().nullable(),
  hint: z.string().nullable(),
});

/** What the model is told about commands it may not run: a person approves them in a terminal. */
export const VERIFY_UNTRUSTED_HINT = "untrusted commands were not run: a person must approve them in a terminal with `roadmark verify --trust`; this server never approves anything";

/** The structuredContent of a failed call (CONTRACT: `{ code, message, hint }`, plus `currentHash` or `blockers`). */
export interface ToolFailure {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string | null;
  readonly currentHash?: string;
  readonly blockers?: readonly string[];
}

/** An error as a tool result the model reads (never a protocol error for a user's mistake). */
export function toolFailure(e: unknown): { isError: true; content: { type: "text"; text: string }[]; structuredContent: { [k: string]: unknown } } {
  let failure: ToolFailure;
  if (e instanceof RoadmarkError) {
    failure = {
      code: e.code,
      message: e.message,
      hint: e.code === "STALE" ? "read the roadmap again (roadmap_status) and retry with currentHash as expectedHash" : (e.hint ?? null),
      ...(e instanceof StaleError ? { currentHash: e.currentHash } : {}),
      ...(e instanceof RefusedError ? { blockers: e.blockers } : {}),
    };
  } else {
    failure = { code: "INTERNAL", message: `internal error: ${e instanceof Error ? e.message : String(e)}`, hint: null };
  }
  const text = `${failure.code}: ${failure.message}${failure.hint ? `\nhint: ${failure.hint}` : ""}`;
  return { isError: true, content: [{ type: "text", text }], structuredContent: { ...failure } };
}

function ok<T extends object>(text: string, data: T): { content: { type: "text"; text: string }[]; structuredContent: T & { [k: string]: unknown } } {
  return { content: [{ type: "text", text }], structuredContent: data as T & { [k: string]: unknown } };
}

function need<K extends keyof EditArgs>(a: EditArgs, key: K): NonNullable<EditArgs[K]> {
  const v = a[key];
  if (v === undefined || v === null) throw new UsageError(`op ${a.op} needs "${String(key)}"`, "see the roadmap_edit input schema");
  return v as NonNullable<EditArgs[K]>;
}

/** The EditIntent of a `roadmap_edit` call (argument mapping only; the planners check the rest). */
export function intentOf(a: EditArgs): EditIntent {
  switch (a.op) {
    case "tick":
    case "untick":
      return { op: a.op, id: need(a, "id"), criterion: need(a, "criterion") };
    case "start":
    case "done":
    case "cancel":
      return { op: a.op, id: need(a, "id") };
    case "block":
      return { op: "block", id: need(a, "id"), reason: need(a, "reason") };
    case "add_milestone":
      return {
        op: "add_milestone",
        title: need(a, "title"),
        ...(a.focus !== undefined ? { focus: a.focus } : {}),
        ...(a.goal !== undefined ? { goal: a.goal } : {}),
        ...(a.depends !== undefined ? { depends: a.depends } : {}),
      };
    case "add_criterion":
      return { op: "add_criterion", id: need(a, "id"), text: need(a, "text"), ...(a.at !== undefined ? { at: a.at } : {}) };
    case "edit_criterion":
      return { op: "edit_criterion", id: need(a, "id"), criterion: need(a, "criterion"), text: need(a, "text") };
    case "remove_criterion":
      return { op: "remove_criterion", id: need(a, "id"), criterion: need(a, "criterion") };
    case "set_field":
      return { op: "set_field", id: need(a, "id"), field: need(a, "field"), text: need(a, "text") };
    case "depend":
    case "undepend":
      return { op: a.op, id: need(a, "id"), on: need(a, "on") };
    case "learn":
      return { op: "learn", id: need(a, "id"), text: need(a, "text") };
  }
}

/** Builds the roadmark MCP server (tools, resources, instructions); connect it to any transport. */
export function createMcpServer(opts: McpServerOptions): McpServer {
  const server = new McpServer({ name: "roadmark", version: opts.version }, { instructions: MCP_INSTRUCTIONS });
  // Every call re-locates and re-reads the file: nothing is cached between calls.
  const workspace = (file: string | undefined): Promise<Workspace> => confinedWorkspace(opts.root, { cwd: opts.cwd, file: file ?? opts.file });
  const guarded =
    <A, R>(body: (args: A) => Promise<R>) =>
    async (args: A) => {
      try {
        return await body(args);
      } catch (e) {
        return toolFailure(e);
      }
    };

  server.registerTool(
    "roadmap_status",
    {
      description: "The roadmap's milestones, progress, current milestone, next step and hash (pass the hash to roadmap_edit).",
      inputSchema: z.object({ file: fileArg }),
      outputSchema: statusOut,
      annotations: { readOnlyHint: true },
    },
    guarded(async ({ file }: { file?: string | undefined }) => {
      const s = await status(await workspace(file));
      const cur = s.json.current ?? "none";
      return ok(`${s.display}: ${s.json.progress.done}/${s.json.progress.total} criteria, current ${cur}, hash ${s.hash}`, { ...s.json, hash: s.hash });
    }),
  );

  server.registerTool(
    "roadmap_milestone",
    {
      description: "One milestone in full: status, goal, focus, criteria (index, text, checked), deliverables, dependencies, learnings; and the file's hash.",
      inputSchema: z.object({ file: fileArg, id: z.string().describe("milestone id, e.g. M2") }),
      outputSchema: milestoneOut,
      annotations: { readOnlyHint: true },
    },
    guarded(async ({ file, id }: { file?: string | undefined; id: string }) => {
      const r = await milestone(await workspace(file), id);
      const m = r.milestone;
      return ok(`${m.id} ${m.title}: ${m.status}, ${m.progress.done}/${m.progress.total} criteria, hash ${r.hash}`, { hash: r.hash, milestone: m });
    }),
  );

  server.registerTool(
    "roadmap_lint",
    {
      description: "Lint the roadmap: the diagnostics of `roadmark lint --format json` for the file.",
      inputSchema: z.object({ file: fileArg }),
      outputSchema: lintOut,
      annotations: { readOnlyHint: true },
    },
    guarded(async ({ file }: { file?: string | undefined }) => {
      const ws = await workspace(file);
      const run = await lint(ws);
      const doc = run.json[0]!;
      const n = doc.diagnostics.length;
      return ok(`${doc.file}: ${n} finding${n === 1 ? "" : "s"} (${run.counts.errors} error${run.counts.errors === 1 ? "" : "s"})`, doc);
    }),
  );

  if (!opts.readOnly)
    server.registerTool(
      "roadmap_edit",
      {
        description:
          "Change the roadmap by one operation, with the hash you read (expectedHash). Changes only the lines it must; refused (REFUSED, with blockers) when the roadmap's rules say no.",
        inputSchema: editIn,
        outputSchema: editOut,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
      },
      guarded(async (args: EditArgs) => {
        const ws = await workspace(args.file);
        const r = await edit(ws, intentOf(args), { expectHash: args.expectedHash, lock: opts.lock });
        return ok(`${r.message}${r.changed ? "" : "; nothing written"} (hash ${r.hash})`, { hash: r.hash, changed: r.changed, diff: r.diff, milestone: r.milestone ?? null });
      }),
    );

  if (!opts.readOnly)
    server.registerTool(
      "roadmap_verify",
      {
        description:
          "Run the criteria's approved Verify: commands and record the results (the `verify --json` document). Commands nobody approved are reported as untrusted and not run; apply ticks the criteria whose command passed, refused as STALE if the file changed during the run.",
        inputSchema: verifyIn,
        outputSchema: verifyOut,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
      },
      async (args: VerifyArgs, ctx: { mcpReq: { signal: AbortSignal } }) => {
        try {
          const ws = await workspace(args.file);
          // Never approves: no approveAll here, whatever the arguments say.
          const run = await verify(ws, { ids: args.ids, apply: args.apply === true, signal: ctx.mcpReq.signal, lock: opts.lock });
          const s = run.summary;
          const hint = run.unapproved.length > 0 ? VERIFY_UNTRUSTED_HINT : null;
          const changed = run.applied ? run.applied.changed : null;
          const hash = run.applied?.hash ?? run.hash;
          const text = `${run.display}: ${s.passed} passed, ${s.failed} failed, ${s.timed_out} timed out, ${s.untrusted} untrusted (of ${s.total})${changed !== null ? `; ${changed} box${changed === 1 ? "" : "es"} changed` : ""} (hash ${hash})${hint ? `\nhint: ${hint}` : ""}`;
          return ok(text, { results: run.results, summary: s, hash, changed, hint });
        } catch (e) {
          return toolFailure(e);
        }
      },
    );

  server.registerResource(
    "roadmap",
    "roadmap://file",
    { description: "The roadmap's Markdown, as it is on disk now", mimeType: "text/markdown" },
    async (uri: URL) => {
      const s = await status(await workspace(undefined));
      return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: await readFile(s.file, "utf8") }] };
    },
  );
  server.registerResource("guide", "roadmap://guide", { description: "How agents work the roadmap with roadmark", mimeType: "text/markdown" }, async (uri: URL) => ({
    contents: [{ uri: uri.href, mimeType: "text/markdown", text: agentGuide() }],
  }));
  return server;
}
