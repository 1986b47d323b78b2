import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/feedback-format-unmet";

describe(CODE, () => {
  it("passes when no format was recorded (the base fixture)", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });

  it("passes when the recorded formats include the one a contributor needs", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).outcomes, 0).feedbackFormats = ["standard-print", "large-print"];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });

  it("passes an access need that is not a format (step-free access)", () => {
    const ds = dataset((d) => {
      at(d.contributors, 1).accessNeeds = ["step-free-access"];
      at(at(d.activities, 0).outcomes, 0).feedbackFormats = ["email"];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });

  it("flags feedback recorded in formats that do not meet a contributor's need", () => {
    const ds = dataset((d) => {
      at(at(d.activities, 0).outcomes, 0).feedbackFormats = ["standard-print"];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["activities", 0, "outcomes", 0, "feedbackFormats"],
        message:
          "Activity a-1's outcome 1 was fed back in standard-print, but contributor c-2 needs large print.",
        hint: "Send the feedback in the format each person needs (ppie report contributor-feedback writes Easy Read and large print letters) and record it in feedbackFormats.",
      },
    ]);
  });

  it("names every contributor and every unmet format, and an empty record as no format", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).accessNeeds = ["easy-read", "braille"];
      at(at(d.activities, 0).outcomes, 0).feedbackFormats = [];
    });
    expect(withCode(ds, CODE).map((x) => x.message)).toEqual([
      "Activity a-1's outcome 1 was fed back in no recorded format, but contributor c-1 needs Easy Read and braille; contributor c-2 needs large print.",
    ]);
  });
});
