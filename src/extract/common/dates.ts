// Finds dates and deadlines in each sentence with its language's grammar and resolves them against the reference date.
import type { Chrono } from "chrono-node";
import type { Doc, DateMention, Sentence } from "../../core/doc.js";
import type { Match, Provenance, Span } from "../../core/span.js";
import { joinAlternatives, longestFirst, narrowFor, overlaps, scan, scanTagged } from "../../core/span.js";
import { languages, packFor } from "../lang/index.js";
import type { Step } from "../step.js";
import { languageRuns } from "./runs.js";

export type Precision = "year" | "month" | "day";
export type Unit = "day" | "week" | "month" | "year";

/** A recall phrase counted from the reference date: "last week" → { unit: "week", offset: -1, precision: "month" }. */
export interface RelativePhrase {
  /** Rule tag after "xx/date/": "last-week". */
  rule: string;
  /**
   * Global pattern; an optional `count` group multiplies the offset ("two years ago"), an `end` group means "end of".
   * A language's phrases share their flags: they are tried as one alternation first.
   */
  pattern: RegExp;
  unit: Unit;
  offset: number;
  /** How precise the phrase is: "last week" names a month at best, "yesterday" a day. */
  precision: Precision;
}

/**
 * What a language brings for dates. Dictionary keys are lower case and may list inflected forms
 * ("січня", "січень" → 1). Patterns marked "anchored" end in `$` and are matched against the few words before a date.
 */
export interface DateGrammar {
  /** chrono's parser for the language, for calendar dates ("30 April 2024", "on Thursday"); null where chrono has none. */
  chrono: Chrono | null;
  /**
   * Reads a stretch exactly as `chrono` would where it holds one plain date ("on 16 October", "April 30, 2025",
   * "in March 2023", "on Monday"), at a fraction of chrono's cost; null hands the stretch to chrono. Null for none.
   */
  plainCalendar: ((stretch: string) => readonly CalendarReading[] | null) | null;
  /** Month names and abbreviations → 1..12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names written out → 0 (Sunday)..6; only these make a weekday alone a date in running text. */
  weekdays: Readonly<Record<string, number>>;
  /** Short weekday names, read only on a date line of the article head: "Thu, 02 Jan 2025". */
  weekdayAbbreviations: Readonly<Record<string, number>>;
  /** Season words → the month the season ends in: autumn → 11, winter → 2 (of the next year). */
  seasons: Readonly<Record<string, number>>;
  /** Words before a season that say which one: "next" → next, "förra" → last; others leave it to the tense. */
  seasonRelations?: Readonly<Record<string, "next" | "last">>;
  /** Number words in recall phrases: "two years ago". */
  numbers: Readonly<Record<string, number>>;
  /**
   * A sentence matching neither this nor a four-digit year has no date. Scanned once over each run of sentences in
   * the language, together with `calendarTrigger` (same flags), so whole words only: a match never spans sentences.
   */
  trigger: RegExp;
  /** A named month or weekday, which `trigger` matches too: only around these is chrono (or its fallback) run. */
  calendarTrigger: RegExp;
  /** Anchored: deadline and "end of" cues before a date, groups `deadline` and `end`: "by the end of ". */
  cue: RegExp;
  /** Anchored: what must precede a month or weekday named alone: "in ", "by early ". */
  bareCue: RegExp;
  /** Global: a year named alone, group `year`: "in 2024", "by 2027". */
  year: RegExp;
  /** Global: a season, groups `season`, optional `rel` (this/next/last) and `year`. */
  season: RegExp;
  relative: readonly RelativePhrase[];
  /**
   * A word every recall phrase and every vague stretch holds: "week" in "last week", "year" in "over the next year".
   * Sentences without one ("Riga sent 40 trucks in March.") are spared those patterns; without it, none is.
   */
  timeWord?: RegExp;
  /** Global: stretches naming no date, which silence any date inside: "over the next year", "a year later". */
  vague: RegExp;
  /** Global tense cues; the one nearest a month decides whether it lies before or after the reference date. */
  past: RegExp;
  future: RegExp;
  /** Global: a year the text speaks of as its present, group `year`: "has already sent ... in 2024". */
  present: readonly RegExp[];
  /** Anchored: words before a year that look ahead rather than report: "plans for ", "by ". */
  forward: RegExp;
}

