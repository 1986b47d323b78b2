/**
 * The catalogue of every diagnostic code ppie declares: the parse codes, the built-in rules,
 * `checkDataset`'s own codes and the tables that the measures, `scoreDataset`, `buildReport`,
 * the frameworks registry and the CLI keep beside the code that raises them. It writes
 * docs/diagnostics.md (`npm run docs:diagnostics`), gives `ppie validate --reporter sarif` its
 * rules ({@link validateCatalogue}), and the tests check every declaration and every code
 * emitted against it.
 *
 * Internal: no public entry reaches this module (it reads the CLI's tables, which live beside
 * Node-only code); the build bundles it into the CLI (tsup.config.ts).
 *
 * @module
 */
import { CONFIG_CODES } from "./cli/config-codes.js";
import { FOLDER_CODES } from "./cli/folder-codes.js";
import { PERIOD_CODES } from "./derive/period.js";
import { CSV_CODES } from "./io/csv-codes.js";
import { DECODE_CODES } from "./io/decode.js";
import { DUPLICATE_KEY_CODES } from "./io/duplicate-key.js";
import { JSON_CODES } from "./io/json.js";
import { LIMIT_CODES } from "./io/limits.js";
import { LOAD_CODES } from "./io/load.js";
import { ENCODING_CODES } from "./io/single-byte.js";
import { WORKBOOK_CODES } from "./io/workbook/codes.js";
import { YAML_CODES } from "./io/yaml.js";
import { FRAMEWORK_CODES } from "./frameworks/registry.js";
import { BUILD_REPORT_CODES } from "./reports/index.js";
import { LETTER_CODES } from "./reports/letter-options.js";
import { REPORT_CODES } from "./reports/options.js";
import type { DeclaredCode, Severity } from "./result.js";
import { CHECK_CODES } from "./rules/check.js";
import { diagnosticsMarkdown } from "./rules/docs.js";
import { PARSE_CODES } from "./rules/parse-codes.js";
import { builtinRules } from "./rules/registry.js";
import { AGREEMENT_CODES } from "./scores/agreement.js";
import { COPRODUCTION_CODES } from "./scores/coproduction.js";
import { DISCLOSURE_CODES } from "./scores/disclosure.js";
import { DISCLOSURE_INPUT_CODES } from "./scores/disclosure-input.js";
import { FFT_CODES } from "./scores/fft.js";
import { FFT_TABLE_CODES } from "./scores/fft-table.js";
import { GRIPP2_CODES } from "./scores/gripp2-completeness.js";
import { IMPACT_CODES } from "./scores/impact.js";
import { ENGAGEMENT_CODES } from "./scores/engagement.js";
import { INVOLVEMENT_DEPTH_CODES } from "./scores/involvement-depth.js";
import { PAYMENTS_CODES } from "./scores/payments.js";
import { PEIRS22_CODES } from "./scores/peirs22.js";
import { PPEET_CODES } from "./scores/ppeet.js";
import { READABILITY_CODES } from "./scores/readability.js";
import { SCORE_CODES } from "./scores/registry.js";
import { REPRESENTATION_CODES } from "./scores/representation.js";
import { STANDARDS_CODES } from "./scores/standards.js";
import { SELDOM_HEARD_REACH_CODES } from "./scores/seldom-heard-reach.js";
import { STRATEGY_CODES } from "./scores/strategy.js";

/** One declaration table: the module that raises its codes, what that module is, the codes. */
export interface CatalogueTable {
  /** The module, relative to `src/` and without `.ts`, e.g. `"scores/fft"`. */
  readonly module: string;
  /** What raises the codes, for a heading, e.g. `"Friends and Family Test scorers"`. */
  readonly from: string;
  /** The codes, as declared. */
  readonly codes: readonly DeclaredCode[];
}

/** A part of docs/diagnostics.md: the tables of one area of ppie. */
export interface CatalogueArea {
  /** The heading, e.g. "Measures (`scores`, `scoreDataset`)". */
  readonly title: string;
  /** A paragraph on where these diagnostics are returned. */
  readonly intro: string;
  /** The tables, in the order the page lists them. */
  readonly tables: readonly CatalogueTable[];
  /**
   * Whether `ppie validate` can report these codes (they are then rules of its SARIF log,
   * `--reporter sarif`): true for reading files and the CLI's own, false for codes that only
   * the measures, reports or other commands return.
   */
  readonly reportedByValidate: boolean;
}

/**
 * The codes declared outside the rule registry (the parse, rule and check codes are listed
 * by `diagnosticsMarkdown` in rules/docs.ts), by area.
 */
