import type { PaymentRate } from "../frameworks/payment-rates.js";
import { NIHR_PAYMENT_RATES, rateInForce } from "../frameworks/payment-rates.js";
import type { ActivityContributor } from "../model/activity.js";
import type { Dataset } from "../model/dataset.js";
import type { EventContributor } from "../model/event.js";

/**
 * What the rules need from a framework registry: look a framework up by id and read its item
 * ids. `createFrameworkRegistry()` from `ppie/frameworks` fits it; pass your own registry in
 * `CheckOptions.frameworks` when your dataset uses a scale of your own.
 *
 * @example
 * ```ts
 * const lookup: FrameworkLookup = createFrameworkRegistry();
 * lookup.get("iap2-spectrum")?.items.length; // 5
 * ```
 * @category Rules
 */
export interface FrameworkLookup {
  /**
   * Look a framework up.
   *
   * @param id - the framework id
   * @returns the framework (at least its item ids), or `undefined` when unknown
   */
  get(id: string): { readonly items: readonly { readonly id: string }[] } | undefined;
}

/**
 * A payment rate in the form the rules use: the dataset's own rates (`Dataset.paymentRates`)
 * and the bundled table (`NIHR_PAYMENT_RATES`) are both turned into this.
 *
 * @example
 * ```ts
 * const r: RateEntry = {
 *   scheme: "local", activityCode: "HOURLY", unit: "hour", pence: 2500,
 *   effectiveFrom: "2024-04-01", origin: "dataset",
 * };
 * ```
 * @category Rules
 */
export interface RateEntry {
  /** The scheme, e.g. `"local"` or `"NIHR-research"`. */
  readonly scheme: string;
  /** The activity code, e.g. `"HOURLY"`. */
  readonly activityCode: string;
  /** What the rate is paid per. */
  readonly unit: "hour" | "half-day" | "day" | "task";
  /** Pence per unit. */
  readonly pence: number;
  /** First day in force (ISO). */
  readonly effectiveFrom: string;
  /** Last day in force, inclusive (ISO); absent while in force. */
  readonly effectiveTo?: string;
  /** Whether it came from the dataset or from ppie's bundled table. */
  readonly origin: "dataset" | "bundled";
}

/**
 * A contributor's full name, as it may appear in free text, with who it belongs to.
 *
 * @example
 * ```ts
 * const index = new DatasetIndex(demoDataset);
 * index.names.maxWords; // 2
 * ```
 * @category Rules
 */
export interface NameIndex {
  /** Lower-cased full names (words joined by one space) to the contributor id. */
  readonly names: ReadonlyMap<string, string>;
  /** The most words in any name (the scan looks at most this far ahead). */
  readonly maxWords: number;
}

const SEP = "\u0000";

/**
 * The key of an (activity or event, contributor) pair in the {@link DatasetIndex} maps.
 *
 * @param ownerId - the activity or event id
 * @param contributorId - the contributor id
 * @returns the key
 * @example
 * ```ts
 * pairKey("a-1", "c-1") === pairKey("a-1", "c-1"); // true
 * ```
 * @category Rules
 */
export function pairKey(ownerId: string, contributorId: string): string {
  return ownerId + SEP + contributorId;
}

function indexById(list: readonly { id: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = (list[i] as { id: string }).id;
    if (!m.has(id)) m.set(id, i);
  }
  return m;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

/**
 * Turn a bundled {@link PaymentRate} table into {@link RateEntry} rows.
 *
 * @param table - e.g. `NIHR_PAYMENT_RATES`
 * @returns the rows
 * @example
 * ```ts
 * toRateEntries(NIHR_PAYMENT_RATES)[0]?.pence; // 2500
 * ```
 * @category Rules
 */
export function toRateEntries(table: readonly PaymentRate[]): RateEntry[] {
  return table.map((r) => ({
    scheme: r.scheme,
    activityCode: r.activityCode,
    unit: r.unit,
    pence: r.pence,
    effectiveFrom: r.effectiveFrom,
    ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }),
    origin: "bundled" as const,
  }));
}

function groupRates(rows: readonly RateEntry[]): Map<string, RateEntry[]> {
  const m = new Map<string, RateEntry[]>();
  for (const r of rows) push(m, r.scheme + SEP + r.activityCode, r);
  return m;
}

/**
 * Indexes over a dataset, each built once on first use and shared by every rule, so that a
 * rule never scans one entity list for each member of another. Every index is built in one
 * pass, so the whole check stays linear in the size of the dataset.
 *
 * @example
 * ```ts
 * const index = new DatasetIndex(demoDataset);
 * index.activities.get("a-000001"); // 0
 * ```
 * @category Rules
 */
