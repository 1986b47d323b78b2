import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { MAX_PENCE, TEXT_LIMITS } from "../../src/model/common.js";
import { parseDataset } from "../../src/model/parse.js";
import { hostileThrowables } from "../hostile-values.js";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Json = Record<string, unknown>;

function codesOf(input: unknown): string[] {
  const r = parseDataset(input);
  expect(r.ok).toBe(false);
  return r.diagnostics.map((d) => d.code);
}

function firstDiag(input: unknown) {
  const r = parseDataset(input);
  expect(r.ok).toBe(false);
  const d = r.diagnostics[0];
  if (!d) throw new Error("expected a diagnostic");
  return d;
}

describe("parseDataset", () => {
  it("accepts the demo dataset round-tripped through JSON", () => {
    const r = parseDataset(clone(demoDataset));
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toEqual([]);
  });

  it("fills in defaults for a minimal dataset", () => {
    const r = parseDataset({ schemaVersion: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.activities).toEqual([]);
      expect(r.value.scales).toEqual(["ppie-influence-level"]);
    }
  });

  // Each distinct kind of bad input, pinned with its code, path and a readable message.
  const cases: { name: string; input: () => unknown; code: string; path: (string | number)[] }[] = [
    { name: "not an object", input: () => "hello", code: "dataset/not-an-object", path: [] },
    { name: "an array", input: () => [], code: "dataset/not-an-object", path: [] },
    { name: "null", input: () => null, code: "dataset/not-an-object", path: [] },
    {
      name: "unsupported version",
      input: () => ({ schemaVersion: 2 }),
      code: "dataset/unsupported-version",
      path: ["schemaVersion"],
    },
    {
      name: "missing version",
      input: () => ({ activities: [] }),
      code: "schema/missing-field",
      path: ["schemaVersion"],
    },
    {
      name: "wrong type",
      input: () => ({ schemaVersion: 1, activities: "none" }),
      code: "schema/wrong-type",
      path: ["activities"],
    },
    {
      name: "missing required field",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        delete (d.activities as Json[])[0]?.title;
        return d;
      },
      code: "schema/missing-field",
      path: ["activities", 0, "title"],
    },
    {
      name: "value outside an enum",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.activities as Json[])[0] as Json).mode = "consultation";
        return d;
      },
      code: "schema/not-allowed-value",
      path: ["activities", 0, "mode"],
    },
    {
      name: "impossible date",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.activities as Json[])[1] as Json).startDate = "2025-02-29";
        return d;
      },
      code: "schema/invalid-date",
      path: ["activities", 1, "startDate"],
    },
    {
      name: "date in another format",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.projects as Json[])[0] as Json).startDate = "01/04/2025";
        return d;
      },
      code: "schema/invalid-date",
      path: ["projects", 0, "startDate"],
    },
    {
      name: "unknown field",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.contributors as Json[])[0] as Json).favouriteColour = "blue";
        return d;
      },
      code: "schema/unknown-field",
      path: ["contributors", 0, "favouriteColour"],
    },
    {
      name: "negative money",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        (((d.payments as Json[])[0] as Json).amount as Json).pence = -100;
        return d;
      },
      code: "schema/too-small",
      path: ["payments", 0, "amount", "pence"],
    },
    {
      name: "fractional minutes",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        const a = (d.activities as Json[]).find(
          (x) => (x.contributors as Json[]).length > 0,
        ) as Json;
        ((a.contributors as Json[])[0] as Json).minutes = 90.5;
        return { ...d, activities: [a], payments: [], impacts: [], feedback: [] };
      },
      code: "schema/not-whole-number",
      path: ["activities", 0, "contributors", 0, "minutes"],
    },
    {
      name: "empty text",
      input: () => ({ schemaVersion: 1, organisations: [{ id: "o", name: "", kind: "charity" }] }),
      code: "schema/empty-text",
      path: ["organisations", 0, "name"],
    },
    {
      name: "id with spaces around it",
      input: () => ({
        schemaVersion: 1,
        organisations: [{ id: " o ", name: "Org", kind: "charity" }],
      }),
      code: "schema/invalid-format",
      path: ["organisations", 0, "id"],
    },
    {
      name: "bad email",
      input: () => ({
        schemaVersion: 1,
        contributors: [{ id: "c1", roles: ["patient"], identifiers: { email: "not-an-email" } }],
      }),
      code: "schema/invalid-email",
      path: ["contributors", 0, "identifiers", "email"],
    },
    {
      name: "empty role list",
      input: () => ({ schemaVersion: 1, contributors: [{ id: "c1", roles: [] }] }),
      code: "schema/too-few-items",
      path: ["contributors", 0, "roles"],
    },
    {
      name: "PEIRS-22 with the wrong number of answers",
      input: () => ({
        schemaVersion: 1,
        feedback: [{ kind: "peirs22", id: "f1", date: "2025-05-01", answers: [3, 3, 3] }],
      }),
      code: "schema/wrong-length",
      path: ["feedback", 0, "answers"],
    },
    {
      name: "rating above its scale",
      input: () => ({
        schemaVersion: 1,
        feedback: [
          {
            kind: "coproduction",
            id: "f1",
            date: "2025-05-01",
            respondent: "staff",
            ratings: { reciprocity: 9 },
          },
        ],
      }),
      code: "schema/too-large",
      path: ["feedback", 0, "ratings", "reciprocity"],
    },
    {
      name: "unknown feedback kind",
      input: () => ({
        schemaVersion: 1,
        feedback: [{ kind: "survey", id: "f1", date: "2025-05-01" }],
      }),
      code: "schema/unknown-kind",
      path: ["feedback", 0, "kind"],
    },
    {
      name: "duplicate id",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.contributors as Json[])[1] as Json).id = ((d.contributors as Json[])[0] as Json).id;
        return d;
      },
      code: "ref/duplicate-id",
      path: ["contributors", 1, "id"],
    },
    {
      name: "reference to a missing project",
      input: () => {
        const d = clone(demoDataset) as unknown as Json;
        ((d.activities as Json[])[2] as Json).projectId = "p-missing";
        return d;
      },
      code: "ref/unknown-project",
      path: ["activities", 2, "projectId"],
    },
    {
      name: "reference to a missing contributor",
      input: () => ({
        schemaVersion: 1,
        activities: [
          {
            id: "a1",
            title: "Workshop",
            mode: "involvement",
            method: "workshop",
            startDate: "2025-05-01",
            contributors: [{ contributorId: "ghost", minutes: 60, payment: { status: "offered" } }],
          },
        ],
      }),
      code: "ref/unknown-contributor",
      path: ["activities", 0, "contributors", 0, "contributorId"],
    },
    {
      name: "reference to a missing activity from an impact record",
      input: () => ({
        schemaVersion: 1,
        impacts: [
          {
            id: "i1",
            activityIds: ["a-none"],
            date: "2025-05-01",
            type: "materials",
            youSaid: "Too long.",
            weDid: "Shortened it.",
            direction: "positive",
            status: "observed",
          },
        ],
      }),
      code: "ref/unknown-activity",
      path: ["impacts", 0, "activityIds", 0],
    },
    ...(
      [
        ["organisation", { organisationId: "org-none" }, ["organisationId"]],
        ["activity", { activityIds: ["a-none"] }, ["activityIds", 0]],
        ["impact", { impactIds: ["i-none"] }, ["impactIds", 0]],
      ] as const
    ).map(([entity, change, at]) => ({
      name: `reference to a missing ${entity} from a service change`,
      input: () => ({
        schemaVersion: 1,
        organisations: [{ id: "org-1", name: "Trust", kind: "nhs-trust" }],
        serviceChanges: [
          {
            id: "sc-1",
            organisationId: "org-1",
            title: "Moving the clinic",
            proposal: "Move the clinic.",
            duty: "nhs-act-2006-s242",
            ...change,
          },
        ],
      }),
      code: `ref/unknown-${entity}`,
      path: ["serviceChanges", 0, ...at],
    })),
    ...(
      [
        ["event", "eventIds"],
        ["feedback", "feedbackIds"],
      ] as const
    ).map(([entity, field]) => ({
      name: `reference to a missing ${entity} from an impact record`,
      input: () => ({
        schemaVersion: 1,
        impacts: [
          {
            id: "i1",
            [field]: ["x-none"],
            date: "2025-05-01",
            type: "service",
            youSaid: "The signs were confusing.",
            weDid: "New signs.",
            direction: "positive",
            status: "observed",
          },
        ],
      }),
      code: `ref/unknown-${entity}`,
      path: ["impacts", 0, field, 0],
    })),
    {
      name: "reference to a missing organisation from a contributor's position",
      input: () => ({
        schemaVersion: 1,
        organisations: [{ id: "org-1", name: "Trust", kind: "nhs-trust" }],
        contributors: [
          {
            id: "c-1",
            roles: ["patient", "governor"],
            positions: [
              { role: "governor", organisationId: "org-1" },
              { role: "member", organisationId: "org-none" },
            ],
          },
        ],
      }),
      code: "ref/unknown-organisation",
      path: ["contributors", 0, "positions", 1, "organisationId"],
    },
    {
      name: "PPEET response to an item the dataset does not define",
      input: () => ({
        schemaVersion: 1,
        feedback: [
          {
            kind: "ppeet",
            id: "f1",
            date: "2025-05-01",
            questionnaire: "participant",
            responses: { "q-x": "agree" },
          },
        ],
      }),
      code: "ref/unknown-ppeet-item",
      path: ["feedback", 0, "responses", "q-x"],
    },
  ];

  it.each(cases)("reports $name as $code", ({ input, code, path }) => {
    const r = parseDataset(input());
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics.slice(0, 3))).toBeDefined();
    expect(d?.path).toEqual(path);
    expect(d?.severity).toBe("error");
    expect(d?.message.length).toBeGreaterThan(10);
    expect(d?.message).toMatch(/[.]$/);
    expect(d?.hint?.length ?? 0).toBeGreaterThan(5);
  });

  it("covers at least 15 distinct kinds of bad input", () => {
    expect(new Set(cases.map((c) => c.code)).size).toBeGreaterThanOrEqual(15);
  });

  it("names the value it rejected", () => {
    const d = firstDiag({
      schemaVersion: 1,
      activities: [
        { id: "a", title: "T", mode: "involvement", method: "m", startDate: "2025-13-01" },
      ],
    });
    expect(d.message).toContain('"2025-13-01"');
  });

  it("caps the list and says how many were left out", () => {
    const contributors = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, roles: ["nobody"] }));
    const r = parseDataset({ schemaVersion: 1, contributors }, { maxDiagnostics: 10 });
    expect(r.diagnostics).toHaveLength(11);
    expect(r.diagnostics[10]?.code).toBe("parse/too-many-diagnostics");
    expect(r.diagnostics[10]?.message).toContain("20 more");
  });

  it("lists diagnostics in input order", () => {
    const codes = codesOf({
      schemaVersion: 1,
      contributors: [
        { id: "c2", roles: [] },
        { id: "c1", roles: ["patient"], extra: true },
      ],
    });
    expect(codes).toEqual(["schema/too-few-items", "schema/unknown-field"]);
  });

  it("does not throw on hostile objects", () => {
    const evil = {
      schemaVersion: 1,
      get activities(): never {
        throw new Error("boom");
      },
    };
    const r = parseDataset(evil);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe("dataset/unreadable");
  });
});

