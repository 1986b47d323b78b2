/**
 * The plain English style of a `contributor-feedback` document: a letter (or a public page) in
 * short paragraphs under plain headings, everyday words, active sentences, with the reader's
 * activities in a table.
 *
 * @module
 */
import type { Change } from "./letter-facts.js";
import type { Line } from "./letter-words.js";
import {
  dateWords,
  DIRECTION_WORDS,
  line,
  moneyWords,
  quote,
  STATUS_WORDS,
  timeWords,
} from "./letter-words.js";
import type { LetterDraft, LetterInput } from "./letter-input.js";
import { changesToShow, newDraft } from "./letter-input.js";
import { cell, formatList, plural } from "./format.js";

/** Changes told one by one; the rest are counted. */
const PLAIN_CHANGES = 8;
/** Activities a public page lists; the rest are counted. */
const PUBLIC_ACTIVITIES = 12;

/** The opening paragraph: what the document covers and what it says. */
function opening(input: LetterInput, d: LetterDraft): void {
  const { scope } = input;
  const when = `${dateWords(scope.period.start)} and ${dateWords(scope.period.end)}`;
  const on =
    scope.activity !== undefined
      ? [" at ", input.title(scope.activity), "."]
      : scope.project !== undefined
        ? [" on ", input.projectTitle(scope.project), "."]
        : ["."];
  const first =
    scope.contributor === undefined
      ? line(`This page sums up what people told us between ${when}`, ...on)
      : line(`Thank you for the time you gave us between ${when}`, ...on);
  const second =
    scope.contributor === undefined
      ? line("It says what we did about it and what happens next. It has no personal details.")
      : line(
          "This letter sets out what you took part in, what changed as a result, what happens next and who to contact.",
        );
  d.paragraph([first, second]);
}

/** "What you took part in": how often, how long, with how many people, and a table. */
function tookPart(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  const you = scope.contributor !== undefined;
  d.heading(you ? "What you took part in" : "Who took part");
  const n = f.activities.length;
  if (n === 0) {
    d.paragraph([
      line(
        you
          ? "We have no record of you taking part in an activity in this period."
          : "We have no record of an activity in this period.",
      ),
    ]);
    return;
  }
  const lines: Line[] = [
    you
      ? line(
          `You took part in ${plural(n, "activity", "activities")} and gave ${timeWords(f.minutes)} of your time.`,
        )
      : line(`There ${n === 1 ? "was" : "were"} ${plural(n, "activity", "activities")}.`),
  ];
  if (input.people !== null && input.people > 0) {
    lines.push(
      you
        ? line(
            `${plural(input.people, "other person", "other people")} took part in them with you.`,
          )
        : line(
            `${plural(input.people, "person", "people")} took part and gave ${timeWords(f.minutes)} of their time.`,
          ),
    );
  }
  d.paragraph(lines);
  const waiting = new Set(f.noChangeYet.map((a) => a.id));
  // a letter lists all of the reader's activities; a public page the latest few
  const listed = you ? f.activities : f.activities.slice(-PUBLIC_ACTIVITIES);
  d.block({
    type: "table",
    id: "letter-activities",
    caption: you
      ? "The activities you took part in"
      : listed.length < n
        ? "The latest activities"
        : "The activities",
    // the time of the people at one activity is a figure about a few people: letters only
    columns: [
      { key: "date", label: "Date", align: "left" },
      { key: "activity", label: "Activity", align: "left" },
      ...(you ? [{ key: "time", label: "Your time", align: "right" as const }] : []),
      { key: "change", label: "Change recorded", align: "left" },
    ],
    rows: listed.map((a) => {
      const minutes = a.contributors
        .filter((p) => p.contributorId === scope.contributor?.id)
        .reduce((t, p) => t + p.minutes, 0);
      return {
        date: cell(dateWords(a.startDate)),
        activity: cell(a.title),
        ...(you ? { time: cell(timeWords(minutes), minutes) } : {}),
        change: cell(waiting.has(a.id) ? "not yet" : "yes"),
      };
    }),
    ...(listed.length < n
      ? { footnote: `The latest ${listed.length} of the ${n} activities.` }
      : {}),
  });
}

/** One change as a paragraph: what was said, what was done, and where it stands. */
function oneChange(input: LetterInput, c: Change): Line[] {
  if (c.kind === "outcome") {
    const a = c.from;
    return [
      a === undefined
        ? line("After an activity: ", quote(c.weDid, [...c.path, "summary"], "an outcome"))
        : line(
            `After the activity on ${dateWords(a.startDate)} (`,
            input.title(a),
            "): ",
            quote(c.weDid, [...c.path, "summary"], `an outcome of activity ${a.id}`),
          ),
    ];
  }
  const named = c.namesReader;
  const lines: Line[] = [];
  if (c.youSaid !== undefined) {
    lines.push(
      line(
        named ? "You said: " : "People said: ",
        quote(c.youSaid, [...c.path, "youSaid"], `impact record ${c.id} (what people said)`),
      ),
    );
  }
  lines.push(
    line(
      c.status === "intended" ? "What we plan to do: " : "What we did: ",
      quote(c.weDid, [...c.path, "weDid"], `impact record ${c.id} (what was done)`),
    ),
  );
  lines.push(line(STATUS_WORDS[c.status ?? "observed"].plain));
  if (c.direction === "negative" || c.direction === "mixed") {
    const dir = DIRECTION_WORDS[c.direction];
    lines.push(line(c.status === "intended" ? dir.plainPlanned : dir.plain));
  }
  return lines;
}