/** A calendar date read in a stretch of text: where (`index` into the stretch, `text` as read) and what it names. */
export interface CalendarReading {
  index: number;
  text: string;
  y: number | null;
  m: number | null;
  d: number | null;
  weekday: number | null;
}

/** A point in time as far as it is known. */
interface Moment {
  y: number;
  m: number | null;
  d: number | null;
}

/** What a rule found, before it is resolved against the reference date. */
type Found =
  | { kind: "year"; year: number; end: boolean; period?: true }
  | { kind: "season"; endMonth: number; rel: "next" | "last" | null; year: number | null }
  | { kind: "relative"; phrase: RelativePhrase; count: number; end: boolean }
  | {
      kind: "calendar";
      rule: string;
      y: number | null;
      m: number | null;
      d: number | null;
      weekday: number | null;
    };

type Candidate = Span & { found: Found };

interface Resolved {
  value: string;
  provenance: Provenance;
  rule: string;
}

type Direction = "past" | "future";

const YEAR_DIGITS = /(?:19|20)\d\d/;
/** Any year in the text, for checking a year inferred as the present against later years reported as past. */
const YEAR_TOKEN = /(?<![\d.,])(?<year>(?:19|20)\d\d)(?![\d.,]\d)/g;
/** Language-free numeric dates, day first as in Europe: "02.01.2025", "2/1/2025"; and ISO "2025-01-02". */
const DAY_FIRST = /(?<![\d.])(?<day>\d{1,2})[./](?<month>\d{1,2})[./](?<year>(?:19|20)\d\d)(?![\d])/g;
const ISO_DATE = /(?<!\d)(?<year>(?:19|20)\d\d)-(?<month>\d\d)-(?<day>\d\d)(?!\d)/g;
/** A span of years, read as a period that ends in its last year: "under åren 2024–2027", "in 2024-2027". */
const YEAR_RANGE = /(?<![\d.,])(?:19|20)\d\d\s*[-–—]\s*(?<year>(?:19|20)\d\d)(?![\d.,-]\d)/g;
/** chrono tags on results counted from the reference date, which the grammar's recall phrases read instead. */
const CHRONO_RELATIVE = /relative|casual|EndOf/i;
/** How far either side of a month or weekday name chrono is shown. */
const CALENDAR_REACH = 24;
const TRAILING = /[\s,.;:]+$/;
/** How far back the deadline cue may start: "no later than the end of the " fits. */
const CUE_REACH = 40;
/** Stands for "any day" when chrono needs a reference but the document has none: only absolute dates are kept. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/** The part of a language pack this step reads. */
export interface DatePack {
  code: string;
  dates: DateGrammar;
}

export type PackOf = (lang: string) => DatePack;

/** The dates step over the loaded language packs. */
export const datesStep: Step = datesStepFor(packFor);

/** The dates step with packs from elsewhere: a test's grammar, or a language being written. */
export function datesStepFor(packOf: PackOf): Step {
  return { name: "dates", run: (doc) => readDates(doc, packOf) };
}

/**
 * A sentence that may hold a date, as the one scan over its language run found it: "Riga sent 40 trucks in March."
 * → year: false, calendar: ["March"].
 */
interface Line {
  sentence: Sentence;
  text: string;
  pack: DatePack;
  /** Holds a four-digit year: only then can the numeric and year rules match. */
  year: boolean;
  /** The month and weekday names in it, around which chrono reads. */
  calendar: Span[];
}

function readDates(doc: Doc, packOf: PackOf): void {
  const lines = survey(doc, packOf);
  const inferred = inferReferenceYear(doc, lines);
  if (inferred !== null) {
    doc.meta.referenceDate = String(inferred);
    doc.meta.referenceProvenance = "inferred";
  } else if (!doc.meta.referenceDate && doc.meta.published) {
    doc.meta.referenceDate = doc.meta.published;
    doc.meta.referenceProvenance = "stated";
  }
  const ref = parseMoment(doc.meta.referenceDate);
  const refDate = ref ? new Date(ref.y, (ref.m ?? 7) - 1, ref.d ?? 15, 12) : NO_REFERENCE;
  for (const line of lines) datesIn(doc, line, ref, refDate);
  doc.dates.sort((a, b) => a.start - b.start);
}

/**
 * The patterns for the scan over a run, group 1 a year, group 2 a month or weekday, any other match a trigger word:
 * one where trigger and calendarTrigger share flags. Most sentences hold none ("Reporters were not allowed to
 * attend."), and one pass over a run costs far less than a test per sentence.
 */
