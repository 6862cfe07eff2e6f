// Word edges for French patterns: Latin letters with accents, without the `u` flag, which makes matching several times slower.

/**
 * A letter of French text: ASCII and Latin-1/Extended-A, "é", "à", "ç", "œ". `\b` knows only ASCII letters, so it
 * would see a word start inside "délivré"; a `\p{L}` class needs the `u` flag, which costs five times as much here.
 */
export const LETTER = "A-Za-z0-9\\u00C0-\\u024F";
/** No letter before: the start of a word. */
export const L = `(?<![${LETTER}])`;
/** No letter after: the end of a word. */
export const R = `(?![${LETTER}])`;
/** One or more letters: the rest of a word. */
export const WORD = `[${LETTER}]+`;
/** A capital letter: "Ukraine", "État". */
export const UPPER = "[A-Z\\u00C0-\\u00DE]";
