import { describeValue } from "../format.js";
import { facts } from "../derive/facts.js";
import { contributorIdentifiers, removeIdentifiers } from "../derive/identifiers.js";
import { ownOptions, ownProperty } from "../own-options.js";
import { asOf as asOfDate } from "../derive/as-of.js";
import { defaultPeriodOf } from "../derive/period.js";
import * as z from "zod";
import { IsoDateSchema, ownRecord } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import { isIsoDate, parsePeriod } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { RuleSettings } from "../rules/check.js";
import type { ServiceChange } from "../model/service-change.js";
import type { Diagnostic, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic, hasErrors } from "../result.js";
import type { PolicyPresetId } from "../scores/disclosure.js";
import { disclosurePresets } from "../scores/disclosure.js";
import type { LetterContext } from "./letter-options.js";
import { resolveLetterOptions } from "./letter-options.js";
import type { ReportKind } from "./report.js";
import { PICTURE_SRC, REPORT_KINDS } from "./report.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const REPORT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "report/invalid-option",
    severity: "error",
    title: "Options that are not an object, or an option with a value it cannot take",
    example: {
      path: ["opts"],
      message:
        'Report options must be an object such as { generatedAt: "2026-04-01T09:00:00Z" }, but they are 5.',
      hint: "Pass one options object with at least generatedAt.",
    },
  },
  {
    code: "report/unknown-option",
    severity: "error",
    title: "An option buildReport does not take",
    example: {
      path: ["opts", "colour"],
      message: '"colour" is not a report option.',
      hint: "Report options are: project, serviceChange, period, form, generatedAt, disclosure, includeIdentifiers, asOf, contributor, activity, style, contact, pointSize, maxSentenceWords, pictures, rules.",
    },
  },
  {
    code: "report/missing-option",
    severity: "error",
    title: "generatedAt, or the project of a project report, is missing",
    example: {
      path: ["opts", "generatedAt"],
      message:
        "generatedAt is missing: reports never read the clock, so the caller says when the report was made.",
      hint: 'Pass an ISO timestamp such as "2026-04-01T09:00:00Z".',
    },
  },
  {
    code: "report/invalid-generated-at",
    severity: "error",
    title: "generatedAt is not an ISO timestamp",
    example: {
      path: ["opts", "generatedAt"],
      message: 'generatedAt is "yesterday", not an ISO timestamp.',
      hint: 'Use a date and time such as "2026-04-01T09:00:00Z".',
    },
  },
  {
    code: "report/unknown-kind",
    severity: "error",
    title: "No report kind with that name",
    example: {
      path: ["kind"],
      message: 'There is no report kind "gripp3".',
      hint: "Report kinds are: gripp2, strategy, impact, representation, project, feedback, service-change, contributor-feedback, engagement.",
    },
  },
  {
    code: "report/unknown-project",
    severity: "error",
    title: "A project id that is not in the dataset",
    example: {
      path: ["opts", "project"],
      message: 'There is no project with id "p-999" in the dataset.',
      hint: "Project ids in the dataset: p-001, p-002, p-003, p-004, p-005, p-006, p-007, p-008.",
    },
  },
  {
    code: "report/unknown-service-change",
    severity: "error",
    title: "A service change id that is not in the dataset",
    example: {
      path: ["opts", "serviceChange"],
      message: 'There is no service change with id "sc-009" in the dataset.',
      hint: "Service change ids in the dataset: sc-001, sc-002.",
    },
  },
  {
    code: "report/invalid-period",
    severity: "error",
    title: "A period that cannot be read",
    example: {
      path: ["opts", "period"],
      message: '"2025-27" is not a period ppie can read.',
      hint: 'Use a financial year ("2025-26"), a quarter ("2025-26-Q1"), a calendar year ("2025") or a range ("2025-01-01..2025-06-30").',
    },
  },
  {
    code: "report/ignored-option",
    severity: "info",
    title: "An option that does not apply to this kind of report",
    example: {
      path: ["opts", "form"],
      message: "The form option does not apply to a strategy report and was ignored.",
    },
  },
]);

/**
 * Options shared by every report kind (one typed object; see `docs/reports.md`).
 *
 * @example
 * ```ts
 * const opts: ReportOptions = { project: "p-001", form: "short", generatedAt: "2026-04-01T09:00:00Z" };
 * ```
 * @category Reports
 */
