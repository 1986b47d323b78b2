import type * as z from "zod";
import type { PaymentRate } from "../frameworks/payment-rates.js";
import { createFrameworkRegistry } from "../frameworks/registry.js";
import type { Dataset } from "../model/dataset.js";
import { describeError, describeValue } from "../format.js";
import { isIsoDate, MAX_DATE, MIN_DATE } from "../model/period.js";
import type { Diagnostic, DiagnosticCode, Severity } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { FrameworkLookup, RuleContext } from "./context.js";
import { asOf as asOfDate } from "../derive/as-of.js";
import { facts } from "../derive/facts.js";
import { rateInForce } from "../derive/rates.js";
import type { AnyRule, RuleFinding } from "./define.js";
import type { BuiltinRuleCode } from "./registry.js";
import { builtinRules } from "./registry.js";
import { sortDiagnostics } from "./sort.js";
import { ownOptionsDeep } from "../own-options.js";

/**
 * Any one of the built-in rules.
 *
 * @category Rules
 */
export type BuiltinRule = (typeof builtinRules)[number];

/**
 * The options each built-in rule takes, by code (as written by a caller: every field optional).
 *
 * @example
 * ```ts
 * const o: BuiltinRuleOptions["activity/no-feedback-to-contributors"] = { days: 60 };
 * ```
 * @category Rules
 */
export type BuiltinRuleOptions = { [R in BuiltinRule as R["code"]]: z.input<R["options"]> };

/**
 * How to configure one rule: `"off"` (or `false`) to switch it off, a severity to change its
 * severity, or an object with either or both of `severity` and `options`.
 *
 * @typeParam O - the rule's options
 * @example
 * ```ts
 * const s: RuleSetting<{ days?: number }> = { severity: "error", options: { days: 30 } };
 * ```
 * @category Rules
 */
export type RuleSetting<O = Record<string, unknown>> =
  | "off"
  | false
  | Severity
  | { severity?: Severity | "off"; options?: O };

/**
 * Settings for rules by code: typed for the built-in rules, open for your own.
 *
 * @example
 * ```ts
 * const rules: RuleSettings = {
 *   "project/coproduced-few-stages": { options: { minStages: 4 } },
 *   "strategy/metric-no-target": "off",
 *   "payment/off-rate": "error",
 * };
 * ```
 * @category Rules
 */
export type RuleSettings = { [C in BuiltinRuleCode]?: RuleSetting<BuiltinRuleOptions[C]> } & {
  [code: string]: RuleSetting | undefined;
};

/**
 * Options for {@link checkDataset}.
 *
 * @typeParam R - your own rules, as given in `extraRules` (their codes type the diagnostics)
 * @example
 * ```ts
 * const opts: CheckOptions = { asOf: "2026-03-31", rules: { "activity/no-feedback-to-contributors": { options: { days: 60 } } } };
 * ```
 * @category Rules
 */
export interface CheckOptions<R extends readonly AnyRule[] = readonly AnyRule[]> {
  /**
   * The as-of date (ISO `YYYY-MM-DD`) taken as today, for rules about how long ago something
   * happened. Default: the latest date recorded in the dataset (see `docs/definitions.md`),
   * never the clock, so the same dataset always gives the same diagnostics.
   */
  asOf?: string;
  /** Switch rules off, change their severity or set their options, by code. */
  rules?: RuleSettings;
  /** Your own rules (made with `defineRule`), run and configured like the built-in ones. */
  extraRules?: R;
  /** Where scales are looked up. Default: `createFrameworkRegistry()` (ppie's frameworks). */
  frameworks?: FrameworkLookup;
  /**
   * The fallback payment-rate table, used for a scheme and activity code the dataset's own
   * `paymentRates` do not cover. Default: `NIHR_PAYMENT_RATES` (every row UNVERIFIED).
   */
  paymentRates?: readonly PaymentRate[];
}

/**
 * The diagnostics `checkDataset` itself produces about its options (not about the data), with
 * an example of each, for docs/diagnostics.md.
 *
 * @example
 * ```ts
 * CHECK_CODES.map((c) => c.code).includes("check/unknown-rule"); // true
 * ```
 * @category Rules
 */
