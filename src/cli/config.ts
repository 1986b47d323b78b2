/**
 * `ppie.config.json`: settings a team would otherwise repeat on every command (rule settings
 * and severities, the disclosure preset, the geography, the default period). Found from the
 * working directory upward (the first `ppie.config.json` in it or a folder above it, up to the
 * root of the file system), or named with `--config <path>`; `--no-config` reads none.
 * Validated strictly: a key ppie does not know, a rule that does not exist, an option a rule
 * does not take or a value of the wrong kind is a diagnostic with the key's path, file, line
 * and column (and a "did you mean" where a known name is close), and the command stops with
 * exit code 2 before reading any data. Flags given on the command line win over the file.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import * as z from "zod";
import { disclosurePresets } from "../frameworks/disclosure-presets.js";
import { decodeText } from "../io/decode.js";
import { readJson } from "../io/json.js";
import type { LocatedDiagnostic, SourceLocation } from "../io/location.js";
import { parsePeriod } from "../model/period.js";
import { diagnostic } from "../result.js";
import type { RuleSettings } from "../rules/check.js";
import { builtinRules } from "../rules/registry.js";
import type { Context, OptionSpec, ParsedArgs } from "./context.js";
import { suggest } from "../io/suggest.js";
import type { CliDiagnostic } from "./diagnostics.js";
import type { ConfigCode } from "./config-codes.js";
import { UsageError } from "./errors.js";

/** The file name ppie looks for. */
export const CONFIG_FILE = "ppie.config.json";

export type { ConfigCode } from "./config-codes.js";
export { CONFIG_CODES } from "./config-codes.js";

const SEVERITY = z.enum(["off", "error", "warning", "info"]);
const disclosureIds = Object.keys(disclosurePresets) as [string, ...string[]];

/** The settings, each checked on its own (rules are checked rule by rule below). */
const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  disclosure: z.enum(disclosureIds).optional(),
  geography: z.enum(["england", "england-and-wales"]).optional(),
  period: z
    .string()
    .refine((p) => parsePeriod(p) !== undefined, {
      message:
        'Not a period ppie reads: write e.g. "2025-26", "2025-26-Q1", "2025" or "2025-01-01..2025-06-30"',
    })
    .optional(),
});

const RuleObject = z.strictObject({
  severity: SEVERITY.optional(),
  options: z.unknown().optional(),
});

/**
 * The settings of a `ppie.config.json`, as checked.
 *
 * @category CLI
 */
export interface PpieConfig {
  /** Settings for rules by code: off, a severity, or `{ severity, options }`. */
  rules?: RuleSettings;
  /** The disclosure control preset for reports and `score representation`. */
  disclosure?: string;
  /** The reference geography for `score representation`. */
  geography?: "england" | "england-and-wales";
  /** The default period for reports and measures that cover one. */
  period?: string;
}

/**
 * The configuration in force: the settings, and the file they came from (none when no file
 * was found or `--no-config` was given).
 *
 * @category CLI
 */
export interface LoadedConfig {
  /** The settings (empty without a file). */
  config: PpieConfig;
  /** The file, relative to the working directory where it is below it; undefined for none. */
  file: string | undefined;
}

/**
 * The help entries of `--config` and `--no-config`, for every command that reads a dataset.
 *
 * @category CLI
 */
export const CONFIG_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  config: {
    type: "string",
    value: "<path>",
    description: `Read settings from this file (default: the nearest ${CONFIG_FILE}).`,
  },
  "no-config": { type: "boolean", description: `Read no ${CONFIG_FILE}.` },
};

const KEYS = Object.keys(ConfigSchema.shape);
const RULE_CODES = builtinRules.map((r) => r.code as string);

function problem(
  code: ConfigCode,
  path: (string | number)[],
  message: string,
  hint: string | undefined,
  locate: (p: readonly (string | number)[]) => SourceLocation | undefined,
): LocatedDiagnostic<ConfigCode> {
  const d = diagnostic<ConfigCode>(code, "error", path, message, hint);
  // the key's own line where it is known, else its parent's
  for (let n = path.length; n >= 0; n--) {
    const at = locate(path.slice(0, n));
    if (at) return { ...d, location: at };
  }
  return d;
}

function pathText(path: readonly (string | number)[]): string {
  return path
    .map((p, i) =>
      typeof p === "number"
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? `${i ? "." : ""}${p}`
          : `${i ? "." : ""}"${p}"`,
    )
    .join("");
}