export interface ReportOptions {
  /** A project id: required by `gripp2` and `project`; narrows `impact`, `representation`, `feedback` and `engagement`. */
  project?: string;
  /** A service change id: narrows the `service-change` report to one proposal (default: all of them). */
  serviceChange?: string;
  /**
   * The period covered, as a label: a financial year (`"2025-26"`), a financial quarter
   * (`"2025-26-Q1"`), a calendar year (`"2025"`) or a range (`"2025-01-01..2025-06-30"`).
   * Defaults to the latest complete financial year in the data (see `docs/definitions.md`) (for `gripp2` and `project`: the whole
   * project).
   */
  period?: string;
  /** GRIPP2 short or long form; defaults to the form the project says it reports with. */
  form?: "short" | "long";
  /** When the report was made, an ISO timestamp: reports never read the clock themselves. */
  generatedAt: string;
  /** The disclosure control preset for demographic and small-group tables. */
  disclosure?: PolicyPresetId;
  /** Show contributors' names and contact details (default false: pseudonymous ids only). */
  includeIdentifiers?: boolean;
  /**
   * The as-of date (ISO) taken as today: it decides the default period and the rules a report
   * runs. Default: the latest date recorded in the dataset (see `docs/definitions.md`).
   */
  asOf?: string;
  /**
   * `contributor-feedback`: the contributor a letter is for. Without it, the report is the public
   * "you said, we did" version, with no personal details.
   */
  contributor?: string;
  /** `contributor-feedback`: narrows the document to one activity (an activity id). */
  activity?: string;
  /**
   * `contributor-feedback`: `"plain"` (plain English) or `"easy-read"`. Default: Easy Read when
   * the contributor's access needs include `easy-read`, otherwise plain.
   */
  style?: "plain" | "easy-read";
  /** `contributor-feedback`: who to contact, as the letter writes it, e.g. `"Sam Jones on 01632 960000"`. */
  contact?: string;
  /**
   * `contributor-feedback`: body text size in points. Default: 14 for Easy Read, 16 when the
   * contributor's access needs include `large-print`, otherwise 12.
   */
  pointSize?: number;
  /** `contributor-feedback` in Easy Read: the longest a sentence may be, in words (default 15). */
  maxSentenceWords?: number;
  /**
   * `contributor-feedback` in Easy Read: your own pictures, replacing ppie's by id (e.g.
   * `{ meeting: { alt: "Picture of our panel", src: "data:image/png;base64,..." } }`).
   */
  pictures?: Record<string, { alt: string; src: string }>;
  /**
   * `project` and `service-change`: the settings of the rules these reports run to list open
   * warnings, as `checkDataset` takes them (off, a severity, or `{ severity, options }` by rule
   * code; e.g. the `rules` of ppie.config.json), so that a report lists what `ppie validate`
   * finds with the same settings. Default: each rule's own defaults. A setting that is not
   * valid is a `check/...` warning of the report.
   */
  rules?: RuleSettings;
}

/**
 * Options after checking, with everything a builder needs resolved: the project entity, the
 * period, the defaults, and the privacy filter for free text.
 *
 * @example
 * ```ts
 * const r = resolveReportOptions("impact", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.text("Said by Alex Example"); // "Said by [identifier removed]"
 * ```
 * @category Reports
 */
export interface ReportContext {
  /** The report kind. */
  kind: ReportKind;
  /** The project named by `project`, when given. */
  project: Project | undefined;
  /** The service change named by `serviceChange`, when given. */
  serviceChange: ServiceChange | undefined;
  /** The period covered; `undefined` for a project or GRIPP2 report without one (the project to date). */
  period: (Period & { label: string }) | undefined;
  /** Whether the caller chose the period (rather than the default). */
  periodGiven: boolean;
  /** GRIPP2 form. */
  form: "short" | "long";
  /** ISO timestamp supplied by the caller. */
  generatedAt: string;
  /** The as-of date (ISO): the caller's, or the latest date recorded in the dataset. */
  asOf: string;
  /** Disclosure control preset. */
  disclosure: PolicyPresetId;
  /** Whether direct identifiers may be shown. */
  includeIdentifiers: boolean;
  /** The options of a `contributor-feedback` document (empty for other kinds). */
  letter: LetterContext;
  /** The rule settings a `project` or `service-change` report runs the rules with. */
  rules?: RuleSettings;
  /**
   * Privacy filter for text: removes every contributor's name, email, phone number and address
   * (see {@link identifierFilter}) unless identifiers were opted in (in a `contributor-feedback`
   * letter they never are: opting in lets it name its own reader, added after filtering). `buildReport` passes every
   * string of the finished report through it (`redactReport`), ids and labels included, so a
   * builder need not call it field by field.
   */
  text: (s: string) => string;
}

