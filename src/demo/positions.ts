/**
 * The demo's organisational side beyond the seeded core: a local Healthwatch as a partner, the
 * foundation trust's public membership and governors, a PPI champion on the trust's staff, and
 * an assembly of equal partners with its member counts. Drawn from a second seeded stream.
 */
import type { Contributor } from "../model/contributor.js";
import type { Group } from "../model/group.js";
import type { Organisation } from "../model/organisation.js";
import type { Calendar } from "./common.js";
import { ORG_TRUST, pad } from "./common.js";
import type { Rng } from "./random.js";

/** The fictional local Healthwatch the trust works with. */
export const ORG_HEALTHWATCH = "org-healthwatch";

/** The partner organisation: a local Healthwatch. */
export function healthwatch(): Organisation {
  return {
    id: ORG_HEALTHWATCH,
    name: "Healthwatch Northgate (fictional)",
    kind: "healthwatch",
    seldomHeardGroups: [],
  };
}

/** The trust's public membership, counted at the end of each financial year. */
export function addMemberCounts(trust: Organisation, cal: Calendar): void {
  trust.memberCounts = [
    {
      date: cal.fy1.end,
      count: 11_842,
      note: "Public members in the North, South and out-of-area constituencies",
    },
    { date: cal.fy2.end, count: 12_310 },
  ];
}

/** The constituencies the demo's governors are elected by. */
const CONSTITUENCIES = ["Public: North", "Public: South", "Public: out of area"] as const;

/** Add a role to a contributor's roles if it is not there. */
function withRole(c: Contributor, role: Contributor["roles"][number]): void {
  if (!c.roles.includes(role)) c.roles.push(role);
}

/**
 * Positions (in place): three governors elected by the public constituencies, public members
 * of the trust (one in six contributors), and a volunteer at the local Healthwatch. Returns
 * the PPI champion, a member of the trust's staff, to add to the contributors.
 */
export function addPositions(rng: Rng, cal: Calendar, contributors: Contributor[]): Contributor {
  const members = rng.sample(contributors, Math.max(1, Math.floor(contributors.length / 6)));
  for (const c of members) {
    withRole(c, "member");
    c.positions = [{ role: "member", organisationId: ORG_TRUST, from: c.joinedDate ?? cal.start }];
  }
  for (const [j, c] of members.slice(0, 3).entries()) {
    withRole(c, "governor");
    c.positions = [
      ...(c.positions ?? []),
      {
        role: "governor",
        organisationId: ORG_TRUST,
        from: cal.day(90 + 30 * j),
        to: cal.day(90 + 30 * j + 3 * 365 - 1),
        constituency: CONSTITUENCIES[j] as string,
      },
    ];
  }
  const volunteer = contributors.find((c) => !members.includes(c));
  if (volunteer) {
    withRole(volunteer, "volunteer");
    volunteer.positions = [
      ...(volunteer.positions ?? []),
      { role: "volunteer", organisationId: ORG_HEALTHWATCH, from: cal.day(30) },
    ];
  }
  return {
    id: `c-${pad(contributors.length + 1)}`,
    roles: ["ppi-champion"],
    joinedDate: cal.start,
    seldomHeard: [],
    accessNeeds: [],
    positions: [{ role: "ppi-champion", organisationId: ORG_TRUST, from: cal.start }],
    consent: {},
  };
}

/**
 * The trust's assembly of equal partners (people who use services, carers and staff), with a
 * few members listed and its size counted, and the size of the virtual panel's mailing list.
 */
export function addAssembly(
  rng: Rng,
  cal: Calendar,
  groups: Group[],
  contributors: readonly Contributor[],
): void {
  const listed = rng.sample(
    contributors.filter((c) => c.roles.some((r) => r !== "ppi-champion")),
    6,
  );
  groups.push({
    id: "g-assembly",
    organisationId: ORG_TRUST,
    name: "Northgate People's Assembly",
    kind: "assembly",
    memberships: listed.map((c, j) => ({
      contributorId: c.id,
      role: j === 0 ? "co-chair" : "member",
      from: c.joinedDate ?? cal.start,
    })),
    memberCounts: [
      {
        date: cal.fy1.start,
        count: 36,
        note: "People who use services, carers and staff, a third each, with an equal say",
      },
      { date: cal.fy2.start, count: 45 },
    ],
  });
  const virtual = groups.find((g) => g.kind === "virtual-panel");
  if (virtual) {
    virtual.memberCounts = [
      { date: cal.fy2.end, count: 1_240, note: "Sign-ups to the virtual panel's mailing list" },
    ];
  }
}
