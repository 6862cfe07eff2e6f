// English dates: month, weekday and season words, deadline and tense cues, recall phrases, and chrono for calendar dates.
import * as chrono from "chrono-node";
import type { DateGrammar } from "../../common/dates.js";

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

/** A count in a recall phrase: "one year ago", "a week ago", "two months ago". */
const COUNT = "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

export const dates: DateGrammar = {
  // Day-first "02.01.2025" and ISO dates are read by the shared numeric rule, not by chrono.
  chrono: calendarChrono(),
  months,
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
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