export const CHECK_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "check/unknown-rule",
    severity: "warning",
    title: "Unknown rule code in the options",
    example: {
      path: ["rules", "payment/of-rate"],
      message: 'There is no rule "payment/of-rate", so this setting does nothing.',
      hint: "Check the code against docs/diagnostics.md.",
    },
  },
  {
    code: "check/invalid-option",
    severity: "warning",
    title: "Invalid option or setting",
    example: {
      path: ["rules", "activity/no-feedback-to-contributors", "options", "days"],
      message:
        'Option "days" of rule activity/no-feedback-to-contributors is not valid: Invalid input: expected number, received string.',
      hint: "The rule runs with its default options; fix the setting to use your own.",
    },
  },
  {
    code: "check/duplicate-rule",
    severity: "warning",
    title: "Two rules with the same code",
    example: {
      path: ["extraRules", 0, "code"],
      message:
        'A rule with code "payment/off-rate" is already registered, so this one was skipped.',
      hint: "Give your rule its own code (e.g. prefix it with your organisation's name).",
    },
  },
  {
    code: "check/invalid-finding",
    severity: "error",
    title: "A rule returned a finding that is not valid",
    example: {
      path: ["extraRules", 0, "findings", 3],
      message:
        'Rule "local/my-rule" returned a finding (number 3) that is not valid, so it is not listed: a finding needs a path (a list of field names and whole-number indexes), a message and optionally a hint, all text.',
      hint: "Fix the rule's check function so each finding is { path, message, hint? }.",
    },
  },
  {
    code: "check/rule-failed",
    severity: "error",
    title: "A rule failed to run",
    example: {
      path: ["extraRules", 0],
      message:
        'Rule "local/my-rule" failed and its findings are missing: Cannot read properties of undefined.',
      hint: "Fix the rule's check function; built-in rules never fail, so report it if one does.",
    },
  },
]);

const SEVERITIES: readonly string[] = ["error", "warning", "info"];
const OPTION_KEYS = new Set(["asOf", "rules", "extraRules", "frameworks", "paymentRates"]);

function issuePath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "number" ? p : String(p)));
}

interface Resolved {
  severity: Severity | "off";
  options: unknown;
}

function resolveSetting(
  rule: AnyRule,
  setting: unknown,
  where: (string | number)[],
  out: Diagnostic<string>[],
): Resolved {
  let severity: Severity | "off" = rule.severity;
  let raw: unknown = {};
  const bad = (message: string): void => {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        where,
        message,
        'Use "off", false, "error", "warning", "info", or { severity, options }.',
      ),
    );
  };
  if (setting === undefined) {
    // defaults
  } else if (setting === false || setting === "off") severity = "off";
  else if (typeof setting === "string" && SEVERITIES.includes(setting))
    severity = setting as Severity;
  else if (typeof setting === "object" && setting !== null && !Array.isArray(setting)) {
    const s = setting as Record<string, unknown>;
    for (const k of Object.keys(s)) {
      if (k !== "severity" && k !== "options")
        bad(`The setting for rule ${rule.code} has an unknown field "${k}".`);
    }
    if (s.severity !== undefined) {
      if (
        s.severity === "off" ||
        (typeof s.severity === "string" && SEVERITIES.includes(s.severity))
      ) {
        severity = s.severity as Severity | "off";
      } else bad(`The severity for rule ${rule.code} must be "error", "warning", "info" or "off".`);
    }
    if (s.options !== undefined) raw = s.options;
  } else bad(`The setting for rule ${rule.code} is not valid.`);

  const parsed = rule.options.safeParse(ownOptionsDeep(raw));
  if (parsed.success) return { severity, options: ownOptionsDeep(parsed.data) };
  for (const issue of parsed.error.issues) {
    const sub = issuePath(issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push(
          diagnostic(
            "check/invalid-option",
            "warning",
            [...where, "options", ...sub, key],
            `Rule ${rule.code} has no option "${[...sub, key].join(".")}".`,
            "The rule runs with its default options; see docs/diagnostics.md for the options it takes.",
          ),
        );
      }
    } else {
      out.push(
        diagnostic(
          "check/invalid-option",
          "warning",
          [...where, "options", ...sub],
          `Option "${sub.join(".") || "options"}" of rule ${rule.code} is not valid: ${issue.message}.`,
          "The rule runs with its default options; fix the setting to use your own.",
        ),
      );
    }
  }
  const fallback = rule.options.safeParse(Object.create(null));
  return fallback.success
    ? { severity, options: ownOptionsDeep(fallback.data) }
    : { severity: "off", options: {} };
}