export class DatasetIndex {
  /** The dataset indexed. */
  readonly dataset: Dataset;
  readonly #bundledRates: readonly PaymentRate[];
  #projects: Map<string, number> | undefined;
  #activities: Map<string, number> | undefined;
  #contributors: Map<string, number> | undefined;
  #events: Map<string, number> | undefined;
  #organisations: Map<string, number> | undefined;
  #activityContributors: Map<string, ActivityContributor> | undefined;
  #eventContributors: Map<string, EventContributor> | undefined;
  #paymentsByPair: Map<string, number[]> | undefined;
  #impactsByActivity: Map<string, number[]> | undefined;
  #names: NameIndex | undefined;
  #datasetRates: Map<string, RateEntry[]> | undefined;
  #bundled: Map<string, RateEntry[]> | undefined;

  /**
   * @param dataset - the dataset to index
   * @param bundledRates - the fallback rate table (default `NIHR_PAYMENT_RATES`)
   */
  constructor(dataset: Dataset, bundledRates: readonly PaymentRate[] = NIHR_PAYMENT_RATES) {
    this.dataset = dataset;
    this.#bundledRates = bundledRates;
  }

  /** Project id to its index in `projects`. */
  get projects(): ReadonlyMap<string, number> {
    this.#projects ??= indexById(this.dataset.projects);
    return this.#projects;
  }

  /** Activity id to its index in `activities`. */
  get activities(): ReadonlyMap<string, number> {
    this.#activities ??= indexById(this.dataset.activities);
    return this.#activities;
  }

  /** Contributor id to its index in `contributors`. */
  get contributors(): ReadonlyMap<string, number> {
    this.#contributors ??= indexById(this.dataset.contributors);
    return this.#contributors;
  }

  /** Event id to its index in `events`. */
  get events(): ReadonlyMap<string, number> {
    this.#events ??= indexById(this.dataset.events);
    return this.#events;
  }

  /** Organisation id to its index in `organisations`. */
  get organisations(): ReadonlyMap<string, number> {
    this.#organisations ??= indexById(this.dataset.organisations);
    return this.#organisations;
  }

  /** {@link pairKey}(activity id, contributor id) to that contributor's part in the activity. */
  get activityContributors(): ReadonlyMap<string, ActivityContributor> {
    if (this.#activityContributors === undefined) {
      const m = new Map<string, ActivityContributor>();
      for (const a of this.dataset.activities) {
        for (const c of a.contributors) {
          const k = pairKey(a.id, c.contributorId);
          if (!m.has(k)) m.set(k, c);
        }
      }
      this.#activityContributors = m;
    }
    return this.#activityContributors;
  }

  /** {@link pairKey}(event id, contributor id) to that contributor's part in the event. */
  get eventContributors(): ReadonlyMap<string, EventContributor> {
    if (this.#eventContributors === undefined) {
      const m = new Map<string, EventContributor>();
      for (const e of this.dataset.events) {
        for (const c of e.contributors) {
          const k = pairKey(e.id, c.contributorId);
          if (!m.has(k)) m.set(k, c);
        }
      }
      this.#eventContributors = m;
    }
    return this.#eventContributors;
  }

