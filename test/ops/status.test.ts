// The status operation in process: every corpus file and the template give a status document that
// validates against the schema (`roadmark status --json` prints this document; the built CLI runs
// on a sample in test/cli/status.e2e.test.ts).
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { status } from "../../src/ops/read.js";
import { STATUS_SCHEMA } from "../../src/report/status-schema.js";
import { TEMPLATE, corpusFiles } from "../harness/paths.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(STATUS_SCHEMA);

describe("ops/status", () => {
  it("every corpus file and the template give a schema-valid status document", async () => {
    const files = [TEMPLATE, ...corpusFiles()];
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const s = await status({ cwd: path.dirname(f), file: path.basename(f) });
      const json = JSON.parse(JSON.stringify(s.json));
      expect(validate(json), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(json.file).toBe(path.basename(f));
    }
  });
});
