// German dates: month, weekday and season words, deadline and tense cues, recall phrases; months read without chrono.
import type { DateGrammar, RelativePhrase } from "../../common/dates.js";

/** Month names with the Austrian "Jänner" and the abbreviations of tables and datelines. */
const months: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};

const MONTH = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
const WEEKDAY = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag";
/** A count in a recall phrase: "vor zwei Jahren", "vor einem Monat", "vor 3 Wochen". */
const COUNT = "(?<count>einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d{1,2})";

/** A phrase counted from the reference date; `i` everywhere, as German capitalises "Woche", "Jahr". */
function phrase(
  rule: string,
  source: string,
  unit: RelativePhrase["unit"],
  offset: number,
  precision: RelativePhrase["precision"],
): RelativePhrase {
  return { rule, pattern: new RegExp(source, "giu"), unit, offset, precision };
}

/** "(?<![\p{L}])": `\b` knows no umlaut, so "nächste" and "Frühjahr" need letter classes. */
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

export const dates: DateGrammar = {
  // chrono's German parser is left out: "4. November 2024", "im August", "Mai 2023" are read from the month
  // names by the shared fallback, at a fraction of chrono's cost. Weekdays alone are not read (known gap).
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: {
    sonntag: 0,
    montag: 1,
    dienstag: 2,
    mittwoch: 3,
    donnerstag: 4,
    freitag: 5,
    samstag: 6,
    sonnabend: 6,
  },
  weekdayAbbreviations: { so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6 },
  seasons: {
    frühling: 5,
    frühlings: 5,
    frühjahr: 5,
    frühjahrs: 5,
    sommer: 8,
    sommers: 8,
    herbst: 11,
    herbstes: 11,
    herbsts: 11,
    winter: 2,
    winters: 2,
  },
  numbers: {
    einem: 1,
    einer: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
  },
  trigger: new RegExp(
    `${B}(?:${MONTH}|${WEEKDAY}|heute|gestern|morgen|Wochen?|Monate?n?|Monats|Jahr(?:e|en|es|s)?|Jahresende|Vorjahr(?:es)?|Frühling|Frühjahr|Sommer|Herbst|Winter)`,
    "u",
  ),
  calendarTrigger: new RegExp(`${B}(?:${MONTH}|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)${E}`, "u"),
  // "bis Ende ", "bis zum Ende des ", "spätestens bis ", "noch vor Ende ", "Anfang ", "Mitte ".
  cue: /(?=\S)(?:(?<![\p{L}])(?<deadline>bis(?:\s+spätestens)?(?:\s+zum)?|spätestens(?:\s+bis)?(?:\s+zum)?|noch\s+vor)\s+)?(?:(?<![\p{L}])(?<end>Ende|Schluss)\s+(?:des\s+|der\s+|dieses\s+)?|(?<![\p{L}])(?:Anfang|Beginn|Mitte)\s+(?:des\s+|der\s+)?)?$/iu,
  // A month named alone is a date only after one of these: "im August", "Ende Oktober", "seit März".
  bareCue:
    /(?<![\p{L}])(?:im|in|am|seit|bis|ab|vom|von|zum|Anfang|Mitte|Ende|Beginn|vor|nach|und|oder|letzten|vergangenen|kommenden|nächsten|diesen|spätestens)[\s-]+$/iu,
  // "im Jahr 2024", "bis 2027", "Ende 2024", "seit 2022"; not "2022-2024" nor a count "2000 Drohnen".
  year: /(?<year>(?:19|20)\d\d)(?!\d)(?<=(?<![\p{L}])(?:im|in|bis|seit|für|von|vom|ab|vor|nach|Ende|Anfang|Mitte|und|oder|Jahr|Jahres|Jahre|Frühjahr|Sommer|Herbst|Winter|Haushaltsjahr)[\s-]+\d{4})(?![-–—/.]\d|\s*%)/giu,
  // "im Herbst", "bis Ende des Herbstes", "im Frühjahr 2025".
  season:
    /(?<season>Frühling|Frühlings|Frühjahrs?|Sommers?|Herbstes|Herbsts?|Winters?)(?![\p{L}])(?<=(?<![\p{L}])(?:im|in|bis|Ende|Anfang|Mitte|des|zum|seit|diesen|diesem|dieses|kommenden|nächsten|vergangenen|letzten)\s+(?:des\s+)?\S+)(?:\s+(?<year>(?:19|20)\d\d)(?!\d))?/giu,
  relative: [
    phrase("today", `${B}heute${E}`, "day", 0, "day"),
    phrase("yesterday", `${B}gestern${E}`, "day", -1, "day"),
    {
      rule: "tomorrow",
      pattern: /(?<![\p{L}])morgen(?![\p{L}])/gu,
      unit: "day",
      offset: 1,
      precision: "day",
    },
    phrase("this-week", `${B}(?:diese|dieser)\\s+Woche${E}`, "week", 0, "month"),
    phrase(
      "last-week",
      `${B}(?:(?:in\\s+der\\s+)?(?:vergangenen|letzten)\\s+Woche|vergangene\\s+Woche|letzte\\s+Woche|Vorwoche)${E}`,
      "week",
      -1,
      "month",
    ),
    phrase(
      "next-week",
      `${B}(?:(?:in\\s+der\\s+)?nächsten\\s+Woche|nächste\\s+Woche)${E}`,
      "week",
      1,
      "month",
    ),
    phrase("this-month", `${B}(?:diesen|diesem|dieses|laufenden)\\s+Monats?${E}`, "month", 0, "month"),
    phrase(
      "last-month",
      `${B}(?:(?:im\\s+)?(?:vergangenen|letzten)\\s+Monat|vergangenen\\s+Monats|Vormonat)${E}`,
      "month",
      -1,
      "month",
    ),
    phrase("next-month", `${B}(?:(?:im\\s+)?(?:nächsten|kommenden)\\s+Monat)${E}`, "month", 1, "month"),
    phrase(
      "this-year",
      `${B}(?:(?:in\\s+)?diesem\\s+Jahr|(?:das|im)\\s+laufende\\s+Jahr|dieses\\s+Jahr(?:es)?|(?:im\\s+)?laufenden\\s+Jahr(?:es)?|des\\s+Jahres(?<=Ende\\s+des\\s+Jahres))${E}`,
      "year",
      0,
      "year",
    ),
    // "bis Jahresende": the word carries its own "end".
    {
      rule: "year-end",
      pattern: /(?<![\p{L}])Jahres(?<end>ende)(?![\p{L}])/giu,
      unit: "year",
      offset: 0,
      precision: "year",
    },
    phrase(
      "last-year",
      `${B}(?:(?:im\\s+)?(?:vergangenen|letzten)\\s+Jahr(?:es)?|letztes\\s+Jahr|(?:im\\s+)?Vorjahr(?:es)?)${E}`,
      "year",
      -1,
      "year",
    ),
    phrase(
      "next-year",
      `${B}(?:(?:im\\s+)?(?:nächsten|kommenden)\\s+Jahr(?:es)?|nächstes\\s+Jahr)${E}`,
      "year",
      1,
      "year",
    ),
    phrase("years-ago", `${B}vor\\s+${COUNT}\\s+Jahr(?:en)?${E}`, "year", -1, "month"),
    phrase("months-ago", `${B}vor\\s+${COUNT}\\s+Monat(?:en)?${E}`, "month", -1, "month"),
    phrase("weeks-ago", `${B}vor\\s+${COUNT}\\s+Woche(?:n)?${E}`, "week", -1, "month"),
    phrase("days-ago", `${B}vor\\s+${COUNT}\\s+Tag(?:en)?${E}`, "day", -1, "day"),
  ],
  timeWord:
    /(?<![\p{L}])(?:seit|heute|gestern|morgen|Woche|Wochen|Vorwoche|Monat|Monats|Monaten|Monate|Vormonat|Jahr|Jahre|Jahren|Jahres|Jahresende|Vorjahr|Vorjahres|Tag|Tagen|Tage)(?![\p{L}])/iu,
  // "in den kommenden Monaten", "im Laufe des Jahres", "ein Jahr später", "im selben Jahr".
  vague:
    /(?<![\p{L}])(?:(?:in|innerhalb|während|über)\s+(?:den|der|die)\s+(?:nächsten|kommenden|folgenden|vergangenen|letzten)\s+(?:\S+\s+)?(?:Jahren|Monaten|Wochen|Tagen)|(?:ein|eine|einen|zwei|drei|vier|fünf|\d+|einige|wenige)\s+(?:Jahre?|Monate?|Wochen?|Tage?)\s+(?:später|danach|zuvor|vorher)|im\s+Laufe\s+des\s+Jahres|seit\s+(?:Beginn\s+)?(?:(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+)?(?:19|20)\d\d|(?:im|in\s+der|am)\s+(?:selben|gleichen|folgenden|darauffolgenden)\s+(?:Jahr|Monat|Woche|Tag))(?![\p{L}])/giu,
  past: /(?<![\p{L}])(?:hatte|hatten|war|waren|wurde|wurden|lieferte|lieferten|sagte|kündigte|übergab|unterzeichnete|unterzeichneten|schickte|ge[\p{L}]{3,}t)(?![\p{L}])/giu,
  future:
    /(?<![\p{L}])(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|beabsichtigt|bis|spätestens|kommenden|nächsten|künftig)(?![\p{L}])/giu,
  // A year that is the text's present: "hat ... im Jahr 2024 bereits ... geliefert", "2024 bisher", "in diesem Jahr (2024)".
  present: [
    /(?<![\p{L}])(?:hat|haben)\s+(?:[^.;:!?]){0,80}?(?<![\p{L}])(?:im\s+Jahr|in)\s+(?<year>(?:19|20)\d\d)(?!\d)[^.;:!?]{0,60}?(?<![\p{L}])(?:geliefert|bereitgestellt|geleistet|übergeben|geschickt|ausgezahlt)(?![\p{L}])/giu,
    /(?<![\p{L}])(?:im\s+Jahr\s+|in\s+)?(?<year>(?:19|20)\d\d)\s+(?:bisher|bislang|bereits)(?![\p{L}])/giu,
  ],
  forward: /(?<![\p{L}])(?:für|bis|bis\s+zum|vor|nächstes|Pläne\s+für)\s+(?:das\s+Jahr\s+)?(?:Ende\s+)?$/iu,
};