/**
 * The disclosure control preset reports use unless told otherwise: `"tre-10"`, the strictest
 * of the presets (any count below 10, including 0, is hidden, with complementary secondary
 * suppression), the threshold trusted research environments such as the UK Longitudinal Linkage
 * Collaboration apply. Involvement groups are small and their members know each other, so ppie
 * uses it for their demographics by default (a ppie design choice, `CHOICE_SMALL_NUMBERS`,
 * explained in docs/design-choices.md).
 *
 * @example
 * ```ts
 * DEFAULT_REPORT_DISCLOSURE; // "tre-10"
 * ```
 * @category Reports
 */
export const DEFAULT_REPORT_DISCLOSURE: PolicyPresetId = "tre-10";

const policyPresetIds = Object.keys(disclosurePresets) as PolicyPresetId[];

const KIND_OPTIONS: Readonly<Record<ReportKind, readonly (keyof ReportOptions)[]>> = {
  gripp2: ["project", "form", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  strategy: ["period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  impact: ["project", "period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  representation: ["project", "period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  project: [
    "project",
    "period",
    "generatedAt",
    "disclosure",
    "includeIdentifiers",
    "asOf",
    "rules",
  ],
  feedback: ["project", "period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  "service-change": [
    "serviceChange",
    "generatedAt",
    "disclosure",
    "includeIdentifiers",
    "asOf",
    "rules",
  ],
  "contributor-feedback": [
    "contributor",
    "activity",
    "project",
    "period",
    "style",
    "contact",
    "pointSize",
    "maxSentenceWords",
    "pictures",
    "generatedAt",
    "disclosure",
    "includeIdentifiers",
    "asOf",
  ],
  engagement: ["project", "period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
  listening: ["project", "period", "generatedAt", "disclosure", "includeIdentifiers", "asOf"],
};

/** The kinds that cover no period: a project's whole life, or a record of its own dates. */
const NO_PERIOD: readonly ReportKind[] = ["gripp2", "project", "service-change"];

const NEEDS_PROJECT: readonly ReportKind[] = ["gripp2", "project"];

/** The letter options of every other kind: none. */
const NO_LETTER: LetterContext = {
  contributor: undefined,
  activity: undefined,
  style: undefined,
  contact: undefined,
  pointSize: undefined,
  maxSentenceWords: undefined,
  pictures: {},
};

/**
 * The zod schema of {@link ReportOptions}: strict, so a misspelt option is reported rather
 * than silently ignored. Period labels and project ids are checked against the dataset by
 * `buildReport`.
 *
 * @example
 * ```ts
 * ReportOptionsSchema.safeParse({ generatedAt: "2026-04-01T09:00:00Z" }).success; // true
 * ```
 * @category Reports
 */
export const ReportOptionsSchema = z.strictObject({
  project: z.string().min(1).optional(),
  serviceChange: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  form: z.enum(["short", "long"]).optional(),
  generatedAt: z.iso.datetime({ offset: true }),
  disclosure: z.string().optional(),
  includeIdentifiers: z.boolean().optional(),
  asOf: IsoDateSchema.optional(),
  contributor: z.string().min(1).optional(),
  activity: z.string().min(1).optional(),
  style: z.enum(["plain", "easy-read"]).optional(),
  contact: z.string().regex(/\S/).max(500).optional(),
  pointSize: z.number().min(8).max(72).optional(),
  maxSentenceWords: z.int().min(5).max(40).optional(),
  pictures: ownRecord(
    z.string(),
    z.strictObject({ alt: z.string().regex(/\S/).max(500), src: z.string().regex(PICTURE_SRC) }),
  ).optional(),
  // each setting is checked by checkDataset, which says what is wrong with it
  rules: ownRecord(z.string(), z.unknown()).optional(),
});

function optionDiagnostics(raw: unknown): Diagnostic[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return [
      diagnostic(
        "report/invalid-option",
        "error",
        ["opts"],
        `Report options must be an object such as { generatedAt: "2026-04-01T09:00:00Z" }, but they are ${describeValue(raw)}.`,
        "Pass one options object with at least generatedAt.",
      ),
    ];
  }
  const input = raw as Record<string, unknown>;
  const parsed = ReportOptionsSchema.safeParse(input);
  if (parsed.success) return [];
  const out: Diagnostic[] = [];
  const known = Object.keys(ReportOptionsSchema.shape).join(", ");
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push(
          diagnostic(
            "report/unknown-option",
            "error",
            ["opts", key],
            `"${key}" is not a report option.`,
            `Report options are: ${known}.`,
          ),
        );
      }
      continue;
    }
    const key = String(issue.path[0] ?? "");
    const value = input[key];
    if (key === "generatedAt") {
      out.push(
        value === undefined
          ? diagnostic(
              "report/missing-option",
              "error",
              ["opts", "generatedAt"],
              "generatedAt is missing: reports never read the clock, so the caller says when the report was made.",
              'Pass an ISO timestamp such as "2026-04-01T09:00:00Z".',
            )
          : diagnostic(
              "report/invalid-generated-at",
              "error",
              ["opts", "generatedAt"],
              `generatedAt is ${describeValue(value)}, not an ISO timestamp.`,
              'Use a date and time such as "2026-04-01T09:00:00Z".',
            ),
      );
      continue;
    }
    const expected: Record<string, string> = {
      project: "a project id",
      serviceChange: "a service change id",
      period: 'a period label such as "2025-26"',
      form: '"short" or "long"',
      disclosure: "the id of a disclosure control preset",
      includeIdentifiers: "true or false",
      asOf: 'an ISO date such as "2026-03-31"',
      contributor: "a contributor id",
      activity: "an activity id",
      style: '"plain" or "easy-read"',
      contact: "a line of text of at most 500 characters",
      pointSize: "a size in points from 8 to 72",
      maxSentenceWords: "a whole number of words from 5 to 40",
      pictures:
        "pictures by id, each { alt, src } with a text alternative and a base64 data: image address",
    };
    out.push(
      diagnostic(
        "report/invalid-option",
        "error",
        ["opts", key],
        `The report option ${key} is ${describeValue(value)}, not ${expected[key] ?? "a valid value"}.`,
      ),
    );
  }
  return out;
}

