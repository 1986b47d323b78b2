import { describe, expect, it } from "vitest";
import {
  INVOLVE_RESEARCH_CYCLE_IDS,
  mapStageLabel,
  RESEARCH_STAGE_LABEL_MAP,
} from "../../src/frameworks/index.js";

describe("mapStageLabel", () => {
  it.each([
    ["identifying & prioritising", "identifying-and-prioritising"],
    ["Priority setting", "identifying-and-prioritising"],
    ["developing research questions", "identifying-and-prioritising"],
    ["Funding", "commissioning"],
    ["grant review", "commissioning"],
    ["Commissioning panel", "commissioning"],
    ["Design", "designing-and-managing"],
    ["development of grant proposal", "designing-and-managing"],
    ["Protocol", "designing-and-managing"],
    ["Ethics application", "designing-and-managing"],
    ["study management", "designing-and-managing"],
    ["Steering committee", "designing-and-managing"],
    ["Recruitment", "undertaking"],
    ["data collection", "undertaking"],
    ["Analysing & interpreting", "undertaking"],
    ["analysing and interpreting", "undertaking"],
    ["Dissemination", "disseminating"],
    ["writing up", "disseminating"],
    ["Lay summary of results", "disseminating"],
    ["Implementation", "implementing"],
    ["adoption", "implementing"],
    ["Advocacy", "implementing"],
    ["Evaluation of impact", "evaluating-impact"],
  ])("%s -> %s", (label, stage) => {
    expect(mapStageLabel(label)).toBe(stage);
  });
  it("maps canonical ids and labels to themselves", () => {
    for (const id of INVOLVE_RESEARCH_CYCLE_IDS) expect(mapStageLabel(id)).toBe(id);
    expect(mapStageLabel("Designing and managing")).toBe("designing-and-managing");
    expect(mapStageLabel("  EVALUATING   IMPACT ")).toBe("evaluating-impact");
  });
  it("returns undefined for unknown or empty labels", () => {
    expect(mapStageLabel("lunch")).toBeUndefined();
    expect(mapStageLabel("")).toBeUndefined();
    expect(mapStageLabel(" & ")).toBeUndefined();
  });
  it("checks your own mappings first", () => {
    const mine = [
      { label: "PPI panel review", stage: "commissioning" },
      { label: "Design", stage: "commissioning" },
    ] as const;
    expect(mapStageLabel("ppi panel review", mine)).toBe("commissioning");
    expect(mapStageLabel("design", mine)).toBe("commissioning");
    expect(mapStageLabel("design")).toBe("designing-and-managing");
  });
  it("maps every variant onto a canonical stage", () => {
    for (const row of RESEARCH_STAGE_LABEL_MAP) {
      expect(INVOLVE_RESEARCH_CYCLE_IDS).toContain(row.stage);
    }
  });
});
