import type * as z from "zod";
import { ZodArray, ZodDefault, ZodString } from "zod";
import type { Diagnostic, Result } from "../result.js";
import { describeError } from "../format.js";
import { diagnostic } from "../result.js";
import type { Dataset } from "./dataset.js";
import { DATASET_SCHEMA_VERSION, DatasetSchema } from "./dataset.js";
import { MAX_DATE, MIN_DATE } from "./period.js";
import { ownOptions } from "../own-options.js";

/**
 * Options for {@link parseDataset}.
 *
 * @category Parsing
 */
export interface ParseOptions {
  /**
   * The most diagnostics to return (default 1000). When more are found, the rest are counted
   * in one last `parse/too-many-diagnostics` diagnostic, so nothing is lost without a word.
   */
  maxDiagnostics?: number;
}

type Path = (string | number)[];

/**
 * Read a dataset from any value (parsed JSON, YAML, or objects built in code), check its
 * shape against {@link DatasetSchema} and its references (every id referenced exists; no id
 * is used twice in one collection), and fill in defaults. Never throws: every problem is a
 * {@link Diagnostic} with a stable code, the path to the bad value, a plain-English message
 * and a hint.
 *
 * @param input - the candidate dataset
 * @param opts - options
 * @returns the dataset, or the diagnostics that explain why it is not valid
 * @example
 * ```ts
 * const result = parseDataset({ schemaVersion: 1, projects: [] });
 * if (result.ok) console.log(result.value.activities.length); // 0
 * ```
 * @category Parsing
 */
export function parseDataset(input: unknown, opts: ParseOptions = {}): Result<Dataset> {
  return parseWith(input, opts, undefined);
}

/**
 * Told, for each record {@link parseOwnedDataset} parsed, the record as given and the record
 * that replaces it.
 */
export type Adopt = (given: object, parsed: object) => void;

/**
 * {@link parseDataset} for an input the caller made for it and will not use again (the plain
 * data `ppie/io` makes from CSV files, workbooks and JSON text: own enumerable properties, no
 * getters, arrays it may change, and no object in two places, which YAML's aliases can make).
 * The result and the diagnostics are the same; but each record is checked on its own and put
 * in place of the record given, in the input's own lists, so that the input and its parsed
 * copy are never both held whole: reading 10^5 activities needs the memory of one copy, not
 * two. `adopt` hears of each replacement (the
 * CSV reader moves its record-to-line index to the parsed records). Internal.
 *
 * @param input - the candidate dataset, which this changes
 * @param opts - options
 * @param adopt - told of each record replaced
 * @returns the dataset, or the diagnostics that explain why it is not valid
 * @example
 * ```ts
 * parseOwnedDataset({ schemaVersion: 1, projects: [] }, {}, () => {}).ok; // true
 * ```
 */
export function parseOwnedDataset(
  input: unknown,
  opts: ParseOptions,
  adopt: Adopt,
): Result<Dataset> {
  return parseWith(input, opts, adopt);
}

/** A dataset's shape checked: its data, or zod's issues with their paths from the root. */
type Shape = { success: true; data: Dataset } | { success: false; issues: z.core.$ZodIssue[] };

function shapeOf(r: z.ZodSafeParseResult<Dataset>): Shape {
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues };
}

/** The dataset's fields that are lists of records, each with the schema of one record. */
let recordLists: ReadonlyMap<string, z.ZodType> | undefined;

function listsOfRecords(): ReadonlyMap<string, z.ZodType> {
  if (recordLists === undefined) {
    const lists = new Map<string, z.ZodType>();
    for (const [key, field] of Object.entries(DatasetSchema.shape)) {
      const inner = field instanceof ZodDefault ? field.unwrap() : field;
      if (inner instanceof ZodArray && !(inner.element instanceof ZodString))
        lists.set(key, inner.element as z.ZodType);
    }
    recordLists = lists;
  }
  return recordLists;
}

/** The dataset's other fields (format version, title, scales, ...), strict like the whole. */
let headSchema: z.ZodType | undefined;

