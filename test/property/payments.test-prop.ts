import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import { payments } from "../../src/scores/payments.js";
import { shuffled } from "./shuffle.js";

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  activities: fc.integer({ min: 0, max: 300 }),
  contributors: fc.integer({ min: 1, max: 60 }),
  gaps: fc.boolean(),
});
const periods = fc.constantFrom(
  "2024-25",
  "2025-26",
  "2025-26-Q3",
  "2025",
  "2025-12-01..2026-01-31",
  "bad",
);

test.prop([sizes, periods, fc.integer()], { numRuns: 25 })(
  "payments are total, integer pence and order-independent",
  (opts, period, seed) => {
    const ds = generateDataset(opts);
    const s = payments(ds, { period: period });
    const c = s.components;
    if (s.value === null) expect(s.diagnostics.length).toBeGreaterThan(0);
    else {
      expect(Number.isSafeInteger(s.value)).toBe(true);
      expect(s.value).toBeGreaterThanOrEqual(0);
    }
    for (const v of [
      c.duePence,
      c.paidPence,
      c.expensesPaidPence,
      c.outstandingPence,
      c.claimedUnpaidPence,
      c.declined.pence,
      c.budget.budgetPence,
      c.budget.spendPence,
    ]) {
      expect(Number.isSafeInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(c.outstandingPence).toBeLessThanOrEqual(c.duePence + c.claimedUnpaidPence);
    const share = c.daysToPay.withinTargetShare;
    if (share !== null) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(100);
    }
    const t = payments(
      {
        ...ds,
        activities: shuffled(ds.activities, seed),
        payments: shuffled(ds.payments, seed + 7),
      },
      { period: period },
    );
    expect(t.value).toBe(s.value);
    const { ratesUsed: _a, ...rest1 } = c;
    const { ratesUsed: _b, ...rest2 } = t.components;
    expect(rest2).toEqual(rest1);
  },
);
