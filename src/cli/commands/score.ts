import type { ReferenceDimension, ReferenceGeography } from "../../frameworks/census.js";
import { REFERENCE_TABLES, referenceTableInForce } from "../../frameworks/census.js";
import type { Contributor } from "../../model/contributor.js";
import type { Dataset } from "../../model/dataset.js";
import type {
  CoproductionAssessment,
  Feedback,
  StandardsAssessment,
} from "../../model/feedback.js";
import type { Period } from "../../model/period.js";
import { financialYearOf, inPeriod, parsePeriod } from "../../model/period.js";
import { diagnostic } from "../../result.js";
import { coproduction } from "../../scores/coproduction.js";
import { fft } from "../../scores/fft.js";
import { gripp2Completeness } from "../../scores/gripp2-completeness.js";
import { impact } from "../../scores/impact.js";
import { involvementDepth } from "../../scores/involvement-depth.js";
import { payments } from "../../scores/payments.js";
import type { Peirs22Answer } from "../../scores/peirs22.js";
import { peirs22, peirs22Summary } from "../../scores/peirs22.js";
import { ppeet } from "../../scores/ppeet.js";
import { readability } from "../../scores/readability.js";
import { representation } from "../../scores/representation.js";
import type { Score } from "../../scores/score.js";
import { standards } from "../../scores/standards.js";
import { strategy } from "../../scores/strategy.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption, styles } from "../context.js";
import { countSeverities, formatCliDiagnostics } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import { datasetFrom } from "../source.js";

interface ScoreInput {
  dataset: Dataset;
  period: string | undefined;
  project: string | undefined;
  text: string | undefined;
  form: "short" | "long" | undefined;
  dimension: string;
  geography: ReferenceGeography | undefined;
  group: string | undefined;
  today: string;
}

interface Measure {
  name: string;
  summary: string;
  needs?: "period" | "project" | "text-or-project";
  compute: (input: ScoreInput) => Score<unknown>;
}

/** The financial year a measure defaults to: the one holding the latest date in the data. */
function defaultPeriod(input: ScoreInput): string {
  let latest = "";
  for (const a of input.dataset.activities) if (a.startDate > latest) latest = a.startDate;
  for (const p of input.dataset.payments)
    if ((p.paidDate ?? "") > latest) latest = p.paidDate ?? "";
  return financialYearOf(latest === "" ? input.today : latest);
}

function periodOf(input: ScoreInput): Period | undefined {
  return input.period === undefined ? undefined : parsePeriod(input.period);
}

function feedbackOf<K extends Feedback["kind"]>(
  input: ScoreInput,
  kind: K,
): Extract<Feedback, { kind: K }>[] {
  const p = periodOf(input);
  return input.dataset.feedback.filter(
    (f): f is Extract<Feedback, { kind: K }> =>
      f.kind === kind &&
      (input.project === undefined || f.projectId === input.project) &&
      (p === undefined || inPeriod(f.date, p)),
  );
}

function needProject(input: ScoreInput, measure: string): string {
  if (input.project !== undefined) return input.project;
  const first = input.dataset.projects[0]?.id;
  throw new UsageError(
    `The ${measure} measure is about one project: name it with --project.`,
    first ? `For example: --project ${first}` : "The dataset has no projects.",
  );
}

const DIMENSIONS: Readonly<
  Record<string, { dimension: ReferenceDimension; of: (c: Contributor) => string | undefined }>
> = {
  "ethnic-group": { dimension: "ethnic-group", of: (c) => c.demographics?.ethnicGroup },
  sex: { dimension: "sex", of: (c) => c.demographics?.sex },
  disability: { dimension: "disability", of: (c) => c.demographics?.disability },
  "imd-decile": {
    dimension: "imd-decile",
    of: (c) =>
      typeof c.demographics?.imdDecile === "number"
        ? `decile-${c.demographics.imdDecile}`
        : undefined,
  },
};

function consented(c: Contributor, date: string): boolean {
  const k = c.consent.demographics;
  return k?.given === true && k.date <= date && (k.withdrawn === undefined || k.withdrawn > date);
}