const anchors = perGrammar((g): RegExp[] => {
  const flags = flagsOf(g.trigger);
  if (flagsOf(g.calendarTrigger) === flags) {
    return [
      new RegExp(`(${YEAR_DIGITS.source})|(${g.calendarTrigger.source})|${g.trigger.source}`, flags + "g"),
    ];
  }
  return [
    new RegExp(`(${YEAR_DIGITS.source})|(?!)()|${g.trigger.source}`, flags + "g"),
    new RegExp(`(?!)()|(${g.calendarTrigger.source})`, flagsOf(g.calendarTrigger) + "g"),
  ];
});

/** A pattern's flags without those that change how it is run (global, sticky, indices). */
function flagsOf(pattern: RegExp): string {
  return pattern.flags.replace(/[gyd]/g, "");
}

/** The sentences worth reading, in text order, found by one scan over each run of sentences in one language. */
function survey(doc: Doc, packOf: PackOf): Line[] {
  const sentences = doc.sentences;
  const lines: Line[] = [];
  let first = 0;
  for (const run of languageRuns(doc)) {
    const pack = packOf(run.lang);
    const text = doc.text.slice(run.start, run.end);
    for (const anchor of anchors(pack.dates)) {
      const re = narrowFor(anchor, doc.text, run);
      let i = first;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const at = run.start + m.index;
        while ((sentences[i] as Sentence).end <= at) i++;
        const sentence = sentences[i] as Sentence;
        // Text between sentences belongs to none.
        if (at < sentence.start) continue;
        const line = (lines[i] ??= { sentence, text: doc.slice(sentence), pack, year: false, calendar: [] });
        if (m[1] !== undefined) line.year = true;
        else if (m[2] !== undefined) line.calendar.push({ start: at, end: at + m[0].length });
      }
    }
    while (first < sentences.length && (sentences[first] as Sentence).start < run.end) first++;
  }
  // Sentences without a match left holes, which filter skips.
  return lines.filter(() => true);
}

function datesIn(doc: Doc, line: Line, ref: Moment | null, refDate: Date): void {
  const { sentence, text, pack } = line;
  const g = pack.dates;
  const timeWord = g.timeWord?.test(text) ?? true;
  const all = candidates(doc, line, timeWord, refDate);
  if (all.length === 0) return;
  const vague = timeWord ? scanTagged(doc.text, sentence, g.vague) : NO_SPANS;
  const found = longestFirst(all).filter((c) => !vague.some((v) => overlaps(v, c)));
  const tense = new Tense(doc, sentence, text, g);
  for (const c of found) {
    const window = { start: Math.max(sentence.start, c.start - CUE_REACH), end: c.start };
    if (!standsAlone(doc, c, window, g)) continue;
    const cue = find(doc, window, doc.slice(window), g.cue)[0];
    // A period's last year is when the aid is due: "betalas ut ... under åren 2024–2027" → 2027.
    const deadline =
      cue?.groups.deadline !== undefined || (c.found.kind === "year" && c.found.period === true);
    const end = cue?.groups.end !== undefined || ("end" in c.found && c.found.end);
    // Only months, seasons and weekdays without a year need the tense, so it is read on demand.
    const direction = (): Direction => (deadline ? "future" : tense.at(c));
    const resolved = resolve(c.found, ref, direction, deadline, end);
    if (!resolved) continue;
    const mention: DateMention = {
      start: cue ? cue.start : c.start,
      end: c.end,
      value: resolved.value,
      role: deadline ? "deadline" : "point",
      provenance: resolved.provenance,
      rule: `${pack.code}/${deadline ? "deadline" : "date"}/${resolved.rule}`,
    };
    doc.dates.push(mention);
  }
}

