/**
 * How well does a panel reflect the population it serves? Compare the ethnic groups of a
 * panel's members (those who consented to share them) with Census 2021 shares for England.
 *
 *   npx tsx examples/researcher-representation.ts [group-id]
 *
 * Uses ppie's fictional demo data; swap in your own dataset from parseDataset.
 */
import { CENSUS_2021_ETHNIC_GROUP_ENGLAND } from "ppie/frameworks";
import { demoDataset } from "ppie/demo";
import { representation } from "ppie/scores";

const groupId = process.argv[2] ?? "g-virtual";
const asOf = "2026-03-31";
const group = demoDataset.groups.find((g) => g.id === groupId);
if (!group) {
  console.error(`No group "${groupId}". Groups: ${demoDataset.groups.map((g) => g.id).join(", ")}`);
  process.exit(1);
}

// Current members on the date, counted only with a recorded, unwithdrawn consent.
const members = new Set(
  group.memberships
    .filter((m) => m.from <= asOf && (m.to === undefined || m.to >= asOf))
    .map((m) => m.contributorId),
);
const counts: Record<string, number> = {};
for (const id of CENSUS_2021_ETHNIC_GROUP_ENGLAND.categories.map((c) => c.id)) counts[id] = 0;
let shared = 0;
for (const c of demoDataset.contributors) {
  const consent = c.consent.demographics;
  const ethnic = c.demographics?.ethnicGroup;
  if (!members.has(c.id) || !consent?.given || consent.withdrawn !== undefined) continue;
  if (ethnic === undefined || ethnic === "prefer-not-to-say") continue;
  counts[ethnic] = (counts[ethnic] ?? 0) + 1;
  shared++;
}

const census = Object.fromEntries(
  CENSUS_2021_ETHNIC_GROUP_ENGLAND.categories.map((c) => [c.id, c.share]),
);
const score = representation(counts, census);

console.log(
  `${group.name}: ${members.size} members on ${asOf}, ${shared} shared their ethnic group.`,
);
console.log("category   members  panel %  census %  ratio");
for (const row of score.components.categories) {
  const pct = (x: number | null) => (x === null ? "-" : (x * 100).toFixed(1));
  console.log(
    `${row.category.padEnd(10)} ${String(row.count).padStart(7)}  ${pct(row.groupShare).padStart(7)}  ${pct(row.populationShare).padStart(8)}  ${row.ratio === null ? "-" : row.ratio.toFixed(2)}`,
  );
}
console.log(`Index of dissimilarity D = ${score.value?.toFixed(3) ?? "not computed"}`);
console.log(score.explanation);
