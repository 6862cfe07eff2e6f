// Polish dates: month names in their cases, seasons, deadline and tense cues, recall phrases; chrono has no Polish parser.
import type { DateGrammar, RelativePhrase } from "../../common/dates.js";

/** Nominative, genitive ("20 sierpnia") and locative ("w sierpniu") of each month. */
const MONTH_FORMS = [
  "styczeń stycznia styczniu",
  "luty lutego lutym",
  "marzec marca marcu",
  "kwiecień kwietnia kwietniu",
  "maj maja maju",
  "czerwiec czerwca czerwcu",
  "lipiec lipca lipcu",
  "sierpień sierpnia sierpniu",
  "wrzesień września wrześniu",
  "październik października październiku",
  "listopad listopada listopadzie",
  "grudzień grudnia grudniu",
];
const months: Record<string, number> = Object.fromEntries(
  MONTH_FORMS.flatMap((forms, i) => forms.split(" ").map((f) => [f, i + 1] as const)),
);

/** A Polish word starts or ends here: `\b` knows only ASCII letters ("środa", "wrzesień"). */
const S = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

const COUNT = "(?<count>dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|\\d{1,2})";

const phrase = (
  rule: string,
  source: string,
  unit: RelativePhrase["unit"],
  offset: number,
  precision: RelativePhrase["precision"],
): RelativePhrase => ({ rule, pattern: new RegExp(`${S}(?:${source})${E}`, "giu"), unit, offset, precision });

