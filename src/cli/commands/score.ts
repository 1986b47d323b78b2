import { defaultPeriod } from "../../derive/period.js";
import type { Dataset } from "../../model/dataset.js";
import type { MeasureId } from "../../scores/registry.js";
import { MEASURE_IDS, measureSummary, scoreDataset } from "../../scores/registry.js";
import type { Score } from "../../scores/score.js";
import { formatScoreValue } from "../../reports/format.js";
import type { Sources } from "../../source.js";
import { formatSource, isDesignChoice } from "../../source.js";
import { AS_OF_OPTION, asOfOption } from "../as-of.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption, styles } from "../context.js";
import { countSeverities, formatCliDiagnostics } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import type { PpieConfig } from "../config.js";
import { CONFIG_OPTIONS, loadConfig } from "../config.js";
import { oneInput, STDIN_FORMAT_OPTION, stdinFormatOption } from "../inputs.js";
import { datasetFrom, ENCODING_OPTION } from "../source.js";
import { escapeControls } from "../terminal.js";

/** CLI option name to the measure option it sets (every measure option the CLI can give). */
const OPTION_NAMES: readonly (readonly [cli: string, option: string])[] = [
  ["period", "period"],
  ["project", "project"],
  ["form", "form"],
  ["text", "text"],
  ["dimension", "dimension"],
  ["geography", "geography"],
  ["group", "group"],
  ["organisation", "organisation"],
  ["disclosure", "disclosure"],
  ["as-of", "asOf"],
];

/** The settings of ppie.config.json a measure may take (period, disclosure, geography) that no flag set. */
function configOptions(config: PpieConfig, flags: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["period", "disclosure", "geography"] as const) {
    const v = config[key];
    if (v !== undefined && flags[key] === undefined) out[key] = v;
  }
  return out;
}

/**
 * Score with the flags and the config's settings; a config setting the measure does not take
 * (the geography of a measure that is not representation) is left out, as if not given.
 */
function scoreWithConfig(
  measure: MeasureId,
  dataset: Dataset,
  flags: Record<string, string>,
  fromConfig: Record<string, string>,
): ReturnType<typeof scoreDataset> {
  const first = scoreDataset(measure, dataset, { ...fromConfig, ...flags });
  if (first.ok) return first;
  const unused = first.diagnostics
    .filter((d) => d.code === "score/unknown-option" && typeof d.path[1] === "string")
    .map((d) => d.path[1] as string)
    .filter((k) => k in fromConfig);
  if (unused.length === 0) return first;
  const kept = Object.fromEntries(Object.entries(fromConfig).filter(([k]) => !unused.includes(k)));
  return scoreDataset(measure, dataset, { ...kept, ...flags });
}

function findMeasure(name: string): MeasureId | undefined {
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return MEASURE_IDS.find((m) => m === name || m === kebab);
}

/**
 * The lines that say where a score comes from: each source as a full reference a reader can
 * open (authors, title, publisher, year, the part relied on, its DOI or web address, and "(not
 * yet verified)" where that applies, followed by what is not yet confirmed), or the ppie design
 * choice and the page that explains it. One source prints on a "Source:" line; several print
 * one per line under "Sources:".
 *
 * @param sources - the score's sources, most important first
 * @returns the lines to print
 * @example
 * ```ts
 * sourceLines([{ id: "p", title: "T", publisher: "P", year: 2017, doi: "10.1136/bmj.j3453", verified: true }]);
 * // ["Source: T. P, 2017. https://doi.org/10.1136/bmj.j3453"]
 * ```
 * @category CLI
 */
export function sourceLines(sources: Sources): string[] {
  const one = sources.length === 1;
  const lines = one ? [] : ["Sources:"];
  for (const source of sources) {
    lines.push(`${one ? "Source: " : "  - "}${escapeControls(formatSource(source))}`);
    const unconfirmed = !isDesignChoice(source) && !source.verified ? source.note : undefined;
    if (unconfirmed !== undefined)
      lines.push(`${one ? "  " : "    "}${escapeControls(unconfirmed)}`);
  }
  return lines;
}

