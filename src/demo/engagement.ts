/**
 * The demo's engagement record beyond the seeded core: events over several days, who they
 * reached (first-time and returning visitors, the organisation's seldom-heard groups, online
 * readers), bursary places, contributors on the agenda, a publication and a blog written with a
 * public author, and a citizen-science activity counted by headcount. Drawn from a second
 * seeded stream, so every record the core generator made keeps its values unless changed here.
 */
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { EngagementEvent, EventContributor } from "../model/event.js";
import type { Organisation } from "../model/organisation.js";
import { addDays } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Calendar } from "./common.js";
import { ORG_CENTRE, pad } from "./common.js";
import type { Rng } from "./random.js";

/** What the engagement additions are drawn from. */
export interface EngagementInputs {
  rng: Rng;
  cal: Calendar;
  organisations: readonly Organisation[];
  projects: readonly Project[];
  contributors: readonly Contributor[];
}

/** The last day of an event that began on `date` and ran for `days` days, within the calendar. */
function lastDay(cal: Calendar, date: string, days: number): string {
  const end = addDays(date, days - 1);
  return end > cal.end ? (date > cal.end ? date : cal.end) : end;
}

/** Contributors not already at the event, for its agenda. */
function others(
  rng: Rng,
  contributors: readonly Contributor[],
  e: EngagementEvent,
  k: number,
): Contributor[] {
  const taken = new Set(e.contributors.map((c) => c.contributorId));
  return rng.sample(
    contributors.filter((c) => !taken.has(c.id)),
    k,
  );
}

/**
 * Add the engagement fields to the generated events (in place) and append a publication and a
 * blog with a public author. The first science café, festival and campaign carry the figures a
 * reader of the issue will look for: 127 in the room (81 for the first time, 46 returning), a
 * two-day festival with 4,200 visitors, and a week-long campaign with 52,340 online.
 */
export function addEngagement(events: EngagementEvent[], input: EngagementInputs): void {
  const { rng, cal, organisations, projects, contributors } = input;
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EngagementEvent;
    const first = !seen.has(e.kind);
    seen.add(e.kind);
    const own = projects.filter((p) => p.organisationId === e.organisationId);
    if (i % 3 === 0 && own.length > 0) e.projectId = rng.pick(own).id;
    switch (e.kind) {
      case "campaign":
        e.endDate = lastDay(cal, e.date, 7);
        if (first) e.reach.online = 52_340;
        break;
      case "festival":
        e.endDate = lastDay(cal, e.date, 2);
        if (first) e.reach.attendance = 4_200;
        break;
      case "science-cafe": {
        if (first) e.reach.attendance = 127;
        const attendance = e.reach.attendance ?? 0;
        const firstTime = first ? 81 : Math.round(attendance * (0.4 + rng.next() * 0.3));
        e.reach.firstTime = firstTime;
        e.reach.returning = attendance - firstTime;
        const named = organisations.find((o) => o.id === e.organisationId)?.seldomHeardGroups ?? [];
        const counts: Record<string, number> = {};
        for (const g of rng.sample(named, 2)) counts[g] = rng.int(2, 9);
        if (Object.keys(counts).length > 0) e.reach.seldomHeard = counts;
        break;
      }
      case "conference": {
        const agenda: EventContributor[] = others(rng, contributors, e, 3).map((c, j) => ({
          contributorId: c.id,
          role: j === 0 ? "chair" : "panellist",
          minutes: 240,
        }));
        e.contributors.push(...agenda);
        let listed = 0;
        for (const c of e.contributors) if (c.role === "bursary") listed += 1;
        e.bursaryPlaces = Math.max(listed, first ? 6 : rng.int(2, 5));
        break;
      }
      case "talk":
        e.reach.online = rng.int(150, 900);
        break;
      default:
        break;
    }
  }
  appendWriting(events, input);
}

/** A plain-language publication and a blog, each written with a public contributor. */
function appendWriting(events: EngagementEvent[], input: EngagementInputs): void {
  const { rng, cal, projects, contributors } = input;
  const n = events.length;
  const project = projects.find((p) => p.organisationId === ORG_CENTRE);
  const [author1, author2] = rng.sample(contributors, 2);
  const blogger = author2 ?? author1;
  events.push({
    id: `e-${pad(n + 1)}`,
    organisationId: ORG_CENTRE,
    ...(project ? { projectId: project.id } : {}),
    title: "Plain-language summary of our research, written with a public co-author",
    kind: "publication",
    date: cal.day(400),
    reach: { online: rng.int(600, 2400), audience: "Readers of the centre's website" },
    contributors: author1 ? [{ contributorId: author1.id, role: "author", minutes: 600 }] : [],
  });
  events.push({
    id: `e-${pad(n + 2)}`,
    organisationId: ORG_CENTRE,
    title: "Blog: what I learnt as a public member of a research team",
    kind: "blog",
    date: cal.day(520),
    reach: { online: rng.int(800, 3000), audience: "Readers of the centre's blog" },
    contributors: blogger ? [{ contributorId: blogger.id, role: "author", minutes: 240 }] : [],
  });
}

/**
 * Turn the first engagement activity (or, without one, the first activity) into a
 * citizen-science activity with a headcount of the people who took part without a record each.
 */
export function addHeadcount(activities: Activity[]): void {
  const a = activities.find((x) => x.mode === "engagement") ?? activities[0];
  if (a === undefined) return;
  a.title = "Citizen science: a week of symptom diaries";
  a.method = "citizen-science";
  a.headcount = {
    people: 342,
    who: "People who kept a symptom diary for a week and sent it in",
  };
}
