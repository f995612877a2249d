import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveModel } from "../../src/history/incremental.js";
import { modelFromSource, type VersionModel } from "../../src/history/version-model.js";
import { roadmap } from "./temp-repo.js";

const BASE = roadmap([
  { status: "In Progress", ticked: 1 },
  { status: "Planned", ticked: 0 },
  { status: "Planned", ticked: 0, criteria: 4 },
]);

/** The parts of a model that must agree between a derived and a fully parsed version. */
function facts(m: VersionModel): unknown {
  return { done: m.done, total: m.total, milestones: m.milestones.map((x) => [x.id, x.title, x.status, x.done, x.total, x.dependsOn]) };
}

function derive(before: string, after: string): VersionModel | undefined {
  return deriveModel(modelFromSource(before), Buffer.from(before), Buffer.from(after));
}

describe("deriving a version from its neighbour", () => {
  it("a ticked box updates counts without a parse, and agrees with a full parse", () => {
    const after = BASE.replace("- [ ] Criterion 2 of M0", "- [x] Criterion 2 of M0");
    const d = derive(BASE, after);
    expect(d).toBeDefined();
    expect(facts(d!)).toEqual(facts(modelFromSource(after)));
    expect(d!.milestones[0]!.done).toBe(2);
  });

  it("works backwards too (newer version to older), and with an untick", () => {
    const newer = BASE.replace("- [x] Criterion 1 of M0", "- [ ] Criterion 1 of M0");
    const d = derive(newer, BASE);
    expect(facts(d!)).toEqual(facts(modelFromSource(BASE)));
  });

  it("a status cell change re-reads the status", () => {
    const after = BASE.replace("| M1 | Title 1 | Focus 1 | Planned |", "| M1 | Title 1 | Focus 1 | Done |");
    const d = derive(BASE, after);
    expect(d!.milestones[1]!.status).toBe("done");
    expect(facts(d!)).toEqual(facts(modelFromSource(after)));
  });

  it("several boxes and a cell in one commit", () => {
    const after = BASE.replace("- [ ] Criterion 1 of M2", "- [X] Criterion 1 of M2")
      .replace("- [ ] Criterion 4 of M2", "- [x] Criterion 4 of M2")
      .replace("| M2 | Title 2 | Focus 2 | Planned |", "| M2 | Title 2 | Focus 2 | In Progress |");
    expect(facts(derive(BASE, after)!)).toEqual(facts(modelFromSource(after)));
  });

  it("CRLF documents derive the same way", () => {
    const crlf = BASE.replace(/\n/g, "\r\n");
    const after = crlf.replace("- [ ] Criterion 3 of M1", "- [x] Criterion 3 of M1").replace("| M1 | Title 1 | Focus 1 | Planned |", "| M1 | Title 1 | Focus 1 | Blocked |");
    expect(facts(derive(crlf, after)!)).toEqual(facts(modelFromSource(after)));
  });

  it("structural changes are not derived (a full parse follows)", () => {
    expect(derive(BASE, BASE.replace("Criterion 2 of M0", "Criterion two of M0"))).toBeUndefined(); // text
    expect(derive(BASE, BASE.replace("- [ ] Criterion 2 of M0\n", ""))).toBeUndefined(); // a line less
    expect(derive(BASE, BASE.replace("| M1 | Title 1 |", "| M1 | Title one |"))).toBeUndefined(); // another cell
    expect(derive(BASE, BASE.replace("| Planned |", "| 🚧 |"))).toBeUndefined(); // marker, not a word
    expect(derive(BASE, BASE.replace("**Goal:** Goal 1.", "**Goal:** Goal x."))).toBeUndefined();
  });

  it("property: a random set of box flips and status cells derives exactly what a full parse reads", () => {
    const boxes = [...BASE.matchAll(/- \[[ x]\] Criterion \d of M\d/g)].map((m) => m.index!);
    const rows = [0, 1, 2].map((i) => BASE.indexOf(`| M${i} | Title ${i} | Focus ${i} | `));
    const words = ["Planned", "In Progress", "Done", "Blocked", "Cancelled", "Complete"];
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: boxes.length, maxLength: boxes.length }), fc.array(fc.nat(words.length - 1), { minLength: 3, maxLength: 3 }), (flip, st) => {
        let text = BASE;
        // Flip boxes from the end so that earlier offsets stay valid.
        for (let i = boxes.length - 1; i >= 0; i--) {
          if (!flip[i]) continue;
          const at = boxes[i]! + 3;
          text = text.slice(0, at) + (text[at] === " " ? "x" : " ") + text.slice(at + 1);
        }
        for (let i = 2; i >= 0; i--) {
          const start = rows[i]!;
          const end = text.indexOf("\n", start);
          text = text.slice(0, start) + `| M${i} | Title ${i} | Focus ${i} | ${words[st[i]!]} |` + text.slice(end);
        }
        const d = derive(BASE, text);
        expect(d).toBeDefined();
        expect(facts(d!)).toEqual(facts(modelFromSource(text)));
      }),
      { numRuns: 100 },
    );
  });
});
