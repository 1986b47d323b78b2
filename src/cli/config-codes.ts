import { declareCodes } from "../result.js";

/**
 * The diagnostics about a `ppie.config.json` (`config.ts` raises them; they are declared here,
 * without Node, for the catalogue of codes), with an example of each, for docs/diagnostics.md.
 *
 * @category CLI
 */
export const CONFIG_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "config/unknown-key",
    severity: "error",
    title: "A setting ppie does not know in ppie.config.json",
    example: {
      path: ["disclosur"],
      message: 'ppie.config.json has a setting "disclosur" that ppie does not know.',
      hint: 'Did you mean "disclosure"? The settings are: $schema, rules, disclosure, geography, period.',
    },
  },
  {
    code: "config/unknown-rule",
    severity: "error",
    title: "A rule that does not exist in ppie.config.json",
    example: {
      path: ["rules", "payment/of-rate"],
      message: 'ppie.config.json sets the rule "payment/of-rate", but there is no such rule.',
      hint: 'Did you mean "payment/off-rate"? The rules are listed in docs/diagnostics.md.',
    },
  },
  {
    code: "config/invalid-value",
    severity: "error",
    title: "A setting of the wrong kind in ppie.config.json",
    example: {
      path: ["rules", "service-change/consultation-shorter-than-minimum", "options", "minimumDays"],
      message:
        'In ppie.config.json, rules."service-change/consultation-shorter-than-minimum".options.minimumDays is not valid: Invalid input: expected number, received string.',
      hint: "Write the number of days without quotes, e.g. 42.",
    },
  },
]);

/**
 * A code about `ppie.config.json`.
 *
 * @category CLI
 */
export type ConfigCode = (typeof CONFIG_CODES)[number]["code"];
