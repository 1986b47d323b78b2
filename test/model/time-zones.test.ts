import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const PROBE = join(ROOT, "test/fixtures/time-zone/probe.ts");

/** Run the probe in a fresh Node process with the given TZ (a worker cannot change its zone). */
function probe(tz: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ["--import", "tsx", PROBE], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TZ: tz },
  });
  if (r.status !== 0) throw new Error(`probe failed under TZ=${tz}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe("calendar dates never touch the local time zone", () => {
  // Samoa skipped 30 December 2011; Brazil's summer time started at midnight (so 00:00 did not
  // exist on 2018-11-04, 2017-10-15, 1993-10-17); Auckland and London for good measure.
  const zones = ["Pacific/Apia", "America/Sao_Paulo", "Pacific/Auckland", "Europe/London"];
  const utc = probe("UTC");

  it("computes the expected answers under UTC", () => {
    expect(utc.isIsoDate).toEqual([true, true, true, true, true]);
    expect((utc.addDays as string[]).slice(0, 3)).toEqual([
      "2011-12-29",
      "2011-12-31",
      "2011-12-30",
    ]);
    expect(utc.daysBetween).toEqual([2, 2, 2, 2, 2]);
    expect(utc.parsePeriod).toEqual([
      { start: "2011-12-29", end: "2011-12-31" },
      { start: "2011-12-30", end: "2011-12-30" },
      { start: "2018-11-04", end: "2018-11-04" },
      { start: "2011-01-01", end: "2011-12-31" },
      { start: "2011-04-01", end: "2012-03-31" },
    ]);
    expect(utc.previousPeriod).toEqual([
      { start: "2011-12-23", end: "2011-12-29" },
      { start: "2011-12-24", end: "2011-12-30" },
      { start: "2011-12-01", end: "2011-12-31" },
      { start: "2018-10-29", end: "2018-11-04" },
      { start: "2018-11-01", end: "2018-11-30" },
      { start: "2010-04-01", end: "2011-03-31" },
    ]);
  });

  for (const tz of zones) {
    it(`gives the same periods and generated datasets under TZ=${tz} as under UTC`, () => {
      expect(probe(tz)).toEqual(utc);
    });
  }
});