function takesPeriod(score: Score): boolean {
  const c = score.components as { period?: unknown } | null;
  return typeof c === "object" && c !== null && "period" in c;
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
    "and prints the value, the figures it was built from in plain English, and its sources",
    "(each a full reference with its DOI or web address, or the ppie design choice and the page",
    "of ppie's documentation that explains it).",
    "Measures over a period default to the latest complete financial year in the data (see",
    "docs/definitions.md), the same period a report takes; the value is the one the matching",
    "report shows for the same data and options. --as-of sets the day taken as today, which",
    "decides that default (by default the latest date recorded in the data). Exit code 1 when",
    "the measure could not be computed because of errors in the data, 2 for an option the",
    "measure does not take.",
    "",
    "Measures:",
    ...MEASURE_IDS.map((m) => `  ${m.padEnd(21)}${measureSummary(m)}`),
  ].join("\n"),
  options: {
    ...ENCODING_OPTION,
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
      description: "ethnic-group (default), sex, age, disability or imd-decile (representation).",
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
    organisation: {
      type: "string",
      value: "<id>",
      description: "Only this organisation's named seldom-heard groups (seldom-heard-reach).",
    },
    disclosure: {
      type: "string",
      value: "<preset>",
      description:
        "Disclosure control preset: tre-10 (default), ukhsa-5, hes-2018 or fft (representation).",
    },
    "as-of": AS_OF_OPTION,
    format: { type: "string", value: "<text|json>", description: "Output format (default text)." },
    "stdin-format": STDIN_FORMAT_OPTION,
    ...CONFIG_OPTIONS,
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
    const [name, named, extra] = args.positionals;
    if (name === undefined) {
      throw new UsageError("Name the measure to compute.", `Measures: ${MEASURE_IDS.join(", ")}.`);
    }
    const measure = findMeasure(name);
    if (!measure)
      throw new UsageError(
        `"${name}" is not a measure ppie computes.`,
        `Measures: ${MEASURE_IDS.join(", ")}.`,
      );
    if (extra !== undefined)
      throw new UsageError(`Unexpected argument "${extra}": give one dataset.`);
    const format = stringOption(args, "format") ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`--format must be text or json, not "${format}".`);
    const asOf = asOfOption(args);
    const options: Record<string, string> = {};
    for (const [cli, option] of OPTION_NAMES) {
      const v = cli === "as-of" ? asOf : stringOption(args, cli);
      if (v !== undefined) options[option] = v;
    }
    const stdinFormat = stdinFormatOption(args);
    const { config, file: configFile } = await loadConfig(ctx, args);
    const fromConfig = configOptions(config, options);
    const src = await datasetFrom(ctx, await oneInput(ctx, named), stdinFormat);
    if (!src.ok) return 1;
    const result = scoreWithConfig(measure, src.value.dataset, options, fromConfig);
    if (!result.ok) {
      const usage = result.diagnostics.find((d) => d.code.startsWith("score/"));
      if (usage !== undefined) {
        const flag = (d: string): string => OPTION_NAMES.find(([, o]) => o === d)?.[0] ?? d;
        const opt = typeof usage.path[1] === "string" ? flag(usage.path[1]) : undefined;
        throw new UsageError(
          opt === undefined
            ? usage.message
            : usage.message
                .replace(`option ${usage.path[1]}`, `option --${opt}`)
                .replace(`"${usage.path[1]}"`, `--${opt}`),
          usage.hint,
        );
      }
      ctx.io.stderr(formatCliDiagnostics(result.diagnostics, ctx.colorErr));
      return 1;
    }
    const score = result.value;
    const counts = countSeverities(score.diagnostics);
    if (format === "json") {
      ctx.io.stdout(`${JSON.stringify(score, null, 2)}\n`);
      return counts.error > 0 ? 1 : 0;
    }
    const s = styles(ctx.color);
    const period = (score.components as { period?: { label?: string } | null }).period;
    const label = takesPeriod(score) && period?.label !== undefined ? ` (${period.label})` : "";
    const lines = [
      `${s.bold(`${measure}${escapeControls(label)}`)}: ${s.cyan(formatScoreValue(score))}${score.band ? ` (${escapeControls(score.band)})` : ""}`,
    ];
    if (score.range) lines.push(s.dim(`Range ${score.range[0]} to ${score.range[1]}.`));
    const d =
      takesPeriod(score) && options.period === undefined && fromConfig.period === undefined
        ? defaultPeriod(src.value.dataset, asOf)
        : undefined;
    if (takesPeriod(score) && options.period === undefined && fromConfig.period !== undefined)
      lines.push(
        s.dim(
          `Period ${escapeControls(fromConfig.period)} is set in ${escapeControls(configFile ?? "")}; choose another with --period.`,
        ),
      );
    if (d !== undefined) {
      lines.push(
        s.dim(
          `Period ${d.label} is the latest complete financial year in the data${asOf === undefined ? "" : ` as of ${asOf}`}; choose another with --period.`,
        ),
      );
    }
    lines.push(
      "",
      escapeControls(score.explanation),
      "",
      ...sourceLines(score.source).map((l) => s.dim(l)),
      s.dim(`Data: ${escapeControls(src.value.label)}`),
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
  return [...MEASURE_IDS];
}
