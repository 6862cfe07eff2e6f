// Swedish letter classes for patterns: Latin-1 letters instead of \p{L}, which is many times slower to match.
/** A letter of Swedish text, either case under the `i` flag: "å", "ä", "ö", "é", "ü" included. */
export const LETTER = "[a-zà-öø-ÿ]";
/** A letter or digit, for word edges: "(?<![a-zà-öø-ÿ0-9])luftvärn". */
export const WORD = "[a-zà-öø-ÿ0-9]";
/** A capital letter: with the `i` flag any letter, so "(?=[A-ZÀ-ÖØ-Þ])" only asks that a word follows. */
export const CAPITAL = "[A-ZÀ-ÖØ-Þ]";
