/**
 * Names for people: spreadsheet column letters, and the closest known name to a likely typo.
 *
 * @module
 */

const COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Spreadsheet letter of a 0-based column index: 0 → "A", 26 → "AA".
 *
 * @param index - 0-based column index
 * @returns the column letter(s)
 * @example
 * ```ts
 * columnLetter(27); // "AB"
 * ```
 * @category IO
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = COLUMN_LETTERS[r] + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/**
 * The closest name in a list, when it is close enough to be a likely typo.
 *
 * @param name - what was written
 * @param names - the names it could have meant
 * @returns the suggestion, or undefined
 * @example
 * ```ts
 * suggest("contributorID", ["contributorId", "minutes"]); // "contributorId"
 * ```
 * @category IO
 */
export function suggest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const d = editDistance(name, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
