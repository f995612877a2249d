import path from "node:path";
import type { ParseOptions } from "../model/reading.js";
import type { Roadmap } from "../model/roadmap.js";
import { parseRoadmap } from "../parse/to-model.js";
import { readTextFile, resolveRoadmapPath, DEFAULT_MAX_SIZE, type ReadText } from "./read-file.js";

/** A roadmap read from disk: the file as read and its model, plus notes for stderr. */
export interface LoadedRoadmap {
  readonly file: ReadText;
  /** The path as shown to the user (relative to the working directory when inside it). */
  readonly display: string;
  readonly roadmap: Roadmap;
  readonly warnings: readonly string[];
}

/** Options shared by every command that reads a roadmap. */
export interface LoadOptions {
  readonly file?: string | undefined;
  readonly maxSize?: number | undefined;
  readonly cwd?: string | undefined;
  /** How to read it (the configuration's steering choice), or how to find that out once the file is read. */
  readonly parse?: ParseOptions | ((full: string) => ParseOptions) | undefined;
}

/** Shows `p` relative to `cwd` when it lies inside it. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

/** Resolves, reads and parses the roadmap. Throws UsageError for bad input. */
export async function loadRoadmap(opts: LoadOptions): Promise<LoadedRoadmap> {
  const cwd = opts.cwd ?? process.cwd();
  const full = resolveRoadmapPath(opts.file, cwd);
  const display = displayPath(full, cwd);
  const file = await readTextFile(full, display, opts.maxSize ?? DEFAULT_MAX_SIZE);
  const roadmap = parseRoadmap(file.text, typeof opts.parse === "function" ? opts.parse(full) : opts.parse);
  const warnings: string[] = [];
  if (file.encoding !== "utf-8") warnings.push(`${display}: not valid UTF-8, read as Windows-1252`);
  for (const n of roadmap.notes) warnings.push(`${display}: ${n.message}`);
  return { file, display, roadmap, warnings };
}
