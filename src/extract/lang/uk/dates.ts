// Ukrainian dates: month names in every case, seasons, deadline and tense cues, recall phrases; no chrono parser.
import type { DateGrammar } from "../../common/dates.js";

/** A word edge where a Cyrillic word begins or ends (`\b` knows only ASCII letters). */
const S = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

/** Nominative, genitive ("4 листопада") and locative ("у серпні") of each month. */
const MONTH_STEMS = [
  "січ",
  "лют",
  "берез",
  "квіт",
  "трав",
  "черв",
  "лип",
  "серп",
  "верес",
  "жовт",
  "листопад",
  "груд",
];
const months: Record<string, number> = {};
MONTH_STEMS.forEach((stem, i) => {
  const forms =
    stem === "лют"
      ? ["лютий", "лютого", "лютому"]
      : stem === "листопад"
        ? ["листопад", "листопада", "листопаді"]
        : [`${stem}ень`, `${stem}ня`, `${stem}ні`];
  for (const f of forms) months[f] = i + 1;
});
const MONTH_WORDS = Object.keys(months).join("|");

const SEASON_WORDS = "осінь|осені|восени|зима|зими|взимку|весна|весни|навесні|літо|літа|влітку";

const re = (source: string): RegExp => new RegExp(source, "giu");

/**
 * The letters a trigger word can start with, as a lookahead before the word-edge test: the scan over a whole run
 * then rejects most positions with one class test instead of a Unicode lookbehind.
 */
function initials(words: string): string {
  const first = new Set(words.split("|").flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()]));
  return `(?=[${[...first].join("")}])`;
}
const TRIGGER_WORDS = `${MONTH_WORDS}|сьогодні|учора|вчора|завтра|тижн\\p{L}*|місяц\\p{L}*|року|рік|році|тому|${SEASON_WORDS}`;

