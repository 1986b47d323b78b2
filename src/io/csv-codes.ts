import { declareCodes } from "../result.js";

/**
 * The diagnostic codes of reading tables (CSV files, or sheets) into a dataset, each with an
 * example (docs/diagnostics.md lists them).
 */
export const CSV_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "csv/no-files",
    severity: "error",
    title: "A folder with none of the CSV files ppie reads",
    example: {
      path: [],
      message: "The folder ppie-data has none of the CSV files ppie reads.",
      hint: "Name the files as in docs/cli.md (e.g. contributors.csv, activities.csv), or run `ppie init` for templates.",
    },
  },
  {
    code: "csv/too-many-diagnostics",
    severity: "error",
    title: "More problems than are listed",
    example: {
      path: [],
      message: "3 more problems were found in the CSV files and not listed.",
      hint: "Fix the problems above and run again.",
    },
  },
  {
    code: "csv/unknown-file",
    severity: "warning",
    title: "A file ppie does not read",
    example: {
      path: ["activites.csv"],
      message: "activites.csv is not a file ppie reads, so it was ignored.",
      hint: "Did you mean activities.csv? The file names are listed in docs/cli.md.",
    },
  },
  {
    code: "csv/unreadable",
    severity: "error",
    title: "A file that cannot be read as CSV",
    example: {
      path: ["activities.csv"],
      message:
        "activities.csv line 2 could not be read as CSV: a double quote inside the cell in column B, which does not start with one (put the whole cell in double quotes and double the quote inside).",
      hint: "Save the sheet as CSV (UTF-8, comma-separated); put text with commas, quotes or line breaks in double quotes and double any quote inside.",
    },
  },
  {
    code: "csv/empty-file",
    severity: "warning",
    title: "An empty file",
    example: {
      path: ["contributors.csv"],
      message: "contributors.csv is empty, so it was ignored.",
      hint: "Add a header row with the column names in docs/cli.md, then one row per record.",
    },
  },
  {
    code: "csv/too-many-cells",
    severity: "error",
    title: "A row with more cells than the header",
    example: {
      path: ["activities.csv"],
      message: "activities.csv line 2 has 6 cells but the header has 5 columns.",
      hint: "Check for a stray comma; put text with commas in double quotes.",
    },
  },
  {
    code: "csv/too-few-cells",
    severity: "warning",
    title: "A row with fewer cells than the header",
    example: {
      path: ["activities.csv"],
      message:
        "activities.csv line 3 has 2 cells but the header has 5 columns; the missing cells were read as empty.",
      hint: "Check the row was not split across lines; put text with line breaks in double quotes.",
    },
  },
  {
    code: "csv/unknown-parent",
    severity: "error",
    title: "A row that links to a parent row that is not there",
    example: {
      path: ["activity-contributors.csv"],
      message:
        'activity-contributors.csv line 3 refers to activityId "a-9", which is not in activities.csv.',
      hint: "Add the row to activities.csv, or correct the activityId.",
    },
  },
  {
    code: "csv/duplicate-key",
    severity: "error",
    title: "Two rows for the same record, or two answers for the same item",
    example: {
      path: ["strategy-objectives.csv"],
      message: "strategy-objectives.csv line 4 repeats the strategyId and id of an earlier row.",
      hint: "Give each row its own id within its parent.",
    },
  },
  {
    code: "csv/extra-row",
    severity: "error",
    title: "More than one row in dataset.csv",
    example: {
      path: ["dataset.csv"],
      message: "dataset.csv must have one row, but line 3 is another.",
      hint: "Keep one row: the dataset's format version, title and scales.",
    },
  },
  {
    code: "csv/empty-column-name",
    severity: "error",
    title: "A column without a name",
    example: {
      path: ["activities.csv"],
      message: "activities.csv line 1, column G has no column name.",
      hint: "Give every column a name from docs/cli.md, or delete the empty column.",
    },
  },
  {
    code: "csv/unknown-column",
    severity: "error",
    title: "A column ppie does not read in that file",
    example: {
      path: ["activities.csv"],
      message:
        'activities.csv line 1, column H: "startdate" is not a column ppie reads in this file.',
      hint: 'Did you mean "startDate"? Column names are case-sensitive.',
    },
  },
  {
    code: "csv/duplicate-column",
    severity: "error",
    title: "A column named twice",
    example: {
      path: ["activities.csv"],
      message: 'activities.csv line 1, column F: "title" appears twice (also column B).',
      hint: "Keep one of the two columns.",
    },
  },
  {
    code: "csv/missing-column",
    severity: "error",
    title: "A required column is missing",
    example: {
      path: ["activities.csv"],
      message: 'activities.csv line 1: the header has no "id" column, which is required.',
      hint: 'Add an "id" column: Activity id.',
    },
  },
]);

/**
 * The diagnostic codes of reading CSV files or sheets (`csv/...`).
 *
 * @category IO
 */
export type CsvCode = (typeof CSV_CODES)[number]["code"];
