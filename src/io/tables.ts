/**
 * Tables of cells, the shape every tabular input takes before it becomes a dataset: a CSV
 * file (one per entity) or a sheet of a workbook. {@link csvToTable} reads CSV text into one;
 * `tablesToDataset` (csv.ts) turns a set of them into a dataset's plain data.
 *
 * @module
 */

/**
 * One table of cells: a CSV file, or a sheet of a workbook, holding one kind of record.
 *
 * @category IO
 */
export interface RawTable {
  /** The kind of record: the CSV file's name without `.csv`, e.g. `"activities"`. */
  entity: string;
  /** The file it came from, as the user named it (for messages). */
  file: string;
  /** The sheet of a workbook it came from. */
  sheet?: string;
  /** The header's cells, as written; empty for an empty file. */
  header: string[];
  /** The 1-based line (row of a sheet) of the header. */
  headerRow: number;
  /** The data rows after the header, each with its 1-based line (row of a sheet). */
  rows: RawRow[];
}

/**
 * Why CSV text could not be split into rows: a quote out of place (with the line and a
 * plain-English reason), or a row longer than the limit.
 *
 * @category IO
 */
export type CsvTextProblem =
  | { kind: "syntax"; line: number; reason: string }
  | { kind: "too-long"; line: number };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Spreadsheet letters of a 0-based column index, for messages about cells. */
function letter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * One data row of a {@link RawTable}: its 1-based line (row of a sheet) and its cells.
 *
 * @category IO
 */
export interface RawRow {
  /** The 1-based line (row of a sheet) the row starts on. */
  row: number;
  /** The cells, as written. */
  cells: string[];
}

/**
 * A {@link RawTable} whose rows may be produced as they are read (any iterable), so that a
 * large file is never held as cells and records at once. {@link tablesToDataset} reads these.
 *
 * @category IO
 */
export interface TableSource extends Omit<RawTable, "rows"> {
  /** The data rows after the header, in order. */
  rows: Iterable<RawRow>;
}

/**
 * The records of CSV text, one by one, each with the line it starts on; empty lines are
 * skipped. Reading stops at a quote out of place or a record longer than `maxRowChars`, and
 * `stop.problem` then says why.
 *
 * @param text - the decoded text
 * @param maxRowChars - the most characters of one record
 * @param stop - where the problem that stopped reading is put
 * @returns the records
 * @example
 * ```ts
 * const stop = {};
 * [...csvRecords("a,b\n\nc,d\n", Infinity, stop)]; // [{ row: 1, cells: ["a", "b"] }, { row: 3, cells: ["c", "d"] }]
 * ```
 * @category IO
 */
export function* csvRecords(
  text: string,
  maxRowChars: number,
  stop: { problem?: CsvTextProblem },
): Generator<RawRow> {
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      // an empty line
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const startLine = line;
    const rowStart = i;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let parts = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if ((q < 0 ? n : q) - rowStart > maxRowChars) {
            stop.problem = { kind: "too-long", line: startLine };
            return;
          }
          if (q < 0) {
            stop.problem = {
              kind: "syntax",
              line: startLine,
              reason: `the double quote that opens the cell in column ${letter(cells.length)} is never closed`,
            };
            return;
          }
          const chunk = text.slice(from, q);
          for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) line++;
          if (!chunk.includes("\n")) {
            for (let k = chunk.indexOf("\r"); k >= 0; k = chunk.indexOf("\r", k + 1)) line++;
          }
          parts += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          stop.problem = {
            kind: "syntax",
            line,
            reason: `after the closing quote of the cell in column ${letter(cells.length)} comes ${JSON.stringify(text[i])} instead of a comma or the end of the line`,
          };
          return;
        }
        cell = parts;
      } else {
        let j = i;
        let c = text.charCodeAt(j);
        while (j < n && c !== COMMA && c !== LF && c !== CR) {
          if (c === QUOTE) {
            stop.problem = {
              kind: "syntax",
              line,
              reason: `a double quote inside the cell in column ${letter(cells.length)}, which does not start with one (put the whole cell in double quotes and double the quote inside)`,
            };
            return;
          }
          c = text.charCodeAt(++j);
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (i - rowStart > maxRowChars) {
        stop.problem = { kind: "too-long", line: startLine };
        return;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      line++;
      break;
    }
    yield { row: startLine, cells };
  }
}

/**
 * Split CSV text (RFC 4180: comma-separated, cells with commas, quotes or line breaks in
 * double quotes, `""` for a quote inside one; lines end in LF, CRLF or CR) into a table: the
 * first row is the header, empty lines are skipped, and each row keeps the line it starts on.
 * A quote out of place stops reading (the cells would be misread), as does a row longer than
 * `maxRowChars`.
 *
 * @param text - the decoded text (without a byte-order mark)
 * @param where - the entity and file the table is
 * @param maxRowChars - the most characters of one row
 * @returns the table, or what stopped reading it
 * @example
 * ```ts
 * const t = csvToTable('id,title\na-1,"Panel, May"\n', { entity: "activities", file: "activities.csv" });
 * "header" in t && t.rows[0]?.cells; // ["a-1", "Panel, May"]
 * ```
 * @category IO
 */
export function csvToTable(
  text: string,
  where: { entity: string; file: string },
  maxRowChars = Number.POSITIVE_INFINITY,
): RawTable | CsvTextProblem {
  const stop: { problem?: CsvTextProblem } = {};
  const records = csvRecords(text, maxRowChars, stop);
  const first = records.next();
  const table: RawTable = { ...where, header: [], headerRow: 1, rows: [] };
  if (!first.done) {
    table.header = first.value.cells;
    table.headerRow = first.value.row;
    for (const r of records) table.rows.push(r);
  }
  return stop.problem ?? table;
}
