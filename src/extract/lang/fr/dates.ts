// French dates: month, weekday and season words, deadline and tense cues, recall phrases ("le mois dernier", "d'ici la fin de l'année").
import type { DateGrammar } from "../../common/dates.js";
import { L, R, WORD } from "./word.js";

const months: Record<string, number> = {
  janvier: 1,
  "janv.": 1,
  février: 2,
  fevrier: 2,
  "févr.": 2,
  mars: 3,
  avril: 4,
  "avr.": 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  "juil.": 7,
  août: 8,
  aout: 8,
  septembre: 9,
  "sept.": 9,
  octobre: 10,
  "oct.": 10,
  novembre: 11,
  "nov.": 11,
  décembre: 12,
  decembre: 12,
  "déc.": 12,
};

const MONTH =
  "(?:janvier|janv\\.|f[ée]vrier|f[ée]vr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|ao[ûu]t|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|d[ée]cembre|d[ée]c\\.)";
const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
/** A count in a recall phrase: "il y a deux ans", "il y a un mois". */
const COUNT = "(?<count>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,2})";
/** "fin" and its shapes before a period: "d'ici la fin de l'année", "à la fin du mois", "fin 2024". */
const YEAR_WORDS = "(?:l['’]ann[ée]e|l['’]an)";

export const dates: DateGrammar = {
  // chrono's French parser reads "4 novembre 2024" but not "en août"; the shared month patterns read both.
  chrono: null,
  plainCalendar: null,
  months,
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  weekdayAbbreviations: { dim: 0, lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6 },
  seasons: { printemps: 5, été: 8, automne: 11, hiver: 2 },
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
  },
  trigger: new RegExp(
    `${L}(?:aujourd['’]hui|hier|demain|semaines?|mois|ann[ée]es?|an|ans|printemps|[ée]t[ée]|automne|hiver|fin)${R}`,
    "i",
  ),
  calendarTrigger: new RegExp(`${L}(?:${MONTH}|${WEEKDAY})${R}`, "i"),
  // "d'ici la fin de ", "d'ici ", "avant la fin de ", "au plus tard ", "jusqu'à ", "à la fin de ", "fin ", "début ".
  cue: new RegExp(
    `(?=\\S)(?:${L}(?<deadline>d['’]ici|avant|jusqu['’](?:à|au|en)|au\\s+plus\\s+tard(?:\\s+(?:le|en|à))?|pas\\s+plus\\s+tard\\s+que)\\s+)?` +
      `(?:${L}(?:(?:à\\s+|vers\\s+)?la\\s+)?(?<end>fin)\\s+(?:(?:de\\s+)?(?:l['’]|la\\s+)?|du\\s+|d['’])?|${L}(?:(?:au\\s+|le\\s+)?d[ée]but|(?:à\\s+la\\s+|la\\s+)?mi-?)\\s*(?:de\\s+(?:l['’]|la\\s+)?|du\\s+|d['’])?)?(?:l['’]|la\\s+|le\\s+)?$`,
    "i",
  ),
  // A month named alone is a date only after one of these: "en août", "d'ici novembre", "début mars".
  bareCue: new RegExp(
    `${L}(?:en|au|à|dès|depuis|jusqu['’]en|d['’]ici|avant|après|pendant|fin|début|mi|le|de|d['’]|et|ou|courant|dernier)[\\s-]*$`,
    "i",
  ),
  // "en 2024", "d'ici 2027", "fin 2024", "l'an 2025"; not "2022-2024", nor a count: "2000 drones".
  year: new RegExp(
    `(?<year>(?:19|20)\\d\\d)(?!\\d)(?<=${L}(?:en|d['’]ici|depuis|pour|de|d['’]|avant|après|jusqu['’]en|fin|début|mi|année|an|et|ou|printemps|été|automne|hiver|courant)[\\s-]*\\d{4})(?![-–—/.]\\d|[\\s\\u00a0\\u202f]\\d{3}|\\s*%)`,
    "gi",
  ),
  // "d'ici la fin de l'automne", "cet été", "à l'automne 2023". No `rel` group: the shared code knows only English "next", "last".
  season: new RegExp(
    `(?<=${L}(?:cet|ce|l['’]|le|au|en|de\\s+l['’]|du|d['’])\\s*)(?<season>printemps|[ée]t[ée]|automne|hiver)${R}(?:\\s+(?<year>(?:19|20)\\d\\d)${R})?`,
    "gi",
  ),
  relative: [
    {
      rule: "today",
      pattern: new RegExp(`${L}aujourd['’]hui${R}`, "gi"),
      unit: "day",
      offset: 0,
      precision: "day",
    },
    {
      rule: "yesterday",
      pattern: new RegExp(`${L}hier${R}`, "gi"),
      unit: "day",
      offset: -1,
      precision: "day",
    },
    {
      rule: "tomorrow",
      pattern: new RegExp(`${L}demain${R}`, "gi"),
      unit: "day",
      offset: 1,
      precision: "day",
    },
    {
      rule: "this-week",
      pattern: new RegExp(`${L}cette\\s+semaine${R}`, "gi"),
      unit: "week",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-week",
      pattern: new RegExp(`${L}la\\s+semaine\\s+(?:derni[èe]re|pass[ée]e)${R}`, "gi"),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-week",
      pattern: new RegExp(`${L}la\\s+semaine\\s+prochaine${R}`, "gi"),
      unit: "week",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-month",
      pattern: new RegExp(
        `${L}(?:ce\\s+mois(?:-ci)?|du\\s+mois\\s+en\\s+cours|(?<=fin\\s+)du\\s+mois)${R}`,
        "gi",
      ),
      unit: "month",
      offset: 0,
      precision: "month",
    },
    {
      rule: "last-month",
      pattern: new RegExp(`${L}le\\s+mois\\s+(?:dernier|pass[ée])${R}`, "gi"),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "next-month",
      pattern: new RegExp(`${L}le\\s+mois\\s+prochain${R}`, "gi"),
      unit: "month",
      offset: 1,
      precision: "month",
    },
    {
      rule: "this-year",
      pattern: new RegExp(
        `${L}(?:cette\\s+ann[ée]e|(?:de\\s+)?l['’]ann[ée]e\\s+(?:en\\s+cours|courante)|(?<=fin\\s+(?:de\\s+)?)${YEAR_WORDS})${R}`,
        "gi",
      ),
      unit: "year",
      offset: 0,
      precision: "year",
    },
    {
      rule: "last-year",
      pattern: new RegExp(`${L}l['’]ann[ée]e\\s+(?:derni[èe]re|pass[ée]e)|${L}l['’]an\\s+dernier${R}`, "gi"),
      unit: "year",
      offset: -1,
      precision: "year",
    },
    {
      rule: "next-year",
      pattern: new RegExp(`${L}l['’]ann[ée]e\\s+prochaine|${L}l['’]an\\s+prochain${R}`, "gi"),
      unit: "year",
      offset: 1,
      precision: "year",
    },
    {
      rule: "years-ago",
      pattern: new RegExp(`${L}il\\s+y\\s+a\\s+${COUNT}\\s+ans?${R}`, "gi"),
      unit: "year",
      offset: -1,
      precision: "month",
    },
    {
      rule: "months-ago",
      pattern: new RegExp(`${L}il\\s+y\\s+a\\s+${COUNT}\\s+mois${R}`, "gi"),
      unit: "month",
      offset: -1,
      precision: "month",
    },
    {
      rule: "weeks-ago",
      pattern: new RegExp(`${L}il\\s+y\\s+a\\s+${COUNT}\\s+semaines?${R}`, "gi"),
      unit: "week",
      offset: -1,
      precision: "month",
    },
    {
      rule: "days-ago",
      pattern: new RegExp(`${L}il\\s+y\\s+a\\s+${COUNT}\\s+jours?${R}`, "gi"),
      unit: "day",
      offset: -1,
      precision: "day",
    },
  ],
  // Substrings where they are safe: "jour" in "aujourd'hui", "jours"; "an" only as a word, as it is in "France".
  timeWord: /hier|demain|jour|semaine|mois|ann[ée]e|\ban\b|ans\b/i,
  // "dans les prochains mois", "au cours des dernières années", "un an plus tard", "l'année suivante".
  vague: new RegExp(
    `${L}(?:dans|au\\s+cours|pendant|durant|sur)\\s+(?:des|les)\\s+(?:prochain(?:e)?s|derni(?:er|ère)s|\\w+\\s+)?(?:ann[ée]es|mois|semaines|jours)(?:\\s+(?:à\\s+venir|prochain(?:e)?s|derni(?:er|ère)s))?${R}|${L}(?:un|une|deux|trois|quelques|plusieurs|\\d+)\\s+(?:ans?|ann[ée]es?|mois|semaines?|jours?)\\s+(?:plus\\s+tard|plus\\s+t[ôo]t|après|avant)${R}|${L}l['’]ann[ée]e\\s+(?:suivante|précédente)${R}|${L}le\\s+mois\\s+(?:suivant|précédent)${R}`,
    "gi",
  ),
  // Tense cues: the auxiliary of the passé composé and plus-que-parfait ("a livré", "avait annoncé"); future and intent.
  // Listed, not suffixes: a lookbehind for "-era" at every position costs more than all the other date rules.
  past: new RegExp(`${L}(?:a|ont|avait|avaient|était|étaient|fut|furent|hier)${R}`, "gi"),
  future: new RegExp(
    `${L}(?:va|vont|sera|seront|prévoit|prévoient|prévu|compte|entend|envisage|s['’]apprête|doit|doivent|devrait|devraient|prochain|prochaine|aura|auront|pourra|pourront|devra|devront|(?:livr|fourni|envoy|sign|financ|transf[ée]r|allou|d[ée]bloqu|accord|c[ée]d)(?:era|eront|ra|ront))${R}`,
    "gi",
  ),
  // A year the text speaks of as its present: "a déjà livré ... en 2024", "depuis le début de 2024", "en 2024 jusqu'à présent".
  present: [
    new RegExp(
      `${L}(?:a|ont)\\s+(?:(?:déjà|jusqu['’]ici|jusqu['’]à\\s+présent)\\s+)?(?:été\\s+)?${WORD}(?:(?!${L}(?:qui|que|quand|depuis|après|avant|mais|parce)${R})[^.;:!?]){0,80}?${L}(?:en|au\\s+cours\\s+de)\\s+(?<year>(?:19|20)\\d\\d)${R}(?![-–—]\\d|\\s+(?:et|à|ou)\\s+(?:19|20)\\d\\d)`,
      "gi",
    ),
    new RegExp(
      `${L}depuis\\s+le\\s+d[ée]but\\s+(?:de\\s+l['’]ann[ée]e\\s+)?(?<year>(?:19|20)\\d\\d)${R}`,
      "gi",
    ),
    new RegExp(`${L}(?:en\\s+)?(?<year>(?:19|20)\\d\\d)\\s+(?:jusqu['’](?:ici|à\\s+présent))${R}`, "gi"),
  ],
  // Before a year, marks it as ahead of the text: "pour 2025", "d'ici 2027", "jusqu'en 2026".
  forward: new RegExp(
    `${L}(?:pour|d['’]ici|jusqu['’]en|avant|vers|prévus?\\s+pour|l['’]horizon)\\s+(?:la\\s+)?(?:fin\\s+)?(?:de\\s+)?$`,
    "i",
  ),
};