/** Every rule's and chrono's findings in a sentence; hand rules first, so they win ties of equal length. */
function candidates(doc: Doc, line: Line, timeWord: boolean, refDate: Date): Candidate[] {
  const { sentence, text } = line;
  const g = line.pack.dates;
  const out: Candidate[] = [];
  if (line.year) {
    for (const m of find(doc, sentence, text, ISO_DATE))
      out.push({ start: m.start, end: m.end, found: numeric(m, "iso") });
    for (const m of find(doc, sentence, text, DAY_FIRST))
      out.push({ start: m.start, end: m.end, found: numeric(m, "numeric") });
    for (const m of find(doc, sentence, text, g.year)) {
      const span = m.groups.year ?? m;
      out.push({
        start: span.start,
        end: span.end,
        found: { kind: "year", year: Number(m.values.year), end: false },
      });
    }
    for (const m of find(doc, sentence, text, YEAR_RANGE))
      out.push({
        start: m.start,
        end: m.end,
        found: { kind: "year", year: Number(m.values.year), end: false, period: true },
      });
  }
  for (const m of find(doc, sentence, text, g.season)) {
    const endMonth = g.seasons[(m.values.season ?? "").toLowerCase()];
    if (endMonth === undefined) continue;
    const year = m.values.year ? Number(m.values.year) : null;
    out.push({
      start: m.start,
      end: m.end,
      found: {
        kind: "season",
        endMonth,
        rel: g.seasonRelations?.[m.values.rel?.toLowerCase() ?? ""] ?? null,
        year,
      },
    });
  }
  for (const i of timeWord ? relativePhrases(g).present(text) : NO_INDEXES) {
    const phrase = g.relative[i] as RelativePhrase;
    for (const m of scan(doc.text, sentence, phrase.pattern)) {
      const word = m.values.count?.toLowerCase();
      const count = word === undefined ? 1 : (g.numbers[word] ?? Number(word));
      out.push({
        start: m.start,
        end: m.end,
        found: { kind: "relative", phrase, count, end: m.values.end !== undefined },
      });
    }
  }
  if (line.calendar.length > 0) {
    if (g.chrono) {
      for (const window of calendarWindows(doc, sentence, line.calendar)) {
        const stretch = doc.slice(window);
        const readings = g.plainCalendar?.(stretch) ?? chronoReadings(g.chrono, stretch, refDate);
        for (const r of readings) {
          const found: Found = {
            kind: "calendar",
            rule: "calendar",
            y: r.y,
            m: r.m,
            d: r.d,
            weekday: r.weekday,
          };
          out.push({ ...spanAt(window, r.index, r.text), found });
        }
      }
    } else {
      for (const pattern of monthPatterns(g)) {
        for (const m of find(doc, sentence, text, pattern))
          out.push({ start: m.start, end: m.end, found: fromMonthMatch(m, g) });
      }
    }
  }
  return out;
}

/**
 * Where chrono reads: the stretch around each month or weekday name, out to whole words and merged where they meet.
 * chrono's time grows with the length of its input, and a date sits within a few words of its month:
 * "Thursday, 2 January 2025", "from 5 to 7 March".
 */
