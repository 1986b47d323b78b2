import { generateDataset } from "../../src/demo/index.js";
import type { TextField } from "../../src/derive/text-fields.js";

/**
 * A generated dataset with a value in every text field, and a way to rewrite every value of a
 * field: shared by the tests that write identifiers or hostile text into every field and id.
 */

export type Json = Record<string, unknown>;
export const key = (collection: string | null, path: readonly string[]) =>
  `${collection ?? "(dataset)"}: ${path.join(".")}`;

/** c-0004 of this generated dataset. */
export const RECORDED = {
  name: "Priya Example",
  email: "priya.example3@example.org",
  phone: "01632 960003",
};
/** A currency is three capital letters: it cannot hold any of the identifiers above. */
export const CANNOT_HOLD = new Set(["payments: amount.currency", "budgets: amount.currency"]);

/**
 * The generated dataset (seed 7 unless told, 80 activities, 40 contributors), with a value in
 * every field the generator leaves empty. Contributor c-0004 is {@link RECORDED} for seed 7.
 */
export function base(seed = 7): Json {
  const ds = generateDataset({ seed, activities: 80, contributors: 40 }) as unknown as Json;
  const copy = JSON.parse(JSON.stringify(ds)) as Json;
  // Fields the generator leaves empty, so that every field has a value to seed.
  copy.title = "Demo";
  const a0 = (copy.activities as Json[]).find((a) => (a.contributors as Json[]).length > 0)!;
  a0.notes = "Notes";
  ((a0.contributors as Json[])[0]!.payment as Json).reason = "Reason";
  ((a0.contributors as Json[])[0]!.payment as Json).rateCode = "rate";
  (a0.contributors as Json[])[0]!.role = "member";
  a0.adjustments = ["large-print"];
  const withOutcome = (copy.activities as Json[]).find((a) => (a.outcomes as Json[]).length > 0)!;
  (withOutcome.outcomes as Json[])[0]!.feedbackFormats = ["standard-print"];
  ((copy.contributors as Json[])[0]!.accessNeeds as string[]).push("large-print");
  ((copy.contributors as Json[])[0]!.seldomHeard as string[]).push("young-carers");
  for (const b of copy.budgets as Json[]) b.note = "Note";
  const p0 = (copy.projects as Json[])[0]!;
  for (const k of ["aim", "definition", "rationale", "methods", "impactCapture"])
    (p0.involvement as Json)[k] ??= `The ${k}`;
  for (const k of ["economicAssessment", "reflections"]) (p0.involvement as Json)[k] ??= `The ${k}`;
  p0.plainEnglishSummary ??= "Summary";
  const s0 = (copy.strategies as Json[])[0]!;
  const m0 = (s0.objectives as Json[]).flatMap((o) => o.metrics as Json[])[0]!;
  m0.observations = [{ period: s0.period, value: 1, note: "Observation" }];
  (copy.payments as Json[])[0]!.eventId = (copy.events as Json[])[0]!.id;
  (copy.budgets as Json[])[0]!.projectId = "p-001";
  (copy.events as Json[])[0]!.projectId = "p-001";
  for (const e of copy.events as Json[]) e.reach = { ...(e.reach as Json), audience: "Public" };
  const sc0 = (copy.serviceChanges as Json[])[0]!;
  sc0.impactIds = [(copy.impacts as Json[])[0]!.id];
  (sc0.affected as Json).seldomHeardGroups = ["young-carers"];
  for (const f of copy.feedback as Json[]) {
    if (f.kind === "standards")
      for (const e of f.entries as Json[]) {
        e.questionId = "q-1";
        e.evidence = ["Evidence"];
      }
  }
  return copy;
}

/** Rewrite every value of a field in place; returns the paths rewritten. */
export function seedField(ds: Json, field: TextField, f: (s: string) => string): string[] {
  const paths: string[] = [];
  const walk = (
    value: unknown,
    at: number,
    where: (string | number)[],
    set: (v: string) => void,
  ) => {
    if (at === field.path.length) {
      if (typeof value === "string") {
        set(f(value));
        paths.push(JSON.stringify(where));
      }
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const step = field.path[at]!;
    const obj = value as Json;
    if (step === "*" && Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, at + 1, [...where, i], (s) => {
          value[i] = s;
        });
      });
    } else if (step === "{}") {
      for (const k of Object.keys(obj)) {
        const v = obj[k];
        delete obj[k];
        obj[f(k)] = v;
        paths.push(JSON.stringify([...where, f(k)]));
      }
    } else if (step in obj) {
      walk(obj[step], at + 1, [...where, step], (s) => {
        obj[step] = s;
      });
    }
  };
  if (field.collection === null) walk(ds, 0, [], () => {});
  else
    (ds[field.collection] as Json[]).forEach((r, i) => {
      walk(r, 0, [field.collection!, i], () => {});
    });
  return paths;
}
