// English dates: month, weekday and season words, deadline and tense cues, recall phrases, and chrono for calendar dates.
import * as chrono from "chrono-node";
import type { CalendarReading, DateGrammar } from "../../common/dates.js";

/** "Jan", "Sept" and full names; the standalone head parser also reads them: "Thu, 02 Jan 2025". */
const months: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * chrono's parsers for calendar dates ("30 April 2024", "April 30, 2025", "March 2023", "in August", "on Thursday").
 * Its relative parsers are left out because the grammar's recall phrases read those; times and time zones are left
 * out because a ledger date has no time. Every parser and refiner costs a pass: cut down, chrono takes a fifth of
 * the time per sentence.
 */
const CALENDAR_PARSERS = new Set([
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENYearMonthNameParser",
  "ENWeekdayParser",
]);
/** Overlaps, "Thursday, 2 January" merged, "5-7 March" ranges, invalid dates and a lone "may" dropped. */
const CALENDAR_REFINERS = new Set([
  "OverlapRemovalRefiner",
  "MergeWeekdayComponentRefiner",
  "ENMergeDateRangeRefiner",
  "UnlikelyFormatFilter",
  "ENUnlikelyFormatFilter",
]);

function calendarChrono(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => CALENDAR_REFINERS.has(r.constructor.name));
  const kept = new Set([...parser.parsers, ...parser.refiners].map((x) => x.constructor.name));
  if (kept.size !== CALENDAR_PARSERS.size + CALENDAR_REFINERS.size)
    throw new Error("chrono-node renamed its parts");
  return parser;
}

const weekdays: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** chrono's ordinal day words, and the first word of "twenty first": "the first of March", "March fifth". */
const ORDINALS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|" +
  "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty";

/**
 * The month and weekday words of chrono's English parsers, followed by a non-letter or glued to what chrono may read
 * after them ("Marchof", "Mayfirst", "Mondaythis week"): not "month", "decided", "Marine".
 */
const DATE_WORD = new RegExp(
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|" +
    `jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:(?![a-z])|(?=of|${ORDINALS}))` +
    "|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|weekday|" +
    "sun|mon|tue|wed|thurs|thur|thu|fri|sat)(?:(?![a-z])|(?=of|this|last|past|next))",
  "gi",
);
/** Letters chrono may glue before a date word: "16thOctober", "onMonday", "inMarch", "lastFriday", "2024ADMarch". */
const GLUE = new Set(["st", "nd", "rd", "th", "of", "in", "on", "is", "xt", "be", "ad", "bc", "ce"]);

/** Whether chrono could start reading a date word at `at`: after a non-letter or glued to what it reads before. */
function opensDateWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return !letter || (at >= 2 && GLUE.has(text.slice(at - 2, at).toLowerCase()));
}

/** The only date word chrono could read in a stretch, "" where there is none, null where there are several. */
function onlyDateWord(stretch: string): RegExpExecArray | "" | null {
  let only: RegExpExecArray | "" = "";
  DATE_WORD.lastIndex = 0;
  for (let m = DATE_WORD.exec(stretch); m !== null; m = DATE_WORD.exec(stretch)) {
    if (opensDateWord(stretch, m.index)) {
      if (only !== "") return null;
      only = m;
    }
    DATE_WORD.lastIndex = m.index + 1;
  }
  return only;
}

const FULL_MONTHS = new Set(
  Object.keys(months).filter((name) => !/^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/.test(name)),
);
/** Words chrono reads as a day before a month ("the first of March", "fifth March") or as a year ("2024 AD March"). */
const NOT_PLAIN_BEFORE_MONTH = new Set(["of", ...ORDINALS.split("|"), "be", "ad", "bc", "bce", "ce"]);
/** Words that make "5 to 16 October" a range. */
const RANGE = new Set(["to", "until", "through", "till"]);
/** After a month, words chrono reads as its day or year: "March first", "March of 2023"; not "March, officials". */
const NOT_PLAIN_AFTER_MONTH = new RegExp(`^[.,;]?\\s*(?:of|${ORDINALS})\\b`, "i");
/** After a day, a time or a range: "April 3 pm", "April 3 to 5". */
const NOT_PLAIN_AFTER_DAY = /^\s*(?:[ap]m|to)/i;
/** After a weekday, what chrono reads with it: "(Monday)", "Monday of next week", "Monday, last week". */
const NOT_PLAIN_AFTER_WEEKDAY = /^\s*[)）]|^\s*,?\s*(?:of\s*)?(?:this|last|past|next)\s*week/i;
/** What may follow a plain date: the end, or a stop or comma and a word, or a word — never a number chrono joins on. */
const PLAIN_TAIL = /^(?:[.,;]?(?:\s+[^\s\d]|\s*$))/;
/** A year chrono reads after a month or a day: ", 2025" or " 2025", not "2025 AD" nor "2025 5". */
const YEAR_AFTER = /^,? ([12]\d{3})(?!\d|\s{0,2}(?:bce?|be|ad|ce))/iy;
/** A day number after a month: " 30" as in "April 30". */
const DAY_AFTER = /^ (\d{1,2})(?![\w:])/;