function datasetHead(): z.ZodType {
  if (headSchema === undefined) {
    const omit: Record<string, true> = {};
    for (const key of listsOfRecords().keys()) omit[key] = true;
    headSchema = DatasetSchema.omit(omit as Parameters<typeof DatasetSchema.omit>[0]);
  }
  return headSchema;
}

/**
 * The shape check of {@link parseOwnedDataset}: each record of each list on its own, put in
 * place of the one given when it passes; the other fields together. The same issues as the
 * whole schema gives, with the same paths.
 */
function parseInPlace(input: Record<string, unknown>, adopt: Adopt): Shape {
  const lists = listsOfRecords();
  const issues: z.core.$ZodIssue[] = [];
  const prefixed = (r: z.ZodSafeParseResult<unknown>, prefix: Path): void => {
    if (!r.success)
      for (const issue of r.error.issues)
        issues.push({ ...issue, path: [...prefix, ...issue.path] });
  };
  const head = datasetHead().safeParse(
    Object.fromEntries(Object.entries(input).filter(([k]) => !lists.has(k))),
  );
  prefixed(head, []);
  const parsedLists: Record<string, unknown[]> = {};
  // One list given for two collections (a YAML alias can do it) is copied for each, so that
  // each is checked as it was given.
  const uses = new Map<unknown, number>();
  for (const key of lists.keys()) uses.set(input[key], (uses.get(input[key]) ?? 0) + 1);
  for (const [key, item] of lists) {
    let given = input[key];
    if (Array.isArray(given) && (uses.get(given) ?? 0) > 1) given = given.slice();
    if (!Array.isArray(given)) {
      const r = DatasetSchema.shape[key as keyof typeof DatasetSchema.shape].safeParse(given);
      prefixed(r, [key]);
      if (r.success) parsedLists[key] = r.data as unknown[];
      continue;
    }
    for (let i = 0; i < given.length; i++) {
      const r = item.safeParse(given[i]);
      if (!r.success) {
        prefixed(r, [key, i]);
        continue;
      }
      const record: unknown = given[i];
      if (
        typeof record === "object" &&
        record !== null &&
        typeof r.data === "object" &&
        r.data !== null
      )
        adopt(record, r.data);
      given[i] = r.data;
    }
    parsedLists[key] = given;
  }
  if (!head.success || issues.length > 0) return { success: false, issues };
  const data: Record<string, unknown> = {};
  const headData = head.data as Record<string, unknown>;
  for (const key of Object.keys(DatasetSchema.shape)) {
    const value = lists.has(key) ? parsedLists[key] : headData[key];
    if (value !== undefined || Object.hasOwn(headData, key)) data[key] = value;
  }
  return { success: true, data: data as Dataset };
}

function parseWith(input: unknown, opts: ParseOptions, adopt: Adopt | undefined): Result<Dataset> {
  const max = ownOptions(opts).maxDiagnostics ?? 1000;
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return {
        ok: false,
        diagnostics: [
          diagnostic(
            "dataset/not-an-object",
            "error",
            [],
            `A dataset must be an object with collections such as "projects" and "activities", but this is ${describe(input)}.`,
            'Start from `ppie init`, or wrap your data as { "schemaVersion": 1, "activities": [...] }.',
          ),
        ],
      };
    }
    const version = (input as Record<string, unknown>).schemaVersion;
    if (version !== undefined && version !== DATASET_SCHEMA_VERSION) {
      return {
        ok: false,
        diagnostics: [
          diagnostic(
            "dataset/unsupported-version",
            "error",
            ["schemaVersion"],
            `This dataset says it is format version ${JSON.stringify(version)}, but this release of ppie reads version ${DATASET_SCHEMA_VERSION}.`,
            `Set "schemaVersion": ${DATASET_SCHEMA_VERSION}, or upgrade ppie if the file came from a newer release.`,
          ),
        ],
      };
    }
    const parsed =
      adopt === undefined
        ? shapeOf(DatasetSchema.safeParse(input))
        : parseInPlace(input as Record<string, unknown>, adopt);
    if (!parsed.success) {
      const diags = parsed.issues.flatMap((issue) => issueToDiagnostics(issue, input));
      return { ok: false, diagnostics: cap(sortDiagnostics(diags), max) };
    }
    const refs = checkReferences(parsed.data);
    if (refs.length > 0) return { ok: false, diagnostics: cap(refs, max) };
    return { ok: true, value: parsed.data, diagnostics: [] };
  } catch (err) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          "dataset/unreadable",
          "error",
          [],
          `The input could not be read as a dataset (${describeError(err)}).`,
          "Pass plain data (objects, arrays, strings, numbers, booleans), such as the result of JSON.parse.",
        ),
      ],
    };
  }
}