export const CATALOGUE_AREAS = [
  {
    title: "Measures (`scores`, `scoreDataset`)",
    reportedByValidate: false,
    intro:
      "A scorer returns these inside its `Score.diagnostics` (with `value: null` when the measure cannot be computed); `disclosureControl` returns them with its table; `scoreDataset` returns them in a `Result`, its own about the measure, its options, the period and the project.",
    tables: [
      {
        module: "scores/registry",
        from: "`scoreDataset`, the measure registry",
        codes: SCORE_CODES,
      },
      { module: "scores/agreement", from: "Agreement (Cohen's kappa)", codes: AGREEMENT_CODES },
      {
        module: "scores/coproduction",
        from: "Co-production self-assessments",
        codes: COPRODUCTION_CODES,
      },
      {
        module: "scores/disclosure",
        from: "Disclosure control (`disclosureControl`)",
        codes: DISCLOSURE_CODES,
      },
      {
        module: "scores/disclosure-input",
        from: "Disclosure control (`disclosureControl`): reading the table and policy",
        codes: DISCLOSURE_INPUT_CODES,
      },
      {
        module: "scores/fft",
        from: "Friends and Family Test (`fft`, `fftLegacy`)",
        codes: FFT_CODES,
      },
      {
        module: "scores/fft-table",
        from: "Friends and Family Test tables (`fftTable`)",
        codes: FFT_TABLE_CODES,
      },
      { module: "scores/gripp2-completeness", from: "GRIPP2 completeness", codes: GRIPP2_CODES },
      { module: "scores/impact", from: 'Impact ("you said, we did")', codes: IMPACT_CODES },
      { module: "scores/engagement", from: "Engagement", codes: ENGAGEMENT_CODES },
      {
        module: "scores/involvement-depth",
        from: "Involvement depth",
        codes: INVOLVEMENT_DEPTH_CODES,
      },
      { module: "scores/payments", from: "Payments", codes: PAYMENTS_CODES },
      {
        module: "scores/peirs22",
        from: "PEIRS-22 (`peirs22`, `peirs22Summary`)",
        codes: PEIRS22_CODES,
      },
      { module: "scores/ppeet", from: "PPEET", codes: PPEET_CODES },
      {
        module: "scores/readability",
        from: "Readability (`readability`, `readabilityFromCounts`)",
        codes: READABILITY_CODES,
      },
      {
        module: "scores/representation",
        from: "Representation (`representation/no-reference` also from the dataset-level measure)",
        codes: REPRESENTATION_CODES,
      },
      { module: "scores/standards", from: "UK Standards self-assessments", codes: STANDARDS_CODES },
      { module: "scores/strategy", from: "Strategy scorecard", codes: STRATEGY_CODES },
      {
        module: "scores/seldom-heard-reach",
        from: "Seldom-heard reach",
        codes: SELDOM_HEARD_REACH_CODES,
      },
    ],
  },
  {
    title: "Reports (`buildReport`)",
    reportedByValidate: false,
    intro:
      "`buildReport` returns these in a `Result` when it cannot build the report (and `report/ignored-option` beside a report it built); a measure a report needs that cannot be computed adds that measure's own diagnostics.",
    tables: [
      { module: "reports/options", from: "The kind and options of a report", codes: REPORT_CODES },
      {
        module: "derive/period",
        from: "The default period (measures too: `scoreDataset` returns it)",
        codes: PERIOD_CODES,
      },
      {
        module: "reports/letter-options",
        from: 'Letters to contributors and the public "you said, we did" (`contributor-feedback`)',
        codes: LETTER_CODES,
      },
      { module: "reports/index", from: "Building a report", codes: BUILD_REPORT_CODES },
    ],
  },
  {
    title: "Frameworks registry",
    reportedByValidate: false,
    intro: "`createFrameworkRegistry().add` returns these in a `Result`.",
    tables: [
      {
        module: "frameworks/registry",
        from: "Adding your own frameworks",
        codes: FRAMEWORK_CODES,
      },
    ],
  },
  {
    title: "Reading files (`ppie/io` and the command line)",
    reportedByValidate: true,
    intro:
      "`loadDataset` of `ppie/io` returns these about the files it reads, with the file, sheet, line and column (`source`; `location` in the CLI's JSON output), and the CLI prints them; the CLI alone reports those about reading a folder from disk and its `ppie.config.json`. Their type is `InputCode` (in the CLI, `CliDiagnosticCode`), not `DiagnosticCode`.",
    tables: [
      { module: "io/load", from: "Choosing how to read the files", codes: LOAD_CODES },
      { module: "io/decode", from: "Decoding a file's bytes as text", codes: DECODE_CODES },
      {
        module: "io/single-byte",
        from: "Decoding a file in the encoding named (`--encoding`)",
        codes: ENCODING_CODES,
      },
      { module: "io/json", from: "Reading a JSON file", codes: JSON_CODES },
      { module: "io/yaml", from: "Reading a YAML file", codes: YAML_CODES },
      {
        module: "io/duplicate-key",
        from: "A key written twice (JSON and YAML)",
        codes: DUPLICATE_KEY_CODES,
      },
      { module: "io/limits", from: "The reading limits", codes: LIMIT_CODES },
      { module: "io/csv", from: "Reading CSV files (one per kind of record)", codes: CSV_CODES },
      {
        module: "io/workbook/codes",
        from: "Reading a workbook (.xlsx, .ods)",
        codes: WORKBOOK_CODES,
      },
      {
        module: "cli/folder",
        from: "Reading a folder's files from disk (CLI)",
        codes: FOLDER_CODES,
      },
      { module: "cli/config", from: "Reading ppie.config.json", codes: CONFIG_CODES },
    ],
  },
] as const satisfies readonly CatalogueArea[];

