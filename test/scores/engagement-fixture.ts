import type { Dataset } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";

/**
 * The worked example of the `engagement` measure, through `parseDataset` so that defaults are
 * filled: in 2025-26 a science café of 127 (40 first time, 87 returning) with a public chair and
 * speaker, a festival of 4,200 from March to April 2026 with a public panellist, a campaign with
 * 52,340 online reach, and a talk that recorded nothing but gave 6 bursary places; in 2024-25 a
 * talk of 30 with a public speaker. A foundation trust with member counts and governors.
 */
export function engagementDataset(extra: Record<string, unknown> = {}): Dataset {
  const people = ["c-1", "c-2", "c-3", "c-4", "c-5"].map((id) => ({
    id,
    roles: ["patient"],
    positions:
      id === "c-4" || id === "c-5"
        ? [
            {
              role: "governor",
              organisationId: "o-trust",
              from: "2024-01-01",
              ...(id === "c-5" ? { to: "2025-12-31" } : {}),
              constituency: "Public: North",
            },
          ]
        : undefined,
  }));
  const r = parseDataset({
    schemaVersion: 1,
    fictional: true,
    organisations: [
      {
        id: "o-trust",
        name: "Example Foundation Trust",
        kind: "nhs-trust",
        memberCounts: [
          { date: "2025-03-31", count: 11800 },
          { date: "2026-03-01", count: 12150 },
          { date: "2026-06-01", count: 12400 },
        ],
      },
      { id: "o-centre", name: "Example Research Centre", kind: "research-centre" },
    ],
    projects: [
      {
        id: "p-1",
        title: "Stroke trial",
        organisationId: "o-centre",
        kind: "research",
        startDate: "2024-01-01",
      },
    ],
    contributors: people.map(({ positions, ...c }) => (positions ? { ...c, positions } : c)),
    events: [
      {
        id: "e-cafe",
        organisationId: "o-centre",
        projectId: "p-1",
        title: "Science café",
        kind: "science-cafe",
        date: "2025-05-14",
        reach: { attendance: 127, firstTime: 40, returning: 87 },
        contributors: [
          { contributorId: "c-1", role: "chair" },
          { contributorId: "c-2", role: "speaker" },
          { contributorId: "c-2", role: "speaker" },
        ],
      },
      {
        id: "e-festival",
        organisationId: "o-trust",
        title: "City health festival",
        kind: "festival",
        date: "2026-03-28",
        endDate: "2026-04-05",
        reach: { attendance: 4200 },
        contributors: [{ contributorId: "c-1", role: "panellist" }],
      },
      {
        id: "e-campaign",
        organisationId: "o-trust",
        title: "Be Part of Research week",
        kind: "campaign",
        date: "2025-10-01",
        endDate: "2025-10-31",
        reach: { online: 52340 },
      },
      {
        id: "e-talk",
        organisationId: "o-centre",
        title: "Public talk",
        kind: "talk",
        date: "2025-11-20",
        bursaryPlaces: 6,
        contributors: [{ contributorId: "c-3", role: "bursary" }],
      },
      {
        id: "e-old",
        organisationId: "o-centre",
        title: "Public talk last year",
        kind: "talk",
        date: "2024-11-20",
        reach: { attendance: 30 },
        contributors: [{ contributorId: "c-2", role: "speaker" }],
      },
    ],
    ...extra,
  });
  if (!r.ok)
    throw new Error(r.diagnostics.map((d) => `${d.path.join(".")}: ${d.message}`).join("\n"));
  return r.value;
}
