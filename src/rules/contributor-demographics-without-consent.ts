import * as z from "zod";
import { CHOICE_PRIVACY } from "../frameworks/design-choices.js";
import { match } from "ts-pattern";
import type { Demographics } from "../model/contributor.js";
import { consentStatus } from "../derive/people.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

const FIELDS: readonly (keyof Demographics)[] = [
  "ageBand",
  "sex",
  "ethnicGroup",
  "disability",
  "imdDecile",
];

/**
 * `contributor/demographics-without-consent`: demographic data is held for a contributor
 * without a recorded consent (none recorded, consent not given, or consent withdrawn on or
 * before today).
 *
 * @example
 * ```ts
 * contributorDemographicsWithoutConsent.severity; // "error"
 * ```
 * @category Rules
 */
export const contributorDemographicsWithoutConsent = defineRule({
  code: "contributor/demographics-without-consent",
  title: "Demographics held without consent",
  description:
    "Demographics such as ethnic group, disability or age are sensitive personal data, collected to check who is and is not being heard. Hold them only with the person's recorded consent, and delete them when consent is withdrawn.",
  severity: "error",
  category: "privacy",
  entity: "contributors",
  source: CHOICE_PRIVACY,
  options: z.strictObject({}),
  example: {
    path: ["contributors", 4, "demographics"],
    message: "Contributor c-0005 has demographic data but no recorded consent to hold it.",
    hint: "Record the consent (consent.demographics with the date given), or delete the demographic data.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.contributors;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const d = c.demographics;
      if (d === undefined || !FIELDS.some((f) => d[f] !== undefined)) continue;
      const consent = c.consent.demographics;
      const status = consentStatus(c, "demographics", ctx.asOf);
      if (status === "in-force") continue;
      const problem = match(status)
        .with("none", () => "no recorded consent to hold it")
        .with("refused", () => `a recorded refusal of consent (${consent?.date})`)
        .with("withdrawn", () => `consent that was withdrawn on ${consent?.withdrawn}`)
        .with("not-yet", () => `consent dated ${consent?.date}, after the as-of date (${ctx.asOf})`)
        .exhaustive();
      out.push({
        path: ["contributors", i, "demographics"],
        message: `Contributor ${c.id} has demographic data but ${problem}.`,
        hint: "Record the consent (consent.demographics with the date given), or delete the demographic data.",
      });
    }
    return out;
  },
});
