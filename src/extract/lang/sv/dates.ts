// Swedish dates: month, weekday and season words, deadline and tense cues, and recall phrases ("i dag", "i augusti").
import type { DateGrammar } from "../../common/dates.js";

const months: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
const WEEKDAY = "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag";
/** A count in a recall phrase: "för ett år sedan", "för två veckor sedan". */
const COUNT = "(?<count>en|ett|två|tre|fyra|fem|sex|\\d{1,2})";
/** Word edges for words that may end in å, ä, ö: `\b` does not see them as letters. */
const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";

export const dates: DateGrammar = {
  // chrono's Swedish parser reads "23 augusti 2025" but not "i januari"; the shared month-name rule reads both
  // ("den 30 april 2024", "i mars 2023", "i augusti") from `months`, so chrono is left out.
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: { söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6 },
  weekdayAbbreviations: { sön: 0, mån: 1, tis: 2, ons: 3, tor: 4, fre: 5, lör: 6 },
  seasons: { våren: 5, vår: 5, sommaren: 8, sommar: 8, hösten: 11, höst: 11, vintern: 2, vinter: 2 },
  // "nästa vinter", "förra hösten".
  seasonRelations: { nästa: "next", förra: "last" },
  numbers: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 },
  trigger: new RegExp(
    `${L}(?:${MONTH}|${WEEKDAY}|idag|dag|igår|går|imorgon|veckan?|månaden?|året|år|våren?|sommar(?:en)?|hösten?|vintern?|sedan)${R}`,
    "iu",
  ),
  calendarTrigger: new RegExp(`${L}(?:${MONTH}|${WEEKDAY})${R}`, "iu"),
  // "senast i slutet av ", "före utgången av ", "till och med ", "i början av ".
  cue: new RegExp(
    `(?=\\S)(?:${L}(?<deadline>senast|till\\s+och\\s+med|innan|före|fram\\s+till|till)\\s+)?(?:${L}(?:i\\s+)?(?<end>slutet|utgången)\\s+av\\s+|${L}(?:i\\s+)?(?:början|mitten)\\s+av\\s+)?$`,
    "iu",
  ),
  bareCue: new RegExp(
    `${L}(?:i|den|på|under|sedan|från|till|av|senast|före|efter|början|mitten|slutet|och|eller|juni)\\s+$`,
    "iu",
  ),
  // "under 2024", "till 2027", "i slutet av 2024", "år 2025"; not "för 2025", a budget year ("ramen ... för 2025").
  // After a passive past verb, the year of the act: "en avsiktsförklaring som ingicks 2017".
  year: new RegExp(
    `(?<year>(?:19|20)\\d\\d)(?!\\d)(?<=${L}(?:i|under|till|från|sedan|före|efter|av|år|och|eller|senast|inför|fram\\s+till|ingicks|undertecknades|antogs|beslutades|presenterades)\\s+\\d{4})(?![-–—/.]\\d|\\s*%)`,
    "giu",
  ),
  season: new RegExp(
    `${L}(?:(?<rel>i|nästa|förra|kommande)\\s+|(?:under|till|av)\\s+)(?<season>våren|sommaren|hösten|vintern|vår|sommar|höst|vinter)${R}(?:\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?`,
    "giu",
  ),
  // Every relative and vague phrase holds one of these: "i dag", "förra veckan", "för ett år sedan", "i fjol".
  timeWord: /dag|går|morgon|veck|månad|år|fjol/i,
  relative: [
    {
      rule: "today",
      pattern: new RegExp(`${L}(?:i\\s*dag|idag)${R}`, "giu"),
      unit: "day",
      offset: 0,
      precision: "day",
    },
    {
      rule: "yesterday",
      pattern: new RegExp(`${L}(?:i\\s*går)${R}`, "giu"),
      unit: "day",
      offset: -1,
      precision: "day",
    },
    {
      rule: "tomorrow",
      pattern: new RegExp(`${L}(?:i\\s*morgon)${R}`, "giu"),
      unit: "day",
      offset: 1,
      precision: "day",
    },
    {
      rule: "this-week",
      pattern: new RegExp(`${L}(?:i\\s+veckan|denna\\s+vecka|den\\s+här\\s+veckan)${R}`, "giu"),
      unit: "week",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-week",
      pattern: new RegExp(`${L}(?:förra\\s+veckan)${R}`, "giu"),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-week",
      pattern: new RegExp(`${L}(?:nästa\\s+vecka)${R}`, "giu"),
      unit: "week",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-month",
      pattern: new RegExp(
        `${L}(?:denna\\s+månad|den\\s+här\\s+månaden|månadens?(?=\\s+slut)|i\\s+slutet\\s+av\\s+månaden)${R}`,
        "giu",
      ),
      unit: "month",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-month",
      pattern: new RegExp(`${L}(?:förra\\s+månaden)${R}`, "giu"),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-month",
      pattern: new RegExp(`${L}(?:nästa\\s+månad)${R}`, "giu"),
      unit: "month",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-year",
      pattern: new RegExp(
        `${L}(?:i\\s+år|detta\\s+år|innevarande\\s+år|(?<end>årets\\s+slut|slutet\\s+av\\s+året))${R}`,
        "giu",
      ),
      unit: "year",
      offset: 0,
      precision: "year",
    },
    {
      rule: "last-year",
      pattern: new RegExp(`${L}(?:i\\s+fjol|förra\\s+året)${R}`, "giu"),
      unit: "year",
      offset: -1,
      precision: "year",
    },
    {
      rule: "next-year",
      pattern: new RegExp(`${L}(?:nästa\\s+år)${R}`, "giu"),
      unit: "year",
      offset: 1,
      precision: "year",
    },
    {
      rule: "years-ago",
      pattern: new RegExp(`${L}för\\s+${COUNT}\\s+år\\s+sedan${R}`, "giu"),
      unit: "year",
      offset: -1,
      precision: "month",
    },
    {
      rule: "months-ago",
      pattern: new RegExp(`${L}för\\s+${COUNT}\\s+månader?\\s+sedan${R}`, "giu"),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "weeks-ago",
      pattern: new RegExp(`${L}för\\s+${COUNT}\\s+veckor?\\s+sedan${R}`, "giu"),
      unit: "week",
      offset: -1,
      precision: "month",
    },
  ],
  // "under det närmaste året", "de kommande månaderna", "ett år senare", "samma år".
  vague: new RegExp(
    `${L}(?:(?:under|inom|för)\\s+)?(?:det|de|den)\\s+(?:närmaste|kommande|senaste|föregående)\\s+(?:\\p{L}+\\s+)?(?:året|åren|månaderna|veckorna|dagarna|år|månader)${R}|${L}(?:ett|en|två|tre|\\d+|några)\\s+(?:år|månader|veckor|dagar)\\s+(?:senare|tidigare|efter)${R}|${L}(?:samma|följande|nästföljande)\\s+(?:år|månad|vecka|dag)${R}`,
    "giu",
  ),
  past: new RegExp(
    `${L}(?:var|hade|gjorde|sa|sade|skickade|gav|tog|beslutade|beslöt|presenterade|undertecknade|skrev|donerade|levererade|\\p{Ll}{3,}ades)${R}`,
    "giu",
  ),
  future: new RegExp(`${L}(?:ska|skall|kommer\\s+att|planerar|avser|avses|förväntas|inför)${R}`, "giu"),
  present: [
    new RegExp(
      `${L}(?:har|hittills)\\s+(?:\\p{L}+\\s+){0,4}?(?:under|i)\\s+(?<year>(?:19|20)\\d\\d)(?!\\d|\\s*[-–—])`,
      "giu",
    ),
    new RegExp(`${L}hittills\\s+(?:i|under)\\s+(?:år\\s+)?(?<year>(?:19|20)\\d\\d)(?!\\d)`, "giu"),
  ],
  forward: new RegExp(
    `${L}(?:för|till|senast|inför|fram\\s+till|under)\\s+(?:(?:slutet|utgången)\\s+av\\s+)?$`,
    "iu",
  ),
};