function calendarWindows(doc: Doc, sentence: Span, hits: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const hit of hits) {
    let start = Math.max(sentence.start, hit.start - CALENDAR_REACH);
    let end = Math.min(sentence.end, hit.end + CALENDAR_REACH);
    while (start > sentence.start && !isSpace(doc.text.charCodeAt(start - 1))) start--;
    while (end < sentence.end && !isSpace(doc.text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else out.push({ start, end });
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

const probes = new WeakMap<RegExp, RegExp>();
const NONE: readonly Match[] = [];
const NO_SPANS: readonly Span[] = [];

/**
 * scan() behind a cheap test on the already sliced `text` of `within`: most patterns miss most sentences, and a
 * miss then costs neither a slice nor a regex copy.
 */
function find(doc: Doc, within: Span, text: string, pattern: RegExp): readonly Match[] {
  let probe = probes.get(pattern);
  if (!probe) {
    probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
    probes.set(pattern, probe);
  }
  return narrowFor(probe, doc.text, within).test(text) ? scan(doc.text, within, pattern) : NONE;
}

/**
 * The one place where an index into a sentence's text becomes a document span (chrono reports indexes); chrono's
 * trailing comma is left out: "In August, Lithuania" → "August".
 */
function spanAt(sentence: Span, index: number, text: string): Span {
  const start = sentence.start + index;
  const last = text.charCodeAt(text.length - 1);
  // Most readings end in a letter or digit: "August", "30 April 2024".
  const plain = (last >= 48 && last <= 57) || ((last | 32) >= 97 && (last | 32) <= 122);
  return { start, end: start + (plain ? text.length : text.replace(TRAILING, "").length) };
}

function numeric(m: Match, rule: string): Found {
  let day = Number(m.values.day);
  let month = Number(m.values.month);
  // "05/30/2024" cannot be day first: read it the American way.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return { kind: "calendar", rule, y: Number(m.values.year), m: month, d: day, weekday: null };
}

/** chrono's calendar dates in a stretch; results counted from the reference ("last week", "now") are left to the rules. */
function chronoReadings(chrono: Chrono, stretch: string, refDate: Date): CalendarReading[] {
  const out: CalendarReading[] = [];
  next: for (const r of chrono.parse(stretch, refDate)) {
    for (const tag of r.tags()) if (CHRONO_RELATIVE.test(tag)) continue next;
    const c = r.start;
    const known = (k: "year" | "month" | "day" | "weekday"): number | null =>
      c.isCertain(k) ? c.get(k) : null;
    const reading = {
      index: r.index,
      text: r.text,
      y: known("year"),
      m: known("month"),
      d: known("day"),
      weekday: known("weekday"),
    };
    if (reading.y !== null || reading.m !== null || reading.weekday !== null) out.push(reading);
  }
  return out;
}

/**
 * A month named alone is a date only after a preposition ("in March", not "troops march"), and a weekday alone only
 * when written out ("on Thursday", not "Sun Tzu"; chrono keeps the "on" inside its own span).
 */
function standsAlone(doc: Doc, c: Candidate, window: Span, g: DateGrammar): boolean {
  const found = c.found;
  if (found.kind !== "calendar" || found.y !== null || found.d !== null) return true;
  if (found.m === null) return writtenWeekday(doc.slice(c), g);
  return find(doc, window, doc.slice(window), g.bareCue).length > 0;
}

function writtenWeekday(text: string, g: DateGrammar): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => g.weekdays[w] !== undefined);
}

function resolve(
  found: Found,
  ref: Moment | null,
  direction: () => Direction,
  deadline: boolean,
  end: boolean,
): Resolved | null {
  switch (found.kind) {
    case "year":
      return endOf({ value: String(found.year), provenance: "stated", rule: "year" }, end);
    case "calendar":
      return resolveCalendar(found, ref, direction, end);
    case "season":
      return resolveSeason(found, ref, direction, deadline || end);
    case "relative": {
      if (!ref) return null;
      const { phrase } = found;
      const at = shift(ref, phrase.unit, phrase.offset * found.count);
      const precision = narrower(phrase.precision, precisionOf(ref));
      return endOf({ value: format(at, precision), provenance: "inferred", rule: phrase.rule }, end);
    }
  }
}

function resolveCalendar(
  found: Extract<Found, { kind: "calendar" }>,
  ref: Moment | null,
  direction: () => Direction,
  end: boolean,
): Resolved | null {
  const { y, m, d } = found;
  if (y !== null) {
    const at = { y, m, d: m === null ? null : d };
    return endOf({ value: format(at, precisionOf(at)), provenance: "stated", rule: found.rule }, end);
  }
  if (!ref) return null;
  if (m !== null) {
    const year = monthYear(m, d, ref, direction());
    return endOf(
      {
        value: format({ y: year, m, d }, d === null ? "month" : "day"),
        provenance: "inferred",
        rule: "relative-month",
      },
      end,
    );
  }
  if (found.weekday === null) return null;
  const at = weekdayNear(found.weekday, ref, direction());
  return { value: format(at, narrower("day", precisionOf(ref))), provenance: "inferred", rule: "weekday" };
}

/**
 * The year of a month named without one: the latest not after the reference when reported, the next not before it
 * when ahead ("will", "by"). A reference known only to the year keeps the month in that year.
 */
function monthYear(m: number, d: number | null, ref: Moment, direction: Direction): number {
  if (ref.m === null) return ref.y;
  const key = m * 100 + (d !== null && ref.d !== null ? d : 0);
  const refKey = ref.m * 100 + (d !== null && ref.d !== null ? ref.d : 0);
  if (direction === "past") return key <= refKey ? ref.y : ref.y - 1;
  return key >= refKey ? ref.y : ref.y + 1;
}

/**
 * Seasons are hand-written because chrono has no seasons. A season is known by the year it starts in (winter 2024
 * runs December 2024 to February 2025). A deadline is the season's last month: "by the end of autumn" → 2024-11;
 * a point is the season's year: "last summer" → 2024.
 */
function resolveSeason(
  found: Extract<Found, { kind: "season" }>,
  ref: Moment | null,
  direction: () => Direction,
  toEnd: boolean,
): Resolved | null {
  const endMonth = found.endMonth;
  const startMonth = ((endMonth + 8) % 12) + 1;
  const endYear = (startYear: number): number => (endMonth < startMonth ? startYear + 1 : startYear);
  let startYear: number;
  if (found.year !== null) startYear = found.year;
  else if (!ref) return null;
  else if (ref.m === null) startYear = ref.y;
  else {
    const refKey = ref.y * 12 + ref.m;
    const startKey = (s: number): number => s * 12 + startMonth;
    const endKey = (s: number): number => endYear(s) * 12 + endMonth;
    const years = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1];
    const pick =
      found.rel === "next"
        ? years.find((s) => startKey(s) > refKey)
        : found.rel === "last"
          ? years.filter((s) => endKey(s) < refKey).pop()
          : direction() === "future"
            ? years.find((s) => endKey(s) >= refKey)
            : years.filter((s) => startKey(s) <= refKey).pop();
    if (pick === undefined) return null;
    startYear = pick;
  }
  const provenance: Provenance = found.year !== null ? "stated" : "inferred";
  if (toEnd)
    return {
      value: format({ y: endYear(startYear), m: endMonth, d: null }, "month"),
      provenance,
      rule: "season-end",
    };
  return { value: String(startYear), provenance, rule: "season" };
}

