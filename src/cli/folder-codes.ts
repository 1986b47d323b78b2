import type { LimitCode } from "../io/limits.js";
import { declareCodes } from "../result.js";

/**
 * The diagnostic codes of reading a folder's files from disk (`folder.ts` raises them; they are
 * declared here, without Node, for the catalogue of codes), each with an example:
 * `CliDiagnosticCode` (in `diagnostics.ts`) is built from this table and docs/diagnostics.md
 * lists it.
 */
export const FOLDER_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "csv/not-a-file",
    severity: "error",
    title:
      "A name ppie reads in the folder that is not a file (a folder, a broken link, a link loop)",
    example: {
      path: ["impacts.csv"],
      message:
        "impacts.csv is a link to ../old/impacts.csv, which does not exist, so it was not read.",
      hint: "Point the link at the CSV file, or copy the file itself into the folder.",
    },
  },
  {
    code: "csv/cannot-open",
    severity: "error",
    title: "A CSV file that cannot be opened",
    example: {
      path: ["impacts.csv"],
      message: "impacts.csv could not be opened (permission denied), so it was not read.",
      hint: "Check that you may read the file (its permissions), then run again.",
    },
  },
]);

/** The codes of {@link FOLDER_CODES}, and the size limit. */
export type FolderCode = (typeof FOLDER_CODES)[number]["code"] | LimitCode;
