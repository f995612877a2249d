#!/usr/bin/env node
// The folder graph of src/: which top-level folder imports which. Fails (exit 1) on a folder
// cycle, on an upward import (the core importing ops/ or a surface, ops/ importing a surface),
// and on a source file importing from outside src/. `--graph` prints the edges.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
/** The surfaces: flags or requests in, one operation call, a format out. */
const SURFACES = new Set(["cli", "server", "mcp", "action", "index"]);
const OPS = "ops";

function walk(dir, out = []) {
  for (const e of readdirSync(dir)) {
    const f = path.join(dir, e);
    if (statSync(f).isDirectory()) walk(f, out);
    else if (/\.tsx?$/.test(f) && !/\.d\.ts$/.test(f)) out.push(f);
  }
  return out;
}

const folderOf = (abs) => path.relative(SRC, abs).split(path.sep)[0].replace(/\.tsx?$|\.js$/, "");

/** Every folder edge with the files that make it, and the problems found. */
export function checkImports() {
  const edges = new Map();
  const problems = [];
  for (const f of walk(SRC)) {
    const test = /\.test\.ts$/.test(f);
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)|(?:^|\n)\s*import\s+["'](\.{1,2}\/[^"']+)["']/g)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = path.resolve(path.dirname(f), spec);
      const rel = path.relative(SRC, target);
      if (rel.startsWith("..")) {
        problems.push(`${path.relative(ROOT, f)} imports ${spec}, outside src/`);
        continue;
      }
      if (test) continue;
      const a = folderOf(f);
      const b = folderOf(target);
      if (a === b) continue;
      const k = `${a} -> ${b}`;
      if (!edges.has(k)) edges.set(k, []);
      edges.get(k).push(path.relative(SRC, f));
      if (SURFACES.has(b) && !SURFACES.has(a)) problems.push(`upward import: ${path.relative(SRC, f)} (${a}) imports the surface ${b}`);
      if (b === OPS && !SURFACES.has(a)) problems.push(`upward import: ${path.relative(SRC, f)} (${a}) imports ${OPS}/`);
    }
  }
  // Folder cycles (the surfaces may call each other's entry points: the CLI starts the server).
  const graph = new Map();
  for (const k of edges.keys()) {
    const [a, b] = k.split(" -> ");
    if (SURFACES.has(a) && SURFACES.has(b)) continue;
    if (!graph.has(a)) graph.set(a, []);
    graph.get(a).push(b);
  }
  const state = new Map();
  const stack = [];
  const visit = (n) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) problems.push(`folder cycle: ${[...stack.slice(stack.indexOf(m)), m].join(" -> ")}`);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return { edges, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { edges, problems } = checkImports();
  if (process.argv.includes("--graph")) for (const k of [...edges.keys()].sort()) console.log(k);
  for (const p of problems) console.error(`check-imports: ${p}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
