/**
 * `--reporter sarif`: what `ppie validate` found as a SARIF 2.1.0 log (the OASIS Static
 * Analysis Results Interchange Format, https://docs.oasis-open.org/sarif/sarif/v2.1.0/), which
 * GitHub code scanning and other CI dashboards read. One run; its tool's rules are the codes
 * `ppie validate` can report, read from the catalogue docs/diagnostics.md is generated from
 * (`validateCatalogue`: title, default severity, in the page's order); each result names its
 * rule, its level, the message and hint, the file, line and column, and the path in the data.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import { validateCatalogue } from "../diagnostics-catalogue.js";
import { describePath } from "../io/location.js";
import type { DeclaredCode, Severity } from "../result.js";
import type { CliDiagnostic } from "./diagnostics.js";
import type { ValidatedInput } from "./validated.js";
import { artifactPath } from "./validated.js";
import { VERSION } from "./version.js";

/** The schema a SARIF 2.1.0 log names (the OASIS standard's, errata 01). */
export const SARIF_SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/**
 * SARIF levels for ppie's severities.
 *
 * @category CLI
 */
export type SarifLevel = "error" | "warning" | "note";

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/** A rule of the log's tool (a ppie diagnostic code). */
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  help: { text: string };
}

function ruleOf(c: DeclaredCode): SarifRule {
  const severity = typeof c.severity === "string" ? c.severity : c.severity[0];
  return {
    id: c.code,
    shortDescription: { text: c.title },
    fullDescription: {
      text: `${c.title}. For example: ${c.example.message}${c.example.hint === undefined ? "" : ` ${c.example.hint}`}`,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    help: {
      text: `See "${c.code}" in docs/diagnostics.md (in the installed package, or run: ppie help diagnostics).`,
    },
  };
}

function uriOf(path: string): string {
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path)) return pathToFileURL(path).href;
  return path.split("/").map(encodeURIComponent).join("/");
}

function resultOf(
  r: ValidatedInput,
  d: CliDiagnostic,
  cwd: string,
  index: ReadonlyMap<string, number>,
): Record<string, unknown> {
  const file = artifactPath(r, d, cwd);
  const region: Record<string, number> = {};
  if (d.location?.line !== undefined) {
    region.startLine = d.location.line;
    if (typeof d.location.column === "number") region.startColumn = d.location.column;
  }
  const location: Record<string, unknown> = {};
  if (file !== undefined)
    location.physicalLocation = {
      artifactLocation: { uri: uriOf(file) },
      ...(Object.keys(region).length > 0 ? { region } : {}),
    };
  if (d.path.length > 0)
    location.logicalLocations = [{ fullyQualifiedName: describePath(d.path), kind: "member" }];
  const ruleIndex = index.get(d.code);
  return {
    ruleId: d.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[d.severity],
    message: { text: d.hint === undefined ? d.message : `${d.message}\n${d.hint}` },
    ...(Object.keys(location).length > 0 ? { locations: [location] } : {}),
    ...(file === undefined ? { properties: { input: r.file } } : {}),
  };
}

/**
 * The SARIF 2.1.0 log of a `ppie validate` run.
 *
 * @param results - what validate found
 * @param cwd - the working directory (paths are written relative to it)
 * @param keep - which diagnostics to write (all unless `--quiet`)
 * @returns the log, ready for `JSON.stringify`
 * @example
 * ```ts
 * sarifLog([], "/repo").version; // "2.1.0"
 * ```
 * @category CLI
 */
export function sarifLog(
  results: readonly ValidatedInput[],
  cwd: string,
  keep: (d: CliDiagnostic) => boolean = () => true,
): { $schema: string; version: "2.1.0"; runs: Record<string, unknown>[] } {
  const rules = validateCatalogue().map(ruleOf);
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ppie",
            version: VERSION,
            semanticVersion: VERSION,
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results: results.flatMap((r) =>
          r.diagnostics.filter(keep).map((d) => resultOf(r, d, cwd, index)),
        ),
      },
    ],
  };
}
