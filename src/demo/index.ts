/**
 * ppie demo data: the embedded, entirely fictional demo dataset and the seeded generator it
 * comes from, for trying ppie, tests and benchmarks.
 *
 * @packageDocumentation
 * @module ppie/demo
 */
import type { Dataset } from "../model/dataset.js";
import { generateDataset } from "./generate.js";

export { type GenerateOptions, generateDataset } from "./generate.js";

/**
 * The embedded demo dataset: two clearly fictional organisations (an NHS foundation trust and
 * a university research centre, with a local Healthwatch as a partner) over the financial years
 * 2024-25 and 2025-26 (and the trust's PPIE strategy 2024 to 2027, with a target per year for
 * each metric), with 8 projects, 90 public contributors (some of them members, governors or
 * volunteers) and a PPI champion on the trust's staff, 320 activities (one of them citizen
 * science, counted by headcount), engagement events with their reach (a week-long campaign, a
 * two-day festival, science cafés, conferences with contributors on the agenda and on bursaries,
 * a publication and a blog with a public author), listening records (named FFT units, stories
 * and the forums they were shared at, PALS contacts and how they ended), impacts that came from
 * activities, events and feedback, two proposals to change a service at the trust (one
 * substantial, one not), and a handful of realistic gaps that `checkDataset` reports as
 * warnings. It is `generateDataset({ seed: 2026, gaps: true })`.
 *
 * @example
 * ```ts
 * import { demoDataset } from "ppie/demo";
 * demoDataset.activities.length; // 320
 * ```
 * @category Demo
 */
export const demoDataset: Dataset = /* @__PURE__ */ generateDataset({ seed: 2026, gaps: true });