describe("parseDataset on input that throws", () => {
  for (const [name, thrown] of Object.entries(hostileThrowables())) {
    it(`returns a diagnostic when a getter throws ${name}`, () => {
      const input = {
        schemaVersion: 1,
        get activities(): never {
          throw thrown;
        },
      };
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["dataset/unreadable"]);
      expect(typeof r.diagnostics[0]?.message).toBe("string");
    });

    it(`returns a diagnostic when a Proxy trap throws ${name}`, () => {
      const input = new Proxy(
        { schemaVersion: 1 },
        {
          ownKeys() {
            throw thrown;
          },
          get(_target, key) {
            if (key === "schemaVersion") return 1;
            throw thrown;
          },
        },
      );
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["dataset/unreadable"]);
    });
  }

  it("returns a diagnostic for a revoked Proxy as the dataset", () => {
    const { proxy, revoke } = Proxy.revocable({ schemaVersion: 1 }, {});
    revoke();
    const r = parseDataset(proxy);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["dataset/unreadable"]);
  });
});

describe("the range of dates ppie reads", () => {
  const withStart = (startDate: string) => ({
    schemaVersion: 1,
    projects: [{ id: "p", organisationId: "o", title: "P", kind: "research", startDate }],
    organisations: [{ id: "o", name: "O", kind: "nhs-trust" }],
  });

  it("reads 1900-01-01 and 9998-12-31", () => {
    expect(parseDataset(withStart("1900-01-01")).ok).toBe(true);
    expect(parseDataset(withStart("9998-12-31")).ok).toBe(true);
  });

  for (const date of ["9999-12-31", "9999-01-01", "1899-12-31", "0001-01-01", "0000-01-01"]) {
    it(`rejects ${date} with schema/date-out-of-range`, () => {
      const r = parseDataset(withStart(date));
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["schema/date-out-of-range", ["projects", 0, "startDate"]],
      ]);
      expect(r.diagnostics[0]?.message).toContain("1900-01-01 to 9998-12-31");
    });
  }

  it("reports a date that is not real once, as not real", () => {
    const r = parseDataset(withStart("1899-02-30"));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["schema/invalid-date"]);
  });
});

