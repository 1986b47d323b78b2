import type { Severity } from "../result.js";
import { declareCodes } from "../result.js";

/**
 * A diagnostic code that `parseDataset` (src/model/parse.ts) can produce, with a description
 * and an example message, for docs/diagnostics.md. A test keeps this list and parse.ts in step.
 *
 * @example
 * ```ts
 * const c: ParseCode = {
 *   code: "schema/missing-field", severity: "error", title: "A required field is missing",
 *   example: { path: ["activities", 0, "startDate"], message: '"activities[0].startDate" is required but missing.' },
 * };
 * ```
 * @category Rules
 */
export interface ParseCode {
  /** The code. */
  readonly code: string;
  /** Its severity (parse problems are always errors). */
  readonly severity: Severity;
  /** What it means. */
  readonly title: string;
  /** A typical diagnostic. */
  readonly example: {
    readonly path: readonly (string | number)[];
    readonly message: string;
    readonly hint?: string;
  };
}

/** How messages name a referenced record (as parse.ts's RECORD_WORDS do). */
const ENTITY_WORDS: Readonly<Record<string, string>> = {
  "ppeet-item": "PPEET item",
  feedback: "feedback record",
};

const ref = <const E extends string>(
  entity: E,
  collection: string,
  path: (string | number)[],
  id: string,
) => {
  const word = ENTITY_WORDS[entity] ?? entity;
  return {
    code: `ref/unknown-${entity}`,
    severity: "error",
    title: `A reference to ${/^[aeiou]/.test(word) ? "an" : "a"} ${word} that does not exist`,
    example: {
      path,
      message: `"${path.join(".").replace(/\.(\d+)/g, "[$1]")}" refers to ${word} "${id}", which is not in "${collection}".`,
      hint: `Add the ${word} "${id}", or correct the id.`,
    },
  } as const satisfies ParseCode;
};

/**
 * Every code `parseDataset` produces (shape, references, reading), mirrored from
 * src/model/parse.ts.
 *
 * @example
 * ```ts
 * PARSE_CODES.some((c) => c.code === "ref/duplicate-id"); // true
 * ```
 * @category Rules
 */
