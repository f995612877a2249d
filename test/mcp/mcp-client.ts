// Helpers for the MCP tests: an official client connected in process (in-memory transport) or
// over stdio to the built `roadmark mcp`.
import { copyFileSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { createMcpServer, type McpServerOptions } from "../../src/mcp/server.js";
import { CLI, ROOT } from "../harness/paths.js";

/** The example roadmap copied into a fresh directory (not a git work tree: the directory is the root). */
export function exampleDir(): { dir: string; file: string } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rm-mcp-")));
  const file = path.join(dir, "ROADMAP.md");
  copyFileSync(path.join(ROOT, "examples/ROADMAP.md"), file);
  return { dir, file };
}

/** A client talking to an in-process server over the SDK's linked in-memory transports. */
export async function inProcessClient(opts: Partial<McpServerOptions> & { cwd: string }): Promise<Client> {
  const server = createMcpServer({ root: opts.cwd, version: "test", ...opts });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: "roadmark-test", version: "1.0.0" });
  await client.connect(clientTransport);
  return client;
}

/** A client talking to the built CLI's `roadmark mcp` over stdio. */
export async function stdioClient(cwd: string, args: readonly string[] = [], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "mcp", ...args],
    cwd,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
    stderr: "pipe",
  });
  const client = new Client({ name: "roadmark-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** The structuredContent of a call, typed loosely for assertions. */
export type Structured = Record<string, unknown> & { code?: string; hash?: string };

/** Calls a tool and returns its result with the structured content. */
export async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<{ isError: boolean; data: Structured; text: string }> {
  const r = await client.callTool({ name, arguments: args });
  const content = (r.content ?? []) as { type: string; text?: string }[];
  return { isError: r.isError === true, data: (r.structuredContent ?? {}) as Structured, text: content.map((c) => c.text ?? "").join("\n") };
}