  /** {@link pairKey}(activity id, contributor id) to the indexes of that pair's payments. */
  get paymentsByActivityContributor(): ReadonlyMap<string, readonly number[]> {
    if (this.#paymentsByPair === undefined) {
      const m = new Map<string, number[]>();
      const list = this.dataset.payments;
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        if (p?.activityId !== undefined) push(m, pairKey(p.activityId, p.contributorId), i);
      }
      this.#paymentsByPair = m;
    }
    return this.#paymentsByPair;
  }

  /** Activity id to the indexes of the impact records that name it. */
  get impactsByActivity(): ReadonlyMap<string, readonly number[]> {
    if (this.#impactsByActivity === undefined) {
      const m = new Map<string, number[]>();
      const list = this.dataset.impacts;
      for (let i = 0; i < list.length; i++) {
        for (const a of list[i]?.activityIds ?? []) push(m, a, i);
      }
      this.#impactsByActivity = m;
    }
    return this.#impactsByActivity;
  }

  /** Contributors' full names (two words or more), for finding them in free text. */
  get names(): NameIndex {
    if (this.#names === undefined) {
      const names = new Map<string, string>();
      let maxWords = 0;
      for (const c of this.dataset.contributors) {
        const name = c.identifiers?.name;
        if (name === undefined) continue;
        const words = splitWords(name);
        if (words.length < 2) continue;
        names.set(words.join(" "), c.id);
        if (words.length > maxWords) maxWords = words.length;
      }
      this.#names = { names, maxWords };
    }
    return this.#names;
  }

  /**
   * The rate in force on a date for a scheme and activity code: the dataset's own rates when it
   * has any row for that scheme and code, otherwise the bundled table. Among rows in force on
   * the date the latest `effectiveFrom` wins (as `rateInForce` in `ppie/frameworks`).
   *
   * @param scheme - the scheme
   * @param activityCode - the activity code
   * @param date - the date the activity took place (ISO)
   * @returns the rate, or `undefined` when none is in force
   */
  rateInForce(scheme: string, activityCode: string, date: string): RateEntry | undefined {
    if (this.#datasetRates === undefined) {
      this.#datasetRates = groupRates(
        this.dataset.paymentRates.map((r) => ({
          scheme: r.scheme,
          activityCode: r.activityCode,
          unit: r.unit,
          pence: r.pence,
          effectiveFrom: r.effectiveFrom,
          ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }),
          origin: "dataset" as const,
        })),
      );
    }
    const k = scheme + SEP + activityCode;
    let rows = this.#datasetRates.get(k);
    if (rows === undefined) {
      this.#bundled ??= groupRates(toRateEntries(this.#bundledRates));
      rows = this.#bundled.get(k);
    }
    return rateInForce(rows ?? [], { activityCode, date });
  }
}

const WORD = /[\p{L}\p{M}'’-]+/gu;

/**
 * Split text into lower-cased words (letters, apostrophes and hyphens), for name matching.
 *
 * @param text - any text
 * @returns the words, lower-cased
 * @example
 * ```ts
 * splitWords("Alex O'Neil-Smith, hello"); // ["alex", "o'neil-smith", "hello"]
 * ```
 * @category Rules
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(m[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/**
 * Everything a rule's check can read: the dataset, the date taken as today, the framework
 * lookup and the shared indexes.
 *
 * @example
 * ```ts
 * const ctx: RuleContext = {
 *   dataset: demoDataset,
 *   today: "2026-03-31",
 *   frameworks: createFrameworkRegistry(),
 *   index: new DatasetIndex(demoDataset),
 * };
 * ```
 * @category Rules
 */
export interface RuleContext {
  /** The dataset checked. */
  readonly dataset: Dataset;
  /** The date taken as today (ISO): `CheckOptions.today`, or the latest date in the dataset. */
  readonly today: string;
  /** The framework lookup (scales and their items). */
  readonly frameworks: FrameworkLookup;
  /** Shared indexes, built once on first use. */
  readonly index: DatasetIndex;
}

/**
 * The latest date on which something recorded in the dataset happened: activity start and end
 * dates, outcome and feedback-to-contributors dates, payment claimed, paid and declined dates,
 * feedback dates, impact dates, event dates, training dates, contributors' joining dates and
 * the dates group memberships began. Planned dates (project end dates, strategy and target periods, rate
 * periods) are left out, since they may lie in the future. `checkDataset` takes this as "today"
 * unless told otherwise, so results never depend on the clock.
 *
 * @param ds - the dataset
 * @returns the latest such date, or `undefined` for a dataset with none
 * @example
 * ```ts
 * latestRecordedDate(demoDataset); // e.g. "2026-03-31"
 * ```
 * @category Rules
 */
export function latestRecordedDate(ds: Dataset): string | undefined {
  let max = "";
  const see = (d: string | undefined): void => {
    if (d !== undefined && d > max) max = d;
  };
  for (const a of ds.activities) {
    see(a.startDate);
    see(a.endDate);
    for (const o of a.outcomes) {
      see(o.date);
      see(o.feedbackToContributorsDate);
    }
  }
  for (const p of ds.payments) {
    see(p.claimedDate);
    see(p.paidDate);
    see(p.declinedDate);
  }
  for (const f of ds.feedback) see(f.date);
  for (const m of ds.impacts) {
    see(m.date);
    see(m.feedbackToContributorsDate);
  }
  for (const e of ds.events) see(e.date);
  for (const t of ds.training) see(t.date);
  for (const c of ds.contributors) see(c.joinedDate);
  for (const g of ds.groups) {
    for (const m of g.memberships) see(m.from);
  }
  return max === "" ? undefined : max;
}