/** "What changed": each change told, then what has not changed yet, honestly. */
function whatChanged(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  const you = scope.contributor !== undefined;
  d.heading(you ? "What changed because of you" : "What changed");
  if (f.changes.length === 0) {
    d.paragraph([
      line(
        you
          ? "We have not recorded a change from the activities you took part in yet."
          : "We have not recorded a change from these activities yet.",
      ),
      line("Changes can take time, and we will say when something changes."),
    ]);
  } else {
    d.paragraph([
      line(
        you
          ? "These are the changes we have recorded, and how sure we are of each."
          : "These are the changes we have recorded, and how sure we are of each.",
      ),
    ]);
    const shown = changesToShow(f.changes, PLAIN_CHANGES);
    for (const c of shown) d.paragraph(oneChange(input, c));
    const more = f.changes.length - shown.length;
    if (more > 0)
      d.paragraph([
        line(`We have recorded ${plural(more, "more change")} too: please ask us about them.`),
      ]);
  }
  const waiting = f.noChangeYet.length;
  if (waiting > 0 && f.changes.length > 0) {
    // the table marks them, unless a public page lists only the latest activities
    const see = you || f.activities.length <= PUBLIC_ACTIVITIES ? " (see the table above)" : "";
    d.paragraph([
      line(
        waiting === 1
          ? `One of the activities has not led to a recorded change yet${see}.`
          : `${waiting} of the activities have not led to a recorded change yet${see}.`,
      ),
      line("We will say when something changes."),
    ]);
  }
}

/** "What happens next": the next activity and the planned changes. */
function whatNext(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  d.heading("What happens next");
  const lines: Line[] = [];
  const next = f.next[0];
  if (next !== undefined) {
    lines.push(
      line(
        scope.contributor === undefined ? "The next activity is " : "Your next activity is ",
        input.title(next),
        ` on ${dateWords(next.startDate)}.`,
      ),
    );
  } else {
    lines.push(line("We will let you know about new chances to take part."));
  }
  const planned = f.changes.filter((c) => c.status === "intended").length;
  if (planned === 1)
    lines.push(
      line("One of the changes above is planned but not done yet."),
      line("We will tell you when it is done."),
    );
  else if (planned > 1)
    lines.push(
      line(`${planned} of the changes above are planned but not done yet.`),
      line("We will tell you when they are done."),
    );
  d.paragraph(lines);
}

/** "Payment and thanks". */
function paymentAndThanks(input: LetterInput, d: LetterDraft): void {
  const m = input.facts.money;
  if (m === undefined) {
    d.heading("Thank you");
    d.paragraph([
      line("Thank you to everyone who gave their time, their experience and their ideas."),
    ]);
    return;
  }
  d.heading("Payment and thanks");
  const lines: Line[] = [];
  if (m.feesPaid > 0 || m.expensesPaid > 0) {
    const paid = [
      ...(m.feesPaid > 0 ? [`${moneyWords(m.feesPaid, m.currency)} for your time`] : []),
      ...(m.expensesPaid > 0
        ? [`${moneyWords(m.expensesPaid, m.currency)} for your expenses`]
        : []),
    ];
    lines.push(line(`We paid you ${formatList(paid)}.`));
  }
  if (m.owed > 0) lines.push(line(`We still owe you ${moneyWords(m.owed, m.currency)}.`));
  if (m.declined > 0)
    lines.push(
      line(`You chose not to be paid for ${plural(m.declined, "activity", "activities")}.`),
    );
  lines.push(line("Thank you for your time, your experience and your ideas."));
  d.paragraph(lines);
}

/** "Who to contact". */
function contact(input: LetterInput, d: LetterDraft): void {
  d.heading("Who to contact");
  d.paragraph([
    input.scope.contributor === undefined
      ? line(`To find out more or to take part, please contact ${input.contact}.`)
      : line(`If you have a question about this letter, please contact ${input.contact}.`),
    ...(input.scope.contributor === undefined
      ? []
      : [line("You can also ask for it in large print, Easy Read or another format.")]),
  ]);
}

/**
 * Write a document in the plain English style.
 *
 * @param input - the facts and what the writer needs to name things
 * @returns the blocks and every sentence written (for measuring)
 */
export function writePlain(input: LetterInput): LetterDraft {
  const d = newDraft(input);
  opening(input, d);
  tookPart(input, d);
  whatChanged(input, d);
  whatNext(input, d);
  paymentAndThanks(input, d);
  contact(input, d);
  return d;
}
