// Finds money amounts and counted quantities in each sentence with the language's number grammar.
import type { Doc, MoneyMention, QuantityMention } from "../../core/doc.js";
import type { Figure, Qualifier } from "../../core/ledger.js";
import type { Span } from "../../core/span.js";
import { narrowFor, pattern as compilePattern } from "../../core/span.js";
import { languages, packFor } from "../lang/index.js";
import type { Step } from "../step.js";

/**
 * What a language folder says about writing numbers, money and counts. Keys are matched with their
 * first letter in either case ("Million", "About") and looked up lower-cased, so list each form once.
 * Multi-word keys match any run of spaces between their words.
 */
export interface FigureGrammar {
  /** The decimal mark: "." in "1.5 billion", "," in "7,1 miljarder". */
  decimalMark: string;
  /** Marks between groups of three digits: "," in "5,000"; " " in "50 000"; "." and " " in German. */
  groupMarks: readonly string[];
  /** Number words and whole number phrases: "five" → 5, "twenty" → 20, "a dozen" → 12, "tre" → 3. */
  numberWords: Readonly<Record<string, number>>;
  /** Words that multiply the number words before them: "hundred" in "two hundred" → 100. */
  multipliers: Readonly<Record<string, number>>;
  /** Number words that are round by nature, read as "about": "hundratal" in "ett hundratal fordon" → about 100. */
  roundWords?: readonly string[];
  /** Words read as 1 only right before a scale: "a" in "a billion dollars" (never "a tank"). */
  oneBeforeScale: readonly string[];
  /** Scale words for any figure: "million" → 1e6; "miljarder", "млн", "тис.", "tūkst.", "Mrd." likewise. */
  scales: Readonly<Record<string, number>>;
  /** Scale abbreviations read only next to a currency, where they cannot be units: "$500m", "€1.2bn", "$400k". */
  moneyScales: Readonly<Record<string, number>>;
  /** Currency written before the number → ISO 4217: "$" → USD, "SEK" in "SEK 7.1 billion". */
  currencyBefore: Readonly<Record<string, string>>;
  /** Currency written after the number → ISO 4217: "euros" in "40-50 million euros", "kronor", "євро", "zł". */
  currencyAfter: Readonly<Record<string, string>>;
  /** Currency words after the number that carry their scale too: "MSEK" and "mnkr" → 1e6 in "15 MSEK" (keys of currencyAfter). */
  currencyScales?: Readonly<Record<string, number>>;
  /** Currency words that also name other things, money only with a scale: "pounds" ("2 million pounds", not "500 pounds of"). */
  weakCurrencies: readonly string[];
  /** Words right before a figure that bound or soften it: "more than", "up to", "roughly", "runt". */
  /** Verbs whose particle looks like a qualifier: "handed over 12 tanks" is 12, not more than 12. */
  particleVerbs?: string;
  qualifiers: Readonly<Record<string, Qualifier>>;
  /** Dashes joining the ends of a range: "-" in "40-50", "–" in "40–50 млн". */
  rangeDashes: readonly string[];
  /** Words joining the ends of a range: "to" in "$40 to $50 million". */
  rangeWords: readonly string[];
  /** Paired words around a range: ["between", "and"]; Swedish ["mellan", "och"]; Ukrainian ["від", "до"]. */
  rangePairs: readonly (readonly [string, string])[];
  /** Words that make "X <range word> Y" a change, not a range: "from" in "rose from $5 billion to $7 billion". */
  changeOpeners: readonly string[];
  /** Words that end a counted noun phrase: prepositions, conjunctions, determiners, auxiliaries. */
  nounStops: readonly string[];
  /** Words joining a head noun to its complement: "of" in "rounds of ammunition". */
  nounLinks: readonly string[];
  /**
   * Regex source for one word that can end a counted phrase (English: a lower-case plural), so that
   * "20 howitzers delivered last week" stops at "howitzers" (the last such word before a stop wins:
   * "armored personnel carriers"). Without it the phrase runs to a stop word or `nounWords`.
   */
  nounHead?: string;
  /** Regex source for one word that ends the phrase once a head word was read: English "-ed" in "two leaders discussed". */
  nounVerb?: string;
  /** First words after a number that make it no count: "30 April", "5 percent", "155 mm", "10 years". */
  notCounted: readonly string[];
  /**
   * Capitalised words that may stand right before a count; any other capitalised word makes the number
   * part of a name: "Leopard 2", "Rb 99", "April 30" are no counts, "The 31 tanks" is. Stop words count too.
   */
  notModelNames: readonly string[];
  /** Longest counted phrase in words: "Leopard 2 A6 tanks" is 4. */
  nounWords: number;
}

