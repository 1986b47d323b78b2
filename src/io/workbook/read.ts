/**
 * `readWorkbook`: the bytes of an `.xlsx` or `.ods` workbook to one {@link RawTable} per sheet
 * whose name is an entity, with the same names and columns as the CSV files.
 */
import type { ReadLimits } from "../limits.js";
import { DEFAULT_READ_LIMITS, formatBytes } from "../limits.js";
import type { LocatedDiagnostic } from "../location.js";
import { fileProblem } from "../location.js";
import type { WorkbookCode } from "./codes.js";
import { readOdsSheets } from "./ods-read.js";
import type { RawTable } from "../tables.js";
import type { SheetRows } from "./raw-table.js";
import { HELP_SHEET, LISTS_SHEET } from "./sheet-names.js";
import { readXlsxSheets } from "./xlsx-read.js";
import { SheetTooLarge, XmlError } from "./xml.js";
import type { ZipParts } from "./zip.js";
import { unzipParts } from "./zip.js";

/**
 * What {@link readWorkbook} returns: a table per entity sheet, and the problems found.
 *
 * @category IO
 */
export interface WorkbookRead {
  /** One table per sheet named after an entity, in the workbook's order. */
  tables: RawTable[];
  /** Problems with the file or its sheets, each naming the file (and sheet, row, column). */
  diagnostics: LocatedDiagnostic<WorkbookCode>[];
}

/**
 * Options for {@link readWorkbook}.
 *
 * @category IO
 */
export interface WorkbookReadOptions {
  /**
   * The sheet names that are entities (the CSV file names without `.csv`); any other sheet is
   * a warning. Without it, every sheet is a table (but the template's own "How to fill this
   * in" and "lists").
   */
  entities?: readonly string[];
  /** How much to read (default {@link DEFAULT_READ_LIMITS}). */
  limits?: ReadLimits;
}

/** The kind of a file, from its first bytes. */
export type SniffedKind = "zip" | "ole" | "other";

/**
 * What a file is from its first bytes: a zip archive (`.xlsx`, `.ods`, and `.docx` too), an
 * OLE compound file (`.xls`, or an `.xlsx` encrypted with a password), or something else.
 *
 * @param bytes - the file's bytes
 * @returns the kind
 * @example
 * ```ts
 * sniffWorkbook(new Uint8Array([0x50, 0x4b, 3, 4])); // "zip"
 * ```
 * @category IO
 */
export function sniffWorkbook(bytes: Uint8Array): SniffedKind {
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && (at(2) === 3 || at(2) === 5) && at(3) === at(2) + 1) {
    return "zip";
  }
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => at(i) === b)) return "ole";
  return "other";
}

