/**
 * Escaping for every output medium. Every string that comes from a report (and so, in the end,
 * from a dataset somebody typed) passes through one of these before it reaches Markdown, HTML
 * or CSV. Pure string functions; this module imports nothing.
 */

/**
 * The characters ppie escapes: C0 controls except tab and line feed (and carriage return
 * before a line feed, the CRLF line break of CSV), DEL, the C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069).
 */
export const UNSAFE_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One character as `\uXXXX`. */
export function escapeChar(c: string): string {
  return `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

/**
 * Escape the control characters and bidirectional controls in a text as `\uXXXX` (ESC becomes
 * the six characters `\u001b`); tab, line feed and CRLF line breaks are kept. Inside a JSON
 * string this is JSON's own escape, so JSON text keeps its meaning; in Markdown, HTML or CSV
 * the character is shown instead of acted on. Every renderer applies it to what it returns, and
 * the CLI to everything it prints.
 *
 * @param text - the text
 * @returns the text with nothing a terminal would act on
 * @example
 * ```ts
 * escapeControls("a\u001b[2Jb"); // "a\\u001b[2Jb"
 * escapeControls("line\r\nnext\tcell"); // unchanged
 * ```
 * @category Render
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_CONTROLS, escapeChar);
}

/**
 * Escape text for HTML element content and for double- or single-quoted attribute values
 * (also inside inline SVG): `&`, `<`, `>`, `"` and `'` become character references.
 *
 * @param text - any text from a report
 * @returns the text, safe to place between tags or inside a quoted attribute
 * @example
 * ```ts
 * escapeHtml(`<b class="x">Tom & 'Jerry'</b>`).startsWith("&lt;b class=&quot;x&quot;&gt;"); // true
 * escapeHtml("Tom & 'Jerry'"); // "Tom &amp; &#39;Jerry&#39;"
 * ```
 * @category Render
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch as keyof typeof HTML_ENTITIES]);
}

const HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
} as const;

/**
 * Split text into lines on CRLF, CR or LF.
 *
 * @param text - any text
 * @returns its lines (at least one, possibly empty)
 * @example
 * ```ts
 * splitLines("a\r\nb\nc"); // ["a", "b", "c"]
 * ```
 * @category Render
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Escape one line of text for Markdown (GitHub-flavoured / CommonMark) inline content so it
 * shows exactly as written and can never become markup:
 *
 * - the ASCII punctuation that starts inline markup (`\`, `` ` ``, `*`, `_`, `[`, `]`, `~`,
 *   `#`, `|`) is backslash-escaped;
 * - `<` and `>` become `&lt;` and `&gt;`, so no HTML tag or autolink can appear;
 * - `&` is escaped only where it would start a character reference (`&amp;` stays visible as
 *   `&amp;`; a lone `&` is shown as it is);
 * - what GitHub-flavoured Markdown would turn into a link by itself (an "extended autolink":
 *   `https://…`, `www.…`, an email address) is broken with a backslash escape before the `:` of
 *   `://`, the `.` of `www.` and every `@`, so it shows as written but is not a link;
 * - at the start of the line, leading spaces and tabs are dropped (they would make a code
 *   block), and what would start a list (`- `, `+ `, `1. `, `1) `), a heading underline or a
 *   thematic break (a line of only `=` or `-`) is escaped. Text such as `-3` or `83.3%` is left
 *   as it is.
 *
 * The input should be a single line; see `splitLines`.
 *
 * @param line - one line of text
 * @returns the escaped line
 * @example
 * ```ts
 * escapeMarkdownLine("- a|b *c* <i>"); // "\\- a\\|b \\*c\\* &lt;i&gt;"
 * escapeMarkdownLine("-3 and 83.3%"); // "-3 and 83.3%"
 * escapeMarkdownLine("see https://x.org"); // "see https\\://x.org"
 * ```
 * @category Render
 */