function representationScore(input: ScoreInput): Score<unknown> {
  const dim = DIMENSIONS[input.dimension];
  if (!dim) {
    throw new UsageError(
      `--dimension must be one of ${Object.keys(DIMENSIONS).join(", ")}, not "${input.dimension}".`,
    );
  }
  const p = periodOf(input);
  const date = p?.end ?? input.today;
  const table = referenceTableInForce(
    REFERENCE_TABLES,
    dim.dimension,
    date,
    input.geography ?? "england",
  );
  const ds = input.dataset;
  let people = ds.contributors;
  if (input.group !== undefined) {
    const g = ds.groups.find((x) => x.id === input.group);
    if (!g)
      throw new UsageError(
        `There is no group "${input.group}" in the dataset.`,
        `Groups: ${ds.groups.map((x) => x.id).join(", ")}.`,
      );
    const members = new Set(
      g.memberships
        .filter((m) => m.from <= date && (m.to === undefined || m.to >= date))
        .map((m) => m.contributorId),
    );
    people = people.filter((c) => members.has(c.id));
  } else if (input.project !== undefined) {
    const ids = new Set<string>();
    for (const a of ds.activities) {
      if (a.projectId !== input.project || (p && !inPeriod(a.startDate, p))) continue;
      for (const x of a.contributors) ids.add(x.contributorId);
    }
    people = people.filter((c) => ids.has(c.id));
  }
  const counts: Record<string, number> = {};
  for (const c of people) {
    if (!consented(c, date)) continue;
    const v = dim.of(c);
    if (v === undefined || v === "prefer-not-to-say") continue;
    counts[v] = (counts[v] ?? 0) + 1;
  }
  if (!table) {
    return {
      id: "representation",
      value: null,
      unit: "proportion",
      components: { counts },
      explanation: `No ${input.dimension} reference table is in force on ${date}.`,
      source: "metrics.md §6",
      diagnostics: [
        diagnostic(
          "representation/no-reference",
          "error",
          ["dimension"],
          `ppie has no ${input.dimension} reference table for ${input.geography ?? "england"} in force on ${date}.`,
          "Try --geography england-and-wales, or compare with your own reference in code.",
        ),
      ],
    };
  }
  const shares: Record<string, number> = {};
  const collapse: Record<string, string> = {};
  for (const c of table.categories) {
    const id = c.id.startsWith("disabled-") ? "disabled" : c.id;
    if (id !== c.id) collapse[c.id] = id;
    shares[c.id] = c.share;
  }
  for (const k of Object.keys(shares))
    if (!(k in collapse) && counts[k] === undefined) counts[k] = 0;
  const s = representation(counts, shares, { collapse });
  return {
    ...s,
    explanation: `${people.length} contributor(s) considered; those who consented to share their ${input.dimension} are compared with ${table.id} (${table.source}). ${s.explanation}`,
  };
}

