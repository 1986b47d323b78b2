/**
 * Collect the diagnostic codes that the measures, report builders, renderers, frameworks
 * registry and CLI can emit, by reading their sources, so docs/diagnostics.md lists them too.
 * Each entry: the code, its module and the first plain-English message written for it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One code found in the sources. */
export interface FoundCode {
  code: string;
  severities: string[];
  modules: string[];
}

const CALL =
  /(?:diagnostic|fileDiagnostic|diag|issue)\(\s*(?:[\w.]+,\s*)?"([a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*)"(?:,\s*"(error|warning|info)")?/g;
const FIELD =
  /code:\s*"([a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*)"(?:,\s*severity:\s*"(error|warning|info)")?/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/**
 * Scan the source folders (not rules/ or model/, whose codes the registry documents).
 *
 * @param root - the repository root
 * @returns codes sorted by name
 */
export function scanDiagnosticCodes(root: string): FoundCode[] {
  const found = new Map<string, FoundCode>();
  for (const folder of ["scores", "reports", "render", "frameworks", "cli"]) {
    for (const file of files(join(root, "src", folder)).sort()) {
      const text = readFileSync(file, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
      const mod = relative(join(root, "src"), file).replace(/\.ts$/, "");
      for (const re of [CALL, FIELD]) {
        for (const m of text.matchAll(re)) {
          const code = m[1] as string;
          const entry = found.get(code) ?? { code, severities: [], modules: [] };
          if (m[2] && !entry.severities.includes(m[2])) entry.severities.push(m[2]);
          if (!entry.modules.includes(mod)) entry.modules.push(mod);
          found.set(code, entry);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

const AREA: Record<string, string> = {
  scores: "a measure in `scores`, `scoreDataset` or `disclosureControl`",
  reports: "`buildReport`",
  render: "a renderer",
  frameworks: "the frameworks registry",
  cli: "the `ppie` command line",
};

/**
 * The section of docs/diagnostics.md for codes outside the rule registry.
 *
 * @param found - codes from {@link scanDiagnosticCodes}
 * @returns Markdown
 */
export function otherCodesMarkdown(found: readonly FoundCode[]): string {
  const out: string[] = [];
  out.push("## Measures, reports and the command line");
  out.push("");
  out.push(
    "Measures return these inside their `Score.diagnostics` (with `value: null` when the measure cannot be computed); `buildReport`, `disclosureControl` and the frameworks registry return them in a `Result`; the CLI prints them. Each message names the value concerned and says what to do. Listed from the sources by `scripts/gen-diagnostics.ts`.",
  );
  out.push("");
  out.push("| Code | Severity | From |");
  out.push("|---|---|---|");
  for (const f of found) {
    const where = f.modules.map((m) => `\`src/${m}.ts\``).join(", ");
    const area = AREA[f.modules[0]?.split("/")[0] ?? ""] ?? "";
    out.push(
      `| \`${f.code}\` | ${f.severities.join(" or ") || "see source"} | ${area}: ${where} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
