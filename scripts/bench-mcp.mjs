// MCP figures (`node scripts/bench.mjs mcp`): the median latency of a roadmap_status call on a
// typical roadmap once `roadmark mcp` runs (official client over stdio; target ≤ 50 ms), and the
// size of tools/list in tokens (characters of its JSON / 4; target ≤ 3,000). Prints, asserts nothing.
import { copyFileSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CALLS = process.argv.includes("--quick") ? 30 : 100;
const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "rm-bench-mcp-")));
copyFileSync(path.join(ROOT, "examples/ROADMAP.md"), path.join(dir, "ROADMAP.md"));

const client = new Client({ name: "roadmark-bench", version: "1.0.0" });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [path.join(ROOT, "dist/cli.js"), "mcp"], cwd: dir, stderr: "inherit" }));
const list = await client.listTools();
const listChars = JSON.stringify(list).length;
// Warm-up: the first calls load the command's modules.
for (let i = 0; i < 5; i++) await client.callTool({ name: "roadmap_status", arguments: {} });
const ms = [];
for (let i = 0; i < CALLS; i++) {
  const t0 = performance.now();
  const r = await client.callTool({ name: "roadmap_status", arguments: {} });
  ms.push(performance.now() - t0);
  if (r.isError) throw new Error(`roadmap_status failed: ${JSON.stringify(r.structuredContent)}`);
}
await client.close();
ms.sort((a, b) => a - b);
const median = ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
const p90 = ms[Math.floor(ms.length * 0.9)];
console.log(`roadmap_status (examples/ROADMAP.md, stdio, ${CALLS} calls): median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms (target ≤ 50 ms)`);
console.log(`tools/list: ${list.tools.length} tools, ${listChars} characters ≈ ${Math.round(listChars / 4)} tokens (target ≤ 3,000)`);
