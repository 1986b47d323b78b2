/**
 * The pictures of ppie's Easy Read documents: a small set of simple line drawings, drawn for
 * ppie (original, no third-party artwork), each with a text alternative in everyday words. A
 * caller may replace any of them with their own picture (the `pictures` report option).
 *
 * @module
 */
import type { Picture } from "./report.js";

/**
 * The ids of ppie's pictures, and what each one stands for in a letter.
 *
 * @example
 * ```ts
 * LETTER_PICTURE_IDS.includes("thank-you"); // true
 * ```
 */
export const LETTER_PICTURE_IDS = [
  "letter",
  "meeting",
  "document",
  "clock",
  "people",
  "talking",
  "change",
  "tick",
  "seen",
  "plan",
  "unhappy",
  "waiting",
  "calendar",
  "money",
  "thank-you",
  "question",
  "phone",
] as const;

/** The id of one of ppie's pictures. */
export type LetterPictureId = (typeof LETTER_PICTURE_IDS)[number];

/** Each picture: its text alternative and the inside of its 64 × 64 drawing. */
const DRAWINGS: Readonly<Record<LetterPictureId, { alt: string; svg: string }>> = {
  letter: {
    alt: "Picture of a letter in an envelope",
    svg: '<rect x="6" y="14" width="52" height="36" rx="3"/><path d="M6 17l26 20 26-20"/>',
  },
  meeting: {
    alt: "Picture of people sitting round a table",
    svg: '<circle cx="16" cy="19" r="6"/><circle cx="32" cy="15" r="6"/><circle cx="48" cy="19" r="6"/><path d="M7 35c2-6 16-6 18 0M23 31c2-6 16-6 18 0M39 35c2-6 16-6 18 0"/><path d="M5 41h54M12 41v15M52 41v15"/>',
  },
  document: {
    alt: "Picture of a page of writing",
    svg: '<path d="M16 6h22l12 12v40H16z"/><path d="M38 6v12h12M23 30h20M23 38h20M23 46h13"/>',
  },
  clock: {
    alt: "Picture of a clock",
    svg: '<circle cx="32" cy="32" r="25"/><path d="M32 17v15l10 7"/>',
  },
  people: {
    alt: "Picture of 2 people",
    svg: '<circle cx="22" cy="20" r="7"/><circle cx="43" cy="20" r="7"/><path d="M8 54c0-11 6-19 14-19s14 8 14 19M29 54c0-11 6-19 14-19s14 8 14 19"/>',
  },
  talking: {
    alt: "Picture of a speech bubble",
    svg: '<path d="M11 10h42a5 5 0 0 1 5 5v24a5 5 0 0 1-5 5H29L17 55V44h-6a5 5 0 0 1-5-5V15a5 5 0 0 1 5-5z"/><path d="M18 22h28M18 31h19"/>',
  },
  change: {
    alt: "Picture of 2 arrows going round in a circle",
    svg: '<path d="M51 25A20 20 0 0 0 15 19"/><path d="M14 7v12h12"/><path d="M13 39a20 20 0 0 0 36 6"/><path d="M50 57V45H38"/>',
  },
  tick: {
    alt: "Picture of a tick in a circle",
    svg: '<circle cx="32" cy="32" r="25"/><path d="M20 33l8 8 16-18"/>',
  },
  seen: {
    alt: "Picture of an eye",
    svg: '<path d="M5 32c8-12 17-18 27-18s19 6 27 18c-8 12-17 18-27 18S13 44 5 32z"/><circle cx="32" cy="32" r="8"/>',
  },
  plan: {
    alt: "Picture of a list on a clipboard",
    svg: '<rect x="14" y="10" width="36" height="47" rx="4"/><path d="M25 10V6h14v4"/><path d="M22 24h3M30 24h12M22 34h3M30 34h12M22 44h3M30 44h12"/>',
  },
  unhappy: {
    alt: "Picture of an unhappy face",
    svg: '<circle cx="32" cy="32" r="25"/><path d="M24 25v2M40 25v2"/><path d="M22 45c6-7 14-7 20 0"/>',
  },
  waiting: {
    alt: "Picture of an egg timer",
    svg: '<path d="M17 7h30M17 57h30"/><path d="M21 7c0 13 11 17 11 25S21 44 21 57"/><path d="M43 7c0 13-11 17-11 25s11 12 11 25"/><path d="M26 51h12"/>',
  },
  calendar: {
    alt: "Picture of a calendar",
    svg: '<rect x="8" y="12" width="48" height="44" rx="4"/><path d="M8 24h48M20 6v12M44 6v12"/><path d="M18 34h6M30 34h6M42 34h6M18 45h6M30 45h6"/>',
  },
  money: {
    alt: "Picture of a pound coin",
    svg: '<circle cx="32" cy="32" r="25"/><path d="M39 22c-1-5-13-6-13 3v19M21 34h13M21 44h20"/>',
  },
  "thank-you": {
    alt: "Picture of a heart",
    svg: '<path d="M32 54S8 40 8 24a12 12 0 0 1 24-5 12 12 0 0 1 24 5c0 16-24 30-24 30z"/>',
  },
  question: {
    alt: "Picture of a question mark",
    svg: '<circle cx="32" cy="32" r="25"/><path d="M25 26a7 7 0 1 1 11 6c-3 2-4 4-4 8"/><path d="M32 46v1"/>',
  },
  phone: {
    alt: "Picture of a telephone",
    svg: '<path d="M21 8h-7a4 4 0 0 0-4 4c0 24 18 42 42 42a4 4 0 0 0 4-4v-7l-12-6-6 6C30 39 25 34 21 26l6-6z"/>',
  },
};

/**
 * The SVG document of one of ppie's pictures: a 64 × 64 line drawing, 3 units wide, in the
 * report's text colour, with its text alternative as its title.
 *
 * @param id - the picture
 * @returns the SVG text
 * @example
 * ```ts
 * letterPictureSvg("tick").startsWith("<svg"); // true
 * ```
 */
export function letterPictureSvg(id: LetterPictureId): string {
  const d = DRAWINGS[id];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="96" height="96" fill="none" stroke="#1a1a1a" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"><title>${d.alt}</title>${d.svg}</svg>`;
}

/** Base64 of ASCII text (the drawings are ASCII), without relying on a runtime's encoder. */
function base64(ascii: string): string {
  const table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < ascii.length; i += 3) {
    const a = ascii.charCodeAt(i);
    const b = i + 1 < ascii.length ? ascii.charCodeAt(i + 1) : 0;
    const c = i + 2 < ascii.length ? ascii.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < ascii.length ? table[(n >> 6) & 63] : "=";
    out += i + 2 < ascii.length ? table[n & 63] : "=";
  }
  return out;
}

let builtin: Readonly<Record<LetterPictureId, Picture>> | undefined;

/**
 * ppie's pictures as report pictures (`data:` addresses of their SVG), built on first use.
 *
 * @returns every picture by id
 * @example
 * ```ts
 * letterPictures().tick.alt; // "Picture of a tick in a circle"
 * ```
 */
export function letterPictures(): Readonly<Record<LetterPictureId, Picture>> {
  if (builtin === undefined) {
    const out = {} as Record<LetterPictureId, Picture>;
    for (const id of LETTER_PICTURE_IDS) {
      out[id] = {
        id,
        alt: DRAWINGS[id].alt,
        src: `data:image/svg+xml;base64,${base64(letterPictureSvg(id))}`,
      };
    }
    builtin = out;
  }
  return builtin;
}