/** "the end of 2024" → 2024-12; "the end of the month" stays a month; a day at an end is only as sure as its month. */
function endOf(r: Resolved, end: boolean): Resolved {
  if (!end) return r;
  if (r.value.length === 4) return { ...r, value: `${r.value}-12` };
  return { ...r, value: r.value.slice(0, 7) };
}

function weekdayNear(weekday: number, ref: Moment, direction: Direction): Moment {
  const base = new Date(Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 15));
  const diff = weekday - base.getUTCDay();
  const days = direction === "past" ? (diff > 0 ? diff - 7 : diff) : diff < 0 ? diff + 7 : diff;
  return moment(new Date(base.getTime() + days * 86_400_000));
}

function shift(ref: Moment, unit: Unit, n: number): Moment {
  if (unit === "year") return { ...ref, y: ref.y + n };
  const base = new Date(Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 15));
  if (unit === "month") base.setUTCMonth(base.getUTCMonth() + n);
  else base.setUTCDate(base.getUTCDate() + n * (unit === "week" ? 7 : 1));
  return moment(base);
}

function moment(date: Date): Moment {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function narrower(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

function precisionOf(m: Moment): Precision {
  return m.m === null ? "year" : m.d === null ? "month" : "day";
}

function format(m: Moment, precision: Precision): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  if (precision === "year" || m.m === null) return String(m.y);
  if (precision === "month" || m.d === null) return `${m.y}-${pad(m.m)}`;
  return `${m.y}-${pad(m.m)}-${pad(m.d)}`;
}

function parseMoment(iso: string | null): Moment | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/** The tense nearest a date in its sentence, read once per sentence and only when a date needs it. */
class Tense {
  private future: readonly Span[] | null = null;
  private past: readonly Span[] = NO_SPANS;

  constructor(
    private readonly doc: Doc,
    private readonly sentence: Sentence,
    private readonly text: string,
    private readonly g: DateGrammar,
  ) {}

  /** Reported unless a future cue is nearer than any past one: "in August, Lithuania announced ... will include". */
  at(span: Span): Direction {
    if (this.future === null) {
      this.future = scanTagged(this.doc.text, this.sentence, this.g.future);
      this.past = scanTagged(this.doc.text, this.sentence, this.g.past);
    }
    let future = Infinity;
    for (const cue of this.future) future = Math.min(future, gap(cue, span));
    for (const cue of this.past) if (gap(cue, span) <= future) return "past";
    return future === Infinity ? "past" : "future";
  }
}

/** Characters between two spans, 0 where they touch or overlap. */
function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : Math.max(0, a.start - b.end);
}

/**
 * LEDGER §2: where the text's clues contradict its publication date, the clues win. A text that speaks of an earlier
 * year Y as its present ("has already sent aid ... in 2024", "so far in 2024") was written in Y, unless it also
 * reports something later than Y as past ("On 3 January 2025, ... signed"). Returns Y, or null to keep the
 * publication date. "In 2022, Sweden donated ..." recalls a year and changes nothing.
 */
