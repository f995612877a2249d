import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** Editing commands (issue 5). */
export async function runInit(_ctx: CommandContext, _o: unknown): Promise<number> {
  notYet("init");
}
export async function runTick(_ctx: CommandContext, tick: boolean, _id: string, _c: string, _o: unknown): Promise<number> {
  notYet(tick ? "tick" : "untick");
}
export async function runSetStatus(_ctx: CommandContext, verb: string, _id: string, _o: unknown): Promise<number> {
  notYet(verb);
}
export async function runAdd(_ctx: CommandContext, _t: string, _o: unknown): Promise<number> {
  notYet("add");
}
export async function runLearn(_ctx: CommandContext, _id: string, _t: string, _o: unknown): Promise<number> {
  notYet("learn");
}
export async function runSync(_ctx: CommandContext, _o: unknown): Promise<number> {
  notYet("sync");
}
