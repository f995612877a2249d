import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** `../shared` beside the repository (CI and developers have it). */
export const SHARED = path.resolve(ROOT, "../shared");
/** The real-roadmap corpus. */
export const CORPUS = path.join(SHARED, "corpus/real");
/** The canonical template. */
export const TEMPLATE = path.join(SHARED, "templates/ROADMAP.template.md");
/** The built CLI. */
export const CLI = path.join(ROOT, "dist/cli.js");

/** Every corpus roadmap file, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => path.join(CORPUS, f));
}
