// `roadmark mcp [--read-only] [--file PATH]`: the MCP server over stdio. stdout carries only the
// protocol; notes go to stderr; the server ends when its client closes stdin.
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { createMcpServer } from "../../mcp/server.js";
import { workTreeOf } from "../../ops/workspace.js";
import type { CommandContext } from "../context.js";

/** Flags of `roadmark mcp`. */
export interface McpFlags {
  readonly readOnly?: boolean;
  readonly file?: string;
}

/** Serves until stdin closes; resolves with the exit code. */
export async function runMcp(ctx: CommandContext, o: McpFlags, version: string): Promise<number> {
  const root = await workTreeOf(ctx.cwd);
  const file = o.file ?? (process.env.ROADMARK_FILE || undefined);
  const handle = serveStdio(() => createMcpServer({ cwd: ctx.cwd, root, file, readOnly: o.readOnly === true, version }), {
    onerror: (e) => ctx.err(`roadmark mcp: ${e.message}\n`),
  });
  await new Promise<void>((resolve) => {
    const done = (): void => resolve();
    process.stdin.once("end", done);
    process.stdin.once("close", done);
  });
  await handle.close().catch(() => undefined);
  return 0;
}
