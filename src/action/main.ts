// The action's entry (bundled into action/dist/index.js): @actions/core as the host.
import * as core from "@actions/core";
import type { ActionHost } from "./host.js";
import { runAction } from "./run.js";

declare const __ROADMARK_VERSION__: string | undefined;
const VERSION = typeof __ROADMARK_VERSION__ === "string" ? __ROADMARK_VERSION__ : "0.0.0-dev";

const host: ActionHost = {
  getInput: (name) => core.getInput(name),
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  notice: (m, p) => core.notice(m, p),
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  setOutput: (n, v) => core.setOutput(n, v),
  appendSummary: async (markdown) => {
    if (!process.env["GITHUB_STEP_SUMMARY"]) return false;
    await core.summary.addRaw(markdown).write();
    return true;
  },
  setFailed: (m) => core.setFailed(m),
};

await runAction(host, { workspace: process.env["GITHUB_WORKSPACE"] || process.cwd(), version: VERSION });
