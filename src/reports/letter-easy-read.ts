/**
 * The Easy Read style of a `contributor-feedback` document: short headings, then one idea per
 * row, each with a picture on its left, one idea per sentence, short sentences in everyday words,
 * numbers as digits, a few key words in bold, and at most a few things listed in each section
 * (the rest counted), so that the document stays a few pages long.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Change } from "./letter-facts.js";
import type { LetterPictureId } from "./letter-pictures.js";
import type { Line } from "./letter-words.js";
import {
  b,
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

/** Activities listed one by one; the rest are counted. */
const EASY_ACTIVITIES = 3;
/** Changes told one by one; the rest are counted. */
const EASY_CHANGES = 4;

/** The picture for an activity, by how it was done. */
function activityPicture(a: Activity): LetterPictureId {
  if (a.method === "document-review") return "document";
  if (a.method === "survey") return "question";
  if (a.method === "newsletter") return "letter";
  return "meeting";
}

function times(n: number): string {
  return n === 1 ? "1 time" : `${n} times`;
}

/** "This letter": who it is for, and the dates it covers. */
function opening(input: LetterInput, d: LetterDraft): void {
  const { scope } = input;
  d.heading(scope.contributor === undefined ? "This page" : "This letter");
  const dates = line(
    "It covers ",
    b(dateWords(scope.period.start)),
    " to ",
    b(dateWords(scope.period.end)),
    ".",
  );
  const about: Line[] =
    scope.contributor === undefined
      ? [line("This page says what people told us and what we did."), dates]
      : [line("This letter is about the help you gave us."), dates];
  if (scope.activity !== undefined) {
    about.push(line("It is about 1 meeting: ", input.title(scope.activity), "."));
  } else if (scope.project !== undefined) {
    about.push(line("It is about: ", input.projectTitle(scope.project), "."));
  }
  d.idea("letter", about);
}

/** "What you did": how often, how long, with how many people, and the latest activities. */
function whatYouDid(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  const you = scope.contributor !== undefined;
  d.heading(you ? "What you did" : "Who took part");
  const n = f.activities.length;
  if (n === 0) {
    d.idea("meeting", [
      line(
        you
          ? "We have no record of you taking part at this time."
          : "We have no record of meetings at this time.",
      ),
    ]);
    return;
  }
  d.idea("meeting", [
    you
      ? line("You took part ", b(times(n)), ".")
      : n === 1
        ? line("There was ", b("1"), " meeting.")
        : line("There were ", b(`${n}`), " meetings and other ways to take part."),
  ]);
  // everyone's time is a figure about a group: shown only when the number of people is
  if (f.minutes > 0 && (you || (input.people !== null && input.people > 0))) {
    d.idea("clock", [
      you
        ? line("You gave ", b(timeWords(f.minutes)), " of your time.")
        : line("People gave ", b(timeWords(f.minutes)), " of their time."),
    ]);
  }
  if (input.people !== null && input.people > 0) {
    d.idea("people", [
      you
        ? line(
            b(`${input.people}`),
            input.people === 1
              ? " other person took part with you."
              : " other people took part with you.",
          )
        : line(
            b(`${input.people}`),
            input.people === 1 ? " person took part." : " people took part.",
          ),
    ]);
  }
  const latest = f.activities.slice(-EASY_ACTIVITIES);
  for (const a of latest) {
    d.idea(activityPicture(a), [
      line(
        "On ",
        b(dateWords(a.startDate)),
        you ? " you took part in: " : " there was: ",
        input.title(a),
        ".",
      ),
    ]);
  }
  if (n > latest.length) {
    d.idea("document", [
      you
        ? line("You also took part ", b(times(n - latest.length)), " before that.")
        : line("There were ", b(`${n - latest.length}`), " more before that."),
    ]);
  }
}

/** One change: what was said, what was done, and how sure we are, each with its picture. */
function oneChange(d: LetterDraft, c: Change): void {
  if (c.kind === "outcome") {
    d.idea("change", [
      line(
        b("What changed:"),
        " ",
        quote(c.weDid, [...c.path, "summary"], `an outcome of activity ${c.from?.id ?? ""}`),
      ),
    ]);
    return;
  }
  const named = c.namesReader;
  if (c.youSaid !== undefined) {
    d.idea("talking", [
      line(
        b(named ? "You said:" : "People said:"),
        " ",
        quote(c.youSaid, [...c.path, "youSaid"], `impact record ${c.id} (what people said)`),
      ),
    ]);
  }
  d.idea("change", [
    line(
      b(c.status === "intended" ? "We will:" : "We did:"),
      " ",
      quote(c.weDid, [...c.path, "weDid"], `impact record ${c.id} (what was done)`),
    ),
  ]);
  const status = c.status ?? "observed";
  const lines = STATUS_WORDS[status].easy.map((parts) => line(...parts));
  const dir =
    c.direction === undefined || c.direction === "positive"
      ? undefined
      : DIRECTION_WORDS[c.direction];
  if (dir !== undefined) {
    d.idea("unhappy", [...lines, line(status === "intended" ? dir.easyPlanned : dir.easy)]);
    return;
  }
  d.idea(status === "confirmed" ? "tick" : status === "observed" ? "seen" : "plan", lines);
}

