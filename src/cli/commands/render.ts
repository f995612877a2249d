import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark render` (not yet landed). */
export async function runRender(_ctx: CommandContext, _format: string, _o: unknown): Promise<number> {
  notYet("render");
}
