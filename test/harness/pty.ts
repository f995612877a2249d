// Runs the built CLI in a real pseudo-terminal and answers its questions: util-linux's
// `script -qfec CMD /dev/null` gives the command a terminal (stdin and stdout are TTYs) and
// relays what we write to it as typed input ("\r" is Enter, "\x03" is Ctrl-C).
import { spawn } from "node:child_process";
import { CLI } from "./paths.js";

/** What the terminal showed (ANSI codes removed) and the command's exit code. */
export interface TerminalRun {
  readonly code: number;
  readonly screen: string;
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `node dist/cli.js ...args` in `cwd` on a pseudo-terminal, typing each answer once the
 * command waits at a prompt (its output ends in ": " and has been quiet for 150 ms). The answer
 * "^C" types Ctrl-C. Rejects when the command runs longer than `timeoutMs`.
 */
export function onTerminal(cwd: string, answers: readonly string[], args: readonly string[], timeoutMs = 60_000): Promise<TerminalRun> {
  const command = [process.execPath, CLI, ...args].map(shellQuote).join(" ");
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", TERM: "xterm" } });
  let out = "";
  let last = Date.now();
  const take = (d: Buffer): void => {
    out += d.toString("utf8");
    last = Date.now();
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  return new Promise((resolve, reject) => {
    let next = 0;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        child.kill("SIGKILL");
        reject(new Error(`no exit after ${timeoutMs} ms; the terminal showed:\n${out.replace(ANSI, "")}`));
        return;
      }
      if (next < answers.length && Date.now() - last > 150 && out.replace(ANSI, "").endsWith(": ")) {
        const a = answers[next++]!;
        child.stdin.write(a === "^C" ? "\x03" : `${a}\r`);
        out += "\n"; // the prompt just answered no longer counts as waiting
        last = Date.now();
      }
    }, 40);
    child.on("error", (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearInterval(timer);
      resolve({ code: code ?? (signal ? 128 : -1), screen: out.replace(ANSI, "") });
    });
  });
}
