import { formatCount } from "../format.js";
import { declareCodes } from "../result.js";
import type { LocatedDiagnostic } from "./location.js";
import { describePath, fileProblem } from "./location.js";

/**
 * The diagnostic code for a key written twice in one object of a JSON or YAML file, with an
 * example (docs/diagnostics.md lists it).
 */
export const DUPLICATE_KEY_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "input/duplicate-key",
    severity: "error",
    title: "A key written twice in the same object of a JSON or YAML file",
    example: {
      path: ["data.json"],
      message:
        'data.json line 2201, column 3: the key "impacts" appears a second time in the same object (at impacts; the first is on line 1530). Only one of the two could be kept, so neither is.',
      hint: "Merge the two into one (for example, one list with all the records), or delete the one you do not want.",
    },
  },
]);

/**
 * The diagnostic code of a key written twice in one object.
 *
 * @category IO
 */
export type DuplicateKeyCode = (typeof DUPLICATE_KEY_CODES)[number]["code"];

/**
 * The diagnostic for a key that appears twice in one object: JSON.parse and most YAML readers
 * silently keep the last, so the records under the first would vanish.
 *
 * @param file - the file name
 * @param path - the path to the key (its object's path, then the key)
 * @param at - the line and column of the second occurrence
 * @param firstLine - the line of the first occurrence
 * @returns the diagnostic
 * @example
 * ```ts
 * duplicateKey("a.json", ["impacts"], { line: 9, column: 3 }, 2).code; // "input/duplicate-key"
 * ```
 * @category IO
 */
export function duplicateKey(
  file: string,
  path: readonly (string | number)[],
  at: { line: number; column: number },
  firstLine: number,
): LocatedDiagnostic<DuplicateKeyCode> {
  const key = path[path.length - 1];
  return fileProblem<DuplicateKeyCode>(
    "input/duplicate-key",
    "error",
    { file, line: at.line, column: at.column },
    `${file} line ${formatCount(at.line)}, column ${formatCount(at.column)}: the key ${JSON.stringify(String(key))} appears a second time in the same object (at ${describePath(path)}; the first is on line ${formatCount(firstLine)}). Only one of the two could be kept, so neither is.`,
    "Merge the two into one (for example, one list with all the records), or delete the one you do not want.",
  );
}
