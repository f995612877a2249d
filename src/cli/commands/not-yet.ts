import { UsageError } from "../../model/errors.js";

/** Commands of the contract that have not landed yet say so plainly (exit 2). */
export function notYet(command: string): never {
  throw new UsageError(`\`roadmark ${command}\` is not available in this version yet`, "see `roadmark --help` for the commands that exist");
}
