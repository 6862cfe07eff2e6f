// Russian dates: month names in every case, seasons, deadline and tense cues, recall phrases; no chrono parser.
import type { DateGrammar } from "../../common/dates.js";

/** A word edge where a Cyrillic word begins or ends (`\b` knows only ASCII letters). */
const S = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

/** Nominative, genitive ("4 ноября") and prepositional ("в августе") of each month. */
const MONTH_FORMS = [
  ["январь", "января", "январе"],
  ["февраль", "февраля", "феврале"],
  ["март", "марта", "марте"],
  ["апрель", "апреля", "апреле"],
  ["май", "мая", "мае"],
  ["июнь", "июня", "июне"],
  ["июль", "июля", "июле"],
  ["август", "августа", "августе"],
  ["сентябрь", "сентября", "сентябре"],
  ["октябрь", "октября", "октябре"],
  ["ноябрь", "ноября", "ноябре"],
  ["декабрь", "декабря", "декабре"],
];
const months: Record<string, number> = {};
MONTH_FORMS.forEach((forms, i) => {
  for (const f of forms) months[f] = i + 1;
});
const MONTH_WORDS = Object.keys(months).join("|");

const SEASON_WORDS = "осень|осени|осенью|зима|зимы|зимой|весна|весны|весной|лето|лета|летом";

const re = (source: string): RegExp => new RegExp(source, "giu");

/**
 * The letters a trigger word can start with, as a lookahead before the word-edge test: the scan over a whole run
 * then rejects most positions with one class test instead of a Unicode lookbehind.
 */
function initials(words: string): string {
  const first = new Set(words.split("|").flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()]));
  return `(?=[${[...first].join("")}])`;
}
const TRIGGER_WORDS = `${MONTH_WORDS}|сегодня|вчера|завтра|недел\\p{L}*|месяц\\p{L}*|года|год|году|назад|${SEASON_WORDS}`;