function inferReferenceYear(doc: Doc, lines: readonly Line[]): number | null {
  const published = parseMoment(doc.meta.published);
  if (!published || (doc.meta.referenceDate && doc.meta.referenceDate !== doc.meta.published)) return null;
  let present = 0;
  for (const line of lines) {
    if (!line.year) continue;
    for (const pattern of line.pack.dates.present) {
      for (const m of find(doc, line.sentence, line.text, pattern))
        present = Math.max(present, Number(m.values.year));
    }
  }
  // A feed misdates a text by days, not seasons: "MSB har under 2022 stöttat Ukraina" in a June 2023 release speaks
  // of a past year in the perfect and moves nothing; only the year just ended, early in the next, is the present.
  if (present === 0 || present !== published.y - 1 || (published.m !== null && published.m > EARLY_MONTHS))
    return null;
  for (const { sentence, text, pack, year } of lines) {
    if (!year) continue;
    const g = pack.dates;
    const tense = new Tense(doc, sentence, text, g);
    for (const m of find(doc, sentence, text, YEAR_TOKEN)) {
      const year = Number(m.values.year);
      if (year <= present || year > published.y) continue;
      const window = { start: Math.max(sentence.start, m.start - CUE_REACH), end: m.start };
      if (find(doc, window, doc.slice(window), g.forward).length > 0) continue;
      if (tense.at(m) === "past") return null;
    }
  }
  return present;
}

/** How many months into a year a text may still have been written in the year before. */
const EARLY_MONTHS = 3;

/** Something built once from a grammar, on first use: a language's patterns compiled at most once. */
function perGrammar<T>(build: (g: DateGrammar) => T): (g: DateGrammar) => T {
  const cache = new WeakMap<DateGrammar, T>();
  return (g) => {
    let value = cache.get(g);
    if (value === undefined) {
      value = build(g);
      cache.set(g, value);
    }
    return value;
  };
}

/** `(?<name>` openers, renamed away when patterns are joined: a name may occur once in a pattern. */
const NAMED_GROUP = /\(\?<(?![=!])[^>]+>/g;

/**
 * Several global patterns tried as one alternation (one per set of flags): which of them match somewhere in a text,
 * in one pass rather than one per pattern. Where the alternation settles on one pattern, the later ones are tried
 * at the same place, so none is hidden by another that matches there too: "this year-end" → this-year and year-end.
 */
class PatternSet {
  /** Per set of flags: the patterns in it, and from each one on, the alternation of those after it, sticky. */
  private readonly joined: { members: number[]; any: Alternation; after: (Alternation | null)[] }[] = [];
  private readonly count: number;

  constructor(patterns: readonly RegExp[]) {
    this.count = patterns.length;
    const byFlags = new Map<string, number[]>();
    patterns.forEach((p, i) => byFlags.set(flagsOf(p), [...(byFlags.get(flagsOf(p)) ?? []), i]));
    for (const [flags, members] of byFlags) {
      const sources = members.map((i) => (patterns[i] as RegExp).source);
      this.joined.push({
        members,
        any: joinPatterns(sources, flags + "g"),
        after: sources.map((_, k) =>
          k + 1 < sources.length ? joinPatterns(sources.slice(k + 1), flags + "y") : null,
        ),
      });
    }
  }

  /** Indexes, ascending, of the patterns that match in `text`. */
  present(text: string): readonly number[] {
    let hit: boolean[] | null = null;
    const whole = { start: 0, end: text.length };
    for (const { members, any, after } of this.joined) {
      const re = narrowFor(any.re, text, whole);
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        hit ??= new Array<boolean>(this.count).fill(false);
        // The first pattern matching here, then each later one that also does: usually none.
        let k = any.which(m);
        for (let at: RegExpExecArray | null = m; at !== null;) {
          hit[members[k] as number] = true;
          const rest = after[k];
          if (!rest) break;
          const restRe = narrowFor(rest.re, text, whole);
          restRe.lastIndex = m.index;
          at = restRe.exec(text);
          if (at) k += 1 + rest.which(at);
        }
        re.lastIndex = m.index + 1;
      }
    }
    if (!hit) return NO_INDEXES;
    const out: number[] = [];
    hit.forEach((h, i) => h && out.push(i));
    return out;
  }
}

/** Patterns joined as alternatives, and which of them a match came from. */
interface Alternation {
  re: RegExp;
  which: (m: RegExpExecArray) => number;
}

