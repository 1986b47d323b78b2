import { unzipSync } from "fflate";
import { XmlError } from "./xml.js";

/** The parts of a zip archive that were asked for, and the names of all of them. */
export interface ZipParts {
  /** Every entry's name. */
  names: string[];
  /** The text (UTF-8) of the parts asked for; throws `XmlError` when a part is not UTF-8. */
  text: (name: string) => string | undefined;
}

/** Why a zip archive was not read. */
export type ZipProblem =
  | { problem: "damaged"; why: string }
  | { problem: "too-large"; part: string };

/**
 * Unpack the parts of a zip archive that `want` names, refusing one whose declared size would
 * take the total over `maxBytes` before anything is inflated (fflate writes no more than the
 * declared size, so an archive that lies about it gives a truncated part, never more memory).
 *
 * @param bytes - the archive
 * @param want - which entries to unpack
 * @param maxBytes - the most bytes to unpack in all
 * @returns the parts, or why not
 * @example
 * ```ts
 * import { writeWorkbook } from "./xlsx-write.js";
 * const bytes = writeWorkbook([{ name: "a", rows: [] }]);
 * const parts = unzipParts(bytes, (name) => name === "xl/workbook.xml", 1_000_000);
 * "names" in parts && parts.names.includes("xl/styles.xml"); // true
 * ```
 */
export function unzipParts(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  maxBytes: number,
): ZipParts | ZipProblem {
  const names: string[] = [];
  let total = 0;
  let over: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        if (!want(f.name) || over !== undefined) return false;
        total += f.originalSize;
        if (total > maxBytes) {
          over = f.name;
          return false;
        }
        return true;
      },
    });
  } catch (err) {
    return { problem: "damaged", why: err instanceof Error ? err.message : String(err) };
  }
  if (over !== undefined) return { problem: "too-large", part: over };
  const decoded = new Map<string, string>();
  return {
    names,
    text: (name) => {
      const cached = decoded.get(name);
      if (cached !== undefined) return cached;
      const raw = files[name];
      if (raw === undefined) return undefined;
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
      } catch {
        throw new XmlError(`${name} is not UTF-8 text`);
      }
      decoded.set(name, text);
      return text;
    },
  };
}
