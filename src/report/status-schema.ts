import { STATUSES } from "../model/status.js";
import { READING_CARRIERS } from "../model/reading.js";
import { RUN_STATUSES, VERIFY_STATES } from "../verify/types.js";

const progress = {
  type: "object",
  required: ["done", "total"],
  properties: { done: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 } },
} as const;

/** JSON Schema (draft 2020-12) of `roadmark status --json`, schemaVersion 1. */
export const STATUS_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://roadmark.dev/schema/status-v1.json",
  title: "roadmark status --json",
  type: "object",
  required: ["schemaVersion", "file", "format", "title", "milestones", "progress", "current", "next", "reading"],
  properties: {
    schemaVersion: { const: 1 },
    file: { type: "string" },
    hash: { type: "string", pattern: "^sha256:[0-9a-f]{64}$", description: "sha256 of the file's bytes; pass it to an edit's --expect-hash" },
    format: { enum: ["template", "freeform"] },
    title: { type: "string" },
    milestones: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "title", "focus", "status", "goal", "criteria", "deliverables", "dependsOn", "progress", "line"],
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          focus: { type: ["string", "null"] },
          status: { enum: [...STATUSES] },
          statusText: { type: "string" },
          inferredStatus: { enum: [...STATUSES] },
          goal: { type: ["string", "null"] },
          criteria: {
            type: "array",
            items: {
              type: "object",
              required: ["text", "checked", "line", "verify", "verifyResult"],
              properties: {
                text: { type: "string" },
                checked: { type: "boolean" },
                line: { type: "integer", minimum: 1 },
                verify: {
                  oneOf: [
                    { type: "null" },
                    {
                      type: "object",
                      required: ["command"],
                      properties: { command: { type: "string", minLength: 1 }, timeoutMs: { type: "integer", minimum: 1 } },
                    },
                  ],
                },
                verifyResult: {
                  oneOf: [
                    { type: "null" },
                    {
                      type: "object",
                      required: ["state", "status", "exitCode", "durationMs", "at", "commit"],
                      properties: {
                        state: { enum: VERIFY_STATES.filter((s) => s !== "none") },
                        status: { enum: [...RUN_STATUSES] },
                        exitCode: { type: ["integer", "null"] },
                        durationMs: { type: "number", minimum: 0 },
                        at: { type: "string" },
                        commit: { type: ["string", "null"] },
                      },
                    },
                  ],
                },
              },
            },
          },
          deliverables: { type: "array", items: { type: "string" } },
          dependsOn: { type: "array", items: { type: "string" } },
          learnings: { type: "array", items: { type: "string" } },
          progress,
          line: { type: "integer", minimum: 1 },
        },
      },
    },
    progress,
    current: { type: ["string", "null"] },
    next: {
      oneOf: [
        { type: "null" },
        {
          type: "object",
          required: ["milestone", "criterion"],
          properties: { milestone: { type: "string" }, criterion: { type: ["string", "null"] } },
        },
      ],
    },
    reading: {
      type: "object",
      required: ["carrier", "candidates"],
      properties: {
        carrier: { enum: [...READING_CARRIERS] },
        level: { type: "integer", minimum: 1, maximum: 6 },
        nth: { type: "integer", minimum: 1 },
        candidates: {
          type: "array",
          items: {
            type: "object",
            required: ["carrier", "nth", "count", "score", "chosen", "why"],
            properties: {
              carrier: { enum: READING_CARRIERS.filter((c) => c !== "template" && c !== "none") },
              level: { type: "integer", minimum: 1, maximum: 6 },
              nth: { type: "integer", minimum: 1 },
              count: { type: "integer", minimum: 0 },
              score: { type: "number" },
              chosen: { type: "boolean" },
              why: { type: "string" },
            },
          },
        },
      },
    },
  },
} as const;