function joinPatterns(sources: readonly string[], flags: string): Alternation {
  const groups: number[] = [];
  let group = 1;
  for (const source of sources) {
    groups.push(group);
    group += 1 + groupCount(source, flags.replace(/[gy]/g, ""));
  }
  // A word-start test that opens the patterns is tested once, before their alternatives: twice as fast in V8.
  const re = new RegExp(
    joinAlternatives(sources, (rest) => `(${rest.replace(NAMED_GROUP, "(")})`),
    flags,
  );
  return {
    re,
    which: (m) => {
      let k = 0;
      while (m[groups[k] as number] === undefined) k++;
      return k;
    },
  };
}

const NO_INDEXES: readonly number[] = [];

/** How many capture groups a pattern has: matching the empty string through an added empty branch reports them all. */
function groupCount(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec("") as RegExpExecArray).length - 1;
}

const relativePhrases = perGrammar((g) => new PatternSet(g.relative.map((p) => p.pattern)));

/** For languages without chrono: "7 mars 2024", "March 7, 2024", "березня 2024", "in August", from the month names. */
const monthPatterns = perGrammar((g) => {
  const names = alternation(Object.keys(g.months));
  const year = "(?<year>(?:19|20)\\d\\d)(?!\\d)";
  return [
    new RegExp(
      `(?<![\\p{L}\\d])(?<day>\\d{1,2})\\.?\\s+(?<month>${names})(?!\\p{L})\\.?(?:,?\\s+${year})?`,
      "giu",
    ),
    new RegExp(
      `(?<![\\p{L}\\d])(?<month>${names})(?!\\p{L})\\.?\\s+(?<day>\\d{1,2})(?!\\d)(?:,?\\s+${year})?`,
      "giu",
    ),
    new RegExp(`(?<![\\p{L}\\d])(?<month>${names})(?!\\p{L})\\.?(?:\\s+${year})?`, "giu"),
  ];
});

function fromMonthMatch(m: Match, g: DateGrammar): Found {
  const month = g.months[(m.values.month ?? "").toLowerCase()] ?? null;
  const day = m.values.day ? Number(m.values.day) : null;
  const y = m.values.year ? Number(m.values.year) : null;
  return { kind: "calendar", rule: "calendar", y, m: month, d: day, weekday: null };
}

/** Longest first, so "sept" is tried before "sep" and "січня" before a shorter form. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

/** Month and weekday names of every loaded language, for the head's date line. */
const headNames = (() => {
  const months = new Map<string, number>();
  const weekdays: string[] = [];
  for (const pack of languages.values()) {
    for (const [name, n] of Object.entries(pack.dates.months)) months.set(name.toLowerCase(), n);
    weekdays.push(...Object.keys(pack.dates.weekdays), ...Object.keys(pack.dates.weekdayAbbreviations));
  }
  return { months, monthNames: alternation([...months.keys()]), weekdayNames: alternation(weekdays) };
})();

/**
 * A line that is only a date, with an optional weekday before it (even glued: "Thursday02 January 2025") and a time
 * after it ("2 January 2025 14:35", "2025-01-02T14:35:00Z"). Numbers alone are read day first: "02.01.2025".
 */
const DATE_LINE = new RegExp(
  "^(?:(?:" +
    headNames.weekdayNames +
    ")\\.?,?\\s*)?(?:" +
    [
      `(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?<m1>${headNames.monthNames})\\.?,?\\s*(?<y1>\\d{4})`,
      `(?<m2>${headNames.monthNames})\\.?\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?<y2>\\d{4})`,
      "(?<y3>\\d{4})[-/.](?<m3>\\d{1,2})[-/.](?<d3>\\d{1,2})",
      "(?<d4>\\d{1,2})[-/.](?<m4>\\d{1,2})[-/.](?<y4>\\d{4})",
    ].join("|") +
    ")(?:(?:T|[\\s,|·•–-]+)\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:Z|[A-Z]{2,5}|(?:UTC|GMT)?\\s*[+-]\\d{1,2}(?::?\\d{2})?))?)?$",
  "iu",
);

/** "Thursday02 January 2025" → "2025-01-02"; a headline that merely contains a date → null. */
export function parseStandaloneDate(line: string): string | null {
  const g = DATE_LINE.exec(line.trim())?.groups;
  if (!g) return null;
  const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4);
  const name = g.m1 ?? g.m2;
  let month = name ? (headNames.months.get(name.toLowerCase()) ?? 0) : Number(g.m3 ?? g.m4);
  let day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4);
  if (g.d4 && month > 12 && day <= 12) [day, month] = [month, day];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return format({ y: year, m: month, d: day }, "day");
}