export const dates: DateGrammar = {
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: {
    воскресенье: 0,
    понедельник: 1,
    вторник: 2,
    среда: 3,
    среду: 3,
    четверг: 4,
    пятница: 5,
    пятницу: 5,
    суббота: 6,
    субботу: 6,
  },
  weekdayAbbreviations: {},
  seasons: {
    осень: 11,
    осени: 11,
    осенью: 11,
    зима: 2,
    зимы: 2,
    зимой: 2,
    весна: 5,
    весны: 5,
    весной: 5,
    лето: 8,
    лета: 8,
    летом: 8,
  },
  numbers: { один: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5 },
  trigger: new RegExp(`${initials(TRIGGER_WORDS)}${S}(?:${TRIGGER_WORDS})${E}`, "iu"),
  calendarTrigger: new RegExp(`${initials(MONTH_WORDS)}${S}(?:${MONTH_WORDS})${E}`, "iu"),
  // "до конца ", "не позднее ", "в конце ", "в начале ", "до ".
  cue: new RegExp(
    `(?=\\S)(?:${S}(?<deadline>до|не\\s+позднее|не\\s+позже)\\s+)?(?:${S}(?:в\\s+)?(?<end>конца|конце)\\s+|${S}(?:в\\s+)?(?:начале|начала|середине|середины)\\s+)?$`,
    "iu",
  ),
  bareCue: new RegExp(
    `${S}(?:в|во|до|с|со|от|на|к|в\\s+течение|в\\s+конце|в\\s+начале|в\\s+середине|прошлого|этого)\\s+$`,
    "iu",
  ),
  // "в 2024 году", "до 2027 года", "с 2022"; not "2022–2024" and not a count "2000 дронов".
  year: re(
    `(?<year>(?:19|20)\\d\\d)(?!\\d)(?<=${S}(?:в|во|до|с|со|от|на|в\\s+течение|за|конца|начала)\\s+\\d{4})(?![-–—/.]\\d|\\s*%)(?=\\s+(?:г\\.|года|году|год)|[\\s,.;:)]|$)`,
  ),
  season: re(`${S}(?<season>${SEASON_WORDS})${E}(?:\\s+(?<year>(?:19|20)\\d\\d)${E})?`),
  // Every recall phrase and vague stretch holds one of these stems: "недели", "года", "году".
  timeWord: /сегодня|вчера|завтра|недел|месяц|год|лет|дн|время/iu,
  relative: [
    { rule: "today", pattern: re(`${S}сегодня${E}`), unit: "day", offset: 0, precision: "day" },
    { rule: "yesterday", pattern: re(`${S}вчера${E}`), unit: "day", offset: -1, precision: "day" },
    { rule: "tomorrow", pattern: re(`${S}завтра${E}`), unit: "day", offset: 1, precision: "day" },
    {
      rule: "this-week",
      pattern: re(`${S}(?:на\\s+этой|этой)\\s+неделе${E}`),
      unit: "week",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-week",
      pattern: re(`${S}(?:на\\s+)?прошлой\\s+неделе${E}`),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-week",
      pattern: re(`${S}(?:на\\s+)?следующей\\s+неделе${E}`),
      unit: "week",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-month",
      pattern: re(
        `${S}(?:этого|текущего)\\s+месяца${E}|${S}(?:этом|текущем)\\s+месяце${E}|${S}месяца${E}(?<=конца\\s+месяца)`,
      ),
      unit: "month",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-month",
      pattern: re(`${S}(?:прошлого\\s+месяца|прошлом\\s+месяце)${E}`),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-month",
      pattern: re(`${S}(?:следующего\\s+месяца|следующем\\s+месяце)${E}`),
      unit: "month",
      offset: 1,
      precision: "month",
    },
    // "в этом году", "текущего года", and "до конца года", where the year is the current one.
    {
      rule: "this-year",
      pattern: re(
        `${S}(?:(?:этого|текущего|нынешнего)\\s+года|(?:этом|текущем|нынешнем)\\s+году|(?:этот|текущий)\\s+год)${E}|${S}года${E}(?<=конца\\s+года)`,
      ),
      unit: "year",
      offset: 0,
      precision: "year",
    },
    {
      rule: "last-year",
      pattern: re(`${S}(?:прошлого\\s+года|прошлом\\s+году)${E}`),
      unit: "year",
      offset: -1,
      precision: "year",
    },
    {
      rule: "next-year",
      pattern: re(`${S}(?:следующего\\s+года|следующем\\s+году)${E}`),
      unit: "year",
      offset: 1,
      precision: "year",
    },
    {
      rule: "years-ago",
      pattern: re(`${S}(?<count>\\d{1,2}|один|два|три)?\\s*(?:год|года|лет)\\s+назад${E}`),
      unit: "year",
      offset: -1,
      precision: "month",
    },
    {
      rule: "months-ago",
      pattern: re(`${S}(?<count>\\d{1,2}|два|три)?\\s*(?:месяц|месяца|месяцев)\\s+назад${E}`),
      unit: "month",
      offset: -1,
      precision: "month",
    },
  ],
  // "в течение следующих лет", "в ближайшие месяцы", "в ближайшее время": no date is named.
  vague: re(
    `${S}(?:в\\s+течение|в|за)\\s+(?:следующ\\p{L}*|ближайш\\p{L}*|прошл\\p{L}*|последн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:год\\p{L}*|лет|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*|время)`,
  ),
  past: re(`${S}\\p{L}{2,}(?:ла|ли|ло|ал|ил|ел)${E}`),
  future: re(
    `${S}(?:будет|будут|планирует|планируют|намерен\\p{L}*|собирается|собираются|передаст|передадут|предоставит|предоставят|выделит|выделят|отправит|отправят|получит|получат)${E}`,
  ),
  // "уже направил Киеву помощь на 153 млн евро в 2024 году": that year is the text's present.
  present: [
    re(`${S}уже\\s+(?:[^.;:!?]{0,80}?)${S}(?:в|во)\\s+(?<year>(?:19|20)\\d\\d)(?:\\s+году)?${E}(?![-–—]\\d)`),
    re(`${S}(?:в|во)\\s+(?<year>(?:19|20)\\d\\d)\\s+году\\s+уже${E}`),
  ],
  forward: new RegExp(`${S}(?:на|до|в\\s+планах\\s+на|планы\\s+на)\\s+$`, "iu"),
};
