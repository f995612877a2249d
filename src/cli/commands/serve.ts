import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark serve` (not yet landed). */
export async function runServe(_ctx: CommandContext, _o: unknown): Promise<number> {
  notYet("serve");
}