export function escapeMarkdownLine(line: string): string {
  const inline = line
    .replace(/^[ \t]+/, "")
    .replace(/[\\`*_[\]~#|]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@");
  return inline
    .replace(/^([-+])(?=[ \t]|$)/, "\\$1")
    .replace(/^(?=(?:=+|-+)[ \t]*$)/, "\\")
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
}

/**
 * Text without the spaces and tabs at its end, in one pass from the end (an unanchored
 * `/[ \t]+$/` tries every run of spaces inside the text to its end: quadratic).
 */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Escape multi-line text for one Markdown paragraph: each line escaped with
 * {@link escapeMarkdownLine}, lines joined by hard line breaks (a trailing backslash), and blank
 * lines kept as paragraph breaks. Returns the paragraphs; the caller joins them (with a blank
 * line, or with a `>` line inside a block quote).
 *
 * @param text - any text
 * @returns one string per paragraph, never empty strings (an empty input gives `[]`)
 * @example
 * ```ts
 * escapeMarkdownParagraphs("a\nb\n\n# c"); // ["a\\\nb", "\\# c"]
 * ```
 * @category Render
 */
export function escapeMarkdownParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of splitLines(text)) {
    const line = trimSpacesEnd(escapeMarkdownLine(raw));
    if (line === "") {
      if (current.length > 0) paragraphs.push(current.join("\\\n"));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join("\\\n"));
  return paragraphs;
}

/**
 * Escape text for one cell of a GitHub-flavoured Markdown table: escaped like
 * {@link escapeMarkdownLine} (so `|` is `\|`), with line breaks written as `<br>` (the only
 * HTML ppie writes into Markdown, and never taken from the data).
 *
 * @param text - any text
 * @returns the cell content
 * @example
 * ```ts
 * escapeMarkdownCell("a|b\nc"); // "a\\|b<br>c"
 * ```
 * @category Render
 */
export function escapeMarkdownCell(text: string): string {
  return splitLines(text)
    .map((l) => trimSpacesEnd(escapeMarkdownLine(l)))
    .join("<br>");
}

/**
 * Text a spreadsheet may treat as a formula (OWASP "CSV injection"): text starting with `=`,
 * `+`, `-` or `@`, or their full-width (`＝ ＋ － ＠`, U+FF1D, U+FF0B, U+FF0D, U+FF20) and small
 * (`﹦ ﹢ ﹣ ﹫`) forms, which East Asian input methods type and some spreadsheets read as the
 * ASCII ones, even after leading white space (which some importers trim); and text starting with
 * a tab, carriage return or line feed. Anchored, so it looks at the start of the text only.
 */
const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

/**
 * A plain number as people write it, e.g. `-3`, `+1.5`, `-12.5%`, `-£1,250.00`. Such text is
 * harmless even where a spreadsheet evaluates it (it has no function, reference or operator
 * beyond the sign), so it is left as it is when the cell holds a number.
 */
const PLAIN_NUMBER = /^[+-]?[£$€]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * Text that a spreadsheet would run as a formula, made safe as {@link csvField} does: a single
 * quote `'` in front of text starting with `=`, `+`, `-`, `@` (or their full-width and small
 * forms, also after leading white space), a tab, a carriage return or a line feed, unless the
 * cell holds a number and the text is a plain number such as `-3`.
 *
 * @param text - the cell's text
 * @param value - the number behind the text, if any
 * @returns the text, safe to put in a spreadsheet cell
 * @example
 * ```ts
 * neutraliseFormula("=1+1"); // "'=1+1"
 * ```
 * @category Render
 */
export function neutraliseFormula(text: string, value?: number | null): string {
  const numeric = typeof value === "number" && Number.isFinite(value) && PLAIN_NUMBER.test(text);
  return !numeric && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Write one CSV field (RFC 4180), neutralised against formula injection.
 *
 * 1. Neutralise: text starting with `=`, `+`, `-` or `@` (or their full-width `＝ ＋ － ＠` and
 *    small forms, also after leading white space), a tab, a carriage return or a line feed gets
 *    a single quote `'` in front, so Excel, LibreOffice and Google Sheets show it as text
 *    instead of running it. The one exception is a **numeric cell**: when `value` is a number and the
 *    text is a plain number such as `-3`, `-2.5%` or `-£10.00`, it is left alone, so real
 *    negative numbers stay numbers.
 * 2. Quote: a field containing a comma, a double quote, CR or LF is wrapped in double quotes,
 *    with each double quote doubled.
 *
 * @param text - the text to write
 * @param value - the number behind the text, if any (see `Cell.value`)
 * @returns the field, ready to join with commas
 * @example
 * ```ts
 * csvField("=1+1");     // "'=1+1"
 * csvField("-3", -3);   // "-3"
 * csvField("-3");       // "'-3"
 * csvField("＝1+1");    // "'＝1+1"
 * csvField('say "hi", then'); // "\"say \"\"hi\"\", then\""
 * ```
 * @category Render
 */
export function csvField(text: string, value?: number | null): string {
  const safe = neutraliseFormula(text, value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Make a block id into a name safe for a file: letters, digits, `-` and `_` kept, anything
 * else replaced by `-`, runs of `-` collapsed, and `-` trimmed from the ends; `"table"` when
 * nothing is left.
 *
 * @param id - a block id
 * @returns a file-safe name
 * @example
 * ```ts
 * fileSafeName("GRIPP2 items / short form"); // "GRIPP2-items-short-form"
 * ```
 * @category Render
 */
export function fileSafeName(id: string): string {
  const name = id
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return name === "" ? "table" : name;
}

/** Characters a link may hold as they are; anything else is percent-encoded. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#@!$&*+,;=]$/;

/**
 * A web address made safe to link to: only an absolute `http://` or `https://` address with a
 * host is a link (never `javascript:`, `data:` or a relative address), and every character
 * outside letters, digits and ``- . _ ~ : / ? # @ ! $ & * + , ; =`` is percent-encoded as UTF-8
 * (a `%` too, unless it already starts a `%XX` escape). The result holds no space, quote, angle
 * bracket, parenthesis or backslash, so it can go in an HTML attribute (after `escapeHtml`, for
 * its `&`) or a Markdown autolink `<…>` as it is.
 *
 * @param url - an address from a source (see `sourceLink`)
 * @returns the address to link to, or `undefined` when it must not be a link
 * @example
 * ```ts
 * safeHref("https://doi.org/10.1002/(SICI)1097"); // "https://doi.org/10.1002/%28SICI%291097"
 * safeHref("javascript:alert(1)"); // undefined
 * ```
 * @category Render
 */
export function safeHref(url: string): string | undefined {
  if (!/^https?:\/\/[^\s/?#\\]/i.test(url)) return undefined;
  let out = "";
  const chars = [...url];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (URL_SAFE.test(ch)) out += ch;
    else if (ch === "%" && /^%[0-9A-Fa-f]{2}/.test(chars.slice(i, i + 3).join(""))) out += ch;
    else out += percentEncode(ch);
  }
  return out;
}

/** One character as `%XX` escapes of its UTF-8 bytes (a lone surrogate as U+FFFD's). */
function percentEncode(ch: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(ch)) {
    out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
