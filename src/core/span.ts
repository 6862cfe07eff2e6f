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

/** The `gd` copy of each pattern, made once: building a large alternation per call costs more than matching. */
const derived = new WeakMap<RegExp, RegExp>();

function prepared(pattern: RegExp): RegExp {
  let re = derived.get(pattern);
  if (!re) {
    const flags = new Set([...pattern.flags, "g", "d"]);
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
  const slice = within.start === 0 && within.end === text.length ? text : text.slice(within.start, within.end);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const base = within.start + m.index;
    const groups: Record<string, Span | undefined> = {};
    const values: Record<string, string | undefined> = {};
    for (const [name, range] of Object.entries(m.indices?.groups ?? {})) {
      groups[name] = range ? { start: within.start + range[0], end: within.start + range[1] } : undefined;
      values[name] = m.groups?.[name];
    }
    out.push({ start: base, end: base + m[0].length, text: m[0], groups, values });
  }
  return out;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
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
