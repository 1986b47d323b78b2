import { bench, describe } from "vitest";
import { readability } from "../../src/scores/readability.js";

// Linear time: the cost per character should stay flat from 100 kB to 1 MB.
const para =
  "Dr. Jones asked 12 patients, e.g. carers, what they thought. It was good!\n- a bullet\n\n";
describe("readability", () => {
  for (const size of [100_000, 1_000_000]) {
    const text = para.repeat(Math.ceil(size / para.length));
    bench(
      `${size / 1000} kB`,
      () => {
        readability(text);
      },
      { iterations: 5, time: 0 },
    );
  }
});