describe("the longest text each field takes", () => {
  const withContributor = (identifiers: Record<string, string>) => ({
    schemaVersion: 1,
    contributors: [{ id: "c", roles: ["patient"], identifiers }],
  });
  const tooLong = (input: unknown) => {
    // no timing asserted: a check that is slow on long text runs past the test's timeout
    const r = parseDataset(input);
    expect(r.ok).toBe(false);
    return r.diagnostics.map((d) => [d.code, d.path]);
  };

  it("documents the limits", () => {
    expect(TEXT_LIMITS).toEqual({ id: 200, name: 500, email: 254, phone: 20, text: 20_000 });
  });

  it("rejects an email address of a million characters, or with 100,000 dots, quickly", () => {
    for (const email of [`${"a".repeat(1e6)}@example.org`, `a@${"b.".repeat(1e5)}org`]) {
      expect(tooLong(withContributor({ email }))).toEqual([
        ["schema/text-too-long", ["contributors", 0, "identifiers", "email"]],
      ]);
    }
  });

  it("takes an email address of 254 characters and no more", () => {
    const at254 = `${"a".repeat(254 - "@example.org".length)}@example.org`;
    expect(parseDataset(withContributor({ email: at254 })).ok).toBe(true);
    expect(tooLong(withContributor({ email: `a${at254}` }))).toEqual([
      ["schema/text-too-long", ["contributors", 0, "identifiers", "email"]],
    ]);
  });

  it("limits names, addresses, phone numbers, ids and free text", () => {
    expect(tooLong(withContributor({ name: "n".repeat(501) }))).toEqual([
      ["schema/text-too-long", ["contributors", 0, "identifiers", "name"]],
    ]);
    expect(tooLong(withContributor({ address: "n".repeat(501) }))).toEqual([
      ["schema/text-too-long", ["contributors", 0, "identifiers", "address"]],
    ]);
    expect(tooLong(withContributor({ phone: "0".repeat(1e6) }))).toEqual([
      ["schema/text-too-long", ["contributors", 0, "identifiers", "phone"]],
    ]);
    expect(
      tooLong({
        schemaVersion: 1,
        contributors: [{ id: ` ${"c".repeat(1e6)} `, roles: ["patient"] }],
      }),
    ).toEqual([["schema/text-too-long", ["contributors", 0, "id"]]]);
    expect(
      tooLong({
        schemaVersion: 1,
        organisations: [{ id: "o", name: "O".repeat(501), kind: "nhs-trust" }],
      }),
    ).toEqual([["schema/text-too-long", ["organisations", 0, "name"]]]);
    expect(tooLong({ schemaVersion: 1, title: "t".repeat(501) })).toEqual([
      ["schema/text-too-long", ["title"]],
    ]);
  });
});

