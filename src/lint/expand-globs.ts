// File arguments for `roadmark lint`: plain paths pass through; globs (`*`, `?`, `[ab]`,
// `{a,b}`, `**`) are expanded with node's fs (Node 20 has no fs.glob). A glob that matches
// nothing is a usage error.
import { readdirSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";

const MAGIC = /[*?[\]{}]/;
const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** True when `p` is a glob rather than a plain path. */
export function hasMagic(p: string): boolean {
  return MAGIC.test(p);
}

/** Expands the first `{a,b}` group, recursively. */
export function expandBraces(p: string): string[] {
  const open = p.indexOf("{");
  if (open === -1) return [p];
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === "{") depth++;
    else if (p[i] === "}" && --depth === 0) {
      const inner = p.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === "{") d++;
        else if (inner[j] === "}") d--;
        else if (inner[j] === "," && d === 0) {
          parts.push(inner.slice(from, j));
          from = j + 1;
        }
      }
      parts.push(inner.slice(from));
      return parts.flatMap((part) => expandBraces(p.slice(0, open) + part + p.slice(i + 1)));
    }
  }
  return [p];
}

/** A regex for one path segment: `*` and `?` never cross `/` and never match a leading dot. */
export function segmentRegex(seg: string): RegExp {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]!;
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const close = seg.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        const body = seg.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  const dotOk = seg.startsWith(".");
  return new RegExp(`^${dotOk ? "" : "(?!\\.)"}${re}$`);
}

function list(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return [];
  }
}

function walk(dir: string, segs: readonly string[], out: Set<string>): void {
  const [seg, ...rest] = segs;
  if (seg === undefined) return;
  if (seg === "**") {
    walk(dir, rest, out);
    for (const e of list(dir)) if (e.dir && !SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) walk(path.join(dir, e.name), segs, out);
    return;
  }
  if (!hasMagic(seg)) {
    const next = path.join(dir, seg);
    if (rest.length === 0) {
      if (list(dir).some((e) => e.name === seg && !e.dir)) out.add(next);
    } else walk(next, rest, out);
    return;
  }
  const re = segmentRegex(seg);
  for (const e of list(dir)) {
    if (!re.test(e.name)) continue;
    const next = path.join(dir, e.name);
    if (rest.length === 0) {
      if (!e.dir) out.add(next);
    } else if (e.dir) walk(next, rest, out);
  }
}

/** Absolute paths of the files a glob matches, sorted. */
export function globFiles(pattern: string, cwd: string): string[] {
  const out = new Set<string>();
  for (const p of expandBraces(pattern)) {
    const abs = path.resolve(cwd, p);
    const root = path.parse(abs).root;
    const segs = abs.slice(root.length).split(/[\\/]+/).filter(Boolean);
    let i = 0;
    while (i < segs.length && !hasMagic(segs[i]!) && segs[i] !== "**") i++;
    const base = path.join(root, ...segs.slice(0, i));
    walk(base, segs.slice(i), out);
  }
  return [...out].sort();
}

/** Expands file arguments: plain paths as given (resolved), globs to their matches; no duplicates. */
export function expandFileArgs(args: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of args) {
    const matches = hasMagic(a) ? globFiles(a, cwd) : [path.resolve(cwd, a)];
    if (matches.length === 0) throw new UsageError(`no files match "${a}"`, "check the pattern; quote it so the shell does not expand it");
    for (const m of matches) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
    }
  }
  return out;
}
