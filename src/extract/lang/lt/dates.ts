// Lithuanian dates: month and weekday case forms, seasons, "iki metų pabaigos", recall phrases; chrono has no Lithuanian.
import type { DateGrammar, RelativePhrase } from "../../common/dates.js";

/** Every case form news writes a month in: "sausis" (nom.), "sausio 5 d." (gen.), "sausį" (acc., "in January"). */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ["sausis", "sausio", "sausį", "sausyje"],
  ["vasaris", "vasario", "vasarį"],
  // "kovą" is also "the fight" (acc. of "kova"): March is read only as "kovas", "kovo".
  ["kovas", "kovo"],
  ["balandis", "balandžio", "balandį"],
  ["gegužė", "gegužės", "gegužę"],
  ["birželis", "birželio", "birželį"],
  ["liepa", "liepos", "liepą"],
  ["rugpjūtis", "rugpjūčio", "rugpjūtį"],
  ["rugsėjis", "rugsėjo", "rugsėjį"],
  ["spalis", "spalio", "spalį"],
  ["lapkritis", "lapkričio", "lapkritį"],
  ["gruodis", "gruodžio", "gruodį"],
];

const months: Record<string, number> = Object.fromEntries(
  MONTH_FORMS.flatMap((forms, i) => forms.map((form) => [form, i + 1] as const)),
);

/** "pirmadienis", "pirmadienį" ("on Monday"), "pirmadienio". */
const weekdays: Record<string, number> = Object.fromEntries(
  ["sekmadien", "pirmadien", "antradien", "trečiadien", "ketvirtadien", "penktadien", "šeštadien"].flatMap(
    (stem, day) => ["is", "į", "io"].map((ending) => [stem + ending, day] as const),
  ),
);

/** Stems of the month genitives, after which a year is the month's year rather than a date of its own. */
const MONTH_STEMS = "sausi|vasari|kov|baland|geguž|birželi|liep|rugpjū|rugsėj|spali|lapkri|gruod";
const CALENDAR = `${MONTH_STEMS}|sausį|vasarį|spalį|pirmadien|antradien|trečiadien|ketvirtadien|penktadien|šeštadien|sekmadien`;
/** A word starts here: `\b` before ASCII letters (fast), a lookbehind before "š", "ž", "į" (where `\b` fails). */
const L = "(?:\\b|(?=[ąčęėįšųūžĄČĘĖĮŠŲŪŽ])(?<![\\p{L}\\p{N}]))";
const R = "(?![\\p{L}\\p{N}])";
/** A count in a recall phrase: "prieš dvejus metus", "prieš tris mėnesius". */
const COUNT =
  "(?<count>vienerius|dvejus|trejus|ketverius|penkerius|šešerius|vieną|du|dvi|tris|keturias|keturis|penkias|penkis|\\d{1,2})";

function phrase(
  rule: string,
  source: string,
  unit: RelativePhrase["unit"],
  offset: number,
  precision: RelativePhrase["precision"],
): RelativePhrase {
  return { rule, pattern: new RegExp(`${L}(?:${source})${R}`, "giu"), unit, offset, precision };
}

/** "metų pabaigos" (of the year's end), "metų pabaigoje" (at the year's end). */
const END = "\\s+(?<end>pabaig(?:a|os|oje|ą))";

