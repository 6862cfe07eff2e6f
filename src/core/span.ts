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
  const re = prepared(pattern);
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
export const OPTIMISED_LENGTH = 20_000;

/**
 * `tagged()` over consecutive runs of the sources, each short enough for V8 to optimise: for a pass that
 * only asks where any of them matches ("is there a cue in this sentence?").
 */
export function taggedChunks(sources: readonly string[], limit = OPTIMISED_LENGTH): string[] {
  const out: string[] = [];
  let chunk: string[] = [];
  for (const src of sources) {
    if (chunk.length > 0 && tagged([...chunk, src]).length > limit) {
      out.push(tagged(chunk));
      chunk = [];
    }
    chunk.push(src);
  }
  if (chunk.length > 0) out.push(tagged(chunk));
  return out;
}

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
  const slice = text.slice(within.start, within.end);
  const out: TaggedMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    if (m[0] === "") {
      pattern.lastIndex++;
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
  pattern.lastIndex = 0;
  const m = pattern.exec(text.slice(within.start, within.end));
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