/**
 * Check a parsed dataset against good PPIE practice: run every domain rule (built-in and your
 * own), each through shared indexes built once, and return its findings as diagnostics sorted
 * deterministically and without duplicates. Never throws on bad data or bad options: problems
 * with the options themselves are diagnostics too (`check/unknown-rule`, `check/invalid-option`).
 * The cost grows linearly with the size of the dataset.
 *
 * The diagnostics are typed by code: ppie's own codes ({@link DiagnosticCode}), and the codes of
 * the rules you pass in `extraRules`, taken from the rules themselves. With no `extraRules` the
 * result is a plain `Diagnostic[]`; with `extraRules: [myRule]`, where `myRule` was made by
 * `defineRule({ code: "local/my-rule", ... })`, it is `Diagnostic<DiagnosticCode | "local/my-rule">[]`,
 * so a `switch (d.code)` covers your codes too. (Rules held in a variable typed
 * `readonly AnyRule[]` have `string` codes, and so do their diagnostics.)
 *
 * @typeParam R - your own rules (inferred from `opts.extraRules`)
 * @param dataset - a dataset, usually from `parseDataset`
 * @param opts - rule settings, the as-of date, your own rules, frameworks and rates
 * @returns the diagnostics (empty when the dataset follows every rule)
 * @example
 * ```ts
 * const diags = checkDataset(demoDataset);
 * diags.filter((d) => d.severity === "error").length; // 0
 * checkDataset(demoDataset, { rules: { "group/no-seldom-heard": "off" } });
 * ```
 * @category Rules
 */
export function checkDataset<const R extends readonly AnyRule[] = readonly []>(
  dataset: Dataset,
  opts: CheckOptions<R> = {},
): Diagnostic<DiagnosticCode | R[number]["code"]>[] {
  const out: Diagnostic<DiagnosticCode | R[number]["code"]>[] = [];
  const options = readOptions(opts, out);
  const rules: { rule: AnyRule; where: (string | number)[] }[] = [];
  const byCode = new Map<string, AnyRule>();
  builtinRules.forEach((rule, i) => {
    byCode.set(rule.code, rule);
    rules.push({ rule, where: ["builtinRules", i] });
  });
  extraRulesOf(options.extraRules, out).forEach(({ rule, i }) => {
    if (byCode.has(rule.code)) {
      out.push(
        diagnostic(
          "check/duplicate-rule",
          "warning",
          ["extraRules", i, "code"],
          `A rule with code "${rule.code}" is already registered, so this one was skipped.`,
          "Give your rule its own code (e.g. prefix it with your organisation's name).",
        ),
      );
      return;
    }
    byCode.set(rule.code, rule);
    rules.push({ rule, where: ["extraRules", i] });
  });

  const settings = settingsOf(options.rules, out);
  for (const code of settings.keys()) {
    if (!byCode.has(code)) {
      out.push(
        diagnostic(
          "check/unknown-rule",
          "warning",
          ["rules", code],
          `There is no rule "${code}", so this setting does nothing.`,
          "Check the code against docs/diagnostics.md.",
        ),
      );
    }
  }

  const given =
    typeof options.asOf === "string" && isIsoDate(options.asOf) ? options.asOf : undefined;
  const asOf = asOfDate(dataset, given);
  if (options.asOf !== undefined && given === undefined) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        ["asOf"],
        `The asOf option must be a date written YYYY-MM-DD from ${MIN_DATE} to ${MAX_DATE}; the latest date in the dataset (${asOf}) was used instead.`,
        'Pass e.g. asOf: "2026-03-31".',
      ),
    );
  }

  const bundled = orUndefined(() =>
    Array.isArray(options.paymentRates)
      ? (options.paymentRates as readonly PaymentRate[])
      : undefined,
  );
  const lookup = orUndefined(() => {
    const l = options.frameworks as FrameworkLookup | undefined;
    return typeof l === "object" && l !== null && typeof l.get === "function" ? l : undefined;
  });
  const ctx: RuleContext = {
    dataset,
    asOf,
    frameworks: lookup ?? createFrameworkRegistry(),
    index: facts(dataset),
    rateInForce: (l) =>
      bundled === undefined ? rateInForce(dataset, l) : rateInForce(dataset, l, bundled),
  };
  for (const { rule, where } of rules) {
    const problems: Diagnostic<string>[] = [];
    runRule(rule, where, settings.get(rule.code), ctx, problems);
    // A rule's code is a built-in rule code or the code of one of `opts.extraRules`.
    out.push(...(problems as Diagnostic<DiagnosticCode | R[number]["code"]>[]));
  }
  return sortDiagnostics(out);
}

