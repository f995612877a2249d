import type { CommandContext } from "../context.js";
import { notYet } from "./not-yet.js";

/** `roadmark forecast` (not yet landed). */
export async function runForecast(_ctx: CommandContext, _o: unknown): Promise<number> {
  notYet("forecast");
}
