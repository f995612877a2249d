import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark history` (not yet landed). */
export async function runHistory(_ctx: CommandContext, _o: unknown): Promise<number> {
  notYet("history");
}
