import { describe, expect, it } from "vitest";
import { budgetInPeriod, budgetShareInPeriod } from "../../src/derive/budget.js";
import type { BudgetLine } from "../../src/model/payment.js";

const line = (
  id: string,
  category: BudgetLine["category"],
  start: string,
  end: string,
  pence: number,
  currency = "GBP",
): BudgetLine => ({
  id,
  organisationId: "org-1",
  category,
  period: { start, end },
  amount: { pence, currency },
});

const fy = { start: "2025-04-01", end: "2026-03-31" };

describe("budgetShareInPeriod", () => {
  it("pro-rates a line by the calendar days that fall in the period", () => {
    // a calendar-year line of 365 days, 275 of them (1 April to 31 December) in 2025-26
    expect(budgetShareInPeriod(line("b", "payments", "2025-01-01", "2025-12-31", 36_500), fy)).toBe(
      27_500,
    );
    expect(budgetShareInPeriod(line("b", "payments", "2025-04-01", "2026-03-31", 12_345), fy)).toBe(
      12_345,
    );
  });

  it("is undefined for a line outside the period or ending before it starts", () => {
    expect(
      budgetShareInPeriod(line("b", "payments", "2024-04-01", "2025-03-31", 100), fy),
    ).toBeUndefined();
    expect(
      budgetShareInPeriod(line("b", "payments", "2025-06-01", "2025-05-01", 100), fy),
    ).toBeUndefined();
  });
});

describe("budgetInPeriod", () => {
  it("adds the lines of the chosen categories in one currency", () => {
    const lines = [
      line("a", "payments", "2025-04-01", "2026-03-31", 10_000),
      line("b", "expenses", "2025-04-01", "2026-03-31", 2_000),
      line("c", "support", "2025-04-01", "2026-03-31", 500),
      line("d", "payments", "2025-04-01", "2026-03-31", 9_999, "EUR"),
      line("e", "training", "2025-04-01", "2026-03-31", 7_000),
    ];
    expect(budgetInPeriod(lines, fy, ["payments", "expenses"], "GBP")).toEqual({
      lines: 2,
      pence: 12_000,
    });
    expect(budgetInPeriod(lines, fy, ["payments", "expenses", "support"], "GBP")).toEqual({
      lines: 3,
      pence: 12_500,
    });
    expect(budgetInPeriod(lines, fy, ["payments"], "EUR")).toEqual({ lines: 1, pence: 9_999 });
  });
});
