/**
 * A small HTML tokenizer for tests: finds every tag and its attribute names in renderer output,
 * to check that only the tags and attributes the renderer itself writes appear.
 */

/** Tags the HTML renderer writes (HTML and inline SVG). */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  "!doctype",
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "header",
  "main",
  "footer",
  "section",
  "h1",
  "h2",
  "h3",
  "h4",
  "p",
  "ol",
  "li",
  "a",
  "br",
  "strong",
  "span",
  "div",
  "dl",
  "dt",
  "dd",
  "time",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "details",
  "summary",
  "img",
  "svg",
  "desc",
  "defs",
  "pattern",
  "rect",
  "circle",
  "path",
  "g",
  "text",
  "tspan",
]);

/** Attributes the HTML renderer writes. */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  "lang",
  "href",
  "src",
  "alt",
  "rel",
  "charset",
  "name",
  "content",
  "http-equiv",
  "class",
  "id",
  "data-label",
  "role",
  "aria-labelledby",
  "aria-hidden",
  "tabindex",
  "scope",
  "colspan",
  "datetime",
  "open",
  "xmlns",
  "viewbox",
  "width",
  "height",
  "font-size",
  "x",
  "y",
  "cx",
  "cy",
  "r",
  "d",
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "text-anchor",
  "transform",
  "patternunits",
  "patterntransform",
]);

/** A tag found in HTML text. */
export interface FoundTag {
  name: string;
  attributes: { name: string; value: string }[];
}

/**
 * Every start and end tag in the HTML, in order, with attribute names lower-cased. Text inside
 * `<style>` is skipped. Throws on a `<` that starts a tag but does not parse, so malformed
 * output fails the test.
 */
export function scanTags(html: string): FoundTag[] {
  const tags: FoundTag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const rest = html.slice(lt);
    const m = /^<(\/?)([A-Za-z!][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:="[^"<>]*")?)*)\s*\/?>/.exec(
      rest,
    );
    if (m === null) throw new Error(`Unparsed "<" at ${lt}: ${JSON.stringify(rest.slice(0, 60))}`);
    const name = (m[2] ?? "").toLowerCase();
    const attributes = [...(m[3] ?? "").matchAll(/\s+([A-Za-z-]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: (a[1] ?? "").toLowerCase(),
      value: a[2] ?? "",
    }));
    tags.push({ name: m[1] === "/" ? `/${name}` : name, attributes });
    i = lt + m[0].length;
    if (name === "style" && m[1] !== "/") {
      const end = html.indexOf("</style>", i);
      i = end < 0 ? html.length : end;
    }
  }
  return tags;
}

/** Tags or attributes in the HTML that are not on the allow-lists, as readable strings. */
export function disallowed(html: string): string[] {
  const bad: string[] = [];
  for (const tag of scanTags(html)) {
    const name = tag.name.replace(/^\//, "");
    if (!ALLOWED_TAGS.has(name)) bad.push(`<${tag.name}>`);
    if (name === "!doctype") continue;
    for (const a of tag.attributes) {
      if (!ALLOWED_ATTRIBUTES.has(a.name) || a.name.startsWith("on"))
        bad.push(`<${name} ${a.name}>`);
      if (/^\s*javascript:/i.test(a.value)) bad.push(`<${name} ${a.name}="${a.value}">`);
      // a link only to an absolute http(s) address, with nothing that could end the attribute
      if (a.name === "href" && !/^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&;*+,=%]+$/i.test(a.value))
        bad.push(`<${name} href="${a.value}">`);
    }
  }
  return bad;
}