/**
 * Every code in the catalogue, as a type. A type test checks that it is exactly the CLI's
 * codes (`CliDiagnosticCode`: `DiagnosticCode` and the CLI's own), so that no table is missing
 * from either.
 */
export type CatalogueCode =
  | (typeof PARSE_CODES)[number]["code"]
  | (typeof builtinRules)[number]["code"]
  | (typeof CHECK_CODES)[number]["code"]
  | (typeof CATALOGUE_AREAS)[number]["tables"][number]["codes"][number]["code"];

/** One declared code with the module that declares it. */
export interface CatalogueEntry extends DeclaredCode {
  /** The module, relative to `src/` and without `.ts`. */
  readonly module: string;
}

/** The parse codes, the built-in rules and `checkDataset`'s own codes, then those of `areas`. */
function entriesWith(areas: readonly CatalogueArea[]): CatalogueEntry[] {
  return [
    ...PARSE_CODES.map((c) => ({ ...c, module: "model/parse" })),
    ...builtinRules.map(({ code, severity, title, example }) => ({
      code,
      severity,
      title,
      example,
      module: "rules/registry",
    })),
    ...CHECK_CODES.map((c) => ({ ...c, module: "rules/check" })),
    ...areas.flatMap((a) =>
      a.tables.flatMap((t) => t.codes.map((c) => ({ ...c, module: t.module }))),
    ),
  ];
}

/**
 * Every declared code: parse codes, built-in rules, `checkDataset`'s own codes, then the tables
 * of {@link CATALOGUE_AREAS}.
 *
 * @returns the entries, in the order docs/diagnostics.md lists them
 */
export function catalogue(): CatalogueEntry[] {
  return entriesWith(CATALOGUE_AREAS);
}

/**
 * Every code `ppie validate` can report (the rules of its SARIF log): the parse codes, the
 * built-in rules, `checkDataset`'s own codes, then the tables of the areas marked
 * `reportedByValidate` (reading files and the CLI's own).
 *
 * @returns the entries, in the order docs/diagnostics.md lists them
 */
export function validateCatalogue(): CatalogueEntry[] {
  return entriesWith(
    (CATALOGUE_AREAS as readonly CatalogueArea[]).filter((a) => a.reportedByValidate),
  );
}

/** The severities of a declaration, most serious first. */
export function severitiesOf(c: DeclaredCode): readonly Severity[] {
  return typeof c.severity === "string" ? [c.severity] : c.severity;
}

function exampleJson(c: DeclaredCode): string {
  const d = {
    code: c.code,
    severity: severitiesOf(c)[0],
    path: c.example.path,
    message: c.example.message,
    ...(c.example.hint === undefined ? {} : { hint: c.example.hint }),
  };
  return ["```json", JSON.stringify(d, null, 2), "```"].join("\n");
}

/**
 * The part of docs/diagnostics.md after the rules: each area's codes in a table, then each
 * code with its severity, meaning, module and an example.
 *
 * @returns Markdown
 */
export function otherCodesMarkdown(): string {
  const out: string[] = [];
  for (const area of CATALOGUE_AREAS as readonly CatalogueArea[]) {
    out.push(`## ${area.title}`, "", area.intro, "");
    out.push("| Code | Severity | Meaning | Declared in |", "|---|---|---|---|");
    for (const t of area.tables) {
      for (const c of t.codes)
        out.push(
          `| \`${c.code}\` | ${severitiesOf(c).join(" or ")} | ${c.title} | \`src/${t.module}.ts\` |`,
        );
    }
    out.push("");
    for (const t of area.tables) {
      out.push(`### ${t.from}`, "", `Declared in \`src/${t.module}.ts\`.`, "");
      for (const c of t.codes) {
        out.push(`#### \`${c.code}\``, "");
        out.push(`**${c.title}** (severity: ${severitiesOf(c).join(" or ")})`, "");
        out.push(exampleJson(c), "");
      }
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * docs/diagnostics.md, whole: its title for the docs site's navigation, the parse, rule and
 * check codes (`diagnosticsMarkdown`), then {@link otherCodesMarkdown}.
 *
 * @returns Markdown
 */
export function diagnosticsDocument(): string {
  return `---\ntitle: Diagnostic codes\n---\n\n${diagnosticsMarkdown()}\n${otherCodesMarkdown()}`;
}
