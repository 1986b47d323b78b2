/**
 * The Friends and Family Test section of the `listening` report: results by named unit over
 * the period, from the `listening` measure's units, hidden where small as the `feedback`
 * report hides them (`fftTable` with the cautious rules: NHS England's first-level,
 * second-level and cascade suppression, with ties and totals handled more strictly).
 *
 * @module
 */
import type { FftCounts } from "../scores/fft.js";
import type { FftUnit } from "../scores/fft-table.js";
import type { ListeningFftUnit } from "../scores/listening.js";
import { fftUnitsTable } from "./feedback-fft-section.js";
import { formatPeriod } from "./format.js";
import type { ListeningScope } from "./listening-scope.js";
import type { Block, TableBlock } from "./report.js";

/**
 * The measure's units as `fftTable` units: each under its parent, parents that have no returns
 * of their own first, as bare parents (as the feedback report builds them).
 */
function tableUnits(units: readonly ListeningFftUnit[]): FftUnit<FftCounts>[] {
  const own = new Set(units.map((u) => u.unitId));
  const parents = [
    ...new Set(
      units.map((u) => u.parentUnitId).filter((p): p is string => p !== null && !own.has(p)),
    ),
  ].sort();
  return [
    ...parents.map((id) => ({ id, level: "parent" })),
    ...units.map((u) => {
      const unit: FftUnit<FftCounts> = { id: u.unitId, level: "unit", counts: u.counts };
      if (u.parentUnitId !== null && u.parentUnitId !== u.unitId) unit.parent = u.parentUnitId;
      return unit;
    }),
  ];
}

/** The FFT table by named unit; `undefined` when the units do not make a table. */
function fftByNamedUnitTable(s: ListeningScope): TableBlock | undefined {
  const { c, ctx, period } = s;
  const names = new Map<string, string>();
  for (const u of c.fft.units) if (u.unitName !== null) names.set(u.unitId, u.unitName);
  return fftUnitsTable(tableUnits(c.fft.units), {
    id: "listening-fft-by-unit",
    caption: `Friends and Family Test results by unit, ${period.label}`,
    label: (id) => ctx.text(names.get(id) ?? id),
    note: "Units are shown by the name recorded on their latest return, or by their id where none is recorded.",
  });
}

/** The section: its heading and the table by unit, or a sentence when there were no returns. */
export function listeningFftSection(s: ListeningScope): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "Friends and Family Test by unit" };
  const table = s.c.fft.returns === 0 ? undefined : fftByNamedUnitTable(s);
  if (table === undefined) {
    return [
      heading,
      {
        type: "paragraph",
        text:
          s.c.fft.returns === 0
            ? `No Friends and Family Test results were recorded for ${formatPeriod(s.period)}.`
            : "The units' parents do not form a hierarchy (a unit is recorded as its own parent's parent), so results by unit cannot be shown.",
      },
    ];
  }
  return [heading, table];
}
