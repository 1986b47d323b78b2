import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Result } from "../../src/result.js";
import type { DisclosedTable, DisclosurePolicy } from "../../src/scores/disclosure.js";
import { disclosureControl, disclosurePresets } from "../../src/scores/disclosure.js";

/** Small counts are the interesting ones, so weight them. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }) },
);
const table = fc
  .record({ r: fc.integer({ min: 1, max: 6 }), c: fc.integer({ min: 1, max: 6 }) })
  .chain(({ r, c }) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

const complementary: DisclosurePolicy[] = [
  disclosurePresets.fft,
  disclosurePresets["tre-10"],
  { ...disclosurePresets.fft, id: "p3", minSafeCount: 3 },
  {
    ...disclosurePresets["tre-10"],
    id: "p5-round",
    minSafeCount: 5,
    roundingBase: 5,
    secondary: "complementary",
  },
];
const allPolicies: DisclosurePolicy[] = [
  ...complementary,
  disclosurePresets["hes-2018"],
  disclosurePresets["ukhsa-5"],
];

/** The table a result published; fails the property when there is none. */
function published(r: Result<DisclosedTable>): DisclosedTable {
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join(" "));
  return r.value;
}

/** Hidden-figure counts of every line: rows, columns, the column of row totals, the row of column totals. */
function hiddenPerLine(t: DisclosedTable): { hidden: number; totalHidden: boolean }[] {
  const h = (c: { suppressed: unknown } | undefined) => (c?.suppressed === false ? 0 : 1);
  const out: { hidden: number; totalHidden: boolean }[] = [];
  const R = t.rows.length;
  const C = t.rows[0]?.length ?? 0;
  for (let i = 0; i < R; i++)
    out.push({
      hidden: (t.rows[i] ?? []).reduce((s, c) => s + h(c), 0) + h(t.rowTotals[i]),
      totalHidden: h(t.rowTotals[i]) === 1,
    });
  for (let j = 0; j < C; j++)
    out.push({
      hidden: t.rows.reduce((s, r) => s + h(r[j]), 0) + h(t.columnTotals[j]),
      totalHidden: h(t.columnTotals[j]) === 1,
    });
  const g = t.grandTotal;
  out.push({ hidden: t.rowTotals.reduce((s, c) => s + h(c), 0) + h(g), totalHidden: h(g) === 1 });
  out.push({
    hidden: t.columnTotals.reduce((s, c) => s + h(c), 0) + h(g),
    totalHidden: h(g) === 1,
  });
  return out;
}

test.prop([table, fc.constantFrom(...complementary)])(
  "no row or column (or line of totals) lets a hidden figure be worked out",
  (rows, policy) => {
    const t = published(disclosureControl({ rows }, policy));
    for (const line of hiddenPerLine(t)) expect(line.hidden === 0 || line.hidden >= 2).toBe(true);
    // the weaker form: every row and column has 0 or >= 2 hidden cells, or its total is hidden
    for (let i = 0; i < rows.length; i++) {
      const cells = t.rows[i]?.filter((c) => c.suppressed !== false).length ?? 0;
      expect(cells === 0 || cells >= 2 || t.rowTotals[i]?.suppressed !== false).toBe(true);
    }
  },
);

test.prop([table, fc.constantFrom(...complementary)])(
  "in every row and column with its total shown, the hidden cells add up to at least the threshold",
  (rows, policy) => {
    const t = published(disclosureControl({ rows }, policy));
    const R = rows.length;
    const C = rows[0]?.length ?? 0;
    const lineOk = (cells: number[], hidden: boolean[], totalShown: boolean) => {
      const sum = cells.reduce((a, v, k) => a + (hidden[k] ? v : 0), 0);
      if (totalShown && hidden.some((h) => h))
        expect(sum).toBeGreaterThanOrEqual(policy.minSafeCount);
    };
    for (let i = 0; i < R; i++)
      lineOk(
        rows[i] ?? [],
        (t.rows[i] ?? []).map((c) => c.suppressed !== false),
        t.rowTotals[i]?.suppressed === false,
      );
    for (let j = 0; j < C; j++)
      lineOk(
        rows.map((r) => r[j] ?? 0),
        t.rows.map((r) => r[j]?.suppressed !== false),
        t.columnTotals[j]?.suppressed === false,
      );
  },
);

test.prop([table, fc.constantFrom(...allPolicies)])(
  "no shown figure is below the threshold, and rounding policies show multiples of their base",
  (rows, policy) => {
    const t = published(disclosureControl({ rows }, policy));
    const check = (
      raw: number,
      cell: DisclosedTable["rows"][number][number] | null | undefined,
    ) => {
      if (cell === undefined || cell === null || cell.suppressed !== false) return;
      if (raw === 0) expect(policy.protectZero).toBe(false);
      else expect(raw).toBeGreaterThanOrEqual(policy.minSafeCount);
      if (policy.roundingBase !== null) expect((cell.value ?? 0) % policy.roundingBase).toBe(0);
      if (raw > 0) expect(cell.value).toBeGreaterThan(0);
    };
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        check(v, t.rows[i]?.[j]);
      });
      check(
        r.reduce((a, b) => a + b, 0),
        t.rowTotals[i],
      );
    });
    for (let j = 0; j < (rows[0]?.length ?? 0); j++)
      check(
        rows.reduce((s, r) => s + (r[j] ?? 0), 0),
        t.columnTotals[j],
      );
    check(
      rows.flat().reduce((a, b) => a + b, 0),
      t.grandTotal,
    );
  },
);

test.prop([table, fc.constantFrom(...allPolicies)])("deterministic", (rows, policy) => {
  const copy = rows.map((r) => [...r]);
  expect(disclosureControl({ rows }, policy)).toEqual(disclosureControl({ rows: copy }, policy));
});

test.prop([
  fc.array(fc.array(fc.nat({ max: 50 }), { maxLength: 7 }), { maxLength: 7 }),
  fc.constantFrom(...allPolicies),
])("never throws for any table of non-negative integers, ragged or empty", (rows, policy) => {
  const r = disclosureControl({ rows }, policy);
  const ragged = rows.some((row) => row.length !== rows[0]?.length);
  expect(r.ok).toBe(!ragged);
  if (r.ok) expect(r.value.rows.length).toBe(rows.length);
  if (r.ok) expect(typeof r.value.statement).toBe("string");
});

test.prop([fc.anything(), fc.constantFrom(...allPolicies)])(
  "never throws for any input at all",
  (rows, policy) => {
    expect(() => disclosureControl({ rows } as never, policy)).not.toThrow();
  },
);
