/**
 * Activities' levels as reports show them: in the words of the scale each activity used (the
 * organisation's own: "Partner" on Cancer Research UK's consult, collaborate, partner) beside
 * ppie's common public influence level, written by `formatLevel` (format.ts) for every report.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import {
  byStartThenId,
  cell,
  formatCount,
  formatDate,
  formatLevel,
  formatList,
  plural,
  scaleName,
  stageLabel,
} from "./format.js";
import type { ReportContext } from "./options.js";
import type { Block } from "./report.js";

/**
 * The table of the project's involvement activities in the period with the level each recorded:
 * the word on the scale it used (the organisation's own words) beside the public influence
 * level it converts to (`formatLevel`, the one formatter every report uses); nothing when the
 * project had no involvement activity.
 *
 * @param activities - the project's activities in the period (any mode; involvement listed)
 * @param ctx - the checked options
 * @returns the table, or no block
 */
export function activityLevelsTable(activities: readonly Activity[], ctx: ReportContext): Block[] {
  const listed = activities.filter((a) => a.mode === "involvement").sort(byStartThenId);
  if (listed.length === 0) return [];
  const scales = [...new Set(listed.flatMap((a) => (a.level ? [a.level.scale] : [])))].sort();
  return [
    {
      type: "table",
      id: "project-activity-levels",
      caption: `Involvement activities and the level of each: ${plural(listed.length, "activity", "activities")}`,
      columns: [
        { key: "activity", label: "Activity", align: "left" },
        { key: "date", label: "Date", align: "left" },
        { key: "stages", label: "Research stages", align: "left" },
        { key: "level", label: "Level as recorded (public influence level)", align: "left" },
      ],
      rows: listed.map((a) => ({
        activity: cell(ctx.text(a.title)),
        date: cell(formatDate(a.startDate)),
        stages: cell(formatList(a.stages.map((st) => stageLabel(st).toLowerCase()))),
        level: cell(a.level === undefined ? "not recorded" : formatLevel(a.level)),
      })),
      footnote: `Each level is shown in the words of the scale the activity used (${scales.length === 0 ? "none recorded" : formatList(scales.map(scaleName))}), then where it sits on ppie's public influence level, 0 (no influence) to 6 (public-led), by ppie's crosswalk (a ppie design choice).`,
    },
  ];
}

/**
 * The levels a project's involvement activities recorded, for GRIPP2's item on the level or
 * nature of involvement: each level in the words of its scale beside the common level, with the
 * scale's name and the number of activities at it, most used first (it takes the place of the
 * completeness measure's own evidence, which names the scales by id).
 *
 * @param activities - the project's activities (any mode; involvement counted)
 * @returns the sentence, or `undefined` when no involvement activity recorded a level
 */
export function levelsEvidenceSentence(activities: readonly Activity[]): string | undefined {
  const counts = new Map<string, { scale: string; item: string; n: number }>();
  let involvement = 0;
  let withLevel = 0;
  for (const a of activities) {
    if (a.mode !== "involvement") continue;
    involvement += 1;
    if (a.level === undefined) continue;
    withLevel += 1;
    const key = `${a.level.scale}\u0000${a.level.item}`;
    const hit = counts.get(key);
    if (hit) hit.n += 1;
    else counts.set(key, { scale: a.level.scale, item: a.level.item, n: 1 });
  }
  if (counts.size === 0) return undefined;
  const parts = [...counts.values()]
    .sort(
      (x, y) =>
        y.n - x.n || (x.scale < y.scale ? -1 : x.scale > y.scale ? 1 : x.item < y.item ? -1 : 1),
    )
    .map(
      (l) => `${formatLevel(l)} on ${scaleName(l.scale)}: ${plural(l.n, "activity", "activities")}`,
    );
  return `Involvement activities with a level recorded: ${formatCount(withLevel)} of ${formatCount(involvement)}. Levels as recorded, in the words of each scale with the public influence level beside them: ${parts.join("; ")}.`;
}
