import * as z from "zod";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { designChoices } from "../../src/frameworks/design-choices.js";
import { publications } from "../../src/frameworks/publications.js";
import type { PublicationSource, Source } from "../../src/source.js";
import { isDesignChoice } from "../../src/source.js";
import { builtinRules, checkDataset, defineRule } from "../../src/rules/index.js";
import { at, dataset } from "./fixture.js";
import { hostileThrowables } from "../hostile-values.js";

describe("checkDataset", () => {
  it("finds nothing in the clean fixture", () => {
    expect(checkDataset(dataset())).toEqual([]);
  });

  it("gives the demo dataset no errors and a handful of deliberate warnings", () => {
    const diags = checkDataset(demoDataset);
    expect(diags.filter((d) => d.severity === "error")).toEqual([]);
    const warnings = diags.filter((d) => d.severity === "warning");
    expect(warnings.length).toBeGreaterThanOrEqual(3);
    expect(warnings.length).toBeLessThanOrEqual(14);
    const codes = new Set(warnings.map((d) => d.code));
    for (const gap of [
      "activity/no-feedback-to-contributors",
      "activity/access-needs-no-adjustment",
      "payment/not-offered-no-reason",
      "group/no-seldom-heard",
      // the demo's two service changes, each with deliberate gaps in its record
      "service-change/no-assessment",
      "service-change/decision-before-consultation-closed",
      "service-change/substantial-no-scrutiny",
      "service-change/responses-not-considered",
      "service-change/no-published-feedback",
      "service-change/seldom-heard-not-reached",
    ]) {
      expect(codes).toContain(gap);
    }
    expect(warnings.some((d) => d.message.startsWith("Group g-estates"))).toBe(true);
  });

  it("has unique rule codes, each with a passing default for its options", () => {
    const codes = builtinRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of builtinRules) {
      expect(r.code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(r.options.safeParse({}).success).toBe(true);
    }
  });

  it("cites, for every built-in rule, a publication of the bibliography or one of ppie's design choices", () => {
    for (const r of builtinRules) {
      const source: Source = r.source;
      if (isDesignChoice(source)) {
        expect(
          designChoices.find((c) => c.id === source.id),
          r.code,
        ).toEqual(source);
        continue;
      }
      const pub = publications.find((p) => p.id === source.id);
      expect(pub, `${r.code} cites ${source.id}`).toBeDefined();
      // The citation is the bibliography's entry with the part relied on (and, where a fact
      // in it is not confirmed, verified: false and a note saying what).
      const { section, verified, note, ...cited } = source;
      const { section: _s, verified: _v, note: _n, ...entry } = pub as PublicationSource;
      expect(cited, r.code).toEqual(entry);
      expect(section, `${r.code} names the part of ${source.id} it applies`).toMatch(/\w/);
      if (!verified) expect(note, `${r.code} says what is not yet verified`).toMatch(/\w/);
    }
  });

  it("never points a reader at ppie's internal research notes", () => {
    const internal = /(frameworks|metrics|DESIGN)\.md|domain notes|§/;
    for (const r of builtinRules) {
      const { check: _check, options: _options, ...shown } = r;
      expect(JSON.stringify(shown), r.code).not.toMatch(internal);
    }
  });

  it("switches rules off and changes severities", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).endDate = "2025-02-01";
    });
    expect(checkDataset(ds).map((d) => d.severity)).toEqual(["error"]);
    expect(checkDataset(ds, { rules: { "activity/ends-before-start": "off" } })).toEqual([]);
    expect(checkDataset(ds, { rules: { "activity/ends-before-start": false } })).toEqual([]);
    expect(
      checkDataset(ds, { rules: { "activity/ends-before-start": "info" } }).map((d) => d.severity),
    ).toEqual(["info"]);
    expect(
      checkDataset(ds, { rules: { "activity/ends-before-start": { severity: "warning" } } }).map(
        (d) => d.severity,
      ),
    ).toEqual(["warning"]);
  });

  it("reports unknown rules and invalid options as diagnostics, not throws", () => {
    const diags = checkDataset(dataset(), {
      rules: {
        "payment/of-rate": "off",
        "activity/no-feedback-to-contributors": {
          options: { days: "ninety" as unknown as number },
        },
        "payment/off-rate": "loud" as never,
      },
      asOf: "31/03/2026",
    });
    expect(diags.map((d) => [d.code, d.path])).toEqual([
      ["check/invalid-option", ["asOf"]],
      [
        "check/invalid-option",
        ["rules", "activity/no-feedback-to-contributors", "options", "days"],
      ],
      ["check/unknown-rule", ["rules", "payment/of-rate"]],
      ["check/invalid-option", ["rules", "payment/off-rate"]],
    ]);
  });

  it("runs callers' own rules through the same registry, and survives one that throws", () => {
    const titleCaps = defineRule({
      code: "local/title-caps",
      title: "Title in capitals",
      description: "Capitals are hard to read.",
      severity: "info",
      category: "inclusion",
      entity: "activities",
      source: { id: "local-style", title: "Local style guide", publisher: "Local", verified: true },
      options: z.strictObject({ minLength: z.int().default(3) }),
      example: {
        path: ["activities", 0, "title"],
        message: "Activity a-1 has a title in capitals.",
      },
      check: (ctx, { minLength }) =>
        ctx.dataset.activities.flatMap((a, i) =>
          a.title.length >= minLength && a.title === a.title.toUpperCase()
            ? [
                {
                  path: ["activities", i, "title"],
                  message: `Activity ${a.id} has a title in capitals.`,
                },
              ]
            : [],
        ),
    });
    const broken = defineRule({
      ...titleCaps,
      code: "local/broken",
      check: () => {
        throw new Error("boom");
      },
    });
    const ds = dataset((d) => {
      at(d.activities, 0).title = "WORKSHOP";
    });
    const diags = checkDataset(ds, {
      extraRules: [titleCaps, broken, { ...titleCaps }],
      rules: { "local/title-caps": { severity: "warning", options: { minLength: 2 } } },
    });
    expect(diags.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["local/title-caps", "warning", ["activities", 0, "title"]],
      ["check/rule-failed", "error", ["extraRules", 1]],
      ["check/duplicate-rule", "warning", ["extraRules", 2, "code"]],
    ]);
  });

  it("sorts diagnostics by path with record indexes in numeric order, and deduplicates", () => {
    const ds = dataset((d) => {
      const a = at(d.activities, 0);
      d.activities = Array.from({ length: 12 }, (_, i) => ({
        ...a,
        id: `a-${i + 1}`,
        endDate: "2025-02-01",
      }));
      d.payments = [];
      d.feedback = [];
      d.impacts = [];
    });
    const diags = checkDataset(ds, { rules: { "activity/no-feedback-to-contributors": "off" } });
    expect(diags.map((d) => d.path[1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const twice = defineRule({
      ...builtinRules[0],
      code: "local/twice",
      check: (ctx, o) => [...builtinRules[0].check(ctx, o), ...builtinRules[0].check(ctx, o)],
    });
    const withTwice = checkDataset(ds, {
      extraRules: [twice],
      rules: { "activity/ends-before-start": "off", "activity/no-feedback-to-contributors": "off" },
    });
    expect(withTwice).toHaveLength(12);
  });

  it("is deterministic: the same input gives the same output", () => {
    expect(checkDataset(demoDataset)).toEqual(checkDataset(structuredClone(demoDataset)));
  });
});

describe("checkDataset never throws on bad options or rules", () => {
  const base = defineRule({
    code: "local/base",
    title: "A rule",
    description: "A rule for tests.",
    severity: "warning",
    category: "inclusion",
    entity: "activities",
    source: { id: "tests", title: "Tests", publisher: "Local", verified: true },
    options: z.strictObject({}),
    example: { path: ["activities", 0], message: "A finding." },
    check: () => [],
  });
  const { "a null-prototype object": nullProto, "a Proxy whose getPrototypeOf throws": noProto } =
    hostileThrowables();
  const codes = (diags: readonly { code: string; path: (string | number)[] }[]) =>
    diags.map((d) => [d.code, d.path]);

  it("takes options that are null, a list or a number as no options, with a warning", () => {
    for (const opts of [null, [], 5, "x"]) {
      const diags = checkDataset(dataset(), opts as never);
      expect(codes(diags)).toEqual([["check/invalid-option", []]]);
    }
  });

  it("warns about extraRules that is not a list, and ignores it", () => {
    for (const extraRules of [null, 5, "rules", { code: "x" }]) {
      const diags = checkDataset(dataset(), { extraRules: extraRules as never });
      expect(codes(diags)).toEqual([["check/invalid-option", ["extraRules"]]]);
    }
  });

  it("reports an entry of extraRules that is not a rule as an error", () => {
    const diags = checkDataset(dataset(), {
      extraRules: [null, 5, { code: 7 }, { ...base, options: null }] as never,
    });
    expect(codes(diags)).toEqual([
      ["check/rule-failed", ["extraRules", 0]],
      ["check/rule-failed", ["extraRules", 1]],
      ["check/rule-failed", ["extraRules", 2]],
      ["check/rule-failed", ["extraRules", 3]],
    ]);
  });

  for (const [name, thrown] of [
    ["a null-prototype object", nullProto],
    ["a Proxy whose getPrototypeOf throws", noProto],
  ] as const) {
    it(`reports a rule that throws ${name}`, () => {
      const rule = defineRule({
        ...base,
        code: "local/throws",
        check: () => {
          throw thrown;
        },
      });
      const diags = checkDataset(dataset(), { extraRules: [rule] });
      expect(codes(diags)).toEqual([["check/rule-failed", ["extraRules", 0]]]);
      expect(diags[0]?.message).toContain("was thrown");
    });
  }

  it("reports findings with a bad path, message or hint, and keeps the good ones", () => {
    const bad = [
      { path: ["activities", 0], message: "Good." },
      { path: null, message: "No path." },
      { path: [nullProto], message: "An object in the path." },
      { path: ["activities", -1], message: "A negative index." },
      { path: ["activities", 0.5], message: "A fractional index." },
      { path: ["activities"], message: nullProto },
      { path: ["activities"], message: "Bad hint.", hint: 5 },
      null,
      noProto,
    ];
    const rule = defineRule({ ...base, code: "local/bad-findings", check: () => bad as never });
    const diags = checkDataset(dataset(), { extraRules: [rule] });
    expect(codes(diags)).toEqual([
      ["local/bad-findings", ["activities", 0]],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [
        "check/invalid-finding",
        ["extraRules", 0, "findings", i],
      ]),
    ]);
  });

  it("reports a rule that returns something other than a list", () => {
    const rule = defineRule({ ...base, code: "local/not-a-list", check: () => nullProto as never });
    expect(codes(checkDataset(dataset(), { extraRules: [rule] }))).toEqual([
      ["check/rule-failed", ["extraRules", 0]],
    ]);
  });

  it("reports a rule whose options schema throws", () => {
    const rule = defineRule({
      ...base,
      code: "local/bad-options",
      options: {
        safeParse() {
          throw nullProto;
        },
      } as never,
    });
    expect(codes(checkDataset(dataset(), { extraRules: [rule] }))).toEqual([
      ["check/rule-failed", ["extraRules", 0]],
    ]);
  });
});

