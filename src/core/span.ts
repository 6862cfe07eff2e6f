// Spans into a document's cleaned text, and the one engine that creates them from pattern matches.

/** A stretch of the cleaned text: UTF-16 code units, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether a value was written in the text or worked out from context (chrono's assign/imply). */
export type Provenance = "stated" | "inferred";

/** One regular-expression match, with its named groups, all as spans of the document text. */
export interface Match extends Span {
  readonly text: string;
  readonly groups: Readonly<Record<string, Span | undefined>>;
  /** The named groups' text, for reading values without slicing. */
  readonly values: Readonly<Record<string, string | undefined>>;
}

/**
 * Compiles a rule's pattern, with the `u` flag only where the source needs it (\\p{...}, \\u{...}): V8 runs a
 * large case-insensitive alternation about ten times faster without it ("(?<i0>drones?|uavs?)|...").
 */
export function pattern(source: string, flags = "gi"): RegExp {
  const unicode = /\\[pPu]\{/.test(source) && !flags.includes("u");
  return new RegExp(source, unicode ? flags + "u" : flags);
}

const NONE: Readonly<Record<string, undefined>> = Object.freeze({});

/** The `gd` copy of each pattern, made once: building a large alternation per call costs more than matching. */
const derived = new WeakMap<RegExp, RegExp>();

function prepared(pattern: RegExp): RegExp {
  let re = derived.get(pattern);
  if (!re) {
    // Indices are worth their cost only where there are named groups to place: "(?<amount>...)".
    const named = /\(\?<[A-Za-z]/.test(pattern.source);
    const flags = new Set([...pattern.flags, "g", ...(named ? ["d"] : [])]);
    re = new RegExp(pattern.source, [...flags].join(""));
    derived.set(pattern, re);
  }
  return re;
}

/**
 * Every match of `pattern` inside `within` of `text`: the pattern sees only that stretch, so `^` and `$` mean
 * its edges ("^Earlier," at a sentence start). Rules hand in patterns and get spans back, so no rule adds
 * offsets itself.
 */
export function scan(text: string, within: Span, pattern: RegExp): Match[] {
  const re = prepared(narrowFor(pattern, text, within));
  const slice =
    within.start === 0 && within.end === text.length ? text : text.slice(within.start, within.end);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const base = within.start + m.index;
    const named = m.indices?.groups;
    if (!named) {
      out.push({ start: base, end: base + m[0].length, text: m[0], groups: NONE, values: NONE });
      continue;
    }
    const groups: Record<string, Span | undefined> = {};
    const values: Record<string, string | undefined> = {};
    for (const name in named) {
      const range = named[name];
      groups[name] = range ? { start: within.start + range[0], end: within.start + range[1] } : undefined;
      values[name] = m.groups?.[name];
    }
    out.push({ start: base, end: base + m[0].length, text: m[0], groups, values });
  }
  return out;
}

/**
 * Joins pattern sources into one alternation with a capture group per source (inner groups made
 * non-capturing), for `scanTagged` and `firstTagged`: ["drones?", "tanks?"] → "(drones?)|(tanks?)".
 * Consecutive sources that open with the same word-start test share one copy of it, in front of their
 * alternatives: ["(?<![\\p{L}])дрон\\p{L}*", "(?<![\\p{L}])танк\\p{L}*"] → "(?<![\\p{L}])(?:(дрон\\p{L}*)|(танк\\p{L}*))".
 * The result matches the same, but alternatives that start with letters let V8 skip every position whose
 * first character none of them can match, where a test in front of each made it try them all (ten times
 * slower on a Ukrainian item lexicon).
 */
export function tagged(sources: readonly string[]): string {
  return joinAlternatives(sources.map(nonCapturing), (rest) => `(${rest})`);
}

/**
 * Sources joined as alternatives, each passed through `wrap`, with the word-start test that consecutive
 * sources open with written once in front of them (see `tagged`). A test that captures is left in place,
 * so the sources' groups keep their numbers.
 */
export function joinAlternatives(sources: readonly string[], wrap: (rest: string) => string): string {
  const groups: { lead: string; alternatives: string[] }[] = [];
  for (const src of sources) {
    const [lead, rest] = splitLead(src);
    const last = groups[groups.length - 1];
    if (last && last.lead === lead) last.alternatives.push(wrap(rest));
    else groups.push({ lead, alternatives: [wrap(rest)] });
  }
  return groups
    .map(({ lead, alternatives }) =>
      lead === "" || alternatives.length === 1
        ? lead + alternatives.join("|")
        : `${lead}(?:${alternatives.join("|")})`,
    )
    .join("|");
}

/**
 * V8 stops optimising a pattern whose source is longer than 20 KB (kRegExpTooLargeToOptimize): it then tries
 * every alternative at every position. German's instrument, pledge and delivery cues in one alternation came
 * to 20.8 KB and ran five times slower than as two patterns.
 */
const OPTIMISED_LENGTH = 20_000;

function nonCapturing(src: string): string {
  return src.replace(/(?<!\\)\((?!\?)/g, "(?:");
}

/**
 * A source's opening zero-width test and the rest: "\\bdrones?" → ["\\b", "drones?"],
 * "(?<![\\p{L}])(?:дрон)" → ["(?<![\\p{L}])", "(?:дрон)"]; ["", src] where there is none, or where the
 * source is an alternation at its top level ("\\bapc|tanks": the test belongs to the first branch only).
 */
function splitLead(src: string): [string, string] {
  if (topLevelAlternation(src)) return ["", src];
  if (src.startsWith("\\b")) return ["\\b", src.slice(2)];
  if (!src.startsWith("(")) return ["", src];
  const end = closingParen(src, 0);
  const lead = src.slice(0, end + 1);
  return end > 0 && zeroWidth(lead) && !/(?<!\\)\((?!\?)/.test(lead) ? [lead, src.slice(end + 1)] : ["", src];
}

/** Whether a group only tests and consumes nothing: "(?<![\\p{L}])", "(?:\\b|(?=[ąč])(?<![\\p{L}]))". */
function zeroWidth(group: string): boolean {
  if (/^\(\?<?[!=]/.test(group)) return true;
  if (!group.startsWith("(?:")) return false;
  let inner = group.slice(3, -1);
  for (let i = inner.search(/\(\?<?[!=]/); i >= 0; i = inner.search(/\(\?<?[!=]/)) {
    const end = closingParen(inner, i);
    if (end < 0) return false;
    inner = inner.slice(0, i) + inner.slice(end + 1);
  }
  return /^(?:\\b|\|)*$/.test(inner);
}

/** Index of the parenthesis closing the group opened at `open`, skipping escapes and character classes. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(src, i);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "]") return i;
  }
  return src.length;
}

function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(src, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** A match of one of several alternatives, each wrapped in its own capture group: which one matched. */
export interface TaggedMatch extends Span {
  readonly tag: number;
}

/**
 * Every match of a pattern made of alternatives `(a)|(b)|(c)`, with the index of the alternative that matched.
 * Cheaper than named groups for large lexicons: no per-group indices are computed. The pattern needs `g`.
 */
export function scanTagged(text: string, within: Span, pattern: RegExp): TaggedMatch[] {
  const re = narrowFor(pattern, text, within);
  const slice = text.slice(within.start, within.end);
  const out: TaggedMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const tag = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const start = within.start + m.index;
    out.push({ start, end: start + m[0].length, tag });
  }
  return out;
}

/** The first match only, with the alternative it came from (-1 for a pattern without groups). */
export function firstTagged(text: string, within: Span, pattern: RegExp): TaggedMatch | undefined {
  const re = narrowFor(pattern, text, within);
  re.lastIndex = 0;
  const m = re.exec(text.slice(within.start, within.end));
  if (!m) return undefined;
  const start = within.start + m.index;
  return { start, end: start + m[0].length, tag: m.findIndex((g, i) => i > 0 && g !== undefined) - 1 };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Keeps the longest of overlapping spans (earliest first on ties): "artillery rounds" over "artillery". */
export function longestFirst<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort(byStart);
}

/**
 * Characters on which a pattern with `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{M}` or `\p{Sc}` matches the same
 * without the `u` flag once each property is spelt out as its members among them: Latin, modifier letters ("ʼ"),
 * combining marks and Cyrillic (U+0000–U+036F, U+0400–U+04FF) but "ſ", which `/iu` folds to "s" and `/i` does
 * not, and U+0345, which `/iu` folds to the letter "ι". Greek is left out: `/iu` folds "ϴ" to "θ", `/i` does not.
 */
function narrowChar(c: number): boolean {
  return (c < 0x370 && c !== 0x17f && c !== 0x345) || (c >= 0x400 && c < 0x500);
}

const NARROW_PROPERTIES = ["L", "Lu", "Ll", "N", "M", "Sc"] as const;

/**
 * Where a property's members are looked for: letters, numbers and marks among the narrow characters (others
 * send the text to the original pattern), currency signs anywhere in the BMP, as "€" and "₴" are neutral
 * characters `narrowText` lets through and no currency sign has case.
 */
function candidate(name: string, c: number): boolean {
  return name === "Sc" ? c < 0xd800 || c >= 0xe000 : narrowChar(c);
}

/**
 * Each property's members among the narrow characters, as class contents written out ("A-Za-zªµºÀ-ÖØ-öø-ˁ…"),
 * short enough that a lexicon of 200 `\p{L}` stays under the length V8 still optimises (OPTIMISED_LENGTH).
 */
const narrowClasses = new Map<string, Map<string, string>>();

/**
 * Under `i` a class also holds what folds into it: `/\p{Lu}/iu` matches "ß" (from "ẞ") and "ɐ" (from "Ɐ"), so
 * those join the class written for case-insensitive patterns.
 */
function classContents(ignoreCase: boolean): Map<string, string> {
  const flags = ignoreCase ? "iu" : "u";
  const known = narrowClasses.get(flags);
  if (known) return known;
  const hex = (c: number): string =>
    c >= 0xa0 || /[A-Za-z0-9]/.test(String.fromCharCode(c))
      ? String.fromCharCode(c)
      : `\\u${c.toString(16).padStart(4, "0")}`;
  const classes = new Map<string, string>();
  for (const name of NARROW_PROPERTIES) {
    const test = new RegExp(`^\\p{${name}}$`, flags);
    let out = "";
    const end = name === "Sc" ? 0x10000 : 0x500;
    for (let c = 0, open = -1; c <= end; c++) {
      const member = c < end && candidate(name, c) && test.test(String.fromCharCode(c));
      if (member && open < 0) open = c;
      if (!member && open >= 0) {
        out += open === c - 1 ? hex(open) : `${hex(open)}-${hex(c - 1)}`;
        open = -1;
      }
    }
    classes.set(name, out);
  }
  narrowClasses.set(flags, classes);
  return classes;
}

/** 1 where a character leaves a narrowed pattern's matches as they were: see `narrowText`. */
let neutral: Uint8Array | undefined;

function neutralTable(): Uint8Array {
  if (neutral) return neutral;
  neutral = new Uint8Array(0x10000);
  const counted = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    const caseless = s.toLowerCase() === s && s.toUpperCase() === s;
    const surrogate = c >= 0xd800 && c < 0xe000;
    neutral[c] = narrowChar(c) || (!surrogate && caseless && !counted.test(s)) ? 1 : 0;
  }
  return neutral;
}

/**
 * The pattern's source without the `u` flag's property classes ("(?<![\p{L}\p{N}])дрон\p{L}*" →
 * "(?<![A-Za-zª…Ҋ-ӿ0-9²-³¹¼-¾])дрон[A-Za-zª…Ҋ-ӿ]*"), or null where it uses other Unicode syntax. V8 spends about ten
 * kilobytes of machine code on each `\p{L}` it compiles for two-byte text, and once a process has made more
 * than 16 MB of code it stops optimising every pattern compiled after: the eighth language of a run then
 * matches three to five times slower than the first. A class of Latin and Cyrillic letters costs a fraction.
 * Use it only on text `narrowText` accepts.
 */
export function narrowSource(source: string, flags: string): string | null {
  const classes = classContents(flags.includes("i"));
  let inClass = false;
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      const property = /^\\([pP])\{(\w+)\}/.exec(source.slice(i, i + 12));
      if (property) {
        const members = property[1] === "p" ? classes.get(property[2] as string) : undefined;
        if (members === undefined) return null;
        out += inClass ? members : `[${members}]`;
        i += property[0].length - 1;
        continue;
      }
      // Any other property ("\\p{Script=Greek}") or "\\u{1F680}" needs the flag.
      if (/[pP]/.test(source[i + 1] ?? "") || (source[i + 1] === "u" && source[i + 2] === "{")) return null;
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A pattern's twin without the `u` flag (see `narrowSource`), or the pattern itself where it has none or
 * needs the flag for more than property classes. Made once per pattern.
 */
export function narrowed(pattern: RegExp): RegExp {
  let twin = twins.get(pattern);
  if (!twin) {
    const source = pattern.flags.includes("u") ? narrowSource(pattern.source, pattern.flags) : null;
    // Spelt-out classes are longer than "\p{L}": a twin that would pass the length V8 optimises stays unmade.
    const tooLong =
      source !== null && source.length > OPTIMISED_LENGTH && pattern.source.length <= OPTIMISED_LENGTH;
    twin = source === null || tooLong ? pattern : new RegExp(source, pattern.flags.replace("u", ""));
    twins.set(pattern, twin);
  }
  return twin;
}

const twins = new WeakMap<RegExp, RegExp>();

/** The last text `narrowText` was asked about, and where in it are characters `narrowed` patterns cannot take. */
let lastText: string | undefined;
let lastOthers: number[] = [];

/**
 * Whether `narrowed` patterns match in this stretch of text as their originals do: every character is a
 * Latin, combining or Cyrillic one, or one no property class counts and no case changes ("€", "„", "—").
 * Greek, Arabic, CJK or an emoji sends the stretch to the original patterns. The text is read once, however
 * many patterns and sentences ask.
 */
export function narrowText(text: string, within: Span): boolean {
  if (text !== lastText) {
    const table = neutralTable();
    lastOthers = [];
    for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 0) lastOthers.push(i);
    lastText = text;
  }
  if (lastOthers.length === 0) return true;
  let lo = 0;
  let hi = lastOthers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lastOthers[mid] as number) < within.start) lo = mid + 1;
    else hi = mid;
  }
  return lo === lastOthers.length || (lastOthers[lo] as number) >= within.end;
}

/** The pattern to run over `within` of `text`: its `narrowed` twin where `narrowText` allows, else itself. */
export function narrowFor(pattern: RegExp, text: string, within: Span): RegExp {
  return narrowText(text, within) ? narrowed(pattern) : pattern;
}