/**
 * Build the privacy filter for report text: every contributor's name, email, phone number and
 * address is replaced by `[identifier removed]`. Text is normalised first, so that neither
 * case, spacing, look-alike letters (Cyrillic, Greek, full-width), invisible characters,
 * accents, `%40`-escapes nor a right-to-left override hide an identifier; names and addresses
 * match as whole words, phone numbers by their digits (see `docs/reports.md`, "Identifiers").
 *
 * @param dataset - the dataset whose contributors' identifiers are removed
 * @returns a function from text to text with identifiers removed
 * @example
 * ```ts
 * const clean = identifierFilter(demoDataset);
 * clean("Thanks to alex  EXAMPLE for the idea"); // "Thanks to [identifier removed] for the idea"
 * ```
 * @category Reports
 */
export function identifierFilter(dataset: Dataset): (s: string) => string {
  const matcher = contributorIdentifiers(dataset);
  if (matcher === undefined) return (s) => s;
  const cache = new Map<string, string>();
  return (s: string): string => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const out = removeIdentifiers(matcher, s);
    cache.set(s, out);
    return out;
  };
}

/**
 * The as-of date of a report, worked out on first use only: it scans every dated record unless
 * the caller gave it, and a report for a given period may never need it.
 */
function lazyAsOf(dataset: Dataset, given: string | undefined): () => string {
  let value: string | undefined;
  return () => {
    value ??= asOfDate(dataset, given);
    return value;
  };
}

/** The GRIPP2 form: the one asked for, else the project's own reporting choice, else short. */
function gripp2Form(asked: string | undefined, project: Project | undefined): "short" | "long" {
  if (asked === "short" || asked === "long") return asked;
  return project?.reporting === "gripp2-long" ? "long" : "short";
}

/**
 * The project named by the `project` option, or a diagnostic: an id not in the dataset, or no
 * project for a kind that needs one.
 */
