import { spawn } from "node:child_process";
import { displayPath } from "../../io/load-roadmap.js";
import { startServer } from "../../server/http.js";
import type { CommandContext, FileFlags } from "../context.js";

/** Flags of `roadmark serve`. */
export interface ServeFlags extends FileFlags {
  readonly port: number;
  readonly host: string;
  readonly open?: boolean;
}

/** Resolves on the first SIGINT or SIGTERM; installed before anything is printed so no signal is missed. */
function stopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** `roadmark serve [--port N] [--host H] [--open]`: serves the live dashboard until SIGINT/SIGTERM. */
export async function runServe(ctx: CommandContext, flags: ServeFlags): Promise<number> {
  const stopped = stopSignal();
  const server = await startServer({ cwd: ctx.cwd, file: flags.file, maxSize: flags.maxSize, port: flags.port, host: flags.host });
  if (!["127.0.0.1", "::1", "localhost"].includes(flags.host)) ctx.err(`roadmark: note: listening on ${flags.host}: anyone who can reach this address can read the roadmap\n`);
  ctx.out(`roadmark: serving ${displayPath(server.file, ctx.cwd)} at ${server.url} (Ctrl-C to stop)\n`);
  if (flags.open) {
    try {
      // Best effort: a missing opener is not an error, the URL is printed above.
      const [cmd, args] = process.platform === "darwin" ? ["open", [server.url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", server.url]] : ["xdg-open", [server.url]];
      const child = spawn(cmd, args, { detached: true, stdio: "ignore" });
      child.on("error", () => undefined);
      child.unref();
    } catch {
      /* ignored */
    }
  }
  await stopped;
  await server.close();
  return 0;
}
