import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TEXT_FIELDS } from "../../src/derive/text-fields.js";
import type { Dataset } from "../../src/model/dataset.js";
import { identifierFilter } from "../../src/reports/options.js";
import { dataset } from "../rules/fixture.js";

const root = resolve(import.meta.dirname, "../..");
const reports = readFileSync(join(root, "docs/reports.md"), "utf8");

describe("docs/reports.md, Identifiers", () => {
  it("lists exactly the fields the privacy rule looks at", () => {
    const table = /<!-- identifier-fields:start -->\n([\s\S]*?)<!-- identifier-fields:end -->/.exec(
      reports,
    )?.[1];
    const documented = (table ?? "")
      .split("\n")
      .slice(2)
      .filter((l) => l.startsWith("|"))
      .flatMap((line) => {
        const [records, fields] = line
          .split("|")
          .slice(1, 3)
          .map((c) => c.trim());
        const collection = records === "the dataset" ? "" : records!.replaceAll("`", "");
        return [...fields!.matchAll(/`([^`]+)`/g)].map((m) => `${collection}:${m[1]}`);
      })
      .sort();
    const looked = TEXT_FIELDS.filter((f) => f.role === "text" || f.role === "id")
      .map(
        (f) =>
          `${f.collection ?? ""}:${f.path.join(".").replaceAll(".*", "[]").replaceAll(".{}", "{}")}`,
      )
      .sort();
    expect(documented).toEqual(looked);
  });

  it("removes a one-word name where it stands alone, in any sentence", () => {
    const ds = dataset();
    const one: Dataset = {
      ...ds,
      contributors: [{ ...ds.contributors[0]!, id: "c-9", identifiers: { name: "Sam" } }],
    };
    expect(identifierFilter(one)("The same as Sam said; SAM's idea")).toBe(
      "The same as [identifier removed] said; [identifier removed]'s idea",
    );
  });
});