function cap(diags: Diagnostic[], max: number): Diagnostic[] {
  if (diags.length <= max) return diags;
  const kept = diags.slice(0, Math.max(0, max));
  kept.push(
    diagnostic(
      "parse/too-many-diagnostics",
      "error",
      [],
      `${diags.length - kept.length} more problems were found and not listed.`,
      "Fix the problems above and run again, or raise maxDiagnostics.",
    ),
  );
  return kept;
}

function sortDiagnostics(diags: Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => ({
      d,
      i,
      // a key holding the separator is escaped, so that two paths never sort as one
      key: d.path
        .map((p) =>
          typeof p === "number"
            ? String(p).padStart(10, "0")
            : p.replaceAll("\u0000", "\u0000\u0001"),
        )
        .join("\u0000"),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.d);
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((p) => (typeof p === "number" ? p : String(p)));
}

function valueAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(s)}`;
  }
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function where(path: Path): string {
  if (path.length === 0) return "The dataset";
  return `"${path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "")}"`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  nan: "a number",
};

/** A zod issue of one kind. */
type IssueOf<K extends z.core.$ZodIssue["code"]> = Extract<z.core.$ZodIssue, { code: K }>;

/** Where an issue is: its path, the value found there, and the path in words. */
interface IssueAt {
  path: Path;
  got: unknown;
  at: string;
}

function issueToDiagnostics(issue: z.core.$ZodIssue, input: unknown): Diagnostic[] {
  const path = toPath(issue.path);
  const got = valueAt(input, path);
  const at = where(path);
  const here: IssueAt = { path, got, at };
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue, here);
    case "invalid_value":
      return invalidValue(issue, here);
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        diagnostic(
          "schema/unknown-field",
          "error",
          [...path, key],
          `${where([...path, key])} is not a field ppie knows, so it would be lost.`,
          "Check its spelling against the JSON Schema (`ppie schema`), or remove it.",
        ),
      );
    case "too_small":
      return tooSmall(issue, here);
    case "too_big":
      return tooBig(issue, here);
    case "invalid_format":
      return invalidFormat(issue, here);
    case "custom":
      if (issue.params?.ppie === "date-out-of-range") {
        return [
          diagnostic(
            "schema/date-out-of-range",
            "error",
            path,
            `${at} is ${describe(got)}, outside the dates ppie reads (${MIN_DATE} to ${MAX_DATE}).`,
            "Check the year for a typing mistake, e.g. 0202 for 2020.",
          ),
        ];
      }
      return [diagnostic("schema/invalid", "error", path, `${at} is not valid: ${issue.message}.`)];
    case "invalid_union":
      return invalidUnion(issue, here, input);
    case "invalid_key":
    case "invalid_element":
      return issue.issues.flatMap((sub) =>
        issueToDiagnostics(
          { ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue,
          input,
        ),
      );
    case "not_multiple_of":
      return [
        diagnostic(
          "schema/not-multiple",
          "error",
          path,
          `${at} must be a multiple of ${String(issue.divisor)}.`,
        ),
      ];
    default: {
      const never: never = issue;
      return [
        diagnostic(
          "schema/invalid",
          "error",
          path,
          `${at} is not valid (${(never as { message: string }).message}).`,
        ),
      ];
    }
  }
}

/** A missing field, a fraction where a whole number is needed, or a value of the wrong type. */
function invalidType(issue: IssueOf<"invalid_type">, { path, got, at }: IssueAt): Diagnostic[] {
  if (got === undefined) {
    return [
      diagnostic(
        "schema/missing-field",
        "error",
        path,
        `${at} is required but missing.`,
        `Add ${at} (${TYPE_WORDS[issue.expected] ?? issue.expected}).`,
      ),
    ];
  }
  if (issue.expected === "int" && typeof got === "number") {
    return [
      diagnostic(
        "schema/not-whole-number",
        "error",
        path,
        `${at} must be a whole number, but is ${got}.`,
        "Money is whole pence and time is whole minutes: round it, e.g. 12.5 pounds is 1250 pence.",
      ),
    ];
  }
  return [
    diagnostic(
      "schema/wrong-type",
      "error",
      path,
      `${at} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but is ${describe(got)}.`,
      "Check the value's type: numbers without quotes, text in quotes, lists in [ ].",
    ),
  ];
}

/** A missing field, or a value that is not one of the allowed ones. */
function invalidValue(issue: IssueOf<"invalid_value">, { path, got, at }: IssueAt): Diagnostic[] {
  const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
  if (got === undefined) {
    return [
      diagnostic(
        "schema/missing-field",
        "error",
        path,
        `${at} is required but missing.`,
        `Add ${at}: one of ${allowed}.`,
      ),
    ];
  }
  return [
    diagnostic(
      "schema/not-allowed-value",
      "error",
      path,
      `${at} is ${describe(got)}, which is not one of the allowed values.`,
      `Use one of: ${allowed}.`,
    ),
  ];
}

/** Empty text, too few items, or a number below the minimum. */
function tooSmall(issue: IssueOf<"too_small">, { path, got, at }: IssueAt): Diagnostic[] {
  if (issue.origin === "string") {
    return [
      diagnostic(
        "schema/empty-text",
        "error",
        path,
        `${at} must not be empty.`,
        "Write the text, or leave the field out if it is optional.",
      ),
    ];
  }
  if (issue.origin === "array" || issue.origin === "set") {
    const exact = issue.exact === true;
    return [
      diagnostic(
        exact ? "schema/wrong-length" : "schema/too-few-items",
        "error",
        path,
        exact
          ? `${at} must have exactly ${String(issue.minimum)} items, but has ${Array.isArray(got) ? got.length : 0}.`
          : `${at} must have at least ${String(issue.minimum)} item(s).`,
        exact
          ? "PEIRS-22 has 22 answers: use null for an item left blank or not applicable."
          : "Add the missing item(s).",
      ),
    ];
  }
  return [
    diagnostic(
      "schema/too-small",
      "error",
      path,
      `${at} is ${describe(got)}, below the smallest allowed value ${String(issue.minimum)}.`,
      "Counts, money and minutes cannot be negative; ratings start at their scale's lowest point.",
    ),
  ];
}

/** Too many items, text too long, or a number above the maximum. */
function tooBig(issue: IssueOf<"too_big">, { path, got, at }: IssueAt): Diagnostic[] {
  if (issue.origin === "array" || issue.origin === "set") {
    const exact = issue.exact === true;
    return [
      diagnostic(
        exact ? "schema/wrong-length" : "schema/too-many-items",
        "error",
        path,
        exact
          ? `${at} must have exactly ${String(issue.maximum)} items, but has ${Array.isArray(got) ? got.length : 0}.`
          : `${at} has more than ${String(issue.maximum)} items.`,
        exact
          ? "PEIRS-22 has 22 answers: use null for an item left blank or not applicable."
          : "Split it or remove items.",
      ),
    ];
  }
  if (issue.origin === "string") {
    return [
      diagnostic(
        "schema/text-too-long",
        "error",
        path,
        `${at} is longer than ${String(issue.maximum)} characters.`,
        "Shorten it, or keep long documents outside the dataset and link to them.",
      ),
    ];
  }
  return [
    diagnostic(
      "schema/too-large",
      "error",
      path,
      `${at} is ${describe(got)}, above the largest allowed value ${String(issue.maximum)}.`,
      path[path.length - 1] === "pence"
        ? "Money is whole pence, at most 100000000000 (£1,000,000,000.00) in one record: check the unit."
        : "Check the unit: minutes not seconds, ratings on their scale.",
    ),
  ];
}

/** A date, email address or other text not in its format. */
function invalidFormat(issue: IssueOf<"invalid_format">, { path, got, at }: IssueAt): Diagnostic[] {
  if (issue.format === "date") {
    return [
      diagnostic(
        "schema/invalid-date",
        "error",
        path,
        `${at} is ${describe(got)}, which is not a real calendar date written YYYY-MM-DD.`,
        'Write dates as YYYY-MM-DD, e.g. "2025-04-01", and check the day exists in that month.',
      ),
    ];
  }
  if (issue.format === "email") {
    return [
      diagnostic(
        "schema/invalid-email",
        "error",
        path,
        `${at} is not an email address.`,
        "Write it as name@example.org, or leave it out.",
      ),
    ];
  }
  return [
    diagnostic(
      "schema/invalid-format",
      "error",
      path,
      `${at} ${issue.message === "Invalid string: must match pattern" ? "is not in the expected format" : issue.message}: ${describe(got)}.`,
      /^id$|Id$/.test(String(path[path.length - 1] ?? ""))
        ? "Ids must not start or end with spaces."
        : "Check the value against the JSON Schema (`ppie schema`).",
    ),
  ];
}

/** A record of an unknown kind (a discriminated union), or a value none of the options allow. */
function invalidUnion(
  issue: IssueOf<"invalid_union">,
  { path, got, at }: IssueAt,
  input: unknown,
): Diagnostic[] {
  if (issue.discriminator !== undefined) {
    const kindPath =
      path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
    return [
      diagnostic(
        "schema/unknown-kind",
        "error",
        kindPath,
        `${where(kindPath)} is ${describe(valueAt(input, kindPath))}, which is not a kind of record ppie knows here.`,
        'Use one of: "fft", "story", "pals", "peirs22", "ppeet", "coproduction", "standards".',
      ),
    ];
  }
  return [
    diagnostic(
      "schema/not-allowed-value",
      "error",
      path,
      `${at} is ${describe(got)}, which is not one of the allowed values.`,
      "Check the allowed values in the JSON Schema (`ppie schema`).",
    ),
  ];
}

interface RefSpec {
  collection: keyof Dataset & string;
  entity:
    | "organisation"
    | "project"
    | "group"
    | "contributor"
    | "activity"
    | "event"
    | "ppeet-item"
    | "impact"
    | "feedback";
}

/** Checks one reference (see `checkReferences`): positional path parts, no array unless broken. */
type RefCheck = (
  spec: RefSpec,
  id: string | undefined,
  p0: string,
  p1: number,
  p2: string,
  p3?: string | number,
  p4?: string,
) => void;

/** The collections of a dataset that hold records. */
export type RecordCollection = Exclude<
  keyof Dataset,
  "schemaVersion" | "title" | "fictional" | "scales"
>;

/** How a message names one record of each collection ("activity", "budget line", ...). */
export const RECORD_WORDS: Readonly<Record<RecordCollection, string>> = {
  organisations: "organisation",
  strategies: "strategy",
  projects: "project",
  groups: "group",
  contributors: "contributor",
  activities: "activity",
  events: "event",
  payments: "payment",
  paymentRates: "payment rate",
  budgets: "budget line",
  training: "training record",
  feedback: "feedback record",
  ppeetItems: "PPEET item",
  impacts: "impact record",
  serviceChanges: "service change",
};
const ENTITY_WORD: Readonly<Record<string, string>> = RECORD_WORDS;

/** The collections whose records have ids (payment rates have none). */
const ID_COLLECTIONS = (Object.keys(RECORD_WORDS) as RecordCollection[]).filter(
  (c) => c !== "paymentRates",
);

/**
 * Referential integrity: indexes built once (one Set per collection), then each reference
 * checked in O(1), so the cost is linear in the size of the dataset.
 */
function checkReferences(ds: Dataset): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = new Map<string, Set<string>>();
  for (const collection of ID_COLLECTIONS) {
    const list = ds[collection] as readonly { id: string }[];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      if (seen.has(id)) {
        out.push(
          diagnostic(
            "ref/duplicate-id",
            "error",
            [collection, i, "id"],
            `The ${ENTITY_WORD[collection]} id "${id}" is used more than once in "${collection}".`,
            "Give each record its own id; if these are the same record, merge them.",
          ),
        );
      }
      seen.add(id);
    }
    ids.set(collection, seen);
  }
  // Positional path parts, so that no array is allocated unless a reference is broken.
  const ref: RefCheck = (spec, id, p0, p1, p2, p3, p4) => {
    if (id === undefined) return;
    if ((ids.get(spec.collection) as Set<string>).has(id)) return;
    const path: Path = [p0, p1, p2];
    if (p3 !== undefined) path.push(p3);
    if (p4 !== undefined) path.push(p4);
    out.push(
      diagnostic(
        `ref/unknown-${spec.entity}`,
        "error",
        path,
        `${where(path)} refers to ${ENTITY_WORD[spec.collection]} "${id}", which is not in "${spec.collection}".`,
        `Add the ${ENTITY_WORD[spec.collection]} "${id}", or correct the id.`,
      ),
    );
  };
  const ORG = { collection: "organisations", entity: "organisation" } as const;
  const PROJECT = { collection: "projects", entity: "project" } as const;
  const GROUP = { collection: "groups", entity: "group" } as const;
  const PERSON = { collection: "contributors", entity: "contributor" } as const;
  const ACTIVITY = { collection: "activities", entity: "activity" } as const;
  const EVENT = { collection: "events", entity: "event" } as const;
  const PPEET = { collection: "ppeetItems", entity: "ppeet-item" } as const;

  // Plain loops: no closure per record, so the pass adds little garbage to collect.
  for (let i = 0; i < ds.strategies.length; i++) {
    ref(ORG, ds.strategies[i]!.organisationId, "strategies", i, "organisationId");
  }
  for (let i = 0; i < ds.projects.length; i++) {
    ref(ORG, ds.projects[i]!.organisationId, "projects", i, "organisationId");
  }
  for (let i = 0; i < ds.groups.length; i++) {
    const g = ds.groups[i]!;
    ref(ORG, g.organisationId, "groups", i, "organisationId");
    ref(PROJECT, g.projectId, "groups", i, "projectId");
    for (let j = 0; j < g.memberships.length; j++) {
      ref(PERSON, g.memberships[j]!.contributorId, "groups", i, "memberships", j, "contributorId");
    }
  }
  for (let i = 0; i < ds.activities.length; i++) {
    const a = ds.activities[i]!;
    ref(PROJECT, a.projectId, "activities", i, "projectId");
    ref(GROUP, a.groupId, "activities", i, "groupId");
    for (let j = 0; j < a.contributors.length; j++) {
      ref(
        PERSON,
        a.contributors[j]!.contributorId,
        "activities",
        i,
        "contributors",
        j,
        "contributorId",
      );
    }
  }
  for (let i = 0; i < ds.events.length; i++) {
    const e = ds.events[i]!;
    ref(ORG, e.organisationId, "events", i, "organisationId");
    ref(PROJECT, e.projectId, "events", i, "projectId");
    for (let j = 0; j < e.contributors.length; j++) {
      ref(
        PERSON,
        e.contributors[j]!.contributorId,
        "events",
        i,
        "contributors",
        j,
        "contributorId",
      );
    }
  }
  for (let i = 0; i < ds.payments.length; i++) {
    const p = ds.payments[i]!;
    ref(PERSON, p.contributorId, "payments", i, "contributorId");
    ref(ACTIVITY, p.activityId, "payments", i, "activityId");
    ref(EVENT, p.eventId, "payments", i, "eventId");
  }
  for (let i = 0; i < ds.budgets.length; i++) {
    const b = ds.budgets[i]!;
    ref(ORG, b.organisationId, "budgets", i, "organisationId");
    ref(PROJECT, b.projectId, "budgets", i, "projectId");
  }
  for (let i = 0; i < ds.training.length; i++) {
    ref(ORG, ds.training[i]!.organisationId, "training", i, "organisationId");
  }
  for (let i = 0; i < ds.feedback.length; i++) {
    const f = ds.feedback[i]!;
    ref(PROJECT, f.projectId, "feedback", i, "projectId");
    ref(ACTIVITY, f.activityId, "feedback", i, "activityId");
    if (f.kind === "peirs22") ref(PERSON, f.contributorId, "feedback", i, "contributorId");
    if (f.kind === "standards") ref(ORG, f.organisationId, "feedback", i, "organisationId");
    if (f.kind === "ppeet") {
      for (const itemId of Object.keys(f.responses))
        ref(PPEET, itemId, "feedback", i, "responses", itemId);
    }
  }
  positionReferences(ds, ref);
  impactReferences(ds, ref);
  serviceChangeReferences(ds, ref);
  return out;
}

/** The organisations of contributors' positions (a governor of a trust, a PPI champion). */
function positionReferences(ds: Dataset, ref: RefCheck): void {
  const ORG = { collection: "organisations", entity: "organisation" } as const;
  for (let i = 0; i < ds.contributors.length; i++) {
    const positions = ds.contributors[i]!.positions ?? [];
    for (let j = 0; j < positions.length; j++)
      ref(ORG, positions[j]!.organisationId, "contributors", i, "positions", j, "organisationId");
  }
}

/**
 * The references of impact records: their project, and what they came from (activities,
 * engagement events, feedback records) and whom.
 */
function impactReferences(ds: Dataset, ref: RefCheck): void {
  const PROJECT = { collection: "projects", entity: "project" } as const;
  const PERSON = { collection: "contributors", entity: "contributor" } as const;
  const ACTIVITY = { collection: "activities", entity: "activity" } as const;
  const EVENT = { collection: "events", entity: "event" } as const;
  const FEEDBACK = { collection: "feedback", entity: "feedback" } as const;
  for (let i = 0; i < ds.impacts.length; i++) {
    const m = ds.impacts[i]!;
    ref(PROJECT, m.projectId, "impacts", i, "projectId");
    for (let j = 0; j < m.activityIds.length; j++)
      ref(ACTIVITY, m.activityIds[j], "impacts", i, "activityIds", j);
    const eventIds = m.eventIds ?? [];
    for (let j = 0; j < eventIds.length; j++) ref(EVENT, eventIds[j], "impacts", i, "eventIds", j);
    const feedbackIds = m.feedbackIds ?? [];
    for (let j = 0; j < feedbackIds.length; j++)
      ref(FEEDBACK, feedbackIds[j], "impacts", i, "feedbackIds", j);
    for (let j = 0; j < m.contributorIds.length; j++) {
      ref(PERSON, m.contributorIds[j], "impacts", i, "contributorIds", j);
    }
  }
}

/** The references of service changes: their organisation, activities and impact records. */
function serviceChangeReferences(ds: Dataset, ref: RefCheck): void {
  const ORG = { collection: "organisations", entity: "organisation" } as const;
  const ACTIVITY = { collection: "activities", entity: "activity" } as const;
  const IMPACT = { collection: "impacts", entity: "impact" } as const;
  for (let i = 0; i < ds.serviceChanges.length; i++) {
    const s = ds.serviceChanges[i]!;
    ref(ORG, s.organisationId, "serviceChanges", i, "organisationId");
    for (let j = 0; j < s.activityIds.length; j++)
      ref(ACTIVITY, s.activityIds[j], "serviceChanges", i, "activityIds", j);
    for (let j = 0; j < s.impactIds.length; j++)
      ref(IMPACT, s.impactIds[j], "serviceChanges", i, "impactIds", j);
  }
}
