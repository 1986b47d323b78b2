/**
 * The accessible formats ppie knows by id. A contributor's access need (`Contributor.accessNeeds`)
 * that is one of these ids asks for written information in that format: it chooses the style of
 * a letter to them, and feedback given to them in another format does not meet it (the rule
 * `activity/feedback-format-unmet`). NHS England's Accessible Information Standard asks services
 * to identify, record, flag, share and meet such needs; the ids themselves are ppie's own
 * vocabulary (a ppie design choice, see docs/design-choices.md#access-needs-and-formats).
 */
import type { Sources } from "../source.js";
import { CHOICE_ACCESSIBLE_FORMATS } from "./design-choices.js";
import { NHSE_ACCESSIBLE_INFORMATION_2017 } from "./publications.js";

/**
 * One accessible format: its id (as an access need and as a recorded feedback format), how a
 * sentence names it, and what ppie writes for it itself (`null`: ppie cannot write it, so a
 * letter must be transcribed, recorded or interpreted).
 */
export interface AccessibleFormat {
  /** The id, e.g. `"easy-read"`. */
  readonly id: string;
  /** How a sentence names it, e.g. `"Easy Read"`. */
  readonly label: string;
  /** The letter style ppie writes for it, or `null` when ppie cannot write it. */
  readonly writes: "easy-read" | "large-print" | null;
}

/**
 * The accessible formats, in the order a letter's style is chosen: Easy Read first, then large
 * print; braille, audio and British Sign Language video are formats ppie cannot write.
 *
 * @example
 * ```ts
 * ACCESSIBLE_FORMATS.map((f) => f.id); // ["easy-read", "large-print", "braille", "audio", "bsl-video"]
 * ```
 */
export const ACCESSIBLE_FORMATS: readonly AccessibleFormat[] = [
  { id: "easy-read", label: "Easy Read", writes: "easy-read" },
  { id: "large-print", label: "large print", writes: "large-print" },
  { id: "braille", label: "braille", writes: null },
  { id: "audio", label: "audio", writes: null },
  { id: "bsl-video", label: "British Sign Language video", writes: null },
];

/** Where the formats come from: the Accessible Information Standard and ppie's own ids. */
export const ACCESSIBLE_FORMATS_SOURCES: Sources = [
  NHSE_ACCESSIBLE_INFORMATION_2017,
  CHOICE_ACCESSIBLE_FORMATS,
];

/**
 * The accessible formats a list of access needs asks for, in the order of
 * {@link ACCESSIBLE_FORMATS} (other needs, such as step-free access, are not formats).
 *
 * @param accessNeeds - a contributor's access needs
 * @returns the formats they need
 * @example
 * ```ts
 * formatNeeds(["step-free-access", "large-print"]).map((f) => f.id); // ["large-print"]
 * ```
 */
export function formatNeeds(accessNeeds: readonly string[]): AccessibleFormat[] {
  return ACCESSIBLE_FORMATS.filter((f) => accessNeeds.includes(f.id));
}
