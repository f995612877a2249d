import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark lint` (issue 4). */
export async function runLint(_ctx: CommandContext, _files: string[], _o: unknown): Promise<number> {
  notYet("lint");
}