describe("checkDataset asOf outside 1900-01-01..9998-12-31", () => {
  it("warns and uses the dataset's own date", () => {
    const diags = checkDataset(dataset(), { asOf: "9999-12-31" });
    expect(diags.map((d) => [d.code, d.path])).toEqual([["check/invalid-option", ["asOf"]]]);
  });
});

describe("checkDataset on options that throw when read", () => {
  const nullProto = Object.create(null) as object;
  const throwing = (keys: string[]) =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw nullProto;
        },
        get(_t, key) {
          if (keys.includes(String(key))) throw nullProto;
          return undefined;
        },
      },
    );

  it("warns and uses the defaults when the options cannot be read", () => {
    const diags = checkDataset(dataset(), throwing([]) as never);
    expect(diags.map((d) => [d.code, d.path])).toEqual([["check/invalid-option", []]]);
  });

  it("warns when the rules cannot be read, and reports extraRules that cannot be read", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const diags = checkDataset(dataset(), {
      rules: throwing([]) as never,
      extraRules: proxy as never,
    });
    expect(diags.map((d) => [d.code, d.path])).toEqual([
      ["check/rule-failed", ["extraRules"]],
      ["check/invalid-option", ["rules"]],
    ]);
  });

  it("takes a rule whose getters throw as not a rule", () => {
    const rule = new Proxy(
      {},
      {
        get: () => {
          throw nullProto;
        },
      },
    );
    const diags = checkDataset(dataset(), { extraRules: [rule] as never });
    expect(diags.map((d) => [d.code, d.path])).toEqual([["check/rule-failed", ["extraRules", 0]]]);
  });

  it("falls back to the defaults for frameworks and rates whose getters throw", () => {
    const frameworks = new Proxy(
      {},
      {
        get: () => {
          throw nullProto;
        },
      },
    );
    const { proxy: rates, revoke } = Proxy.revocable([], {});
    revoke();
    expect(
      checkDataset(dataset(), { frameworks: frameworks as never, paymentRates: rates as never }),
    ).toEqual([]);
  });
});
