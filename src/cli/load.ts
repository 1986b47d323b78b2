import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { Dataset } from "../model/dataset.js";
import { parseDataset } from "../model/parse.js";
import type { Diagnostic as LibraryDiagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { hasErrors, diagnostic as libraryDiagnostic } from "../result.js";
import type { CliDiagnosticCode } from "./diagnostics.js";
import type { LocatedDiagnostic, SourceLocation } from "./csv.js";
import { fileDiagnostic, readCsvFolder } from "./csv.js";
import { UsageError } from "./errors.js";

/**
 * The diagnostic codes this module raises, each with an example: `CliDiagnosticCode` (in
 * `diagnostics.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const INPUT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/invalid-json",
    severity: "error",
    title: "A file that is not valid JSON",
    example: {
      path: ["bad.json"],
      message:
        'bad.json is not valid JSON: line 1, column 20 (Unexpected token \']\', ..."ties": [1,] }" is not valid JSON).',
      hint: "Look for a missing or extra comma, quote or bracket just before that point. JSON allows no trailing commas or comments.",
    },
  },
  {
    code: "input/invalid-yaml",
    severity: "error",
    title: "A file that is not valid YAML, or cannot be read as data",
    example: {
      path: ["bad.yaml"],
      message:
        "bad.yaml is not valid YAML: line 2, column 1 (Tabs are not allowed as indentation).",
      hint: "Check the indentation (spaces, not tabs) and that text with a colon or # is in quotes.",
    },
  },
  {
    code: "input/yaml-warning",
    severity: "warning",
    title: "Something in a YAML file that was read but may not mean what was meant",
    example: { path: ["data.yaml"], message: "data.yaml line 2: Unresolved tag: !local." },
  },
]);

/** A diagnostic the CLI reports: one of the library's codes, or one of its own about files. */
type Diagnostic = LibraryDiagnostic<CliDiagnosticCode>;
/** `diagnostic` from result.ts, taking the CLI's codes too (an undeclared code does not compile). */
const diagnostic = libraryDiagnostic<CliDiagnosticCode>;

/**
 * How an input was read.
 *
 * @category CLI
 */
export type InputFormat = "json" | "yaml" | "csv-folder";

/**
 * Raw input read from a file or folder, before `parseDataset`.
 *
 * @category CLI
 */
export interface LoadedInput {
  /** How it was read. */
  format: InputFormat;
  /** The plain data, or `undefined` when the file could not be read as data at all. */
  input: unknown;
  /** Problems with the file itself (syntax, CSV headers), with their file and line. */
  diagnostics: LocatedDiagnostic[];
  /** The file, line and column behind a path into `input`, where known. */
  locate: (path: readonly (string | number)[]) => SourceLocation | undefined;
  /** Records read (CSV rows), for progress and timing notes. */
  rows?: number;
}

/**
 * A dataset read from a file or folder: the dataset when there were no errors, and every
 * diagnostic from reading and parsing.
 *
 * @category CLI
 */
export interface LoadedDataset extends LoadedInput {
  /** The parsed dataset; `undefined` when reading or parsing found errors. */
  dataset: Dataset | undefined;
}

/**
 * Options for {@link loadInput} and {@link loadDataset}.
 *
 * @category CLI
 */
export interface LoadOptions {
  /** Called as CSV rows are read. */
  onProgress?: (file: string, rows: number) => void;
  /** The path as the user typed it, for messages (default: the path). */
  label?: string;
}

/** Files bigger than this are not re-read to find line numbers for diagnostics. */
const LOCATE_LIMIT = 32 * 1024 * 1024;

/**
 * Read a JSON file, a YAML file or a folder of CSV files into plain data. Never throws on
 * bad content (syntax errors are diagnostics with a line and column); throws
 * {@link UsageError} when the path does not exist or is not a kind of input ppie reads.
 *
 * @param path - file or folder
 * @param opts - progress callback
 * @returns the input with its diagnostics and a locator
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("ppie-dataset.yaml", "contributors: []\n");
 * const loaded = await loadInput("ppie-dataset.yaml");
 * loaded.input; // { contributors: [] }
 * ```
 * @category CLI
 */
export async function loadInput(path: string, opts: LoadOptions = {}): Promise<LoadedInput> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(
      `Cannot find "${opts.label ?? path}".`,
      "Check the path, or run `ppie init` to create a dataset file.",
    );
  }
  if (info.isDirectory()) {
    const csv = await readCsvFolder(path, opts.onProgress ? { onProgress: opts.onProgress } : {});
    return {
      format: "csv-folder",
      input: csv.input,
      diagnostics: csv.diagnostics,
      locate: csv.locate,
      rows: csv.rows,
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") {
    throw new UsageError(
      `"${opts.label ?? path}" is a single CSV file, but ppie reads a folder of CSV files (one per entity).`,
      `Pass the folder that holds ${basename(path)}; the file names are listed in docs/cli.md.`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UsageError(
      `Cannot read "${opts.label ?? path}" (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const file = basename(path);
  const read = ext === ".json" ? readJson(text, file) : readYaml(text, file);
  return { ...read, diagnostics: read.diagnostics.map(fileDiagnostic) };
}

function readJson(text: string, file: string): LoadedInput {
  try {
    const input: unknown = JSON.parse(text);
    return { format: "json", input, diagnostics: [], locate: locator(text, file) };
  } catch (err) {
    const offset = jsonErrorOffset(text);
    const pos = linePos(text, offset);
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return {
      format: "json",
      input: undefined,
      diagnostics: [
        diagnostic(
          "input/invalid-json",
          "error",
          [file, pos.line, pos.col],
          `${file} is not valid JSON: line ${pos.line}, column ${pos.col} (${reason}).`,
          "Look for a missing or extra comma, quote or bracket just before that point. JSON allows no trailing commas or comments.",
        ),
      ],
      locate: () => ({ file, line: pos.line, column: pos.col }),
    };
  }
}

function readYaml(text: string, file: string): LoadedInput {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const p = e.linePos?.[0];
    diagnostics.push(
      diagnostic(
        "input/invalid-yaml",
        "error",
        p ? [file, p.line, p.col] : [file],
        `${file} is not valid YAML${p ? `: line ${p.line}, column ${p.col}` : ""} (${firstLine(e.message)}).`,
        "Check the indentation (spaces, not tabs) and that text with a colon or # is in quotes.",
      ),
    );
  }
  for (const w of doc.warnings) {
    const p = w.linePos?.[0];
    diagnostics.push(
      diagnostic(
        "input/yaml-warning",
        "warning",
        p ? [file, p.line, p.col] : [file],
        `${file}${p ? ` line ${p.line}` : ""}: ${firstLine(w.message)}.`,
      ),
    );
  }
  if (doc.errors.length > 0)
    return { format: "yaml", input: undefined, diagnostics, locate: () => undefined };
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 10_000 });
  } catch (err) {
    diagnostics.push(
      diagnostic(
        "input/invalid-yaml",
        "error",
        [file],
        `${file} could not be read as data (${err instanceof Error ? err.message : String(err)}).`,
        "Avoid deeply nested aliases (*name); write the values out.",
      ),
    );
    return { format: "yaml", input: undefined, diagnostics, locate: () => undefined };
  }
  return {
    format: "yaml",
    input,
    diagnostics,
    locate: (path) => nodeLocation(doc, lineCounter, path, file),
  };
}

/** The first line of a yaml error message, without its "at line N, column M:" suffix. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

type YamlDoc = ReturnType<typeof parseDocument>;

function nodeLocation(
  doc: YamlDoc,
  lc: LineCounter,
  path: readonly (string | number)[],
  file: string,
): SourceLocation | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const p = lc.linePos(range[0]);
      return { file, line: p.line, column: p.col };
    }
  }
  return undefined;
}

/** A lazy locator for JSON: the text is parsed as YAML (a superset) only when asked. */
function locator(text: string, file: string): LoadedInput["locate"] {
  let cache: { doc: YamlDoc; lc: LineCounter } | undefined;
  return (path) => {
    if (text.length > LOCATE_LIMIT) return undefined;
    if (!cache) {
      const lc = new LineCounter();
      cache = { doc: parseDocument(text, { lineCounter: lc }), lc };
    }
    return nodeLocation(cache.doc, cache.lc, path, file);
  };
}

function linePos(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: end - last };
}

/**
 * The offset of the first JSON syntax error in `text` (a small scanner, because
 * `JSON.parse` on Node 20 does not always say where the error is).
 *
 * @param text - JSON text that failed to parse
 * @returns the 0-based offset of the first character that is not valid JSON there
 * @example
 * ```ts
 * jsonErrorOffset('{"a": ,}'); // 6
 * ```
 * @category CLI
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail();
      }
    } else if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail();
      }
    } else if (ch === '"') str();
    else if (ch !== undefined && /[-0-9]/.test(ch)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += (m as RegExpExecArray)[0].length;
    } else {
      for (const lit of ["true", "false", "null"]) {
        if (text.startsWith(lit, i)) {
          i += lit.length;
          return;
        }
      }
      fail();
    }
  };
  const str = (): void => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === "\\") i += 2;
      else if ((ch as string).charCodeAt(0) < 0x20) fail();
      else i++;
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (at) {
    return typeof at === "number" ? at : 0;
  }
}

/**
 * Read and parse a dataset from a JSON file, a YAML file or a CSV folder. The dataset is
 * returned only when there are no errors from reading or parsing.
 *
 * @param path - file or folder
 * @param opts - progress callback
 * @returns the dataset (when valid) and every diagnostic
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * mkdirSync("data");
 * writeFileSync("data/contributors.csv", "id,roles\nc-1,patient\n");
 * const { dataset, diagnostics } = await loadDataset("data/");
 * dataset?.contributors.length; // 1
 * ```
 * @category CLI
 */
export async function loadDataset(path: string, opts: LoadOptions = {}): Promise<LoadedDataset> {
  const loaded = await loadInput(path, opts);
  if (loaded.input === undefined) return { ...loaded, dataset: undefined };
  const parsed = parseDataset(loaded.input);
  const diagnostics = [...loaded.diagnostics, ...parsed.diagnostics];
  return {
    ...loaded,
    diagnostics,
    dataset: parsed.ok && !hasErrors(diagnostics) ? parsed.value : undefined,
  };
}