/** Per-language patterns and lookup tables, built once from a grammar. */
interface Compiled {
  /**
   * Where a figure may start: a digit that does not continue a number, or a number word. Without the `u`
   * flag and lookarounds over \p{...} it runs several times faster than `pattern`, which is then asked,
   * sticky, only at these places.
   */
  starts: RegExp;
  pattern: RegExp;
  groupMarks: RegExp | null;
  decimalMark: string;
  numberWords: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  round: ReadonlySet<string>;
  one: ReadonlySet<string>;
  scales: ReadonlyMap<string, number>;
  moneyOnlyScales: ReadonlySet<string>;
  before: ReadonlyMap<string, string>;
  after: ReadonlyMap<string, string>;
  afterScales: ReadonlyMap<string, number>;
  qualifiers: ReadonlyMap<string, Qualifier>;
  particleVerb: RegExp | null;
  stops: ReadonlySet<string>;
  links: ReadonlySet<string>;
  notCounted: ReadonlySet<string>;
  plain: ReadonlySet<string>;
  head: RegExp | null;
  verb: RegExp | null;
  nounWords: number;
}

/** Space within a line: figures never run across a line break into the next paragraph or list item. */
const GAP = String.raw`[^\S\n]`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** One word of a counted phrase: "tanks", "F-16s", "Ukraine's", "155mm", "2", "U.S." (not a sentence's full stop). */
const TOKEN_SOURCE = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*(?:(?<=\p{Lu}\.\p{Lu})\.)?`;
const TOKEN = new RegExp(TOKEN_SOURCE, "gu");
/** One character of GAP, asked at a position (sticky). */
const GAP_AT = new RegExp(GAP, "y");
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;
const SPACES = /\s+/g;
const NUMBER_WORD_SPLIT = /[\s-]+/;
const STARTS_WITH_DIGIT = /^[0-9]/;

const cache = new WeakMap<FigureGrammar, Compiled>();

function compiled(grammar: FigureGrammar): Compiled {
  let c = cache.get(grammar);
  if (!c) {
    c = compile(grammar);
    cache.set(grammar, c);
  }
  return c;
}

// Build every language's patterns at load time, so the first document pays nothing extra.
for (const pack of languages.values()) compiled(pack.figures);

function normalise(text: string): string {
  return text.toLowerCase().replace(SPACES, " ");
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** Keys grouped by first character in either case ("Million", "million"): one class test per group. */
function trie(keys: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const first = key.charAt(0).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), key]);
  }
  const parts = [...groups].map(([first, group]) => {
    const upper = first.toUpperCase();
    const head = upper !== first ? `[${escape(first)}${escape(upper)}]` : escape(first);
    const rests = group.map((key) => key.slice(1).split(" ").map(escape).join(`${GAP}+`));
    return `${head}(?:${rests.join("|")})`;
  });
  return parts.join("|");
}

/**
 * Keys as one alternation, longest first so "US$" wins over "$" and "more than" over "more". Keys
 * ending in a letter share one word-end test, so "over" never matches the start of "overall"; the
 * pattern stays small enough for the engine to compile to machine code (large ones stay interpreted).
 */
function alternation(keys: Iterable<string>, wordEnd = WORD_END): string {
  const sorted = [...new Set(keys)].sort((a, b) => b.length - a.length);
  const words = sorted.filter((k) => /[\p{L}\p{N}]$/u.test(k));
  const signs = sorted.filter((k) => !/[\p{L}\p{N}]$/u.test(k));
  const parts = [
    ...(words.length ? [`(?:${trie(words)})${wordEnd}`] : []),
    ...(signs.length ? [trie(signs)] : []),
  ];
  return parts.length ? `(?:${parts.join("|")})` : "(?!)";
}

/**
 * The test that a word starts here. `\b` is far cheaper, but it knows only ASCII letters, so it serves
 * only when every key starts with one ("five", not "п'ять").
 */
function wordStart(keys: readonly string[]): string {
  return keys.every((k) => /^[A-Za-z]/.test(k)) ? "\\b" : "(?<![\\p{L}\\p{N}])";
}

function lookup<V>(record: Readonly<Record<string, V>>): Map<string, V> {
  return new Map(Object.entries(record).map(([k, v]) => [normalise(k), v]));
}

function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map(normalise));
}

/** Characters for use inside [...]: "," and " " for the group marks of "5,000" and "50 000". */
function charClass(chars: readonly string[]): string {
  return chars.map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
}

function compile(g: FigureGrammar): Compiled {
  const group = charClass(g.groupMarks);
  const decimal = charClass([g.decimalMark]);
  /** "5,000", "1.2", "50 000", "7,1": never the middle of a longer number. ASCII digits keep the scan fast. */
  const digits =
    "(?:" +
    (group ? `[0-9]{1,3}(?:[${group}][0-9]{3})+(?:[${decimal}][0-9]+)?|` : "") +
    `[0-9]+(?:[${decimal}][0-9]+)?)(?![.,]?[0-9])`;
  const wordKeys = [...Object.keys(g.numberWords), ...Object.keys(g.multipliers)];
  const words = alternation(wordKeys);
  const numberOf = (scale: string): string =>
    `(?:${digits}|${wordStart([...wordKeys, ...g.oneBeforeScale])}` +
    `(?:${words}(?:(?:${GAP}+|-)${words})*|${alternation(g.oneBeforeScale)}(?=${GAP}+${scale})))`;

  const moneyScale = alternation([...Object.keys(g.scales), ...Object.keys(g.moneyScales)]);
  const qualifier = alternation(Object.keys(g.qualifiers));
  const opener = alternation(g.rangePairs.map(([open]) => open));
  const rangeWord = alternation(g.rangeWords);
  const notAfterChange = g.changeOpeners.length
    ? `(?<!${alternation(g.changeOpeners)}${GAP}+(?:\\S+${GAP}+){1,3}?${rangeWord}${GAP}+)`
    : "";
  const connector = [
    `${GAP}?${alternation(g.rangeDashes)}${GAP}?`,
    `${GAP}+${rangeWord}${GAP}+${notAfterChange}`,
    ...g.rangePairs.map(([open, close]) => {
      const and = alternation([close]);
      return `${GAP}+${and}${GAP}+(?<=${alternation([open])}${GAP}+(?:\\S+${GAP}+){1,3}?${and}${GAP}+)`;
    }),
  ].join("|");
  const num = numberOf(moneyScale);
  const sign = alternation(Object.keys(g.currencyBefore));
  // The start of `num`, looser: words need not end ("seventh" passes), and no \p{...}. A digit right after
  // a digit, "." or "," continues a number unless a currency sign ends in it (the Danish "kr.").
  const signEnds = new Set(Object.keys(g.currencyBefore).map((k) => k.slice(-1)));
  const inNumber = charClass([..."0123456789.,"].filter((ch) => !signEnds.has(ch)));
  const wordStarts = wordStart([...wordKeys, ...g.oneBeforeScale]);
  const starts =
    `${inNumber ? `(?<![${inNumber}])` : ""}[0-9]|${wordStarts === "\\b" ? wordStarts : ""}` +
    `(?:${alternation(wordKeys, "")}|${alternation(g.oneBeforeScale, "")}` +
    `(?=${GAP}+${alternation([...Object.keys(g.scales), ...Object.keys(g.moneyScales)], "")}))`;
  const weak = new Set(g.weakCurrencies.map(normalise));
  const strongAfter = Object.keys(g.currencyAfter).filter((k) => !weak.has(normalise(k)));
  const weakAfter = Object.keys(g.currencyAfter).filter((k) => weak.has(normalise(k)));
  /**
   * One pattern finds money and counts alike, so each number costs one pass. Matching starts at the
   * number, the one part that is cheap to find. A lookbehind that ends in the number again reads what
   * stands before it: `prev` word (for "Leopard 2"), a `glued` mark (a sign or dash right before, as in
   * "F-16", "+380"; an empty group in "(?:test(?<glued>)|)", as an optional empty group never matches),
   * qualifier or range opener `q`, currency sign `cb`. `rest` holds the scale and the range's second end.
   * Then one of: a currency after the figure (weak ones only after a scale), a sign before the figure, or,
   * unless the number is a year, the words that follow (`tail`, in a lookahead so they are not used up:
   * "5 tanks and 20 howitzers"). The match is the number onwards; `found` adds the prefix back.
   * Every capture group costs time on every match, so there are no more than the code reads.
   */
  const noCount = alternation([
    ...g.nounStops,
    ...g.notCounted,
    ...Object.keys(g.scales),
    ...Object.keys(g.moneyScales),
  ]);
  const pattern =
    `(?<n1>${num})(?<=(?:(?<prev>[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*)${GAP}+)?(?<![\\p{L}\\p{N}.,])` +
    `(?:(?<=[\\p{Sc}'‘’/+:#№\\-–—])(?<glued>)|)(?:(?<q>${qualifier}|${opener})${GAP}+)?` +
    `(?:(?<cb>${sign})${GAP}?)?\\k<n1>)` +
    `(?<rest>(?:(?:${GAP}|-)?(?<s1>${moneyScale}))?` +
    `(?:(?:${connector})(?:${sign}${GAP}?)?(?<n2>${num})(?:(?:${GAP}|-)?(?<s2>${moneyScale}))?)?)` +
    `(?:${GAP}?(?<ca>${alternation(strongAfter)}` +
    (weakAfter.length ? `|(?<=${moneyScale}${GAP}?)${alternation(weakAfter)}` : "") +
    `)|(?<=${sign}${GAP}?\\k<n1>\\k<rest>)` +
    `|(?<!(?<![0-9.,])(?:1[89]|20)[0-9][0-9])(?=${GAP}+(?!${noCount})` +
    `(?<tail>${TOKEN_SOURCE}(?:${GAP}+${TOKEN_SOURCE}){0,${g.nounWords + 3}})))`;

  return {
    starts: compilePattern(starts, "g"),
    pattern: new RegExp(pattern, "uy"),
    groupMarks: group ? new RegExp(`[${group}]`, "gu") : null,
    decimalMark: g.decimalMark,
    numberWords: lookup(g.numberWords),
    multipliers: lookup(g.multipliers),
    round: wordSet(g.roundWords ?? []),
    one: wordSet(g.oneBeforeScale),
    scales: lookup({ ...g.scales, ...g.moneyScales }),
    moneyOnlyScales: wordSet(Object.keys(g.moneyScales).filter((k) => !(k in g.scales))),
    before: lookup(g.currencyBefore),
    after: lookup(g.currencyAfter),
    afterScales: lookup(g.currencyScales ?? {}),
    qualifiers: lookup(g.qualifiers),
    particleVerb: g.particleVerbs ? new RegExp(`(?:${g.particleVerbs})\\s+$`, "i") : null,
    stops: wordSet(g.nounStops),
    links: wordSet(g.nounLinks),
    notCounted: wordSet(g.notCounted),
    plain: wordSet([...g.nounStops, ...g.notModelNames, ...Object.keys(g.qualifiers)]),
    head: g.nounHead ? new RegExp(`^(?:${g.nounHead})$`, "u") : null,
    verb: g.nounVerb ? new RegExp(`^(?:${g.nounVerb})$`, "u") : null,
    nounWords: g.nounWords,
  };
}

/** "5,000" → 5000, "7,1" (Swedish) → 7.1, "two hundred" → 200, "a" (before a scale) → 1. */
function parseNumber(c: Compiled, text: string): number | null {
  if (STARTS_WITH_DIGIT.test(text)) {
    const plain = c.groupMarks ? text.replace(c.groupMarks, "") : text;
    const value = Number(c.decimalMark === "." ? plain : plain.replace(c.decimalMark, "."));
    return Number.isFinite(value) ? value : null;
  }
  const key = normalise(text);
  const whole = c.numberWords.get(key);
  if (whole !== undefined) return whole;
  if (c.one.has(key)) return 1;
  let value = 0;
  for (const token of key.split(NUMBER_WORD_SPLIT)) {
    const multiplier = c.multipliers.get(token);
    const unit = c.numberWords.get(token);
    if (multiplier !== undefined) value = (value || 1) * multiplier;
    else if (unit !== undefined) value += unit;
    else return null;
  }
  return value;
}

/** Whole units; a scale's decimals would otherwise leave 7099999999.999999 for "7.1 billion". */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Math.round(value * scale);
}

/**
 * The Figure of a match: one end gives `amount` (or `min`/`max` under more_than/up_to), two ends a range.
 * A scale written once covers both ends when the first is the smaller number: "40-50 million" → 40e6..50e6,
 * but "500,000 to 2 million" keeps 500,000.
 */
function readFigure(c: Compiled, m: Found, particle: boolean): { figure: Figure; range: boolean } | null {
  const { n1, n2, s1, s2 } = m.values;
  const q = particle ? undefined : m.values.q;
  const first = n1 === undefined ? null : parseNumber(c, n1);
  if (first === null) return null;
  const { ca } = m.values;
  const scale1 = s1 ? (c.scales.get(normalise(s1)) ?? 1) : ca ? (c.afterScales.get(normalise(ca)) ?? 1) : 1;
  const qualifier = q
    ? (c.qualifiers.get(normalise(q)) ?? null)
    : n1 !== undefined && c.round.has(normalise(n1))
      ? "about"
      : null;
  const second = n2 === undefined ? null : parseNumber(c, n2);
  if (second === null) {
    const value = scaled(first, scale1);
    if (qualifier === "more_than") return { figure: { min: value, qualifier }, range: false };
    if (qualifier === "up_to") return { figure: { max: value, qualifier }, range: false };
    return { figure: { amount: value, qualifier }, range: false };
  }
  const scale2 = s2 ? (c.scales.get(normalise(s2)) ?? 1) : 1;
  const low = scaled(first, s1 || first > second ? scale1 : scale2);
  const high = scaled(second, scale2);
  if (low > high) return null;
  return { figure: { min: low, max: high, qualifier }, range: true };
}

/** A match of the figure pattern: the number onwards, its groups' text, and where the prefix starts. */
interface Found extends Span {
  values: Readonly<Record<string, string | undefined>>;
  /** Where the qualifier or range opener starts ("more than $5 billion"), if there is one. */
  q: number | undefined;
  /** The written figure: the match widened to the qualifier, range opener or sign before it. */
  figure: Span;
  /** The words after the number that may be counted: "tanks and 20 howitzers" after "5". */
  tail: Span | undefined;
}

/** How many GAP characters run backwards from `end` (exclusive) or forwards from `start` of `text`. */
function gapsBefore(text: string, end: number): number {
  let n = 0;
  while (end - n > 0 && gapAt(text, end - n - 1)) n++;
  return n;
}

function gapsAfter(text: string, start: number): number {
  let n = 0;
  while (start + n < text.length && gapAt(text, start + n)) n++;
  return n;
}

function gapAt(text: string, index: number): boolean {
  GAP_AT.lastIndex = index;
  return GAP_AT.test(text);
}

/**
 * A match with the spans the step and `nounOf` need. The pattern keeps no indices (the `d` flag costs
 * an array per group on every match); the prefix groups end where the pattern says they must: the sign
 * right before the number or one GAP before it ("$5", "SEK 7.1"), the qualifier before all the GAP that
 * precedes the sign or number ("more than  $5"), and the tail after all the GAP that follows the match.
 * `offset` is where `text` starts in the document.
 */
function found(text: string, m: RegExpExecArray, offset: number): Found {
  const values = m.groups ?? {};
  const { cb, q, tail } = values;
  const start = m.index;
  const end = start + m[0].length;
  const cbStart =
    cb === undefined ? start : start - (start > 0 && gapAt(text, start - 1) ? 1 : 0) - cb.length;
  const qStart = q === undefined ? undefined : cbStart - gapsBefore(text, cbStart) - q.length;
  const tailStart = end + gapsAfter(text, end);
  return {
    start: offset + start,
    end: offset + end,
    values,
    q: qStart === undefined ? undefined : offset + qStart,
    figure: { start: offset + Math.min(start, cbStart, qStart ?? start), end: offset + end },
    tail:
      tail === undefined ? undefined : { start: offset + tailStart, end: offset + tailStart + tail.length },
  };
}

function currencyOf(c: Compiled, m: Found): string | null {
  const { cb, ca } = m.values;
  if (cb) return c.before.get(normalise(cb)) ?? null;
  return ca ? (c.after.get(normalise(ca)) ?? null) : null;
}

/**
 * The counted phrase in the words after a number, or null where they are no count: up to `nounWords`
 * words before a stop word, ending at the last head word if the language has one (else at the first
 * word that is not capitalised), then a link and its complement ("rounds" + "of ammunition").
 */
function nounOf(doc: Doc, c: Compiled, tail: Span): Span | null {
  const text = doc.text.slice(tail.start, tail.end);
  const tokens: string[] = [];
  const starts: number[] = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(text); t !== null; t = TOKEN.exec(text)) {
    tokens.push(t[0]);
    starts.push(t.index);
  }
  const first = tokens[0];
  if (first === undefined || !HAS_LETTER.test(first)) return null;
  let end = 0;
  let head = -1;
  let plain = -1;
  while (end < tokens.length && end < c.nounWords) {
    const token = tokens[end];
    if (token === undefined || c.stops.has(token.toLowerCase()) || (head >= 0 && c.verb?.test(token))) break;
    if (c.head?.test(token)) head = end;
    else if (plain < 0 && !CAPITALISED.test(token) && HAS_LETTER.test(token)) plain = end;
    end++;
  }
  // No head word: a singular count ends at its first plain word ("one Patriot battery was ...").
  let last = head >= 0 ? head : c.head && plain >= 0 ? plain : end - 1;
  const link = tokens[last + 1];
  if (head >= 0 && link !== undefined && c.links.has(link.toLowerCase())) {
    let k = last + 2;
    while (k < tokens.length && k <= last + 4 && !c.stops.has(tokens[k]?.toLowerCase() ?? "")) k++;
    if (k > last + 2) last = k - 1;
  }
  const lastToken = tokens[last];
  const lastStart = starts[last];
  if (lastToken === undefined || lastStart === undefined) return null;
  return { start: tail.start + starts[0]!, end: tail.start + lastStart + lastToken.length };
}

/**
 * Whether a number with words after it can be a count: not glued to a sign or code ("F-16", "+380",
 * "3:24"), not "a" without a scale ("a tank" is no count), no scale that only money has
 * ("300 m"), and not after a capitalised name ("Leopard 2", "Rb 99", "April 30"; "The 31 tanks" is fine).
 */
function mayCount(c: Compiled, m: Found): boolean {
  const { glued, n1, s1, s2, prev } = m.values;
  if (glued !== undefined || (!s1 && n1 && c.one.has(normalise(n1)))) return false;
  if ((s1 && c.moneyOnlyScales.has(normalise(s1))) || (s2 && c.moneyOnlyScales.has(normalise(s2))))
    return false;
  return prev === undefined || !CAPITALISED.test(prev) || c.plain.has(prev.toLowerCase());
}

/**
 * A mention: its span, the figure's fields, then `rest`, in that order. Written field by field, as spreading
 * Figures of four shapes into a literal ({ ...span, ...figure }) takes V8's slow path: a fifth of the step.
 */
function figured<T extends object>(start: number, end: number, f: Figure, rest: T): Span & Figure & T {
  const out: { start: number; end: number } & Figure = { start, end };
  if (f.amount !== undefined) out.amount = f.amount;
  if (f.min !== undefined) out.min = f.min;
  if (f.max !== undefined) out.max = f.max;
  if (f.qualifier !== undefined) out.qualifier = f.qualifier;
  return Object.assign(out, rest);
}

/**
 * Adds the money and counts inside `within` to the document, read with `grammar`; rule tags start with
 * `code` ("en/money/range"). The step calls this per run of sentences; tests call it with any grammar.
 */
export function findFigures(doc: Doc, within: Span, grammar: FigureGrammar, code: string): void {
  const c = compiled(grammar);
  const text = doc.text.slice(within.start, within.end);
  const starts = narrowFor(c.starts, doc.text, within);
  const pattern = narrowFor(c.pattern, doc.text, within);
  starts.lastIndex = 0;
  for (let at = starts.exec(text); at !== null; at = starts.exec(text)) {
    pattern.lastIndex = at.index;
    const exec = pattern.exec(text);
    // The pattern finds nothing here: go on from the next character, as a global search would.
    starts.lastIndex = exec ? pattern.lastIndex : at.index + 1;
    if (!exec) continue;
    const m = found(text, exec, within.start);
    const span = m.figure;
    const currency = currencyOf(c, m);
    const q = m.q;
    const particle =
      q !== undefined &&
      c.particleVerb !== null &&
      c.particleVerb.test(doc.text.slice(Math.max(0, q - 16), q));
    if (currency) {
      const read = readFigure(c, m, particle);
      if (!read) continue;
      const kind = read.range ? "range" : m.values.q ? "qualified" : m.values.cb ? "symbol" : "word";
      const mention: MoneyMention = figured(span.start, span.end, read.figure, {
        currency,
        rule: `${code}/money/${kind}`,
      });
      doc.money.push(mention);
      continue;
    }
    const { tail } = m;
    const noun = tail && mayCount(c, m) ? nounOf(doc, c, tail) : null;
    const read = noun ? readFigure(c, m, particle) : null;
    if (!noun || !read) continue;
    const kind = read.range ? "range" : m.values.q ? "qualified" : "count";
    const mention: QuantityMention = figured(span.start, noun.end, read.figure, {
      noun,
      rule: `${code}/quantity/${kind}`,
    });
    doc.quantities.push(mention);
  }
}

/**
 * Runs sentence by sentence in each sentence's language, scanning a run of neighbouring sentences in
 * the same language at once (a figure never spans a sentence end, so the result is the same and the
 * pattern starts once per run, not once per sentence).
 */
export const figuresStep: Step = {
  name: "figures",
  run(doc: Doc) {
    const sentences = doc.sentences;
    let start = 0;
    for (let i = 1; i <= sentences.length; i++) {
      const first = sentences[start];
      const last = sentences[i - 1];
      if (!first || !last || sentences[i]?.lang === first.lang) continue;
      const pack = packFor(first.lang);
      findFigures(doc, { start: first.start, end: last.end }, pack.figures, pack.code);
      start = i;
    }
  },
};
