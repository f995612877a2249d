import { spawnSync } from "node:child_process";

/** Whether `pid` is a running process (a zombie waiting for a reaper counts as ended). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const r = spawnSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" });
  const stat = r.stdout.trim();
  return stat !== "" && !stat.startsWith("Z");
}