function lookUpProject(
  dataset: Dataset,
  kind: ReportKind | undefined,
  o: Record<string, unknown>,
  diags: Diagnostic[],
): Project | undefined {
  const projectId = typeof o.project === "string" ? o.project : undefined;
  if (projectId !== undefined) {
    const project = dataset.projects.find((p) => p.id === projectId);
    if (!project) {
      const ids = dataset.projects.map((p) => p.id);
      diags.push(
        diagnostic(
          "report/unknown-project",
          "error",
          ["opts", "project"],
          `There is no project with id ${describeValue(projectId)} in the dataset.`,
          ids.length === 0
            ? "The dataset has no projects."
            : `Project ids in the dataset: ${ids.slice(0, 12).join(", ")}${ids.length > 12 ? ", …" : ""}.`,
        ),
      );
    }
    return project;
  }
  if (kind !== undefined && NEEDS_PROJECT.includes(kind) && o.project === undefined) {
    diags.push(
      diagnostic(
        "report/missing-option",
        "error",
        ["opts", "project"],
        `A ${kind} report is about one project, but no project was given.`,
        `Pass { project: "<project id>" }${dataset.projects[0] ? `, e.g. "${dataset.projects[0].id}"` : ""}.`,
      ),
    );
  }
  return undefined;
}

/** The service change named by the `serviceChange` option, or a diagnostic for an unknown id. */
function lookUpServiceChange(
  dataset: Dataset,
  id: string | undefined,
  diags: Diagnostic[],
): ServiceChange | undefined {
  if (id === undefined) return undefined;
  const found = dataset.serviceChanges.find((s) => s.id === id);
  if (found === undefined) {
    const ids = dataset.serviceChanges.map((s) => s.id);
    diags.push(
      diagnostic(
        "report/unknown-service-change",
        "error",
        ["opts", "serviceChange"],
        `There is no service change with id ${describeValue(id)} in the dataset.`,
        ids.length === 0
          ? "The dataset has no service changes."
          : `Service change ids in the dataset: ${ids.slice(0, 12).join(", ")}${ids.length > 12 ? ", …" : ""}.`,
      ),
    );
  }
  return found;
}

/**
 * Check report options against the schema and the dataset, and resolve them into a
 * {@link ReportContext}. Never throws: an unknown or missing option is a diagnostic.
 *
 * Codes: `report/unknown-kind`, `report/unknown-option`, `report/invalid-option`,
 * `report/missing-option`, `report/unknown-project`, `report/unknown-service-change`,
 * `report/invalid-period`, `report/invalid-generated-at` (errors) and `report/ignored-option`
 * (info: an option the kind does not use).
 *
 * @param kind - the report kind (checked)
 * @param dataset - the dataset the report is built from
 * @param opts - the options as given (checked)
 * @returns the context, or the diagnostics that explain why there is none
 * @example
 * ```ts
 * const r = resolveReportOptions("strategy", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.period?.label; // "2025-26"
 * ```
 * @category Reports
 */
