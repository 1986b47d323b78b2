import { declareCodes } from "../../result.js";

/**
 * The diagnostic codes of reading a workbook (`.xlsx`, `.ods`), each with an example
 * (docs/diagnostics.md lists them).
 */
export const WORKBOOK_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "workbook/unreadable",
    severity: "error",
    title: "A file that cannot be read as a workbook",
    example: {
      path: ["book.xlsx"],
      message: "book.xlsx could not be read as a workbook (the zip archive is damaged).",
      hint: "Open it in Excel or LibreOffice Calc and save it again as .xlsx or .ods.",
    },
  },
  {
    code: "workbook/encrypted",
    severity: "error",
    title: "A workbook protected with a password",
    example: {
      path: ["book.xlsx"],
      message: "book.xlsx is protected with a password, so ppie cannot read it.",
      hint: "Save a copy without the password (File > Info > Protect Workbook in Excel) and give ppie that copy.",
    },
  },
  {
    code: "workbook/old-format",
    severity: "error",
    title: "A workbook in the old Excel 97-2003 format (.xls)",
    example: {
      path: ["book.xls"],
      message: "book.xls is in the old Excel 97-2003 format, which ppie does not read.",
      hint: "Save it as an Excel Workbook (.xlsx) or as .ods, then run again.",
    },
  },
  {
    code: "workbook/macros",
    severity: "warning",
    title: "A workbook with macros",
    example: {
      path: ["book.xlsm"],
      message: "book.xlsm holds macros; ppie read its cells and did not run them.",
      hint: "Nothing to do if the cells hold the data; save it as .xlsx to drop the macros.",
    },
  },
  {
    code: "workbook/no-sheets",
    severity: "error",
    title: "A workbook with none of the sheets ppie reads",
    example: {
      path: ["book.xlsx"],
      message: 'book.xlsx has no sheet ppie reads (it has "Sheet1").',
      hint: "Name each sheet after a kind of record, as the CSV files are named without .csv (e.g. contributors, activities), or run `ppie init --format xlsx` for a template.",
    },
  },
  {
    code: "workbook/unknown-sheet",
    severity: "warning",
    title: "A sheet ppie does not read",
    example: {
      path: ["book.xlsx"],
      message: 'book.xlsx sheet "activites" is not a sheet ppie reads, so it was ignored.',
      hint: 'Did you mean "activities"? The sheet names are the CSV file names of docs/cli.md without .csv.',
    },
  },
  {
    code: "workbook/merged-cells",
    severity: "error",
    title: "Merged cells in a sheet ppie reads",
    example: {
      path: ["book.xlsx"],
      message: 'book.xlsx sheet "activities" has merged cells at B3:B5.',
      hint: "Unmerge them and fill in each cell: a merged cell would give its value to one row only.",
    },
  },
  {
    code: "workbook/too-large",
    severity: "error",
    title: "A workbook that unpacks to more than ppie reads",
    example: {
      path: ["book.xlsx"],
      message:
        'book.xlsx sheet "activities" unpacks to more than 250 MB, the most ppie reads in one workbook.',
      hint: "Check that the file holds what you meant; save a dataset this large as a folder of CSV files.",
    },
  },
]);

/**
 * The diagnostic codes of reading a workbook (`workbook/...`), listed in docs/diagnostics.md.
 *
 * @category IO
 */
export type WorkbookCode = (typeof WORKBOOK_CODES)[number]["code"];