const MEASURES: readonly Measure[] = [
  {
    name: "fft",
    summary:
      "Friends and Family Test: % positive over the dataset's FFT counts (--period, --project narrow it).",
    compute: (input) => {
      const sum = { veryGood: 0, good: 0, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 };
      for (const f of feedbackOf(input, "fft")) {
        for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += f.counts[k];
      }
      return fft(sum);
    },
  },
  {
    name: "peirs22",
    summary: "PEIRS-22: summary of every respondent's score (--period, --project narrow it).",
    compute: (input) => {
      const scores = feedbackOf(input, "peirs22").map(
        (f) => peirs22(f.answers as readonly Peirs22Answer[]).value,
      );
      return peirs22Summary(scores);
    },
  },
  {
    name: "ppeet",
    summary: "PPEET: item summaries of the dataset's PPEET responses, using its own ppeetItems.",
    compute: (input) =>
      ppeet(
        feedbackOf(input, "ppeet").map((f) => f.responses),
        input.dataset.ppeetItems,
      ),
  },
  {
    name: "readability",
    summary: "Readability of a plain English summary: --project <id> for its summary, or --text.",
    needs: "text-or-project",
    compute: (input) => {
      if (input.text !== undefined) return readability(input.text);
      const id = needProject(input, "readability");
      const project = input.dataset.projects.find((p) => p.id === id);
      if (!project) throw new UsageError(`There is no project "${id}" in the dataset.`);
      if (project.plainEnglishSummary === undefined) {
        throw new UsageError(
          `Project "${id}" has no plainEnglishSummary to score.`,
          "Pass the text with --text instead.",
        );
      }
      return readability(project.plainEnglishSummary);
    },
  },
  {
    name: "representation",
    summary:
      "Contributors' consented demographics against census shares (--dimension, --group or --project).",
    compute: representationScore,
  },
  {
    name: "gripp2-completeness",
    summary: "Share of GRIPP2 items the data can report for a project (--project, --form).",
    needs: "project",
    compute: (input) => {
      const id = needProject(input, "gripp2-completeness");
      const project = input.dataset.projects.find((p) => p.id === id);
      const form = input.form ?? (project?.reporting === "gripp2-long" ? "long" : "short");
      return gripp2Completeness(id, input.dataset, form);
    },
  },
  {
    name: "involvement-depth",
    summary:
      "How deep and how wide a project's involvement was across the research cycle (--project).",
    needs: "project",
    compute: (input) =>
      involvementDepth(
        needProject(input, "involvement-depth"),
        input.dataset,
        input.period === undefined ? {} : { period: input.period },
      ),
  },
  {
    name: "coproduction",
    summary: "Co-production self-assessments: staff and public ratings of each principle.",
    compute: (input) =>
      coproduction(
        input.dataset.feedback.filter(
          (f): f is CoproductionAssessment => f.kind === "coproduction",
        ),
        {
          ...(input.period === undefined ? {} : { period: input.period }),
          ...(input.project === undefined ? {} : { projectId: input.project }),
        },
      ),
  },
  {
    name: "standards",
    summary: "UK Standards for Public Involvement self-assessments, standard by standard.",
    compute: (input) => standards(feedbackOf(input, "standards") as StandardsAssessment[]),
  },
  {
    name: "payments",
    summary: "Payments in a period: offered, paid on time, and what involvement cost (--period).",
    needs: "period",
    compute: (input) => payments(input.dataset, input.period ?? defaultPeriod(input)),
  },
  {
    name: "strategy",
    summary: "The PPIE strategy scorecard: metrics against their targets (--period).",
    needs: "period",
    compute: (input) => strategy(input.dataset, input.period ?? defaultPeriod(input)),
  },
  {
    name: "impact",
    summary: '"You said, we did": impact records and how often the loop was closed (--period).',
    needs: "period",
    compute: (input) => impact(input.dataset, input.period ?? defaultPeriod(input)),
  },
];

function findMeasure(name: string): Measure | undefined {
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return MEASURES.find((m) => m.name === name || m.name === kebab);
}

