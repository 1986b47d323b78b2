import type { Document, Node, Pair } from "yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { declareCodes } from "../result.js";
import type { DuplicateKeyCode } from "./duplicate-key.js";
import { duplicateKey } from "./duplicate-key.js";
import type { LimitCode, ReadLimits } from "./limits.js";
import { DEFAULT_READ_LIMITS, exceedsLimits, tooDeep, tooManyRecords } from "./limits.js";
import type { DataRead, LocatedDiagnostic, SourceLocation } from "./location.js";
import { fileProblem } from "./location.js";

/**
 * The diagnostic codes of reading YAML, each with an example (docs/diagnostics.md lists them).
 */
export const YAML_CODES = /* @__PURE__ */ declareCodes([
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

/**
 * The diagnostic codes of reading a YAML file.
 *
 * @category IO
 */
export type YamlCode = (typeof YAML_CODES)[number]["code"] | DuplicateKeyCode | LimitCode;

type YamlDoc = Document.Parsed;
type Path = (string | number)[];

/** The first line of a yaml error message, without its "at line N, column M:" suffix. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * Read YAML text into plain data. Syntax errors name the line and column; a key written twice
 * in one mapping is an error with its path and line (as in JSON); lists nested deeper or
 * holding more records than the limits allow are errors. Never throws.
 *
 * @param text - the YAML text (decoded, without a byte-order mark)
 * @param file - the file name, for diagnostics
 * @param limits - the limits (default {@link DEFAULT_READ_LIMITS})
 * @returns the data (undefined when there are errors), the diagnostics, and a locator
 * @example
 * ```ts
 * readYaml("contributors: []\n", "a.yaml").input; // { contributors: [] }
 * ```
 * @category IO
 */
export function readYaml(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): DataRead<YamlCode> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: false });
  const at = (offset: number): SourceLocation => {
    const p = lc.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const diagnostics: LocatedDiagnostic<YamlCode>[] = [];
  for (const e of doc.errors) {
    const p = e.linePos?.[0];
    diagnostics.push(
      fileProblem<YamlCode>(
        "input/invalid-yaml",
        "error",
        p ? { file, line: p.line, column: p.col } : { file },
        `${file} is not valid YAML${p ? `: line ${p.line}, column ${p.col}` : ""} (${firstLine(e.message)}).`,
        "Check the indentation (spaces, not tabs) and that text with a colon or # is in quotes.",
      ),
    );
  }
  for (const w of doc.warnings) {
    const p = w.linePos?.[0];
    diagnostics.push(
      fileProblem<YamlCode>(
        "input/yaml-warning",
        "warning",
        p ? { file, line: p.line, column: p.col } : { file },
        `${file}${p ? ` line ${p.line}` : ""}: ${firstLine(w.message)}.`,
      ),
    );
  }
  const none = (): DataRead<YamlCode> => ({
    input: undefined,
    diagnostics,
    locate: () => undefined,
  });
  if (doc.errors.length > 0) return none();
  const shape = checkNodes(doc, file, at, limits);
  if (shape.length > 0) {
    diagnostics.push(...shape);
    return none();
  }
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 10_000 });
  } catch (err) {
    diagnostics.push(
      fileProblem<YamlCode>(
        "input/invalid-yaml",
        "error",
        { file },
        `${file} could not be read as data (${err instanceof Error ? err.message : String(err)}).`,
        "Avoid deeply nested aliases (*name); write the values out.",
      ),
    );
    return none();
  }
  const locate = (path: readonly (string | number)[]) => nodeLocation(doc, lc, path, file);
  const over = exceedsLimits(input, limits);
  if (over) {
    const loc = locate(over.path) ?? { file };
    diagnostics.push(
      over.limit === "depth"
        ? tooDeep(loc, over.path, limits)
        : tooManyRecords(loc, over.path, limits),
    );
    return none();
  }
  return { input, diagnostics, locate };
}

/**
 * Walk the parsed document without recursion: every key written twice in one mapping, and the
 * first collection nested deeper than the limit (before `toJS`, which recurses).
 */
function checkNodes(
  doc: YamlDoc,
  file: string,
  at: (offset: number) => SourceLocation,
  limits: ReadLimits,
): LocatedDiagnostic<YamlCode>[] {
  const out: LocatedDiagnostic<YamlCode>[] = [];
  const stack: { node: unknown; path: Path }[] = [{ node: doc.contents, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, path } = top;
    if (!isMap(node) && !isSeq(node)) continue;
    if (path.length + 1 > limits.maxDepth) {
      return [tooDeep(at(node.range?.[0] ?? 0), path, limits)];
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push({ node: item, path: [...path, i] });
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
      if (key !== undefined) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else {
          const second = at(offset);
          out.push(
            duplicateKey(
              file,
              [...path, key],
              { line: second.line ?? 1, column: Number(second.column ?? 1) },
              at(first).line ?? 1,
            ),
          );
        }
      }
      stack.push({ node: pair.value, path: [...path, key ?? String(pair.key)] });
    }
  }
  return out.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

/** The line and column of the deepest node on a path that the document has. */
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