export function resolveReportOptions(
  kind: unknown,
  dataset: Dataset,
  opts: unknown,
): Result<ReportContext> {
  const diags: Diagnostic[] = [];
  const knownKind = typeof kind === "string" && (REPORT_KINDS as readonly string[]).includes(kind);
  if (!knownKind) {
    diags.push(
      diagnostic(
        "report/unknown-kind",
        "error",
        ["kind"],
        `There is no report kind ${describeValue(kind)}.`,
        `Report kinds are: ${REPORT_KINDS.join(", ")}.`,
      ),
    );
  }
  // Own properties only: an option inherited from a prototype (or a polluted Object.prototype)
  // is neither checked nor used.
  const own: unknown = ownOptions(opts);
  diags.push(...optionDiagnostics(own));
  const o = (typeof own === "object" && own !== null ? own : {}) as Record<string, unknown>;
  const str = (k: string): string | undefined =>
    typeof o[k] === "string" ? (o[k] as string) : undefined;

  const disclosureRaw = str("disclosure");
  if (
    disclosureRaw !== undefined &&
    !(policyPresetIds as readonly string[]).includes(disclosureRaw)
  ) {
    diags.push(
      diagnostic(
        "report/invalid-option",
        "error",
        ["opts", "disclosure"],
        `There is no disclosure control preset ${describeValue(disclosureRaw)}.`,
        `Presets are: ${policyPresetIds.join(", ")}.`,
      ),
    );
  }

  const project = lookUpProject(dataset, knownKind ? (kind as ReportKind) : undefined, o, diags);
  const serviceChange = lookUpServiceChange(dataset, str("serviceChange"), diags);

  const periodLabel = str("period");
  let period: (Period & { label: string }) | undefined;
  if (periodLabel !== undefined) {
    const p = parsePeriod(periodLabel);
    if (p) period = { ...p, label: periodLabel.trim() };
    else
      diags.push(
        diagnostic(
          "report/invalid-period",
          "error",
          ["opts", "period"],
          `${describeValue(periodLabel)} is not a period ppie can read.`,
          'Use a financial year ("2025-26"), a quarter ("2025-26-Q1"), a calendar year ("2025") or a range ("2025-01-01..2025-06-30").',
        ),
      );
  }

  if (knownKind) {
    const allowed = KIND_OPTIONS[kind as ReportKind];
    for (const key of Object.keys(ReportOptionsSchema.shape) as (keyof ReportOptions)[]) {
      if (o[key] !== undefined && !allowed.includes(key)) {
        diags.push(
          diagnostic(
            "report/ignored-option",
            "info",
            ["opts", key],
            `The ${key} option does not apply to a ${String(kind)} report and was ignored.`,
          ),
        );
      }
    }
  }

  if (hasErrors(diags) || !knownKind) return { ok: false, diagnostics: diags };
  const k = kind as ReportKind;
  const generatedAt = o.generatedAt as string;

  const periodGiven = period !== undefined && KIND_OPTIONS[k].includes("period");
  if (!periodGiven) period = undefined;
  const givenAsOf = str("asOf");
  const asOfGiven = givenAsOf !== undefined && isIsoDate(givenAsOf) ? givenAsOf : undefined;
  const resolveAsOf = lazyAsOf(dataset, asOfGiven);
  if (period === undefined && !NO_PERIOD.includes(k)) {
    const d = defaultPeriodOf(dataset, asOfGiven, ["opts", "period"]);
    if (!d.ok) return { ok: false, diagnostics: [...diags, ...d.diagnostics] };
    period = d.value;
  }
  const form = gripp2Form(str("form"), project);
  const includeIdentifiers = o.includeIdentifiers === true;
  const filter = identifierFilter(dataset);
  const letter: LetterContext =
    k === "contributor-feedback" ? resolveLetterOptions(dataset, o, diags) : NO_LETTER;
  if (hasErrors(diags)) return { ok: false, diagnostics: diags };
  return {
    ok: true,
    value: {
      kind: k,
      project,
      serviceChange: KIND_OPTIONS[k].includes("serviceChange") ? serviceChange : undefined,
      period,
      periodGiven,
      form,
      generatedAt,
      get asOf() {
        return resolveAsOf();
      },
      disclosure: (disclosureRaw as PolicyPresetId | undefined) ?? DEFAULT_REPORT_DISCLOSURE,
      includeIdentifiers,
      letter,
      ...(KIND_OPTIONS[k].includes("rules") && o.rules !== undefined
        ? { rules: o.rules as RuleSettings }
        : {}),
      // a letter is always filtered: opting in only lets it name its own reader
      text: includeIdentifiers && k !== "contributor-feedback" ? (s) => s : filter,
    },
    diagnostics: diags,
  };
}

/**
 * How a contributor appears in a report: by pseudonymous id, or (only when the caller opted in
 * with `includeIdentifiers`) by name with the id.
 *
 * @param dataset - the dataset holding the contributor
 * @param contributorId - the contributor's id
 * @param ctx - the report context
 * @returns e.g. `"c-0012"`, or `"Alex Example (c-0012)"` with identifiers opted in
 * @example
 * ```ts
 * contributorLabel(demoDataset, "c-0001", { includeIdentifiers: false }); // "c-0001"
 * contributorLabel(demoDataset, "c-0001", { includeIdentifiers: true }).endsWith("(c-0001)"); // true
 * ```
 * @category Reports
 */
export function contributorLabel(
  dataset: Dataset,
  contributorId: string,
  ctx: Pick<ReportContext, "includeIdentifiers">,
): string {
  if (ownProperty(ctx, "includeIdentifiers") !== true) return contributorId;
  const name = facts(dataset).contributors.get(contributorId)?.record.identifiers?.name;
  return name === undefined ? contributorId : `${name} (${contributorId})`;
}
