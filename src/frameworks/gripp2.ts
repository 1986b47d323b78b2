import { gripp2LongForm } from "./gripp2-lf.js";
import { gripp2ShortForm } from "./gripp2-sf.js";

/**
 * Both GRIPP2 checklists together, under the name the public API uses: the short form
 * (5 items) and the long form (17 of 34 items shipped, `complete: false`).
 *
 * Source: Staniszewska et al. 2017 (BMJ 2017;358:j3453).
 *
 * @example
 * ```ts
 * gripp2.shortForm.items.length; // 5
 * gripp2.longForm.complete; // false
 * ```
 * @category Frameworks
 */
export const gripp2 = { shortForm: gripp2ShortForm, longForm: gripp2LongForm } as const;
