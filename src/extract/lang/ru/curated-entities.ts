// Russian word lists for the gazetteer: case forms of the states that matter, adjectives, capitals, institutions.
import type { CuratedEntities } from "../../common/entities.js";

/**
 * The case forms of a noun, from its nominative by the regular Russian endings (curated, not a full stemmer:
 * the ~60 states and capitals below follow these patterns, and irregular ones are written out in IRREGULAR).
 * "Литва" → Литвы, Литве, Литву, Литвой; "Франция" → Франции, Францию, Францией; "Иран" → Ирана, Ирану, Ираном, Иране.
 */
function cases(nominative: string): string[] {
  const stem = nominative.slice(0, -1);
  const last = nominative.slice(-1);
  if (nominative.endsWith("ия")) return [nominative, `${stem}и`, `${stem}ю`, `${stem}ей`];
  if (last === "я") return [nominative, `${stem}и`, `${stem}е`, `${stem}ю`, `${stem}ей`];
  if (last === "а") {
    const soft = /[щчшжкгх]$/u.test(stem);
    const hush = /[щчшж]$/u.test(stem);
    return [
      nominative,
      soft ? `${stem}и` : `${stem}ы`,
      `${stem}е`,
      `${stem}у`,
      hush ? `${stem}ей` : `${stem}ой`,
    ];
  }
  if (last === "й") return [nominative, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  if (last === "ь") return [nominative, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  const hush = /[жчшщц]$/u.test(nominative);
  return [
    nominative,
    `${nominative}а`,
    `${nominative}у`,
    hush ? `${nominative}ем` : `${nominative}ом`,
    `${nominative}е`,
  ];
}

/** Adjectives in -ский/-цкий: every gender, number and case, lower and capitalised ("литовск" → литовский, Литовская, ...). */
function adjective(stem: string): string[] {
  const forms = ["ий", "ая", "ое", "ие", "ого", "ому", "им", "ой", "ую", "их", "ими", "ом"].map(
    (e) => stem + e,
  );
  return [...forms, ...forms.map((f) => f[0]!.toUpperCase() + f.slice(1))];
}

/** Names declined by `cases`: the states of Europe and the others that give or get aid in the news. */
const REGULAR: Record<string, readonly string[]> = {
  UA: ["Украина"],
  LT: ["Литва"],
  LV: ["Латвия"],
  EE: ["Эстония"],
  PL: ["Польша"],
  DE: ["Германия"],
  FR: ["Франция"],
  IT: ["Италия"],
  ES: ["Испания"],
  PT: ["Португалия"],
  BE: ["Бельгия"],
  AT: ["Австрия"],
  CZ: ["Чехия"],
  SK: ["Словакия"],
  HU: ["Венгрия"],
  RO: ["Румыния"],
  BG: ["Болгария"],
  GR: ["Греция"],
  HR: ["Хорватия"],
  SI: ["Словения"],
  SE: ["Швеция"],
  NO: ["Норвегия"],
  DK: ["Дания"],
  FI: ["Финляндия"],
  IS: ["Исландия"],
  IE: ["Ирландия"],
  GB: ["Британия", "Великобритания"],
  TR: ["Турция"],
  RU: ["Россия"],
  GE: ["Грузия"],
  MD: ["Молдова", "Молдавия"],
  CA: ["Канада"],
  AU: ["Австралия"],
  JP: ["Япония"],
  IR: ["Иран"],
  CN: ["Китай"],
  IL: ["Израиль"],
  LU: ["Люксембург"],
  AL: ["Албания"],
  ME: ["Черногория"],
  RS: ["Сербия"],
  IN: ["Индия"],
  SY: ["Сирия"],
  AZ: ["Азербайджан"],
  KZ: ["Казахстан"],
};

/** Forms the endings do not give: several words, plurals, indeclinables, "Беларусь". */
const IRREGULAR: Record<string, readonly string[]> = {
  US: [
    "США",
    "Америка",
    "Америки",
    "Америке",
    "Америку",
    "Америкой",
    "Соединенные Штаты",
    "Соединенных Штатов",
    "Соединенным Штатам",
    "Соединенными Штатами",
    "Соединённые Штаты",
    "Соединённых Штатов",
    "Соединённым Штатам",
  ],
  GB: ["Соединенное Королевство", "Соединенного Королевства", "Соединенному Королевству"],
  NL: ["Нидерланды", "Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"],
  CH: ["Швейцария", "Швейцарии", "Швейцарию", "Швейцарией"],
  BY: ["Беларусь", "Беларуси", "Беларусью", "Белоруссия", "Белоруссии", "Белоруссию"],
  KP: ["КНДР", "Северная Корея", "Северной Кореи", "Северной Корее", "Северную Корею", "Северной Кореей"],
  KR: ["Южная Корея", "Южной Кореи", "Южной Корее", "Южную Корею", "Южной Кореей"],
  NZ: ["Новая Зеландия", "Новой Зеландии", "Новую Зеландию"],
  CN: ["КНР"],
  EU: [
    "ЕС",
    "Евросоюз",
    "Евросоюза",
    "Евросоюзу",
    "Евросоюзом",
    "Евросоюзе",
    "Европейский союз",
    "Европейского союза",
    "Европейскому союзу",
    "Европейским союзом",
    "Европейский Союз",
    "Европейского Союза",
    "Еврокомиссия",
    "Еврокомиссии",
    "Еврокомиссией",
  ],
  NATO: ["НАТО", "Альянс", "Альянса"],
  UN: ["ООН"],
  G7: ["G7", "Большая семерка", "Большой семерки", "Группы семи"],
  IMF: ["МВФ", "Международный валютный фонд", "Международного валютного фонда"],
  WB: ["Всемирный банк", "Всемирного банка", "Всемирным банком"],
  EIB: ["ЕИБ", "Европейский инвестиционный банк", "Европейского инвестиционного банка"],
  EBRD: ["ЕБРР"],
};

function merge(...lists: Record<string, readonly string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const list of lists)
    for (const [code, words] of Object.entries(list)) (out[code] ??= []).push(...words);
  return out;
}

const declined: Record<string, string[]> = {};
for (const [code, names] of Object.entries(REGULAR)) declined[code] = names.flatMap((n) => cases(n));

const ADJECTIVES: Record<string, string> = {
  UA: "украинск",
  LT: "литовск",
  LV: "латвийск",
  EE: "эстонск",
  PL: "польск",
  DE: "немецк",
  FR: "французск",
  IT: "итальянск",
  ES: "испанск",
  PT: "португальск",
  BE: "бельгийск",
  AT: "австрийск",
  CZ: "чешск",
  SK: "словацк",
  HU: "венгерск",
  RO: "румынск",
  BG: "болгарск",
  GR: "греческ",
  HR: "хорватск",
  SE: "шведск",
  NO: "норвежск",
  DK: "датск",
  FI: "финск",
  IE: "ирландск",
  GB: "британск",
  TR: "турецк",
  RU: "российск",
  GE: "грузинск",
  MD: "молдавск",
  CA: "канадск",
  AU: "австралийск",
  JP: "японск",
  US: "американск",
  NL: "нидерландск",
  CH: "швейцарск",
  BY: "белорусск",
  KP: "северокорейск",
  KR: "южнокорейск",
  CN: "китайск",
  IR: "иранск",
  IL: "израильск",
};

const demonyms: Record<string, string[]> = {};
for (const [code, stem] of Object.entries(ADJECTIVES)) demonyms[code] = adjective(stem);

/** Capitals: "Киев" is irregular; the rest take the regular endings. */
const CITIES: Record<string, string> = {
  LT: "Вильнюс",
  DE: "Берлин",
  US: "Вашингтон",
  GB: "Лондон",
  FR: "Париж",
  SE: "Стокгольм",
  DK: "Копенгаген",
  EE: "Таллин",
  ES: "Мадрид",
  BY: "Минск",
  CN: "Пекин",
  IR: "Тегеран",
  CA: "Оттава",
  PL: "Варшава",
  RU: "Москва",
  LV: "Рига",
  CZ: "Прага",
  IT: "Рим",
  HU: "Будапешт",
  BE: "Брюссель",
};
const capitals: Record<string, string[]> = {
  UA: ["Киев", "Киева", "Киеву", "Киеве", "Киевом"],
  NO: ["Осло"],
  FI: ["Хельсинки"],
  JP: ["Токио"],
};
for (const [code, city] of Object.entries(CITIES)) (capitals[code] ??= []).push(...cases(city));

export const curated: CuratedEntities = {
  names: merge(declined, IRREGULAR),
  dropNames: [],
  leadingArticle: /^$/u,
  demonyms,
  capitals,
  institutions: {
    US: [
      "Пентагон",
      "Пентагона",
      "Пентагоне",
      "Пентагоном",
      "Белый дом",
      "Белого дома",
      "Госдеп",
      "Госдепа",
      "Конгресс",
      "Конгресса",
    ],
    RU: ["Кремль", "Кремля", "Кремлю", "Кремлем"],
    UA: [
      "ВСУ",
      "Верховная Рада",
      "Верховной Рады",
      "Верховной Раде",
      "Минобороны Украины",
      "Офис президента",
      "Офиса президента",
    ],
    DE: ["Бундестаг", "Бундестага", "Бундесвер", "Бундесвера"],
  },
  // Outlets and phrases that hold a state's name without naming its government as an actor.
  ignore: [
    "РБК-Украина",
    "Украинская правда",
    "Украинской правды",
    "Укринформ",
    "Радио Свобода",
    "Голос Америки",
    "Европейская правда",
    "Европейской правды",
  ],
};