/** What `read` gives, or `undefined` when reading throws (a getter or a Proxy trap). */
function orUndefined<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The options as a record of their fields; anything else is a warning and no options. */
function readOptions(opts: unknown, out: Diagnostic<string>[]): Record<string, unknown> {
  if (opts === undefined) return {};
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        [],
        `The options of checkDataset must be an object, but they are ${describeValue(opts)}; the defaults were used.`,
        'Pass e.g. { asOf: "2026-03-31" }, or leave the options out.',
      ),
    );
    return {};
  }
  const own: Record<string, unknown> = Object.create(null);
  const unknown: string[] = [];
  try {
    for (const key of Object.keys(opts)) {
      if (OPTION_KEYS.has(key)) own[key] = (opts as Record<string, unknown>)[key];
      else unknown.push(key);
    }
  } catch (err) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        [],
        `The options of checkDataset could not be read (${describeError(err)}); the defaults were used.`,
        'Pass plain data, e.g. { asOf: "2026-03-31" }.',
      ),
    );
    return Object.create(null);
  }
  for (const key of unknown) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        [key],
        `"${key}" is not an option of checkDataset, so it was ignored.`,
        "The options are asOf, rules, extraRules, frameworks and paymentRates.",
      ),
    );
  }
  return own;
}

/** The rule settings by code; settings that are not an object are a warning and none. */
function settingsOf(raw: unknown, out: Diagnostic<string>[]): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  if (raw === undefined) return settings;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        ["rules"],
        "The rules option must be an object keyed by rule code.",
        'For example { "payment/off-rate": "off" }.',
      ),
    );
    return settings;
  }
  try {
    // Own properties only, nested settings too: a setting inherited from a prototype (or a
    // polluted Object.prototype) neither turns a rule off nor changes its options.
    for (const code of Object.keys(raw))
      settings.set(code, ownOptionsDeep((raw as Record<string, unknown>)[code]));
  } catch (err) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        ["rules"],
        `The rules option could not be read (${describeError(err)}); every rule runs with its defaults.`,
        'Pass plain data, e.g. { "payment/off-rate": "off" }.',
      ),
    );
    settings.clear();
  }
  return settings;
}

/**
 * The caller's own rules with their positions. A value that is not a list, or an entry that
 * is not a rule (an object with a string `code`, a zod `options` schema and a `check`
 * function), is an error diagnostic: the findings it would have made are missing.
 */