describe("the largest amount of money", () => {
  const withPayment = (pence: number) => ({
    schemaVersion: 1,
    contributors: [{ id: "c", roles: ["patient"] }],
    payments: [
      {
        id: "p",
        contributorId: "c",
        kind: "fee",
        amount: { pence, currency: "GBP" },
        status: "due",
      },
    ],
  });

  it("takes 100,000,000,000 pence (£1,000,000,000.00) in one record and no more", () => {
    expect(MAX_PENCE).toBe(100_000_000_000);
    expect(parseDataset(withPayment(MAX_PENCE)).ok).toBe(true);
    for (const pence of [MAX_PENCE + 1, 2 ** 53, 2 ** 60]) {
      const r = parseDataset(withPayment(pence));
      expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["schema/too-large", ["payments", 0, "amount", "pence"]],
      ]);
      expect(r.diagnostics[0]?.hint).toContain("£1,000,000,000.00");
    }
  });
});

describe("ids that are also names of Object.prototype's properties", () => {
  const input = (itemId: string, principleId: string) =>
    JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        ppeetItems: [{ id: itemId, text: "Was it worth it?" }],
        feedback: [
          {
            id: "f1",
            kind: "ppeet",
            date: "2025-05-01",
            questionnaire: "participant",
            responses: { [itemId]: "agree" },
          },
          {
            id: "f2",
            kind: "coproduction",
            date: "2025-05-01",
            respondent: "public",
            ratings: { [principleId]: 4, "sharing-power": 5 },
          },
        ],
      }),
    ) as unknown;

  for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
    it(`keeps ${id} as a key of PPEET responses and co-production ratings`, () => {
      const r = parseDataset(input(id, id));
      expect(r.diagnostics).toEqual([]);
      if (!r.ok) throw new Error("expected a dataset");
      const [ppeet, copro] = r.value.feedback;
      if (ppeet?.kind !== "ppeet" || copro?.kind !== "coproduction") throw new Error("kinds");
      expect(Object.keys(ppeet.responses)).toEqual([id]);
      expect(Object.hasOwn(ppeet.responses, id)).toBe(true);
      expect(ppeet.responses[id]).toBe("agree");
      expect(Object.keys(copro.ratings)).toEqual([id, "sharing-power"]);
      expect(copro.ratings[id]).toBe(4);
      expect(Object.getPrototypeOf(ppeet.responses)).toBeNull();
    });
  }

  it("reports a bad answer under __proto__ at its path", () => {
    const bad = input("__proto__", "x") as { feedback: { responses: Record<string, unknown> }[] };
    Object.defineProperty(bad.feedback[0]?.responses, "__proto__", {
      value: "maybe",
      enumerable: true,
    });
    const r = parseDataset(bad);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/not-allowed-value", ["feedback", 0, "responses", "__proto__"]],
    ]);
  });
});