/** Check one rule's setting: its form, its severity, and its options against the rule's. */
function checkRule(
  code: string,
  setting: unknown,
  file: string,
  locate: (p: readonly (string | number)[]) => SourceLocation | undefined,
  out: LocatedDiagnostic<ConfigCode>[],
): void {
  const rule = builtinRules.find((r) => r.code === code);
  const at: (string | number)[] = ["rules", code];
  if (rule === undefined) {
    const guess = suggest(code, RULE_CODES);
    out.push(
      problem(
        "config/unknown-rule",
        at,
        `${file} sets the rule "${code}", but there is no such rule.`,
        `${guess ? `Did you mean "${guess}"? ` : ""}The rules are listed in docs/diagnostics.md (run: ppie help diagnostics).`,
        locate,
      ),
    );
    return;
  }
  if (setting === false || (typeof setting === "string" && SEVERITY.safeParse(setting).success))
    return;
  const form = RuleObject.safeParse(setting);
  const bad = (path: (string | number)[], why: string, hint: string): void => {
    out.push(
      problem(
        "config/invalid-value",
        path,
        `In ${file}, ${pathText(path)} is not valid: ${why}.`,
        hint,
        locate,
      ),
    );
  };
  if (!form.success) {
    for (const issue of form.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const guess = suggest(key, ["severity", "options"]);
          out.push(
            problem(
              "config/unknown-key",
              [...at, key],
              `${file} has a setting "${key}" for rule ${code} that ppie does not know.`,
              `${guess ? `Did you mean "${guess}"? ` : ""}A rule takes "off", false, a severity, or { "severity", "options" }.`,
              locate,
            ),
          );
        }
      } else
        bad(
          [...at, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))],
          issue.message,
          'Write "off", false, "error", "warning", "info", or { "severity": ..., "options": { ... } }.',
        );
    }
    return;
  }
  if (form.data.options === undefined) return;
  const parsed = rule.options.safeParse(form.data.options);
  if (parsed.success) return;
  const known = Object.keys((rule.options as unknown as { shape?: object }).shape ?? {});
  for (const issue of parsed.error.issues) {
    const sub = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
    if (issue.code === "unrecognized_keys" && sub.length === 0) {
      for (const key of issue.keys) {
        const guess = suggest(key, known);
        out.push(
          problem(
            "config/unknown-key",
            [...at, "options", key],
            `${file} sets an option "${key}" that rule ${code} does not take.`,
            `${guess ? `Did you mean "${guess}"? ` : ""}Its options are: ${known.join(", ") || "none"} (see docs/diagnostics.md).`,
            locate,
          ),
        );
      }
    } else
      bad(
        [...at, "options", ...sub],
        issue.message,
        `See the options of ${code} in docs/diagnostics.md.`,
      );
  }
}

/**
 * Check the data of a config file: the settings, or every problem found.
 *
 * @param input - the parsed JSON
 * @param file - the file's name, for messages
 * @param locate - where a path is in the file
 * @returns the settings, or the diagnostics
 * @example
 * ```ts
 * const r = checkConfig({ disclosur: "ukhsa-5" }, "ppie.config.json", () => undefined);
 * r.ok; // false
 * if (!r.ok) r.diagnostics[0]?.code; // "config/unknown-key"
 * ```
 * @category CLI
 */
export function checkConfig(
  input: unknown,
  file: string,
  locate: (p: readonly (string | number)[]) => SourceLocation | undefined,
): { ok: true; config: PpieConfig } | { ok: false; diagnostics: LocatedDiagnostic<ConfigCode>[] } {
  const out: LocatedDiagnostic<ConfigCode>[] = [];
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const guess = suggest(key, KEYS);
          out.push(
            problem(
              "config/unknown-key",
              [...path, key],
              `${file} has a setting "${key}" that ppie does not know.`,
              `${guess ? `Did you mean "${guess}"? ` : ""}The settings are: ${KEYS.join(", ")}.`,
              locate,
            ),
          );
        }
      } else {
        const where = path.length === 0 ? "the file" : pathText(path);
        out.push(
          problem(
            "config/invalid-value",
            path,
            `In ${file}, ${where} is not valid: ${issue.message}.`,
            path[0] === "disclosure"
              ? `The presets are: ${disclosureIds.join(", ")}.`
              : path.length === 0
                ? 'Write an object, e.g. { "disclosure": "ukhsa-5" }.'
                : "See docs/cli.md for what each setting takes.",
            locate,
          ),
        );
      }
    }
  }
  const rules =
    typeof input === "object" && input !== null && !Array.isArray(input)
      ? (input as { rules?: unknown }).rules
      : undefined;
  if (typeof rules === "object" && rules !== null && !Array.isArray(rules))
    for (const [code, setting] of Object.entries(rules))
      checkRule(code, setting, file, locate, out);
  if (out.length > 0 || !parsed.success) return { ok: false, diagnostics: out };
  const { $schema: _schema, ...config } = parsed.data;
  return { ok: true, config: config as PpieConfig };
}

