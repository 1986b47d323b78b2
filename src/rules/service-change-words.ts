/**
 * Words the service change rules share: the section of the NHS Act 2006 behind a duty.
 *
 * @module
 */
import type { ServiceChangeDuty } from "../frameworks/service-change-law.js";
import { involvementDuties } from "../frameworks/service-change-law.js";

/**
 * The section of the NHS Act 2006 behind a duty, as a message names it.
 *
 * @param duty - the duty's id
 * @returns e.g. `"section 242"`
 * @example
 * ```ts
 * dutySection("nhs-act-2006-s14z45"); // "section 14Z45"
 * ```
 */
export function dutySection(duty: ServiceChangeDuty): string {
  return involvementDuties()[duty].section;
}
