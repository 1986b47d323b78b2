import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import { baseInput } from "../rules/fixture.js";

const fftCounts = (veryGood: number, good: number, poor: number) => ({
  veryGood,
  good,
  neither: 0,
  poor,
  veryPoor: 0,
  dontKnow: 0,
});

/**
 * The worked example of the listening measure (docs/definitions.md, "Listening"): in 2025-26,
 * four PALS contacts (one without an outcome), two stories (one shared at the Board and the
 * quality committee), FFT returns from two named wards, and impact records that came from a
 * PALS contact, a story and an FFT return; in 2024-25, one PALS contact and one FFT return.
 * A story names the contributor Alex Example, whose name a report must not show.
 */
export function listeningInput(): DatasetInput {
  const input = baseInput();
  return {
    ...input,
    feedback: [
      ...(input.feedback ?? []),
      {
        id: "pals-1",
        kind: "pals",
        date: "2025-05-03",
        category: "concern",
        themes: ["parking", "communication"],
        outcome: "resolved",
      },
      {
        id: "pals-2",
        kind: "pals",
        date: "2025-06-10",
        category: "complaint",
        themes: ["communication"],
        outcome: "referred-to-complaints",
      },
      {
        id: "pals-3",
        kind: "pals",
        date: "2025-07-01",
        category: "concern",
        themes: ["waiting-times"],
      },
      {
        id: "pals-4",
        kind: "pals",
        date: "2025-09-15",
        category: "compliment",
        themes: [],
        outcome: "resolved",
      },
      {
        id: "pals-0",
        kind: "pals",
        date: "2024-11-01",
        category: "enquiry",
        themes: ["parking"],
        outcome: "information-given",
      },
      {
        id: "story-1",
        kind: "story",
        date: "2025-06-01",
        summary: "Alex Example told us how hard it was to find the clinic from the car park.",
        themes: ["parking"],
        sharedAt: [
          { forum: "Trust Board", date: "2025-07-03" },
          { forum: "Quality committee" },
          { forum: "Trust Board", date: "2025-10-02" },
        ],
      },
      {
        id: "story-2",
        kind: "story",
        date: "2025-11-20",
        summary: "A carer's night on the ward.",
        themes: ["communication"],
      },
      {
        id: "fft-w7-apr",
        kind: "fft",
        date: "2025-05-05",
        unitId: "w7",
        unitName: "Ward 7, stroke unit",
        parentUnitId: "site-a",
        period: { start: "2025-04-01", end: "2025-04-30" },
        counts: fftCounts(30, 10, 2),
      },
      {
        id: "fft-w7-may",
        kind: "fft",
        date: "2025-06-05",
        unitId: "w7",
        parentUnitId: "site-a",
        period: { start: "2025-05-01", end: "2025-05-31" },
        counts: fftCounts(20, 5, 3),
      },
      {
        id: "fft-w9-apr",
        kind: "fft",
        date: "2025-05-05",
        unitId: "w9",
        parentUnitId: "site-a",
        period: { start: "2025-04-01", end: "2025-04-30" },
        counts: fftCounts(2, 1, 0),
      },
      {
        id: "fft-w7-prev",
        kind: "fft",
        date: "2024-06-05",
        unitId: "w7",
        period: { start: "2024-05-01", end: "2024-05-31" },
        counts: fftCounts(10, 5, 5),
      },
    ],
    impacts: [
      ...(input.impacts ?? []),
      {
        id: "i-parking",
        date: "2025-08-01",
        type: "service",
        youSaid: "The way from the car park to the clinic was hard to find.",
        weDid: "We put up new signs from the car park.",
        direction: "positive",
        status: "observed",
        feedbackIds: ["pals-1", "story-1"],
      },
      {
        id: "i-ward",
        date: "2025-09-01",
        type: "service",
        youSaid: "Ward 7's noise at night.",
        weDid: "We introduced quiet hours on Ward 7.",
        direction: "positive",
        status: "intended",
        feedbackIds: ["fft-w7-may", "fft-w7-may"],
      },
    ],
  } as DatasetInput;
}

/** {@link listeningInput}, parsed. */
export function listeningDataset(): Dataset {
  const r = parseDataset(listeningInput());
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