export const dates: DateGrammar = {
  chrono: null,
  plainCalendar: null,
  months,
  weekdays,
  weekdayAbbreviations: {},
  seasons: {
    pavasaris: 5,
    pavasario: 5,
    pavasarį: 5,
    vasara: 8,
    vasaros: 8,
    vasarą: 8,
    ruduo: 11,
    rudens: 11,
    rudenį: 11,
    žiema: 2,
    žiemos: 2,
    žiemą: 2,
  },
  numbers: {
    vienerius: 1,
    dvejus: 2,
    trejus: 3,
    ketverius: 4,
    penkerius: 5,
    šešerius: 6,
    vieną: 1,
    du: 2,
    dvi: 2,
    tris: 3,
    keturias: 4,
    keturis: 4,
    penkias: 5,
    penkis: 5,
  },
  trigger: new RegExp(
    `${L}(?:šiandien|vakar|rytoj|savait|mėnes|met|pernai|šiemet|kitąmet|dien|ruduo|rudens|rudenį|žiem|pavasar|vasar|nuo)`,
    "iu",
  ),
  calendarTrigger: new RegExp(`${L}(?:${CALENDAR})`, "iu"),
  // "iki lapkričio pabaigos", "iki 2025 m.", "ne vėliau kaip iki rudens": Lithuanian puts "pabaigos" after the date.
  cue: new RegExp(`${L}(?<deadline>iki|ne\\s+vėliau\\s+(?:kaip|nei)(?:\\s+iki)?)\\s+$`, "iu"),
  // The accusative and genitive carry "in" themselves: "rugpjūtį" is "in August", with no preposition.
  bareCue: /(?:^|\s)$/u,
  // "2024 m.", "2025-aisiais"; not "2024 m. lapkričio 4 d.", where the month pattern reads the date (and the year is lost).
  year: new RegExp(
    `${L}(?<year>(?:19|20)\\d\\d)(?:(?=\\s*m\\.)(?!\\s*m\\.\\s+(?:${MONTH_STEMS}))|(?=-(?:aisiais|ųjų|iems|ieji|uosius|ais)${R}))`,
    "giu",
  ),
  season: new RegExp(
    `${L}(?<season>pavasaris|pavasario|pavasarį|vasara|vasaros|vasarą|ruduo|rudens|rudenį|žiema|žiemos|žiemą)${R}`,
    "giu",
  ),
  relative: [
    phrase("today", "šiandien(?:a)?", "day", 0, "day"),
    phrase("yesterday", "vakar", "day", -1, "day"),
    phrase("tomorrow", "rytoj", "day", 1, "day"),
    phrase("this-week", "(?:šią|šios|šioje|einamąją)\\s+savait(?:ę|ės|ėje)", "week", 0, "month"),
    phrase("last-week", "(?:praėjusią|pereitą)\\s+savaitę|praėjusios\\s+savaitės", "week", -1, "month"),
    phrase("next-week", "(?:kitą|ateinančią)\\s+savaitę|kitos\\s+savaitės", "week", 1, "month"),
    phrase(
      "this-month",
      `(?:šį|einamąjį)\\s+mėnesį|(?:šio|einamojo)\\s+mėnesio(?:${END})?`,
      "month",
      0,
      "month",
    ),
    phrase("last-month", "(?:praėjusį|pereitą)\\s+mėnesį|praėjusio\\s+mėnesio", "month", -1, "month"),
    phrase("next-month", "(?:kitą|ateinantį)\\s+mėnesį|kito\\s+mėnesio", "month", 1, "month"),
    phrase(
      "this-year",
      "(?:šiais|einamaisiais)\\s+metais|šiemet|(?:šių|einamųjų)\\s+metų",
      "year",
      0,
      "year",
    ),
    // "iki metų pabaigos", "šių metų pabaigoje": the phrase carries its own "end".
    phrase("year-end", `(?:(?:šių|einamųjų)\\s+)?metų${END}`, "year", 0, "year"),
    phrase("last-year", "pernai|(?:praėjusiais|pereitais)\\s+metais|praėjusių\\s+metų", "year", -1, "year"),
    phrase(
      "next-year",
      `(?:kitais|ateinančiais)\\s+metais|kitąmet|kitų\\s+metų(?:${END})?`,
      "year",
      1,
      "year",
    ),
    phrase("years-ago", `prieš\\s+(?:${COUNT}\\s+)?met(?:us|ų)`, "year", -1, "month"),
    phrase("months-ago", `prieš\\s+(?:${COUNT}\\s+)?mėnes(?:į|ius|ių)`, "month", -1, "month"),
    phrase("weeks-ago", `prieš\\s+(?:${COUNT}\\s+)?savait(?:ę|es|ių)`, "week", -1, "month"),
    phrase("days-ago", `prieš\\s+(?:${COUNT}\\s+)?dien(?:ą|as|ų)`, "day", -1, "day"),
  ],
  timeWord: new RegExp(`${L}(?:šiandien|vakar|rytoj|savait|mėnes|met|pernai|šiemet|kitąmet|dien|nuo)`, "iu"),
  // "nuo 2022 m. vasario" (since the invasion), "nuo karo pradžios", "per ateinančius trejus metus", "po metų".
  vague: new RegExp(
    `${L}(?:nuo\\s+(?:19|20)\\d\\d(?:\\s*m\\.)?(?:\\s+(?:vasario|vasarį)(?:\\s+\\d{1,2}\\s*d\\.?)?)?|nuo\\s+(?:plataus\\s+masto\\s+)?(?:karo|invazijos)\\s+pradžios|per\\s+(?:ateinančius|artimiausius|kitus|pastaruosius|porą)\\s+(?:\\S+\\s+)?(?:metus|mėnesius|savaites|dienas)|po\\s+(?:metų|mėnesio|savaitės|dienos))${R}`,
    "giu",
  ),
  // Third-person past: "perdavė", "pasirašė", "patvirtino", "padovanojo", "buvo".
  past: new RegExp(`${L}(?:buvo|\\p{L}{2,}(?:ė|ojo|ino|ėjo|avo|eno|ėme|ome))${R}`, "giu"),
  future: new RegExp(
    `${L}(?:planuoja|planuojama|ketina|numato|numatoma|žada|bus|turės|perduos|perduosime|skirs|skirsime|suteiks|suteiksime|išsiųs|pasirašys|tieks|finansuos|pristatys|atsiųs)${R}`,
    "giu",
  ),
  // "jau išsiuntė ... 2024 m.", "2024 m. ... jau perdavė", "šiais 2024 m.": that year is the text's present.
  present: [
    new RegExp(`${L}jau\\s+[^.;:!?]{0,80}?${L}(?<year>(?:19|20)\\d\\d)\\s*m\\.`, "giu"),
    new RegExp(`${L}(?<year>(?:19|20)\\d\\d)\\s*m\\.\\s+(?:[^\\s.;:!?]+\\s+){0,3}?jau${R}`, "giu"),
    new RegExp(`${L}(?:šiais|einamaisiais)\\s+(?<year>(?:19|20)\\d\\d)\\s*m\\.`, "giu"),
  ],
  forward: new RegExp(`${L}(?:iki|kitiems|numatyta|planuojama|ne\\s+vėliau\\s+kaip)\\s+$`, "iu"),
};