function extraRulesOf(raw: unknown, out: Diagnostic<string>[]): { rule: AnyRule; i: number }[] {
  if (raw === undefined) return [];
  let list: unknown[];
  try {
    list = Array.isArray(raw) ? [...raw] : [];
  } catch (err) {
    out.push(
      diagnostic(
        "check/rule-failed",
        "error",
        ["extraRules"],
        `The extraRules option could not be read (${describeError(err)}), so none of its rules ran.`,
        "Pass a plain list of rules made with defineRule.",
      ),
    );
    return [];
  }
  if (!Array.isArray(raw)) {
    out.push(
      diagnostic(
        "check/invalid-option",
        "warning",
        ["extraRules"],
        `The extraRules option must be a list of rules made with defineRule, but it is ${describeValue(raw)}; it was ignored.`,
        "Pass e.g. { extraRules: [myRule] }.",
      ),
    );
    return [];
  }
  const rules: { rule: AnyRule; i: number }[] = [];
  list.forEach((rule: unknown, i) => {
    if (isRule(rule)) rules.push({ rule, i });
    else {
      out.push(
        diagnostic(
          "check/rule-failed",
          "error",
          ["extraRules", i],
          `extraRules[${i}] is not a rule (${describeValue(rule)} without a text code, an options schema and a check function), so it could not run.`,
          "Make each rule with defineRule({ code, options, check, ... }).",
        ),
      );
    }
  });
  return rules;
}

function isRule(rule: unknown): rule is AnyRule {
  if (typeof rule !== "object" || rule === null) return false;
  try {
    const r = rule as Partial<Record<keyof AnyRule, unknown>>;
    const options = r.options as { safeParse?: unknown } | null | undefined;
    return (
      typeof r.code === "string" &&
      typeof r.check === "function" &&
      typeof options === "object" &&
      options !== null &&
      typeof options.safeParse === "function" &&
      (r.severity === "error" || r.severity === "warning" || r.severity === "info")
    );
  } catch {
    return false;
  }
}

/**
 * Run one rule with its setting and add its findings (or why it could not run) to `out`.
 * Whatever the rule does (throw anything at all, return something that is not a list of
 * findings) becomes a diagnostic: a finding whose path, message or hint is not valid is
 * reported as `check/invalid-finding` instead of being kept.
 */
function runRule(
  rule: AnyRule,
  where: (string | number)[],
  setting: unknown,
  ctx: RuleContext,
  out: Diagnostic<string>[],
): void {
  const failed = (why: string): void => {
    out.push(
      diagnostic(
        "check/rule-failed",
        "error",
        where,
        `Rule "${rule.code}" failed and its findings are missing: ${why}.`,
        "Fix the rule's check function; built-in rules never fail, so report it if one does.",
      ),
    );
  };
  let findings: unknown;
  let severity: Severity | "off";
  try {
    const resolved = resolveSetting(rule, setting, ["rules", rule.code], out);
    severity = resolved.severity;
    if (severity === "off") return;
    findings = rule.check(ctx, resolved.options);
  } catch (err) {
    failed(describeError(err));
    return;
  }
  if (!Array.isArray(findings)) {
    failed(`it returned ${describeValue(findings)} instead of a list of findings`);
    return;
  }
  findings.forEach((f: unknown, i) => {
    const finding = validFinding(f);
    if (finding !== undefined) {
      out.push(
        diagnostic<string>(rule.code, severity, finding.path, finding.message, finding.hint),
      );
      return;
    }
    out.push(
      diagnostic(
        "check/invalid-finding",
        "error",
        [...where, "findings", i],
        `Rule "${rule.code}" returned a finding (number ${i}) that is not valid, so it is not listed: a finding needs a path (a list of field names and whole-number indexes), a message and optionally a hint, all text.`,
        "Fix the rule's check function so each finding is { path, message, hint? }.",
      ),
    );
  });
}

/** A copy of a finding when it is valid (never reading a getter twice), else `undefined`. */
function validFinding(f: unknown): RuleFinding | undefined {
  try {
    if (typeof f !== "object" || f === null) return undefined;
    const { path, message, hint } = f as Record<string, unknown>;
    if (!Array.isArray(path) || typeof message !== "string" || message === "") return undefined;
    if (hint !== undefined && typeof hint !== "string") return undefined;
    const copy: (string | number)[] = [];
    for (const p of path as unknown[]) {
      if (typeof p === "string" || (typeof p === "number" && Number.isSafeInteger(p) && p >= 0))
        copy.push(p);
      else return undefined;
    }
    return hint === undefined ? { path: copy, message } : { path: copy, message, hint };
  } catch {
    return undefined;
  }
}
