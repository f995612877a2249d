import { execFileSync } from "node:child_process";
import { ROOT } from "./paths.js";

/** Builds the CLI once before the suite, so end-to-end tests always run the current code. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
}
