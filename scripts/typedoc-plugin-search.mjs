// @ts-check
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
/**
 * A TypeDoc plugin for the docs site's search, so that searching in words finds what is
 * described in those words ("friends and family" finds `fft`, whose description begins
 * "Friends and Family Test score").
 *
 * 1. Each item's first paragraph (what it is, in a sentence) is indexed as a field of its own,
 *    weighted as heavily as the name. TypeDoc indexes the whole comment (`searchInComments`) at
 *    a tenth of the name's weight, so a description never outranked a name.
 * 2. The search box drops short common words ("and", "of", "the") from what it looks for,
 *    unless nothing else is left. TypeDoc's search box looks for every word typed anywhere
 *    inside a word (`*and*`), so "and" matched "standards", "bands" and "Landis" in dozens
 *    of names, and those outranked every item that had the words searched for. This is done
 *    by rewriting one statement of TypeDoc's built `assets/main.js`; TypeDoc is pinned to one
 *    version, and if that statement is not found the build fails instead of quietly searching
 *    the old way (test/docs/site.test.ts also runs a search the way the page does).
 *
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.renderer.on("prepareIndex", (event) => {
    event.searchFieldWeights.summary = event.searchFieldWeights.name ?? 10;
    event.searchResults.forEach((reflection, i) => {
      const summary = firstParagraph(reflection);
      if (summary) event.searchFields[i] = { ...event.searchFields[i], summary };
    });
  });
  app.renderer.on("endRender", (event) => {
    const file = join(event.outputDirectory, "assets", "main.js");
    const js = readFileSync(file, "utf8");
    if (!js.includes(WILDCARDS)) {
      app.logger.error(
        `typedoc-plugin-search: TypeDoc's search no longer builds its query with ${WILDCARDS} (a new TypeDoc version?): update scripts/typedoc-plugin-search.mjs.`,
      );
      return;
    }
    writeFileSync(file, js.replace(WILDCARDS, WITHOUT_STOP_WORDS));
  });
}

/** The statement of TypeDoc 0.28's search box that turns each word typed into `*word*`. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the text of TypeDoc's code, not a template
const WILDCARDS = 'let a=i.split(" ").map(c=>c.length?`*${c}*`:"").join(" ");';

/** Words too common to search for, when other words are given. */
export const STOP_WORDS = [
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "is",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
];

/** The same statement, leaving out the stop words unless only stop words were typed. */
const WITHOUT_STOP_WORDS = `let a=(w=>{let k=w.filter(x=>x.length&&!${JSON.stringify(STOP_WORDS)}.includes(x.toLowerCase()));return(k.length?k:w).map(c=>c.length?\`*\${c}*\`:"").join(" ")})(i.split(" "));`;

/**
 * The first paragraph of a reflection's comment, or of its first signature's.
 *
 * @param {import("typedoc").Reflection} reflection
 * @returns {string | undefined}
 */
function firstParagraph(reflection) {
  const comment =
    reflection.comment ??
    (reflection.isDeclaration() ? reflection.signatures?.[0]?.comment : undefined);
  if (!comment) return undefined;
  const text = comment.summary.map((part) => part.text).join("");
  return text.split(/\n\s*\n/)[0]?.trim() || undefined;
}