export const PARSE_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "dataset/not-an-object",
    severity: "error",
    title: "The input is not an object",
    example: {
      path: [],
      message:
        'A dataset must be an object with collections such as "projects" and "activities", but this is a list.',
      hint: 'Start from `ppie init`, or wrap your data as { "schemaVersion": 1, "activities": [...] }.',
    },
  },
  {
    code: "dataset/unsupported-version",
    severity: "error",
    title: "A format version this release cannot read",
    example: {
      path: ["schemaVersion"],
      message:
        "This dataset says it is format version 2, but this release of ppie reads version 1.",
      hint: 'Set "schemaVersion": 1, or upgrade ppie if the file came from a newer release.',
    },
  },
  {
    code: "dataset/unreadable",
    severity: "error",
    title: "The input could not be read at all",
    example: {
      path: [],
      message: "The input could not be read as a dataset (cyclic object value).",
      hint: "Pass plain data (objects, arrays, strings, numbers, booleans), such as the result of JSON.parse.",
    },
  },
  {
    code: "parse/too-many-diagnostics",
    severity: "error",
    title: "More problems than maxDiagnostics",
    example: {
      path: [],
      message: "212 more problems were found and not listed.",
      hint: "Fix the problems above and run again, or raise maxDiagnostics.",
    },
  },
  {
    code: "schema/missing-field",
    severity: "error",
    title: "A required field is missing",
    example: {
      path: ["activities", 0, "startDate"],
      message: '"activities[0].startDate" is required but missing.',
      hint: 'Add "activities[0].startDate" (text).',
    },
  },
  {
    code: "schema/not-whole-number",
    severity: "error",
    title: "A fractional number where whole pence or minutes are needed",
    example: {
      path: ["payments", 0, "amount", "pence"],
      message: '"payments[0].amount.pence" must be a whole number, but is 12.5.',
      hint: "Money is whole pence and time is whole minutes: round it, e.g. 12.5 pounds is 1250 pence.",
    },
  },
  {
    code: "schema/wrong-type",
    severity: "error",
    title: "A value of the wrong type",
    example: {
      path: ["activities", 0, "contributors", 0, "minutes"],
      message:
        '"activities[0].contributors[0].minutes" must be a whole number, but is the text "90".',
      hint: "Check the value's type: numbers without quotes, text in quotes, lists in [ ].",
    },
  },
  {
    code: "schema/not-allowed-value",
    severity: "error",
    title: "A value outside the allowed list",
    example: {
      path: ["activities", 0, "mode"],
      message:
        '"activities[0].mode" is the text "consultation", which is not one of the allowed values.',
      hint: 'Use one of: "involvement", "engagement", "participation".',
    },
  },
  {
    code: "schema/unknown-field",
    severity: "error",
    title: "A field ppie does not know",
    example: {
      path: ["activities", 0, "startdate"],
      message: '"activities[0].startdate" is not a field ppie knows, so it would be lost.',
      hint: "Check its spelling against the JSON Schema (`ppie schema`), or remove it.",
    },
  },
  {
    code: "schema/empty-text",
    severity: "error",
    title: "Empty text",
    example: {
      path: ["projects", 0, "title"],
      message: '"projects[0].title" must not be empty.',
      hint: "Write the text, or leave the field out if it is optional.",
    },
  },
  {
    code: "schema/wrong-length",
    severity: "error",
    title: "A list of the wrong length",
    example: {
      path: ["feedback", 0, "answers"],
      message: '"feedback[0].answers" must have exactly 22 items, but has 21.',
      hint: "PEIRS-22 has 22 answers: use null for an item left blank or not applicable.",
    },
  },
  {
    code: "schema/too-few-items",
    severity: "error",
    title: "A list with too few items",
    example: {
      path: ["contributors", 0, "roles"],
      message: '"contributors[0].roles" must have at least 1 item(s).',
      hint: "Add the missing item(s).",
    },
  },
  {
    code: "schema/too-many-items",
    severity: "error",
    title: "A list with too many items",
    example: {
      path: ["feedback", 0, "entries"],
      message: '"feedback[0].entries" has more than 100 items.',
      hint: "Split it or remove items.",
    },
  },
  {
    code: "schema/too-small",
    severity: "error",
    title: "A number below the smallest allowed",
    example: {
      path: ["activities", 0, "contributors", 0, "minutes"],
      message:
        '"activities[0].contributors[0].minutes" is the number -30, below the smallest allowed value 0.',
      hint: "Counts, money and minutes cannot be negative; ratings start at their scale's lowest point.",
    },
  },
  {
    code: "schema/too-large",
    severity: "error",
    title: "A number above the largest allowed",
    example: {
      path: ["feedback", 0, "answers", 3],
      message: '"feedback[0].answers[3]" is the number 5, above the largest allowed value 4.',
      hint: "Check the unit: minutes not seconds, ratings on their scale.",
    },
  },
  {
    code: "schema/text-too-long",
    severity: "error",
    title: "Text longer than allowed",
    example: {
      path: ["activities", 0, "notes"],
      message: '"activities[0].notes" is longer than 20000 characters.',
      hint: "Shorten it, or keep long documents outside the dataset and link to them.",
    },
  },
  {
    code: "schema/invalid-date",
    severity: "error",
    title: "Not a real YYYY-MM-DD date",
    example: {
      path: ["activities", 0, "startDate"],
      message:
        '"activities[0].startDate" is the text "2025-02-30", which is not a real calendar date written YYYY-MM-DD.',
      hint: 'Write dates as YYYY-MM-DD, e.g. "2025-04-01", and check the day exists in that month.',
    },
  },
  {
    code: "schema/date-out-of-range",
    severity: "error",
    title: "A date before 1900 or after 9998",
    example: {
      path: ["activities", 0, "startDate"],
      message:
        '"activities[0].startDate" is the text "0202-05-01", outside the dates ppie reads (1900-01-01 to 9998-12-31).',
      hint: "Check the year for a typing mistake, e.g. 0202 for 2020.",
    },
  },
  {
    code: "schema/invalid-email",
    severity: "error",
    title: "Not an email address",
    example: {
      path: ["contributors", 0, "identifiers", "email"],
      message: '"contributors[0].identifiers.email" is not an email address.',
      hint: "Write it as name@example.org, or leave it out.",
    },
  },
  {
    code: "schema/invalid-format",
    severity: "error",
    title: "A value in the wrong format",
    example: {
      path: ["activities", 0, "id"],
      message: '"activities[0].id" is not in the expected format: the text " a-1".',
      hint: "Ids must not start or end with spaces.",
    },
  },
  {
    code: "schema/invalid",
    severity: "error",
    title: "A value that is not valid for another reason",
    example: { path: ["activities", 0], message: '"activities[0]" is not valid: Invalid input.' },
  },
  {
    code: "schema/unknown-kind",
    severity: "error",
    title: "A record kind ppie does not know",
    example: {
      path: ["feedback", 0, "kind"],
      message:
        '"feedback[0].kind" is the text "survey", which is not a kind of record ppie knows here.',
      hint: 'Use one of: "fft", "story", "pals", "peirs22", "ppeet", "coproduction", "standards".',
    },
  },
  {
    code: "schema/not-multiple",
    severity: "error",
    title: "A number that is not a required multiple",
    example: {
      path: ["payments", 0, "amount", "pence"],
      message: '"payments[0].amount.pence" must be a multiple of 5.',
    },
  },
  {
    code: "ref/duplicate-id",
    severity: "error",
    title: "An id used twice in one collection",
    example: {
      path: ["activities", 4, "id"],
      message: 'The activity id "a-1" is used more than once in "activities".',
      hint: "Give each record its own id; if these are the same record, merge them.",
    },
  },
  ref("organisation", "organisations", ["projects", 0, "organisationId"], "org-1"),
  ref("project", "projects", ["activities", 0, "projectId"], "p-9"),
  ref("group", "groups", ["activities", 0, "groupId"], "g-9"),
  ref("contributor", "contributors", ["activities", 0, "contributors", 0, "contributorId"], "c-9"),
  ref("activity", "activities", ["payments", 0, "activityId"], "a-9"),
  ref("event", "events", ["payments", 0, "eventId"], "e-9"),
  ref("ppeet-item", "ppeetItems", ["feedback", 0, "responses", "q-9"], "q-9"),
  ref("impact", "impacts", ["serviceChanges", 0, "impactIds", 0], "i-9"),
  ref("feedback", "feedback", ["impacts", 0, "feedbackIds", 0], "f-9"),
]);
