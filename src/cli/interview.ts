// The questions `init` and `add` ask on a terminal, and the terminal they are asked on
// (node:readline/promises). The question flows take an `ask` function, so they are tested
// without a terminal; the end-to-end tests drive the built CLI through a pseudo-terminal.
import { createInterface } from "node:readline/promises";
import { titleProblem } from "../edit/operations/add.js";
import type { MilestoneDraft } from "../edit/operations/init.js";

/** Asks one question and resolves with the trimmed answer; `say` prints a line between questions. */
export interface Ask {
  (question: string): Promise<string>;
  say?: (line: string) => void;
}

/** Ctrl-C (or the end of input) during the questions: nothing is written, exit 130. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
}

/** True when both stdin and stdout are terminals, so questions can be asked and answered. */
export function onTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/** Runs `body` with a question-asker on this process's terminal; Ctrl-C or end of input rejects with InterruptedError. */
export async function withTerminal<T>(body: (ask: Ask) => Promise<T>): Promise<T> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const stop = new AbortController();
  let interrupted = false;
  const interrupt = (): void => {
    interrupted = true;
    stop.abort();
  };
  rl.on("SIGINT", interrupt);
  rl.on("close", interrupt);
  const ask: Ask = async (question: string) => {
    if (interrupted) throw new InterruptedError("interrupted; nothing written");
    try {
      return (await rl.question(question, { signal: stop.signal })).trim();
    } catch (e) {
      if (interrupted || (e as Error).name === "AbortError") throw new InterruptedError("interrupted; nothing written");
      throw e;
    }
  };
  ask.say = (line) => void process.stdout.write(`${line}\n`);
  try {
    return await body(ask);
  } finally {
    rl.off("close", interrupt);
    rl.close();
    // A Ctrl-C leaves the cursor after the question: end that line.
    if (interrupted) process.stdout.write("\n");
  }
}

/** Asks until the answer is not empty, repeating `again` after an empty one. */
async function required(ask: Ask, question: string, again: string): Promise<string> {
  for (;;) {
    const a = await ask(question);
    if (a) return a;
    ask.say?.(again);
  }
}

/** A list, one item per question; an empty answer ends it. `min` items are required. */
async function list(ask: Ask, label: (n: number) => string, min = 0, again = ""): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const a = await ask(label(out.length + 1));
    if (a) out.push(a);
    else if (out.length >= min) return out;
    else ask.say?.(again);
  }
}

/** The answers to `init`'s questions: the project's name and its first milestones. */
export interface InitAnswers {
  readonly name: string;
  readonly drafts: readonly MilestoneDraft[];
}

/**
 * Asks for the project's name (unless given) and the first milestones: title, focus, goal,
 * criteria and deliverables each; an empty title ends the milestones, an empty criterion or
 * deliverable ends that list. Every milestone needs a goal and at least one criterion.
 */
export async function askInit(ask: Ask, given: { readonly name?: string; readonly defaultName: string }): Promise<InitAnswers> {
  const name = given.name ?? ((await ask(`Project name (${given.defaultName}): `)) || given.defaultName);
  const drafts: MilestoneDraft[] = [];
  ask.say?.("The first milestones, M0 first (an empty title ends the list).");
  for (;;) {
    const id = `M${drafts.length}`;
    const title = drafts.length === 0 ? await required(ask, `${id} title: `, "At least one milestone: give M0 a title.") : await ask(`${id} title (empty to finish): `);
    if (!title) break;
    const problem = titleProblem(title);
    if (problem) {
      // Asked again: a title that would be read as a status is not written.
      ask.say?.(problem.charAt(0).toUpperCase() + problem.slice(1) + ".");
      continue;
    }
    const focus = await ask(`${id} focus (optional): `);
    const goal = await required(ask, `${id} goal: `, "A milestone needs a goal: what is true when it is done?");
    const criteria = await list(ask, (n) => `${id} acceptance criterion ${n}${n > 1 ? " (empty to finish)" : ""}: `, 1, "A milestone needs at least one acceptance criterion.");
    const deliverables = await list(ask, (n) => `${id} key deliverable ${n} (empty to finish): `);
    drafts.push({ title, ...(focus ? { focus } : {}), goal, criteria, deliverables });
  }
  return { name, drafts };
}

/** What `add` asks for when its flags did not give it. */
export interface AddAnswers {
  readonly focus?: string;
  readonly goal?: string;
  readonly criteria?: readonly string[];
  readonly deliverables?: readonly string[];
}

/** Asks for the parts of a new milestone its flags did not give: focus, goal, criteria, deliverables. */
export async function askAdd(ask: Ask, id: string, given: AddAnswers): Promise<AddAnswers> {
  const focus = given.focus ?? (await ask(`${id} focus (optional): `));
  const goal = given.goal ?? (await required(ask, `${id} goal: `, "A milestone needs a goal: what is true when it is done?"));
  const criteria = given.criteria?.length ? given.criteria : await list(ask, (n) => `${id} acceptance criterion ${n}${n > 1 ? " (empty to finish)" : ""}: `, 1, "A milestone needs at least one acceptance criterion.");
  const deliverables = given.deliverables?.length ? given.deliverables : await list(ask, (n) => `${id} key deliverable ${n} (empty to finish): `);
  return { ...(focus ? { focus } : {}), goal, criteria, deliverables };
}
