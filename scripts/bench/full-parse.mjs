// The floor: a Node process that only runs a full markdown-it parse (block + inline) of a file.
import MarkdownIt from "markdown-it";
import { readFileSync } from "node:fs";
const md = new MarkdownIt("commonmark").enable(["table", "strikethrough"]);
const tokens = md.parse(readFileSync(process.argv[2], "utf8"), {});
if (tokens.length < 0) process.stdout.write("never\n");