/** "7", "16": a day as chrono reads it before a month. */
function isDay(word: string): boolean {
  const n = word.length;
  return (n === 1 || n === 2) && isDigit(word.charCodeAt(0)) && isDigit(word.charCodeAt(n - 1));
}

/** "", "in", "the_": a word without digits. */
function withoutDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** The word (letters, digits, underscore) that ends just before one space at `at`, or "" at the start of the text. */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  if (at === 0) return { word: "", start: 0 };
  if (text[at - 1] !== " ") return null;
  let start = at - 1;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start === at - 1 ? null : { word: text.slice(start, at - 1), start };
}

/**
 * A year after `at` (", 2025") as [year, end], or null where there is none; undefined where chrono might read more
 * than this reader does: `unlike` is what chrono joins to the date when no year follows.
 */
function yearAfter(text: string, at: number, unlike: RegExp): [number, number] | null | undefined {
  YEAR_AFTER.lastIndex = 0;
  const rest = text.slice(at);
  const m = YEAR_AFTER.exec(rest);
  if (m) return PLAIN_TAIL.test(rest.slice(m[0].length)) ? [Number(m[1]), at + m[0].length] : undefined;
  return PLAIN_TAIL.test(rest) && !unlike.test(rest) ? null : undefined;
}

/**
 * chrono's reading of a stretch with a single plain date, or null for chrono to read it: one month or weekday,
 * written out, with nothing around it that chrono joins to it (ranges "5-7 March", ordinals "the 16th of", weekday
 * merges "Thursday, 2 January", "last Monday", two-digit years, "May" not after "in").
 * "fighting in the east on 16 October, with" → "on 16 October" 16/10; "said on July 22, 2024." → 2024-07-22;
 * "forces in March." → March; "before January 2025" → 2025-01; "said on Monday" → "on Monday", weekday 1.
 */
function plainCalendar(stretch: string): CalendarReading[] | null {
  const hit = onlyDateWord(stretch);
  if (hit === "") return [];
  if (hit === null) return null;
  const at = hit.index;
  const name = hit[0].toLowerCase();
  const end = at + name.length;
  const before = wordBefore(stretch, at);
  if (!before || (end < stretch.length && isWordChar(stretch.charCodeAt(end)))) return null;
  const month = months[name];
  if (month !== undefined && FULL_MONTHS.has(name)) return plainMonth(stretch, at, end, month, before);
  const weekday = weekdays[name];
  if (weekday !== undefined) return plainWeekday(stretch, at, end, weekday, before);
  return null;
}

function plainMonth(
  stretch: string,
  at: number,
  end: number,
  m: number,
  before: { word: string; start: number },
): CalendarReading[] | null {
  const reading = (index: number, to: number, y: number | null, d: number | null): CalendarReading[] => [
    { index, text: stretch.slice(index, to), y, m, d, weekday: null },
  ];
  // "16 October 2024", "on 16 October": the day, and "on" before it, belong to the date.
  if (isDay(before.word)) {
    const d = Number(before.word);
    const prior = wordBefore(stretch, before.start);
    if (d < 1 || d > 28 || !prior || RANGE.has(prior.word.toLowerCase())) return null;
    const year = yearAfter(stretch, end, NOT_PLAIN_AFTER_MONTH);
    if (year === undefined) return null;
    const index = prior.word.toLowerCase() === "on" ? prior.start : before.start;
    return year ? reading(index, year[1], year[0], d) : reading(index, end, null, d);
  }
  if (!withoutDigits(before.word) || NOT_PLAIN_BEFORE_MONTH.has(before.word.toLowerCase())) return null;
  // "April 30", "April 30, 2025".
  const day = DAY_AFTER.exec(stretch.slice(end));
  if (day) {
    const d = Number(day[1]);
    const dayEnd = end + day[0].length;
    const year = yearAfter(stretch, dayEnd, NOT_PLAIN_AFTER_DAY);
    if (d < 1 || d > 28 || year === undefined) return null;
    return year ? reading(at, year[1], year[0], d) : reading(at, dayEnd, null, d);
  }
  // "in March", "March 2023".
  const year = yearAfter(stretch, end, NOT_PLAIN_AFTER_MONTH);
  if (year === undefined) return null;
  if (year) return reading(at, year[1], year[0], null);
  // chrono drops a lone "May" unless "in" comes before it ("before May."), but keeps "May," whose text is longer.
  if (m === 5 && before.word.toLowerCase() !== "in" && stretch[end] !== ",") {
    return stretch.trim() === stretch.slice(at, end) ? null : [];
  }
  return reading(at, end, null, null);
}