export const dates: DateGrammar = {
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: {
    неділя: 0,
    неділю: 0,
    понеділок: 1,
    понеділка: 1,
    вівторок: 2,
    вівторка: 2,
    середа: 3,
    середу: 3,
    четвер: 4,
    четверга: 4,
    "п'ятниця": 5,
    "п'ятницю": 5,
    субота: 6,
    суботу: 6,
  },
  weekdayAbbreviations: {},
  seasons: {
    осінь: 11,
    осені: 11,
    восени: 11,
    зима: 2,
    зими: 2,
    взимку: 2,
    весна: 5,
    весни: 5,
    навесні: 5,
    літо: 8,
    літа: 8,
    влітку: 8,
  },
  numbers: { один: 1, одного: 1, два: 2, дві: 2, три: 3, чотири: 4, "п'ять": 5 },
  trigger: new RegExp(`${initials(TRIGGER_WORDS)}${S}(?:${TRIGGER_WORDS})${E}`, "iu"),
  calendarTrigger: new RegExp(`${initials(MONTH_WORDS)}${S}(?:${MONTH_WORDS})${E}`, "iu"),
  // "до кінця ", "не пізніше ", "наприкінці ", "на початку ", "до ".
  cue: new RegExp(
    `(?=\\S)(?:${S}(?<deadline>до|не\\s+пізніше|не\\s+пізніше\\s+ніж)\\s+)?(?:${S}(?<end>кінця|наприкінці|кінці)\\s+|${S}(?:на\\s+)?(?:початку|початок|середині|середини)\\s+)?$`,
    "iu",
  ),
  bareCue: new RegExp(
    `${S}(?:у|в|до|з|із|від|на|протягом|наприкінці|на\\s+початку|у\\s+середині|минулого|цього)\\s+$`,
    "iu",
  ),
  // "у 2024 році", "до 2027 року", "з 2022"; not "2022–2024" and not a count "2000 дронів".
  year: re(
    `(?<year>(?:19|20)\\d\\d)(?!\\d)(?<=${S}(?:у|в|до|з|із|від|на|протягом|впродовж|за|кінця|початку)\\s+\\d{4})(?![-–—/.]\\d|\\s*%)(?=\\s+(?:р\\.|року|році|рік)|[\\s,.;:)]|$)`,
  ),
  season: re(`${S}(?<season>${SEASON_WORDS})${E}(?:\\s+(?<year>(?:19|20)\\d\\d)${E})?`),
  relative: [
    { rule: "today", pattern: re(`${S}сьогодні${E}`), unit: "day", offset: 0, precision: "day" },
    { rule: "yesterday", pattern: re(`${S}(?:учора|вчора)${E}`), unit: "day", offset: -1, precision: "day" },
    { rule: "tomorrow", pattern: re(`${S}завтра${E}`), unit: "day", offset: 1, precision: "day" },
    {
      rule: "this-week",
      pattern: re(`${S}(?:цього|на\\s+цьому)\\s+тижн\\p{L}*`),
      unit: "week",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-week",
      pattern: re(`${S}минулого\\s+тижня${E}`),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-week",
      pattern: re(`${S}наступного\\s+тижня${E}`),
      unit: "week",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-month",
      pattern: re(`${S}(?:цього|поточного)\\s+місяця${E}|${S}місяця${E}(?<=кінця\\s+місяця)`),
      unit: "month",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-month",
      pattern: re(`${S}минулого\\s+місяця${E}`),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-month",
      pattern: re(`${S}наступного\\s+місяця${E}`),
      unit: "month",
      offset: 1,
      precision: "month",
    },
    // "цього року", "у поточному році", and "до кінця року", where the year is the current one.
    {
      rule: "this-year",
      pattern: re(
        `${S}(?:(?:цього|поточного|нинішнього)\\s+року|(?:цьому|поточному)\\s+році|(?:цей|поточний)\\s+рік)${E}|${S}року${E}(?<=кінця\\s+року)`,
      ),
      unit: "year",
      offset: 0,
      precision: "year",
    },
    {
      rule: "last-year",
      pattern: re(`${S}(?:минулого\\s+року|минулому\\s+році|торік)${E}`),
      unit: "year",
      offset: -1,
      precision: "year",
    },
    {
      rule: "next-year",
      pattern: re(`${S}(?:наступного\\s+року|наступному\\s+році)${E}`),
      unit: "year",
      offset: 1,
      precision: "year",
    },
    {
      rule: "years-ago",
      pattern: re(`${S}(?<count>\\d{1,2}|один|два|три)?\\s*(?:рік|роки|років)\\s+тому${E}`),
      unit: "year",
      offset: -1,
      precision: "month",
    },
    {
      rule: "months-ago",
      pattern: re(`${S}(?<count>\\d{1,2}|два|три)?\\s*(?:місяць|місяці|місяців)\\s+тому${E}`),
      unit: "month",
      offset: -1,
      precision: "month",
    },
  ],
  // Every recall phrase and vague stretch holds one of these stems: "тижня", "року", "році", "торік".
  timeWord: /сьогодні|вчора|учора|завтра|тижн|місяц|рок|рік|році|торік|дн|часом/iu,
  // "протягом наступних років", "найближчими місяцями", "через рік": no date is named.
  vague: re(
    `${S}(?:протягом|впродовж|у|в|за)\\s+(?:наступн\\p{L}*|найближч\\p{L}*|минул\\p{L}*|останн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:рок\\p{L}*|років|місяц\\p{L}*|тижн\\p{L}*|дн\\p{L}*)|${S}найближчим\\p{L}*\\s+(?:часом|місяцями|тижнями)`,
  ),
  past: re(`${S}\\p{L}{2,}(?:ла|ли|ло|ав|ив|ів)${E}`),
  future: re(
    `${S}(?:буде|будуть|планує|планують|має\\s+намір|мають\\s+намір|збирається|збираються|\\p{L}+тиме|\\p{L}+тимуть|передасть|надасть|нададуть|передадуть|отримає|отримають)${E}`,
  ),
  // "уже надіслав Києву допомогу на 153 млн євро у 2024 році": that year is the text's present.
  present: [
    re(
      `${S}(?:вже|уже)\\s+(?:[^.;:!?]{0,80}?)${S}(?:у|в)\\s+(?<year>(?:19|20)\\d\\d)(?:\\s+році)?${E}(?![-–—]\\d)`,
    ),
    re(`${S}(?:у|в)\\s+(?<year>(?:19|20)\\d\\d)\\s+році\\s+(?:вже|уже)${E}`),
  ],
  forward: new RegExp(`${S}(?:на|до|у\\s+плані\\s+на|плани\\s+на|планах\\s+на)\\s+$`, "iu"),
};
