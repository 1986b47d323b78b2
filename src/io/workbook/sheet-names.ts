/** The sheet of a template workbook that says how to fill it in (not an entity; not read). */
export const HELP_SHEET = "How to fill this in";
/** The hidden sheet of a template workbook that holds the drop-down lists (not read). */
export const LISTS_SHEET = "lists";
