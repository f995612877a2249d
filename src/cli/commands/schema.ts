import { STATUS_SCHEMA } from "../../report/status-schema.js";
import type { CommandContext } from "../context.js";

/** `roadmark schema`: the JSON Schema of `status --json`. */
export async function runSchema(ctx: CommandContext): Promise<number> {
  ctx.out(JSON.stringify(STATUS_SCHEMA, null, 2) + "\n");
  return 0;
}
