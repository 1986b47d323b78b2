/**
 * `ppie help <topic>`: the guides of `docs/` printed where the user is. The package ships
 * them (`docs/*.md` and `docs/measures/*.md`, beside `dist/`), so the paths the help names,
 * such as `docs/cli.md`, exist in the installed package too (`node_modules/ppie/docs/cli.md`).
 *
 * @module
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { suggest } from "../io/suggest.js";
import { UsageError } from "./errors.js";

/**
 * The folder of the guides: `docs/` of the package (two folders up from `dist/cli/bin.js`, and
 * from `src/cli/` in a checkout).
 *
 * @returns the folder's path
 * @example
 * ```ts
 * docsDir().endsWith("docs/"); // true
 * ```
 * @category CLI
 */
export function docsDir(): string {
  return fileURLToPath(new URL("../../docs/", import.meta.url));
}

/**
 * The topics `ppie help` prints: each guide's name without `.md` (`cli`, `diagnostics`, ...),
 * and each measure's page as `measures/<name>`, sorted.
 *
 * @param dir - the folder of the guides (default {@link docsDir})
 * @returns the topics
 * @example
 * ```ts
 * (await helpTopics()).includes("cli"); // true
 * ```
 * @category CLI
 */
export async function helpTopics(dir = docsDir()): Promise<string[]> {
  const names = async (sub: string): Promise<string[]> => {
    try {
      return (await readdir(join(dir, sub)))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `${sub === "" ? "" : `${sub}/`}${f.slice(0, -3)}`);
    } catch {
      return [];
    }
  };
  return [...(await names("")), ...(await names("measures"))].sort();
}

/**
 * The text of a guide.
 *
 * @param topic - a topic (`cli`, `measures/fft`), or a path as the help names it (`docs/cli.md`)
 * @param dir - the folder of the guides (default {@link docsDir})
 * @returns the Markdown text
 * @throws {@link UsageError} when there is no such topic (with the closest one and the list)
 * @example
 * ```ts
 * (await helpTopic("docs/cli.md")).includes("# The ppie command line"); // true
 * ```
 * @category CLI
 */
export async function helpTopic(topic: string, dir = docsDir()): Promise<string> {
  const name = topic.replace(/^docs\//, "").replace(/\.md$/, "");
  const topics = await helpTopics(dir);
  if (!topics.includes(name)) {
    const guess = suggest(name, topics);
    throw new UsageError(
      `"${topic}" is neither a command nor a help topic.`,
      `${guess ? `Did you mean "ppie help ${guess}"? ` : ""}Topics: ${topics.filter((t) => !t.startsWith("measures/")).join(", ")}, and measures/<measure> for each measure.`,
    );
  }
  return readFile(join(dir, `${name}.md`), "utf8");
}
