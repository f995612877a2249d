import { colorEnabled, colors, type Colors } from "../render/terminal/colors.js";
import { terminalSafe } from "../render/terminal/safe-text.js";

/** What a command body may use to talk to the world: output streams, colours, the cwd. */
export interface CommandContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colors: Colors;
  readonly errColors: Colors;
  readonly cwd: string;
}

/** A writer for a stream: text is made terminal-safe when the stream is a terminal, exact otherwise. */
export function streamWriter(stream: { isTTY?: boolean; write: (s: string) => unknown }): (text: string) => void {
  return stream.isTTY ? (t) => void stream.write(terminalSafe(t)) : (t) => void stream.write(t);
}

/** The context of a real process. */
export function processContext(): CommandContext {
  return {
    out: streamWriter(process.stdout),
    err: streamWriter(process.stderr),
    colors: colors(colorEnabled(process.stdout)),
    errColors: colors(colorEnabled(process.stderr)),
    cwd: process.cwd(),
  };
}

/** Options every command that reads a roadmap accepts. */
export interface FileFlags {
  readonly file?: string;
  readonly maxSize?: number;
}

/** Writes parse warnings and notes to stderr, one `roadmark: …` line each. */
export function printWarnings(ctx: CommandContext, warnings: readonly string[]): void {
  for (const w of warnings) ctx.err(`roadmark: ${w}\n`);
}
