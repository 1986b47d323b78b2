import type { Dataset } from "../model/dataset.js";
import type { Organisation } from "../model/organisation.js";
import { generateActivities } from "./activities.js";
import { demoPaymentRates } from "./activities.js";
import { calendar, ORG_CENTRE, ORG_TRUST } from "./common.js";
import { addEngagement, addHeadcount } from "./engagement.js";
import { generateBudgets, generateEvents, generateTraining } from "./events.js";
import { generateFeedback } from "./feedback.js";
import { addListening, listeningImpacts } from "./listening.js";
import { addAssembly, addMemberCounts, addPositions, healthwatch } from "./positions.js";
import { addGaps } from "./gaps.js";
import { generateImpacts } from "./impacts.js";
import { generateContributors, generateGroups, projectPools } from "./people.js";
import { generateProjects } from "./projects.js";
import { createRng } from "./random.js";
import { generateServiceChanges } from "./service-changes.js";
import { generateStrategy } from "./strategy.js";
import { SELDOM_HEARD } from "./templates.js";
import { ownOptions } from "../own-options.js";

/**
 * Options for {@link generateDataset}. Every count is optional; sizes scale from
 * `activities` and `contributors`.
 *
 * @category Demo
 */
export interface GenerateOptions {
  /** Seed for the generator: the same seed and options always give the same dataset. Default 1. */
  seed?: number;
  /** Number of activities. Default 320. */
  activities?: number;
  /** Number of public contributors. Default 90. (A PPI champion on the staff is one more.) */
  contributors?: number;
  /** Number of projects. Default: 8, or one per 50 activities if that is more. */
  projects?: number;
  /** First day of the first of the two financial years covered. Default `"2024-04-01"`. */
  start?: string;
  /**
   * Add a handful of realistic gaps that good practice rules should flag (an activity whose
   * outcome was never fed back, an access need with no adjustment, a payment offer with no
   * reason, demographics held without consent, and gaps in the record of the two service
   * changes). Default false: a clean dataset.
   */
  gaps?: boolean;
}

/**
 * Build a valid synthetic {@link Dataset} of any size: two fictional organisations (an NHS
 * trust and a university research centre, with a local Healthwatch as a partner) over two UK
 * financial years, with a strategy, projects at different depths of involvement, contributors
 * (most with consented demographics; some trust members, governors or volunteers, and a PPI
 * champion on the staff), groups (among them an assembly with member counts), activities
 * across every research stage (one counted by headcount), payments, events with their reach
 * and bursary places, training, FFT (by named unit), PEIRS-22, PPEET and self-assessment
 * feedback, stories with the forums they were shared at, PALS contacts with their outcomes,
 * impact records (from activities, an event, a story and a PALS contact), and (from 10
 * activities) two proposals to change a service with the record of how the public were
 * involved. `contributors` counts the public contributors; the PPI champion is one more. Deterministic
 * for a seed and linear in the requested size, so it serves for users' own tests, benchmarks
 * and fuzzing.
 * All names, emails (example.org) and phone numbers (Ofcom's drama range) are fictional.
 *
 * @param opts - sizes and seed
 * @returns a dataset that `parseDataset` accepts
 * @example
 * ```ts
 * const ds = generateDataset({ seed: 7, activities: 1000, contributors: 200 });
 * ds.activities.length; // 1000
 * ```
 * @category Demo
 */
export function generateDataset(opts: GenerateOptions = {}): Dataset {
  opts = ownOptions(opts);
  const rng = createRng(opts.seed ?? 1);
  const nActivities = Math.max(0, Math.trunc(opts.activities ?? 320));
  const nContributors = Math.max(1, Math.trunc(opts.contributors ?? 90));
  const nProjects = Math.max(
    1,
    Math.trunc(opts.projects ?? Math.max(8, Math.ceil(nActivities / 50))),
  );
  const start = opts.start ?? "2024-04-01";
  const gaps = opts.gaps ?? false;
  const cal = calendar(start);

  // The order of the steps is the order of draws from the seeded stream: keep it.
  const { contributors, hasAccessNeed } = generateContributors(rng, nContributors, cal);
  const projects = generateProjects(rng, nProjects, cal);
  const { groups, projectGroup } = generateGroups(rng, contributors, projects, cal, gaps);
  const pools = projectPools(rng, projects, nContributors);
  const paymentRates = demoPaymentRates();
  const { activities, activityDay, payments } = generateActivities({
    rng,
    cal,
    nActivities,
    projects,
    pools,
    contributors,
    hasAccessNeed,
    projectGroup,
  });
  if (gaps && nActivities >= 10) addGaps(activities, contributors, payments);
  const events = generateEvents(rng, cal, nActivities, contributors);
  const budgets = generateBudgets(cal, nActivities);
  const training = generateTraining(rng, cal, nActivities);
  const { feedback, ppeetItems } = generateFeedback({
    rng,
    cal,
    projects,
    contributors,
    activities,
    activityDay,
  });
  const impacts = generateImpacts(rng, cal, activities, activityDay);
  const strategy = generateStrategy(cal, {
    nActivities,
    nContributors,
    nTraining: training.length,
  });
  // Built from the records above, with no draw from the seeded stream.
  const serviceChanges = generateServiceChanges({
    cal,
    projects,
    contributors,
    activities,
    impacts,
    gaps,
  });

  const organisations: Organisation[] = [
    {
      id: ORG_TRUST,
      name: "Northgate Valley NHS Foundation Trust (fictional)",
      kind: "nhs-trust",
      seldomHeardGroups: [...SELDOM_HEARD],
    },
    {
      id: ORG_CENTRE,
      name: "Riverside University Centre for Health Research (fictional)",
      kind: "research-centre",
      seldomHeardGroups: ["young-carers", "deaf-bsl", "learning-disability"],
    },
  ];

  // Engagement and listening (issue 11): drawn from a second seeded stream, so the records
  // above keep the values the first stream gave them unless these steps change them.
  const more = createRng((opts.seed ?? 1) * 7919 + 11);
  addMemberCounts(organisations[0] as Organisation, cal);
  organisations.push(healthwatch());
  const champion = addPositions(more, cal, contributors);
  addAssembly(more, cal, groups, contributors);
  addHeadcount(activities);
  addEngagement(events, { rng: more, cal, organisations, projects, contributors });
  addListening(more, cal, feedback);
  impacts.push(...listeningImpacts(cal, feedback, events, impacts));
  contributors.push(champion);

  const dataset: Dataset = {
    schemaVersion: 1,
    title: "ppie demo dataset (fictional organisations, people and data)",
    fictional: true,
    scales: ["ppie-influence-level", "iap2-spectrum"],
    organisations,
    strategies: [strategy],
    projects,
    groups,
    contributors,
    activities,
    events,
    payments,
    paymentRates,
    budgets,
    training,
    feedback,
    ppeetItems,
    impacts,
    serviceChanges,
  };
  return dataset;
}