/** "What changed": a few changes told in full, the rest counted, and what has not changed yet. */
function whatChanged(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  const you = scope.contributor !== undefined;
  d.heading(you ? "What changed because of you" : "What changed");
  // the same words twice (two activities with the same outcome) are told once
  const seen = new Set<string>();
  const distinct = f.changes.filter((c) => {
    const key = JSON.stringify([
      c.youSaid ?? "",
      c.weDid.trim(),
      c.status ?? "",
      c.direction ?? "",
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shown = changesToShow(distinct, EASY_CHANGES);
  for (const c of shown) oneChange(d, c);
  const more = distinct.length - shown.length;
  if (more > 0) {
    d.idea("document", [
      line(
        "There ",
        more === 1 ? "is " : "are ",
        b(`${more}`),
        more === 1 ? " more change." : " more changes.",
      ),
      line(more === 1 ? "Ask us about it." : "Ask us about them."),
    ]);
  }
  const waiting = f.noChangeYet.length;
  if (waiting > 0 || f.changes.length === 0) {
    const lines: Line[] =
      f.changes.length === 0
        ? [line("We have ", b("not seen a change"), " yet.")]
        : [
            you
              ? line(
                  b("Nothing has changed yet"),
                  " after ",
                  `${waiting}`,
                  " of the times you took part.",
                )
              : line(
                  b("Nothing has changed yet"),
                  " after ",
                  `${waiting}`,
                  waiting === 1 ? " meeting." : " meetings.",
                ),
          ];
    lines.push(line("We will tell you when something changes."));
    d.idea("waiting", lines);
  }
}

/** "What happens next": the next activity, and planned changes. */
function whatNext(input: LetterInput, d: LetterDraft): void {
  const { facts: f, scope } = input;
  d.heading("What happens next");
  const next = f.next[0];
  if (next !== undefined && scope.contributor !== undefined) {
    d.idea("calendar", [line("Your next meeting is on ", b(dateWords(next.startDate)), ".")]);
  } else if (next !== undefined) {
    d.idea("calendar", [line("The next meeting is on ", b(dateWords(next.startDate)), ".")]);
  } else {
    d.idea("calendar", [line("We will tell you about new chances to take part.")]);
  }
  if (f.changes.some((c) => c.status === "intended")) {
    d.idea("plan", [line("We will tell you when the planned changes happen.")]);
  }
}

/** "Money and thanks": what the reader was paid, is owed, or chose not to take; thank you. */
function moneyAndThanks(input: LetterInput, d: LetterDraft): void {
  const m = input.facts.money;
  d.heading(m === undefined ? "Thank you" : "Money and thanks");
  if (m !== undefined) {
    if (m.feesPaid > 0)
      d.idea("money", [
        line("We paid you ", b(moneyWords(m.feesPaid, m.currency)), " for your time."),
      ]);
    if (m.expensesPaid > 0)
      d.idea("money", [
        line(
          "We paid you back ",
          b(moneyWords(m.expensesPaid, m.currency)),
          " for things like travel.",
        ),
      ]);
    if (m.owed > 0)
      d.idea("money", [line("We have not paid you ", b(moneyWords(m.owed, m.currency)), " yet.")]);
    if (m.declined > 0)
      d.idea("thank-you", [line("You chose not to be paid ", b(times(m.declined)), ".")]);
  }
  d.idea("thank-you", [
    input.scope.contributor === undefined
      ? line(b("Thank you"), " to everyone who took part.")
      : line(b("Thank you"), " for your time and your ideas."),
  ]);
}

/** "Questions": who to contact, and other formats. */
function questions(input: LetterInput, d: LetterDraft): void {
  const you = input.scope.contributor !== undefined;
  d.heading("Questions");
  d.idea("question", [
    line(you ? "Do you have a question about this letter?" : "Do you have a question?"),
  ]);
  d.idea("phone", [line("Please contact ", b(input.contact), ".")]);
  if (you) d.idea("letter", [line("You can ask us for this letter in large print or other ways.")]);
  else d.idea("people", [line("Please contact us if you want to take part.")]);
}

/**
 * Write a document in the Easy Read style.
 *
 * @param input - the facts and what the writer needs to name things
 * @returns the blocks and every sentence written (for measuring)
 */
export function writeEasyRead(input: LetterInput): LetterDraft {
  const d = newDraft(input);
  opening(input, d);
  whatYouDid(input, d);
  whatChanged(input, d);
  whatNext(input, d);
  moneyAndThanks(input, d);
  questions(input, d);
  return d;
}
