import * as z from "zod";
import { CHOICE_DATA_CONSISTENCY } from "../frameworks/design-choices.js";
import type { RuleFinding } from "./define.js";
import { defineRule } from "./define.js";

/**
 * `event/bursary-places-fewer-than-listed`: an event records fewer bursary places
 * (`bursaryPlaces`) than the contributors it lists on a bursary. Reports count the larger of
 * the two (see `bursaryPlaces` in derive/events.ts), so the figure is not lost, but one of the
 * two records is wrong.
 *
 * @example
 * ```ts
 * eventBursaryPlacesFewerThanListed.severity; // "warning"
 * ```
 * @category Rules
 */
export const eventBursaryPlacesFewerThanListed = defineRule({
  code: "event/bursary-places-fewer-than-listed",
  title: "Fewer bursary places than bursary holders listed",
  description:
    "An event's number of bursary places counts every place given, named or not, so it cannot be fewer than the contributors listed on a bursary. Reports count the larger of the two; correct whichever is wrong.",
  severity: "warning",
  category: "reporting",
  entity: "events",
  source: CHOICE_DATA_CONSISTENCY,
  options: z.strictObject({}),
  example: {
    path: ["events", 3, "bursaryPlaces"],
    message: "Event e-4 records 2 bursary places but lists 3 contributors on a bursary.",
    hint: "Correct the number of bursary places (every place given, named or not), or the contributors listed on a bursary.",
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const list = ctx.dataset.events;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.bursaryPlaces === undefined) continue;
      let listed = 0;
      for (const c of e.contributors) if (c.role === "bursary") listed += 1;
      if (e.bursaryPlaces >= listed) continue;
      out.push({
        path: ["events", i, "bursaryPlaces"],
        message: `Event ${e.id} records ${e.bursaryPlaces} bursary place${e.bursaryPlaces === 1 ? "" : "s"} but lists ${listed} contributor${listed === 1 ? "" : "s"} on a bursary.`,
        hint: "Correct the number of bursary places (every place given, named or not), or the contributors listed on a bursary.",
      });
    }
    return out;
  },
});
