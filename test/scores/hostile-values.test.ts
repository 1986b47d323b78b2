import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import * as scores from "../../src/scores/index.js";

/**
 * Values that throw when turned into text (no prototype, so no toString) or compared, given
 * where a scorer expects a number or text: each scorer says so in a diagnostic, never throws.
 */
const np = Object.create(null) as never;
const counts = { veryGood: 1, good: 1, neither: 1, poor: 1, veryPoor: 1, dontKnow: 1 };

const cases: [string, () => { diagnostics: readonly { code: string }[] }][] = [
  ["representation: a count", () => scores.representation({ a: np, b: 1 }, { a: 0.5, b: 0.5 })],
  ["representation: a share", () => scores.representation({ a: 1, b: 2 }, { a: np, b: 0.5 })],
  [
    "representation: shareTolerance",
    () => scores.representation({ a: 1, b: 2 }, { a: 0.5, b: 0.5 }, { shareTolerance: np }),
  ],
  [
    "representation: a collapse target",
    () => scores.representation({ a: 1, b: 2 }, { a: 0.5, b: 0.5 }, { collapse: { a: np } }),
  ],
  ["ppeet: an answer", () => scores.ppeet([{ q1: np }], [{ id: "q1", text: "Q" }])],
  ["readabilityFromCounts: a count", () => scores.readabilityFromCounts({ words: np } as never)],
  [
    "agreement: a cell",
    () =>
      scores.agreement([
        [np, 1],
        [1, 1],
      ] as never),
  ],
  ["peirs22: an answer", () => scores.peirs22(Array(22).fill(np) as never)],
  ["peirs22Summary: a score", () => scores.peirs22Summary([np])],
  ["fft: the question marker", () => scores.fft({ ...counts, question: np } as never)],
  [
    "fftTable: a count",
    () => scores.fftTable([{ id: "u", counts: { ...counts, good: np } }] as never),
  ],
  ["fftTable: a parent", () => scores.fftTable([{ id: "u", parent: np, counts }] as never)],
  [
    "gripp2Completeness: the form",
    () => scores.gripp2Completeness(demoDataset, { project: "p-001", form: np }),
  ],
];

describe("scorers describe values they cannot use, whatever they are", () => {
  it.each(cases)("%s", (_, run) => {
    const s = run();
    expect(s.diagnostics.length).toBeGreaterThan(0);
  });
});
