import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark import` (not yet landed). */
export async function runImport(_ctx: CommandContext, _src: string, _o: unknown): Promise<number> {
  notYet("import");
}