export const dates: DateGrammar = {
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: {
    niedziela: 0,
    niedzielę: 0,
    poniedziałek: 1,
    wtorek: 2,
    środa: 3,
    środę: 3,
    czwartek: 4,
    piątek: 5,
    sobota: 6,
    sobotę: 6,
  },
  weekdayAbbreviations: { niedz: 0, pon: 1, wt: 2, śr: 3, czw: 4, pt: 5, sob: 6 },
  // Every case a season is named in: "jesienią", "do końca jesieni", "tej zimy", "w lecie".
  seasons: {
    wiosna: 5,
    wiosny: 5,
    wiosną: 5,
    wiośnie: 5,
    wiosnę: 5,
    lato: 8,
    lata: 8,
    latem: 8,
    lecie: 8,
    jesień: 11,
    jesieni: 11,
    jesienią: 11,
    zima: 2,
    zimy: 2,
    zimą: 2,
    zimie: 2,
    zimę: 2,
  },
  numbers: {
    dwa: 2,
    dwie: 2,
    trzy: 3,
    cztery: 4,
    pięć: 5,
    sześć: 6,
    siedem: 7,
    osiem: 8,
    dziewięć: 9,
    dziesięć: 10,
  },
  trigger: new RegExp(
    `${S}(?:dziś|dzisiaj|wczoraj|jutro|tydzień|tygodni\\p{L}*|miesiąc\\p{L}*|rok|roku|lat|lata|temu|wios\\p{L}*|wiośnie|lato|latem|lecie|jesie\\p{L}*|zim\\p{L}*)${E}`,
    "iu",
  ),
  calendarTrigger: new RegExp(`${S}(?:${Object.keys(months).join("|")})${E}`, "iu"),
  // "do końca ", "najpóźniej do ", "przed końcem ", "pod koniec ", "na początku ", "w połowie ".
  cue: new RegExp(
    `(?=\\S)(?:${S}(?<deadline>do|najpóźniej\\s+do|nie\\s+później\\s+niż|przed)\\s+)?(?:${S}(?<end>końca|końcem|koniec)\\s+|${S}(?:początku|początkiem|połowy|połowie)\\s+)?$`,
    "iu",
  ),
  // A month named alone is a date only after one of these: "w sierpniu", "do lutego", "od marca".
  bareCue: new RegExp(
    `${S}(?:w|we|do|od|na|po|przed|z|końca|końcem|koniec|początku|połowie|połowy|i|oraz|lub|a)\\s+$`,
    "iu",
  ),
  // "w 2024 r.", "2024 roku", "do 2027 r.", "w 2024,"; not a count: "do 2000 dronów".
  year: new RegExp(
    `(?<![\\d.,])(?<year>(?:19|20)\\d\\d)(?!\\d)(?:(?=\\s*(?:r\\.|roku|rok|rokiem)${E})|(?<=${S}(?:w|we|do|od|na|z|po|przed|końca|początku|połowie|połowy|i|oraz|lub|a)\\s+\\d{4})(?=\\s*(?:[,.;:)!?]|$)))`,
    "giu",
  ),
  // "do końca jesieni", "jesienią 2024", "tej zimy"; "lata" (also "years") only after "końca" or "połowy".
  season: new RegExp(
    `${S}(?<season>wiosna|wiosny|wiosną|wiośnie|wiosnę|lato|latem|lecie|lata(?<=(?:końca|połowy|początku)\\s+lata)|jesień|jesieni|jesienią|zima|zimy|zimą|zimie|zimę)${E}(?:\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?`,
    "giu",
  ),
  relative: [
    phrase("today", "dziś|dzisiaj", "day", 0, "day"),
    phrase("yesterday", "wczoraj", "day", -1, "day"),
    phrase("tomorrow", "jutro", "day", 1, "day"),
    phrase("this-week", "w\\s+tym\\s+tygodniu|na\\s+początku\\s+tygodnia", "week", 0, "month"),
    phrase(
      "last-week",
      "w\\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\\s+tygodniu|tydzień\\s+temu",
      "week",
      -1,
      "month",
    ),
    phrase("next-week", "w\\s+przyszłym\\s+tygodniu", "week", 1, "month"),
    phrase(
      "this-month",
      "w\\s+tym\\s+miesiącu|bieżącego\\s+miesiąca|miesiąca(?<=końca\\s+miesiąca)",
      "month",
      0,
      "month",
    ),
    phrase(
      "last-month",
      "w\\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\\s+miesiącu|miesiąc\\s+temu",
      "month",
      -1,
      "month",
    ),
    phrase("next-month", "w\\s+przyszłym\\s+miesiącu", "month", 1, "month"),
    phrase(
      "this-year",
      "w\\s+(?:tym|bieżącym|obecnym)\\s+roku|(?:tego|bieżącego|obecnego)\\s+roku|roku(?<=(?:końca|końcem|koniec)\\s+roku)",
      "year",
      0,
      "year",
    ),
    phrase(
      "last-year",
      "w\\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\\s+roku|(?:zeszłego|ubiegłego)\\s+roku",
      "year",
      -1,
      "year",
    ),
    phrase("next-year", "w\\s+przyszłym\\s+roku|przyszłego\\s+roku", "year", 1, "year"),
    phrase("years-ago", `(?:${COUNT}\\s+lat[a]?|rok)\\s+temu`, "year", -1, "month"),
    phrase("months-ago", `${COUNT}\\s+miesi(?:ące|ęcy)\\s+temu`, "month", -1, "month"),
    phrase("weeks-ago", `${COUNT}\\s+tygodni[e]?\\s+temu`, "week", -1, "month"),
    phrase("days-ago", `${COUNT}\\s+dni\\s+temu`, "day", -1, "day"),
  ],
  // Every recall phrase and vague stretch holds one of these: "w tym roku", "tydzień temu", "dwa lata później".
  timeWord: new RegExp(
    `${S}(?:dziś|dzisiaj|wczoraj|jutro|tydzień|tygodni\\p{L}*|miesi\\p{L}*|rok|roku|r(?=\\.)|lat|lata|dni|dnia|temu)${E}`,
    "iu",
  ),
  // Spans that name no date: "w ciągu najbliższych lat", "w kolejnych miesiącach", "dwa lata później".
  vague: new RegExp(
    `${S}(?:(?:w\\s+ciągu|przez)\\s+(?:najbliższych|kolejnych|następnych|ostatnich|(?:\\p{L}+\\s+)?)(?:\\p{L}+\\s+)?(?:lat|miesięcy|tygodni|dni|roku|miesiąca|tygodnia)|w\\s+(?:najbliższych|kolejnych|następnych|ostatnich|nadchodzących)\\s+(?:latach|miesiącach|tygodniach|dniach)|(?:\\d+|dwa|dwie|trzy|cztery|pięć|kilka|kilku|rok|miesiąc|tydzień)\\s+(?:lat[a]?|miesi(?:ące|ęcy)|tygodni[e]?|dni)?\\s*(?:później|wcześniej|po)|(?:następnego|poprzedniego|tego\\s+samego)\\s+(?:roku|miesiąca|dnia)|od\\s+(?:(?:początku|lutego|24\\s+lutego)\\s+)?(?:19|20)\\d\\d(?:\\s+(?:r\\.|roku))?)${E}`,
    "giu",
  ),
  // Past tense: "przekazała", "podpisali", "zapowiedział", impersonal "przekazano", "dostarczono".
  past: new RegExp(
    `${S}(?:\\p{L}{2,}(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy)|\\p{L}{3,}(?:ano|ono))${E}`,
    "giu",
  ),
  future: new RegExp(
    `${S}(?:będzie|będą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|ma\\s+zostać|mają\\s+zostać|ma\\s+trafić|mają\\s+trafić|przekaże|przekażą|dostarczy|dostarczą|wyśle|wyślą|przeznaczy|otrzyma|otrzymają|trafi|trafią|podpisze|podpiszą|sfinansuje|zapewni|udzieli)${E}`,
    "giu",
  ),
  // "przekazała już ... w 2024 r.", "w 2024 r. dotychczas", "w tym roku (2024)": the text's own present year.
  present: [
    new RegExp(
      `${S}(?:już|dotychczas|dotąd|do\\s+tej\\s+pory)${E}[^.;:!?]{0,80}?${S}w\\s+(?<year>(?:19|20)\\d\\d)(?!\\d)(?!\\s*[-–—]\\s*\\d|\\s+(?:i|oraz|do)\\s+(?:19|20)\\d\\d)`,
      "giu",
    ),
    new RegExp(
      `${S}w\\s+(?<year>(?:19|20)\\d\\d)\\s+(?:r\\.|roku)\\s+(?:już|dotychczas|do\\s+tej\\s+pory)${E}`,
      "giu",
    ),
    new RegExp(`${S}w\\s+(?:tym|bieżącym)\\s+roku\\s*[(,]?\\s*(?<year>(?:19|20)\\d\\d)(?!\\d)`, "giu"),
  ],
  // Before a year, marks it as ahead: "na 2025 r.", "do 2027 r.", "plany na".
  forward: new RegExp(
    `${S}(?:na|do|przed|planach?\\s+na|budżecie\\s+na)\\s+(?:koniec\\s+|końca\\s+)?$`,
    "iu",
  ),
};