function formatValue(score: Score<unknown>): string {
  if (score.value === null) return "no value";
  // Round once, from the unrounded value (rounding twice can move the last digit).
  if (score.unit === "percent") return `${Number(score.value.toFixed(2))}%`;
  const v = Number(score.value.toFixed(score.unit === "count" || score.unit === "pence" ? 0 : 4));
  if (score.unit === "pence") {
    return `£${(v / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  return `${v} ${score.unit}`;
}

/**
 * `ppie score <measure> [file]`: compute one measure over a dataset (or the demo) and print
 * it with its explanation.
 *
 * @category CLI
 */
export const scoreCommand: CommandSpec = {
  name: "score",
  summary: "Compute one measure and explain how it was reached.",
  usage: "ppie score <measure> [file-or-folder] [options]",
  description: [
    "Computes one measure over a dataset (or the embedded demo dataset when no file is named)",
    "and prints the value, the figures it was built from in plain English, and its source.",
    "Measures over a period (payments, strategy, impact) default to the latest financial year",
    "in the data. Exit code 1 when the measure could not be computed because of errors.",
    "",
    "Measures:",
    ...MEASURES.map((m) => `  ${m.name.padEnd(21)}${m.summary}`),
  ].join("\n"),
  options: {
    period: {
      type: "string",
      value: "<label>",
      description: 'Period, e.g. "2025-26", "2025-26-Q1", "2025".',
    },
    project: { type: "string", value: "<id>", description: "Project id." },
    form: {
      type: "string",
      value: "<short|long>",
      description: "GRIPP2 form (gripp2-completeness).",
    },
    text: { type: "string", value: "<text>", description: "Text to score (readability)." },
    dimension: {
      type: "string",
      value: "<name>",
      description: "ethnic-group (default), sex, disability or imd-decile (representation).",
    },
    geography: {
      type: "string",
      value: "<area>",
      description: "england (default) or england-and-wales (representation).",
    },
    group: {
      type: "string",
      value: "<id>",
      description: "Compare one group's members (representation).",
    },
    format: { type: "string", value: "<text|json>", description: "Output format (default text)." },
  },
  examples: [
    ["ppie score payments --period 2025-26", "Payments in 2025-26 for the demo dataset."],
    ["ppie score fft data/", "FFT % positive over a CSV folder's FFT counts."],
    [
      "ppie score representation data/ --group g-panel --dimension ethnic-group",
      "A panel against census shares.",
    ],
    ['ppie score readability --text "We want to find out..."', "Readability of a summary."],
    ["ppie score gripp2-completeness --project p-001 --format json", "The full score object."],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    const [name, file, extra] = args.positionals;
    if (name === undefined) {
      throw new UsageError(
        "Name the measure to compute.",
        `Measures: ${MEASURES.map((m) => m.name).join(", ")}.`,
      );
    }
    const measure = findMeasure(name);
    if (!measure)
      throw new UsageError(
        `"${name}" is not a measure ppie computes.`,
        `Measures: ${MEASURES.map((m) => m.name).join(", ")}.`,
      );
    if (extra !== undefined)
      throw new UsageError(`Unexpected argument "${extra}": give one dataset.`);
    const format = stringOption(args, "format") ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`--format must be text or json, not "${format}".`);
    const form = stringOption(args, "form");
    if (form !== undefined && form !== "short" && form !== "long")
      throw new UsageError(`--form must be short or long, not "${form}".`);
    const geography = stringOption(args, "geography");
    if (geography !== undefined && geography !== "england" && geography !== "england-and-wales") {
      throw new UsageError(`--geography must be england or england-and-wales, not "${geography}".`);
    }
    const period = stringOption(args, "period");
    if (period !== undefined && parsePeriod(period) === undefined) {
      throw new UsageError(
        `"${period}" is not a period ppie can read.`,
        'Use a financial year ("2025-26"), a quarter ("2025-26-Q1"), a calendar year ("2025") or a range ("2025-01-01..2025-06-30").',
      );
    }
    const src = await datasetFrom(ctx, file);
    if (!src.ok) return 1;
    const input: ScoreInput = {
      dataset: src.dataset,
      period,
      project: stringOption(args, "project"),
      text: stringOption(args, "text"),
      form,
      dimension: stringOption(args, "dimension") ?? "ethnic-group",
      geography,
      group: stringOption(args, "group"),
      today: ctx.now().toISOString().slice(0, 10),
    };
    const usedPeriod =
      measure.needs === "period" && period === undefined ? defaultPeriod(input) : period;
    const score = measure.compute({ ...input, period: usedPeriod });
    const counts = countSeverities(score.diagnostics);
    if (format === "json") {
      ctx.io.stdout(`${JSON.stringify(score, null, 2)}\n`);
      return counts.error > 0 ? 1 : 0;
    }
    const s = styles(ctx.color);
    const fy = usedPeriod !== undefined && parsePeriod(usedPeriod) ? ` (${usedPeriod})` : "";
    const lines = [
      `${s.bold(`${measure.name}${fy}`)}: ${s.cyan(formatValue(score))}${score.band ? ` (${score.band})` : ""}`,
    ];
    if (score.range) lines.push(s.dim(`Range ${score.range[0]} to ${score.range[1]}.`));
    if (measure.needs === "period" && period === undefined) {
      lines.push(
        s.dim(
          `Period ${usedPeriod} is the latest financial year in the data; choose another with --period.`,
        ),
      );
    }
    lines.push(
      "",
      score.explanation,
      "",
      s.dim(`Source: ${score.source}`),
      s.dim(`Data: ${src.label}`),
    );
    ctx.io.stdout(`${lines.join("\n")}\n`);
    if (score.diagnostics.length > 0 && !(ctx.quiet && counts.error === 0)) {
      const text = formatCliDiagnostics(
        ctx.quiet ? score.diagnostics.filter((d) => d.severity === "error") : score.diagnostics,
        ctx.color,
      );
      ctx.io.stdout(`\n${text.endsWith("\n") ? text : `${text}\n`}`);
    }
    return counts.error > 0 ? 1 : 0;
  },
};

/**
 * The measures `ppie score` computes, by name.
 *
 * @returns measure names
 * @example
 * ```ts
 * scoreMeasureNames().includes("fft"); // true
 * ```
 * @category CLI
 */
export function scoreMeasureNames(): string[] {
  return MEASURES.map((m) => m.name);
}