/** Whether an OLE file is an encrypted OOXML package (it names an `EncryptedPackage` stream). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const ENTITY_HINT =
  "Name each sheet after a kind of record, as the CSV files are named without .csv (e.g. contributors, activities), or run `ppie init --format xlsx` for a template.";

/** The sheets of a workbook, or the diagnostic that says why they cannot be read. */
function readSheets(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
): { sheets: SheetRows[]; macros: boolean } | LocatedDiagnostic<WorkbookCode> {
  const kind = sniffWorkbook(bytes);
  if (kind === "ole") {
    return isEncrypted(bytes)
      ? fileProblem(
          "workbook/encrypted",
          "error",
          { file },
          `${file} is protected with a password, so ppie cannot read it.`,
          "Save a copy without the password (File > Info > Protect Workbook in Excel) and give ppie that copy.",
        )
      : fileProblem(
          "workbook/old-format",
          "error",
          { file },
          `${file} is in the old Excel 97-2003 format, which ppie does not read.`,
          "Save it as an Excel Workbook (.xlsx) or as .ods, then run again.",
        );
  }
  const unreadable = (why: string): LocatedDiagnostic<WorkbookCode> =>
    fileProblem(
      "workbook/unreadable",
      "error",
      { file },
      `${file} could not be read as a workbook (${why}).`,
      "Open it in Excel or LibreOffice Calc and save it again as .xlsx or .ods.",
    );
  if (kind === "other") return unreadable("it is not a zip archive, as .xlsx and .ods files are");
  const parts = unzipParts(
    bytes,
    (n) => n.endsWith(".xml") || n.endsWith(".rels") || n === "mimetype",
    limits.maxBytes,
  );
  if ("problem" in parts) {
    return parts.problem === "damaged"
      ? unreadable(`the zip archive is damaged: ${parts.why}`)
      : fileProblem(
          "workbook/too-large",
          "error",
          { file },
          `${file} unpacks to more than ${formatBytes(limits.maxBytes)} (at ${parts.part}), the most ppie reads in one workbook.`,
          "Check that the file holds what you meant; save a dataset this large as a folder of CSV files.",
        );
  }
  try {
    const macros = parts.names.some((n) => /vbaProject\.bin$|^Basic\//i.test(n));
    return { sheets: sheetsOf(parts, limits), macros };
  } catch (err) {
    if (err instanceof XmlError) return unreadable(err.message);
    if (err instanceof SheetTooLarge) {
      return fileProblem(
        "workbook/too-large",
        "error",
        { file },
        `${file} holds ${err.message}, more than ppie reads in one workbook.`,
        "Check that the file holds what you meant; save a dataset this large as a folder of CSV files.",
      );
    }
    // nothing else is expected; a bug must not take the caller down with it either
    return unreadable(err instanceof Error ? err.message : String(err));
  }
}

function sheetsOf(parts: ZipParts, limits: ReadLimits): SheetRows[] {
  if (parts.names.includes("xl/workbook.xml")) return readXlsxSheets(parts, limits.maxRecords);
  const mime = parts.text("mimetype")?.trim();
  const content = parts.text("content.xml");
  if (content !== undefined && (mime === undefined || mime.includes("spreadsheet"))) {
    return readOdsSheets(content, limits.maxRecords);
  }
  throw new XmlError(
    mime === undefined
      ? "it is a zip archive with no workbook inside"
      : `it is a zip archive of another kind (${mime})`,
  );
}

/**
 * Read the bytes of an `.xlsx` or `.ods` workbook into one {@link RawTable} per sheet whose
 * name is an entity (the CSV file names without `.csv`: `contributors`, `activities`, ...).
 * Never throws on bad bytes: a damaged or unknown file, a password-protected or old `.xls`
 * workbook, a workbook that unpacks to more than the limit, merged cells and sheets ppie does
 * not read are diagnostics naming the file and sheet. Cells become the text a CSV file would
 * carry: numbers without float noise, dates as `YYYY-MM-DD`, booleans as `true` / `false`.
 *
 * @param bytes - the workbook's bytes
 * @param file - its name, for messages
 * @param opts - the entity names and how much to read
 * @returns the tables and the diagnostics
 * @example
 * ```ts
 * import { writeWorkbook } from "./xlsx-write.js";
 * const bytes = writeWorkbook([
 *   { name: "contributors", rows: [["id"], ["c-1"]] },
 *   { name: "Sheet1", rows: [] },
 * ]);
 * const { tables, diagnostics } = readWorkbook(bytes, "book.xlsx", {
 *   entities: ["contributors", "activities"],
 * });
 * tables.map((t) => t.entity); // ["contributors"]
 * diagnostics[0]?.code; // "workbook/unknown-sheet"
 * ```
 * @category IO
 */
export function readWorkbook(
  bytes: Uint8Array,
  file: string,
  opts: WorkbookReadOptions = {},
): WorkbookRead {
  const limits = opts.limits ?? DEFAULT_READ_LIMITS;
  const read = readSheets(bytes, file, limits);
  if (!("sheets" in read)) return { tables: [], diagnostics: [read] };
  const diagnostics: LocatedDiagnostic<WorkbookCode>[] = [];
  if (read.macros) {
    diagnostics.push(
      fileProblem(
        "workbook/macros",
        "warning",
        { file },
        `${file} holds macros; ppie read its cells and did not run them.`,
        "Nothing to do if the cells hold the data; save it as .xlsx to drop the macros.",
      ),
    );
  }
  const entities = opts.entities;
  const known = new Set(entities);
  const tables: RawTable[] = [];
  for (const sheet of read.sheets) {
    if (sheet.name === HELP_SHEET || sheet.name === LISTS_SHEET) continue;
    if (entities !== undefined && !known.has(sheet.name)) {
      diagnostics.push(unknownSheet(file, sheet.name, entities));
      continue;
    }
    if (sheet.merged.length > 0) {
      diagnostics.push(
        fileProblem(
          "workbook/merged-cells",
          "error",
          { file, sheet: sheet.name },
          `${file} sheet "${sheet.name}" has merged cells at ${sheet.merged.slice(0, 5).join(", ")}${sheet.merged.length > 5 ? ` and ${sheet.merged.length - 5} more` : ""}.`,
          "Unmerge them and fill in each cell: a merged cell would give its value to one row only.",
        ),
      );
    }
    tables.push(tableOf(sheet, file));
  }
  if (tables.length === 0) {
    const names = read.sheets.map((s) => `"${s.name}"`).join(", ");
    diagnostics.push(
      fileProblem(
        "workbook/no-sheets",
        "error",
        { file },
        `${file} has no sheet ppie reads${names === "" ? "" : ` (it has ${names})`}.`,
        ENTITY_HINT,
      ),
    );
  }
  return { tables, diagnostics };
}

/** A sheet as a table: the first non-blank row is the header; rows are as wide as it. */
function tableOf(sheet: SheetRows, file: string): RawTable {
  const [first, ...rest] = sheet.rows;
  const header = trimEnd(first?.cells ?? []);
  const rows = rest.map(({ row, cells }) => {
    const trimmed = trimEnd(cells);
    while (trimmed.length < header.length) trimmed.push("");
    return { row, cells: trimmed };
  });
  return {
    entity: sheet.name,
    file,
    sheet: sheet.name,
    header,
    headerRow: first?.row ?? 1,
    rows,
  };
}

/** The cells without the blank ones at the end (a sheet's used range runs past its data). */
function trimEnd(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? "") === "") end--;
  return cells.slice(0, end);
}

function unknownSheet(
  file: string,
  name: string,
  entities: readonly string[],
): LocatedDiagnostic<WorkbookCode> {
  const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, "");
  const guess =
    entities.find((e) => squash(e) === squash(name)) ??
    entities.find((e) => squash(e) === `${squash(name)}s` || `${squash(e)}s` === squash(name));
  return fileProblem(
    "workbook/unknown-sheet",
    "warning",
    { file, sheet: name },
    `${file} sheet "${name}" is not a sheet ppie reads, so it was ignored.`,
    guess
      ? `Did you mean "${guess}"? The sheet names are the CSV file names of docs/cli.md without .csv.`
      : "The sheet names are the CSV file names of docs/cli.md without .csv (e.g. contributors, activities).",
  );
}
