// Pure core of `roadmark guard`: read a Claude Code PreToolUse event, work out the text a
// Write / Edit / MultiEdit would leave in the roadmap, and say what it would drop.
import { UsageError } from "../model/errors.js";
import { normaliseId } from "../parse/fields/dependencies.js";
import { parseRoadmap } from "../parse/to-model.js";

/** The file-writing tools the guard looks at. */
export const GUARDED_TOOLS = ["Write", "Edit", "MultiEdit"] as const;
export type GuardedTool = (typeof GUARDED_TOOLS)[number];

/** One string replacement, as Edit and MultiEdit's `edits` give it. */
export interface StringEdit {
  readonly old_string: string;
  readonly new_string: string;
  readonly replace_all?: boolean;
}

/** The part of a PreToolUse event the guard reads. */
export interface GuardEvent {
  readonly tool: GuardedTool;
  readonly filePath: string;
  readonly cwd: string | undefined;
  /** Write: the whole new content. */
  readonly content?: string;
  /** Edit / MultiEdit: the replacements, in order. */
  readonly edits?: readonly StringEdit[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function stringEdit(x: unknown): StringEdit | undefined {
  if (!isRecord(x) || typeof x.old_string !== "string" || typeof x.new_string !== "string") return undefined;
  return { old_string: x.old_string, new_string: x.new_string, ...(x.replace_all === true ? { replace_all: true } : {}) };
}

/**
 * Reads a hook event. Returns "ignore" for a tool the guard does not look at (Bash, Read, …),
 * and throws a UsageError for input that is not a PreToolUse event of a guarded tool.
 */
export function readGuardEvent(json: string): GuardEvent | "ignore" {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new UsageError(`the event is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(data)) throw new UsageError("the event is not a JSON object");
  const tool = data.tool_name;
  if (typeof tool !== "string") throw new UsageError("the event has no tool_name");
  if (!(GUARDED_TOOLS as readonly string[]).includes(tool)) return "ignore";
  const input = data.tool_input;
  if (!isRecord(input) || typeof input.file_path !== "string") throw new UsageError(`the ${tool} event has no tool_input.file_path`);
  const cwd = typeof data.cwd === "string" ? data.cwd : undefined;
  const base = { tool: tool as GuardedTool, filePath: input.file_path, cwd };
  if (tool === "Write") {
    if (typeof input.content !== "string") throw new UsageError("the Write event has no tool_input.content");
    return { ...base, content: input.content };
  }
  const raw = tool === "Edit" ? [input] : Array.isArray(input.edits) ? input.edits : undefined;
  const edits = raw?.map(stringEdit);
  if (!edits || edits.some((e) => e === undefined)) throw new UsageError(`the ${tool} event has no usable old_string/new_string`);
  return { ...base, edits: edits as StringEdit[] };
}

/** The text the tool would leave, or undefined when an edit would not apply (the tool itself fails then). */
export function resultingText(current: string, event: GuardEvent): string | undefined {
  if (event.content !== undefined) return event.content;
  let text = current;
  for (const e of event.edits ?? []) {
    if (e.old_string === "" || !text.includes(e.old_string)) return undefined;
    text = e.replace_all ? text.split(e.old_string).join(e.new_string) : text.replace(e.old_string, () => e.new_string);
  }
  return text;
}

/** What a new text drops compared with the current one: milestone ids, and criteria per milestone. */
export interface Dropped {
  readonly milestones: readonly string[];
  readonly criteria: readonly { readonly milestone: string; readonly text: string }[];
}

/**
 * The milestones (by id) and criteria (by text, counted per milestone) of `before` that
 * `after` no longer has. A reworded criterion counts as dropped; a ticked one does not.
 */
export function droppedContent(before: string, after: string): Dropped {
  const old = parseRoadmap(before);
  const next = parseRoadmap(after);
  const byId = new Map(next.milestones.map((m) => [normaliseId(m.id), m]));
  const milestones: string[] = [];
  const criteria: { milestone: string; text: string }[] = [];
  for (const m of old.milestones) {
    const n = byId.get(normaliseId(m.id));
    if (!n) {
      milestones.push(m.id);
      continue;
    }
    const left = new Map<string, number>();
    for (const c of n.criteria) left.set(c.text, (left.get(c.text) ?? 0) + 1);
    for (const c of m.criteria) {
      const k = left.get(c.text) ?? 0;
      if (k > 0) left.set(c.text, k - 1);
      else criteria.push({ milestone: m.id, text: c.text });
    }
  }
  return { milestones, criteria };
}

/** The message that tells the agent why the write is blocked and what to use instead. */
export function guardMessage(display: string, d: Dropped): string {
  const parts: string[] = [];
  if (d.milestones.length > 0) parts.push(`milestone${d.milestones.length === 1 ? "" : "s"} ${d.milestones.join(", ")}`);
  if (d.criteria.length > 0) {
    const shown = d.criteria.slice(0, 3).map((c) => `${c.milestone} "${c.text.length > 40 ? `${c.text.slice(0, 39)}…` : c.text}"`);
    parts.push(`${d.criteria.length} criteri${d.criteria.length === 1 ? "on" : "a"} (${shown.join(", ")}${d.criteria.length > 3 ? ", …" : ""})`);
  }
  return [
    `roadmark guard: blocked: this write to ${display} would drop ${parts.join(" and ")}.`,
    "Change the roadmap through roadmark instead of rewriting the file: `roadmark criterion add|edit|remove`,",
    "`roadmark tick`, `roadmark set`, `roadmark depend`, `roadmark learn`, … (or the roadmap_edit MCP tool).",
    "See `roadmark instructions editing`.",
  ].join("\n");
}