async function readIfThere(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new UsageError(
      `Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}.`,
    );
  }
}

/**
 * The nearest `ppie.config.json`: in `dir`, else in the folder above, up to the root.
 *
 * @param dir - where to start (the working directory)
 * @returns the path and bytes of the file, or undefined when there is none
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * writeFileSync("ppie.config.json", "{}");
 * mkdirSync("data");
 * (await findConfig("data"))?.path.endsWith("ppie.config.json"); // true
 * ```
 * @category CLI
 */
export async function findConfig(
  dir: string,
): Promise<{ path: string; bytes: Uint8Array } | undefined> {
  let at = resolve(dir);
  for (;;) {
    const path = join(at, CONFIG_FILE);
    const bytes = await readIfThere(path);
    if (bytes !== undefined) return { path, bytes };
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/**
 * A config problem that stops the command: the diagnostics, printed with their file, line and
 * column, then exit code 2.
 *
 * @category CLI
 */
export class ConfigError extends UsageError {
  /** What is wrong in the file. */
  readonly diagnostics: readonly CliDiagnostic[];

  /**
   * @param file - the config file, as shown
   * @param diagnostics - what is wrong
   */
  constructor(file: string, diagnostics: readonly CliDiagnostic[]) {
    super(
      `${file} has ${diagnostics.length === 1 ? "a problem" : `${diagnostics.length} problems`}, so nothing was read.`,
      `Fix it, name another file with --config <path>, or run without one with --no-config.`,
    );
    this.diagnostics = diagnostics;
  }
}

/**
 * The configuration for a command: `--no-config` none, `--config <path>` that file (which
 * must exist), else the nearest `ppie.config.json` from the working directory upward.
 *
 * @param ctx - run context
 * @param args - parsed arguments (`config`: a path, or false for `--no-config`)
 * @returns the configuration
 * @throws {@link UsageError} when `--config` names a file that does not exist
 * @throws {@link ConfigError} when the file is not valid
 * @example
 * ```ts
 * import { makeContext } from "./context.js";
 * const ctx = makeContext(io, {});
 * (await loadConfig(ctx, { values: { "no-config": true }, positionals: [] })).file; // undefined
 * ```
 * @category CLI
 */
export async function loadConfig(ctx: Context, args: ParsedArgs): Promise<LoadedConfig> {
  const flag = args.values.config;
  if (flag === false || args.values["no-config"] === true) return { config: {}, file: undefined };
  let found: { path: string; bytes: Uint8Array } | undefined;
  if (typeof flag === "string") {
    const path = ctx.resolve(flag);
    const bytes = await readIfThere(path);
    if (bytes === undefined)
      throw new UsageError(
        `Cannot find the config file "${flag}".`,
        `Check the path given to --config, or leave it out to use the nearest ${CONFIG_FILE}.`,
      );
    found = { path, bytes };
  } else found = await findConfig(ctx.io.cwd);
  if (found === undefined) return { config: {}, file: undefined };
  const rel = relative(ctx.io.cwd, found.path).split("\\").join("/");
  const file = rel === "" || isAbsolute(rel) ? found.path : rel;
  const decoded = decodeText(found.bytes, file);
  if (!decoded.ok) throw new ConfigError(file, decoded.diagnostics);
  const read = readJson(decoded.value.text, file);
  if (read.input === undefined || read.diagnostics.some((d) => d.severity === "error"))
    throw new ConfigError(file, read.diagnostics);
  const checked = checkConfig(read.input, file, read.locate);
  if (!checked.ok) throw new ConfigError(file, checked.diagnostics);
  return { config: checked.config, file };
}

/**
 * The configuration as `ppie config` prints it: the file it came from and its settings.
 *
 * @param loaded - the configuration
 * @returns JSON text
 * @example
 * ```ts
 * configText({ config: { disclosure: "ukhsa-5" }, file: "ppie.config.json" }).includes('"disclosure": "ukhsa-5"'); // true
 * ```
 * @category CLI
 */
export function configText(loaded: LoadedConfig): string {
  return `${JSON.stringify({ file: loaded.file ?? null, ...loaded.config }, null, 2)}\n`;
}