function plainWeekday(
  stretch: string,
  at: number,
  end: number,
  weekday: number,
  before: { word: string; start: number },
): CalendarReading[] | null {
  const on = before.word.toLowerCase() === "on";
  const index = on ? before.start : at;
  // chrono keeps "(" or "," before the day in its text, and reads "last Monday", "Monday of next week" on its own.
  let open = index;
  while (open > 0 && /\s/.test(stretch.charAt(open - 1))) open--;
  if (/^(?:this|last|past|next)$/i.test(before.word) || ",(（".includes(stretch.charAt(open - 1) || "_"))
    return null;
  const rest = stretch.slice(end);
  if (NOT_PLAIN_AFTER_WEEKDAY.test(rest) || !PLAIN_TAIL.test(rest)) return null;
  return [{ index, text: stretch.slice(index, end), y: null, m: null, d: null, weekday }];
}

/** A count in a recall phrase: "one year ago", "a week ago", "two months ago". */
const COUNT = "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

export const dates: DateGrammar = {
  // Day-first "02.01.2025" and ISO dates are read by the shared numeric rule, not by chrono.
  chrono: calendarChrono(),
  // chrono stays for what it does well (ranges, ordinals, "Thursday, 2 January", "last Friday"); the plain shapes,
  // most of what articles hold, are read without it at a twentieth of the cost.
  plainCalendar,
  months,
  weekdays,
  weekdayAbbreviations: {
    sun: 0,
    mon: 1,
    tue: 2,
    tues: 2,
    wed: 3,
    thu: 4,
    thur: 4,
    thurs: 4,
    fri: 5,
    sat: 6,
  },
  seasons: { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 },
  seasonRelations: { next: "next", last: "last", past: "last" },
  timeWord: /\b(?:today|yesterday|tomorrow|days?|weeks?|months?|years?)\b/i,
  numbers: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
  },
  // Sentences without any of these words (or a year, which the shared step checks) hold no date. Whole words only,
  // months capitalised: "decision", "market" and "may consider" do not wake the rules.
  trigger:
    /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|ago)\b/,
  // chrono is only called where a month or weekday is named, capitalised as English writes them: "in March", not
  // "troops march" or "may consider". Relative phrases and bare years are read by the rules below.
  calendarTrigger:
    /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  // "by the end of ", "no later than ", "until ", "before the end of ", "at the end of ", "by early ".
  cue: /(?=\S)(?:\b(?<deadline>by|until|till|no\s+later\s+than|not\s+later\s+than|before(?=\s+the\s+end))\s+)?(?:\b(?:the\s+)?(?<end>end|close)\s+of\s+(?:the\s+)?|\b(?:the\s+)?(?:beginning|start|middle)\s+of\s+(?:the\s+)?|\b(?:early|mid|late)[\s-]+)?$/i,
  // A month named alone is a date only after one of these: "in March", "by early March", not "troops march".
  bareCue:
    /\b(?:in|on|by|since|until|till|from|to|of|during|through|throughout|early|mid|late|before|after|last|next|this|and|or)[\s-]+$/i,
  // "in 2024", "by 2027", "the end of 2024", "fiscal year 2025"; not "2022-2024", and not a count before a plural
  // noun: "a batch of 2000 drones", "and 1990 rifles".
  // The lookbehind follows the digits so that the search skips ahead to digits rather than testing every position.
  year: /(?<year>(?:19|20)\d\d)\b(?<=\b(?:in|by|during|since|until|till|through|throughout|for|of|from|to|before|after|early|late|mid|and|or|year|spring|summer|autumn|fall|winter)[\s-]+\d{4})(?![-–—/.]\d|,\d{3}|\s*%|\s+(?!(?:was|has|is|as|this|its|thus|plus|across|towards)\b)[a-z]+s\b)/gi,
  // "by the end of autumn", "this summer", "in winter 2023".
  season:
    /(?<season>spring|summer|autumn|fall|winter)\b(?<=\b(?:(?<rel>this|next|last|past|coming)|of|in|by|until|till|early|late|mid|during|through|throughout)[\s-]+(?:the\s+)?[a-z]+)(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d)\b)?/gi,
  relative: [
    { rule: "today", pattern: /\btoday\b/gi, unit: "day", offset: 0, precision: "day" },
    { rule: "yesterday", pattern: /\byesterday\b/gi, unit: "day", offset: -1, precision: "day" },
    { rule: "tomorrow", pattern: /\btomorrow\b/gi, unit: "day", offset: 1, precision: "day" },
    // "earlier this week", "this week": the week is named, not the day, so month precision.
    {
      rule: "this-week",
      pattern: /\b(?:earlier\s+|later\s+)?this\s+week\b/gi,
      unit: "week",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-week",
      pattern: /\b(?:just\s+)?last\s+week\b/gi,
      unit: "week",
      offset: -1,
      precision: "month",
    },
    { rule: "next-week", pattern: /\bnext\s+week\b/gi, unit: "week", offset: 1, precision: "month" },
    {
      rule: "this-month",
      pattern: /\b(?:this|the\s+current)\s+month\b|\bthe\s+month\b(?<=\bend\s+of\s+the\s+month)/gi,
      unit: "month",
      offset: 0,
      precision: "month",
    },
    { rule: "last-month", pattern: /\blast\s+month\b/gi, unit: "month", offset: -1, precision: "month" },
    { rule: "next-month", pattern: /\bnext\s+month\b/gi, unit: "month", offset: 1, precision: "month" },
    {
      rule: "this-year",
      pattern: /\b(?:this|the\s+current|the\s+present)\s+year\b(?!['’]s\s+(?:19|20)\d\d)/gi,
      unit: "year",
      offset: 0,
      precision: "year",
    },
    {
      rule: "this-year",
      pattern: /\bthe\s+year\b(?<=\bend\s+of\s+the\s+year)/gi,
      unit: "year",
      offset: 0,
      precision: "year",
    },
    // "by year-end": the phrase carries its own "end".
    { rule: "year-end", pattern: /\byear[-\s](?<end>end)\b/gi, unit: "year", offset: 0, precision: "year" },
    { rule: "last-year", pattern: /\blast\s+year\b/gi, unit: "year", offset: -1, precision: "year" },
    { rule: "next-year", pattern: /\bnext\s+year\b/gi, unit: "year", offset: 1, precision: "year" },
    // "one year ago" names a distance from today, so it keeps the month: 2024-10 → 2023-10.
    {
      rule: "years-ago",
      pattern: new RegExp(`\\b${COUNT}\\s+years?\\s+ago\\b`, "gi"),
      unit: "year",
      offset: -1,
      precision: "month",
    },
    {
      rule: "months-ago",
      pattern: new RegExp(`\\b${COUNT}\\s+months?\\s+ago\\b`, "gi"),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "weeks-ago",
      pattern: new RegExp(`\\b${COUNT}\\s+weeks?\\s+ago\\b`, "gi"),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "days-ago",
      pattern: new RegExp(`\\b${COUNT}\\s+days?\\s+ago\\b`, "gi"),
      unit: "day",
      offset: -1,
      precision: "day",
    },
  ],
  // Spans that name no date: "over the next year", "in the coming months", "a year later", "two weeks after".
  vague:
    /\b(?:over|within|during|in|for|throughout)\s+the\s+(?:next|coming|following|past|last|previous|upcoming)\s+(?:few\s+|several\s+|\w+\s+)?(?:years?|months?|weeks?|days?)\b|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier|after|before|on)\b|\b(?:the\s+)?(?:following|previous|same)\s+(?:year|month|week|day)\b/gi,
  // Tense cues: the one nearest a month or season decides whether it lies before or after the reference date.
  past: /\b(?:was|were|had|did|said|sent|gave|made|took|held|met|began|\w{3,}ed)\b(?!\s+to\b)/gi,
  future:
    /\b(?:will|shall|plans?\s+to|planning\s+to|planned\s+to|intends?\s+to|is\s+to|are\s+to|expected\s+to|going\s+to|set\s+to|scheduled|aims?\s+to|upcoming)\b|['’]ll\b/gi,
  // A year that is the text's present: "has already sent aid ... in 2024", "so far in 2024", "this year's 2024 budget".
  present: [
    /\b(?:has|have)\s+(?:(?:already|so\s+far|to\s+date|thus\s+far)\s+)?(?:been\s+)?\w+\b(?:(?!\b(?:that|which|who|when|since|after|before|while|but|because|as|than|until|from)\b)[^.;:!?]){0,80}?\b(?:in|during)\s+(?<year>(?:19|20)\d\d)\b(?![-–—]\d|\s+(?:and|to|through|or)\s+(?:19|20)\d\d)/gi,
    /\bso\s+far\s+(?:in|this\s+year,?)\s+(?<year>(?:19|20)\d\d)\b/gi,
    /\b(?:in\s+)?(?<year>(?:19|20)\d\d)\s+(?:so\s+far|to\s+date|thus\s+far)\b/gi,
    /\b(?:this|the\s+current)\s+year(?:['’]s)?\s*[(,]?\s*(?<year>(?:19|20)\d\d)\b/gi,
  ],
  // Before a year, marks it as ahead of the text rather than reported: "plans for 2025", "by 2027".
  forward:
    /\b(?:for|by|until|till|through|towards?|before|next|plans?\s+for)\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
};
