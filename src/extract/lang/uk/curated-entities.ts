// Ukrainian word lists for the gazetteer: case forms of the states that matter, adjectives, capitals, institutions.
import type { CuratedEntities } from "../../common/entities.js";

/**
 * The case forms of a noun, from its nominative by the regular Ukrainian endings (curated, not a full stemmer:
 * the ~60 states and capitals below follow these patterns, and irregular ones are written out in IRREGULAR).
 * "Литва" → Литви, Литві, Литву, Литвою; "Франція" → Франції, Францію, Францією; "Іран" → Ірану, Ірані, Іраном.
 * `city` gives masculine capitals their genitive in -а ("Вільнюса") rather than the -у of countries ("Ірану").
 */
function cases(nominative: string, city = false): string[] {
  const stem = nominative.slice(0, -1);
  const last = nominative.slice(-1);
  if (nominative.endsWith("ія")) return [nominative, `${stem}ї`, `${stem}ю`, `${stem}єю`];
  if (last === "я") return [nominative, `${stem}ї`, `${stem}ю`, `${stem}єю`];
  if (last === "а") {
    const soft = /[щчшж]$/u.test(stem);
    return [
      nominative,
      soft ? `${stem}і` : `${stem}и`,
      `${stem}і`,
      `${stem}у`,
      soft ? `${stem}ею` : `${stem}ою`,
    ];
  }
  if (last === "й") return [nominative, `${stem}ю`, `${stem}єм`, `${stem}ї`];
  if (last === "ь") return [nominative, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}і`];
  const sibilant = /[жчшщ]$/u.test(nominative);
  return [
    nominative,
    city ? `${nominative}а` : `${nominative}у`,
    `${nominative}у`,
    sibilant ? `${nominative}ем` : `${nominative}ом`,
    `${nominative}і`,
  ];
}

/** Hard adjectives in -ський/-цький: every gender, number and case, lower and capitalised ("литовськ" → литовський, Литовська, ...). */
function adjective(stem: string): string[] {
  const forms = ["ий", "а", "е", "і", "ого", "ому", "им", "ій", "у", "ою", "их", "ими"].map((e) => stem + e);
  return [...forms, ...forms.map((f) => f[0]!.toUpperCase() + f.slice(1))];
}

/** Names declined by `cases`: the states of Europe and the others that give or get aid in the news. */
const REGULAR: Record<string, readonly string[]> = {
  UA: ["Україна"],
  LT: ["Литва"],
  LV: ["Латвія"],
  EE: ["Естонія"],
  PL: ["Польща"],
  DE: ["Німеччина"],
  FR: ["Франція"],
  IT: ["Італія"],
  ES: ["Іспанія"],
  PT: ["Португалія"],
  BE: ["Бельгія"],
  AT: ["Австрія"],
  CZ: ["Чехія"],
  SK: ["Словаччина"],
  HU: ["Угорщина"],
  RO: ["Румунія"],
  BG: ["Болгарія"],
  GR: ["Греція"],
  HR: ["Хорватія"],
  SI: ["Словенія"],
  SE: ["Швеція"],
  NO: ["Норвегія"],
  DK: ["Данія"],
  FI: ["Фінляндія"],
  IS: ["Ісландія"],
  IE: ["Ірландія"],
  GB: ["Британія", "Великобританія"],
  TR: ["Туреччина"],
  RU: ["Росія"],
  GE: ["Грузія"],
  MD: ["Молдова"],
  CA: ["Канада"],
  AU: ["Австралія"],
  JP: ["Японія"],
  IR: ["Іран"],
  CN: ["Китай"],
  IL: ["Ізраїль"],
  LU: ["Люксембург"],
  AL: ["Албанія"],
  ME: ["Чорногорія"],
  RS: ["Сербія"],
  IN: ["Індія"],
  SY: ["Сирія"],
  EG: ["Єгипет"],
  AZ: ["Азербайджан"],
  KZ: ["Казахстан"],
};

/** Forms the endings do not give: several words, plurals, indeclinables, "Білорусь". */
const IRREGULAR: Record<string, readonly string[]> = {
  US: [
    "США",
    "Америка",
    "Америки",
    "Америці",
    "Америку",
    "Америкою",
    "Сполучені Штати",
    "Сполучених Штатів",
    "Сполученим Штатам",
    "Сполученими Штатами",
    "Сполучених Штатах",
  ],
  GB: [
    "Велика Британія",
    "Великої Британії",
    "Великій Британії",
    "Велику Британію",
    "Великою Британією",
    "Сполучене Королівство",
    "Сполученого Королівства",
    "Сполученому Королівству",
    "Сполученим Королівством",
  ],
  NL: ["Нідерланди", "Нідерландів", "Нідерландам", "Нідерландами", "Нідерландах"],
  CH: ["Швейцарія", "Швейцарії", "Швейцарію", "Швейцарією"],
  BY: ["Білорусь", "Білорусі", "Білоруссю"],
  NZ: ["Нова Зеландія", "Нової Зеландії", "Новій Зеландії", "Нову Зеландію"],
  KP: ["КНДР", "Північна Корея", "Північної Кореї", "Північній Кореї", "Північну Корею", "Північною Кореєю"],
  KR: ["Південна Корея", "Південної Кореї", "Південній Кореї", "Південну Корею", "Південною Кореєю"],
  CZ: ["Чеська Республіка", "Чеської Республіки", "Чеській Республіці", "Чеську Республіку"],
  CN: ["КНР"],
  EU: [
    "ЄС",
    "Євросоюз",
    "Євросоюзу",
    "Євросоюзом",
    "Євросоюзі",
    "Європейський Союз",
    "Європейського Союзу",
    "Європейському Союзу",
    "Європейським Союзом",
    "Європейський союз",
    "Європейського союзу",
    "Європейському союзу",
    "Європейським союзом",
    "Європейська комісія",
    "Європейської комісії",
    "Єврокомісія",
    "Єврокомісії",
    "Єврокомісією",
  ],
  NATO: ["НАТО", "Альянс", "Альянсу"],
  UN: ["ООН"],
  G7: ["G7", "Велика сімка", "Великої сімки", "Групи семи"],
  IMF: ["МВФ", "Міжнародний валютний фонд", "Міжнародного валютного фонду"],
  WB: ["Світовий банк", "Світового банку", "Світовим банком"],
  EIB: ["ЄІБ", "Європейський інвестиційний банк", "Європейського інвестиційного банку"],
  EBRD: ["ЄБРР"],
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
  UA: "українськ",
  LT: "литовськ",
  LV: "латвійськ",
  EE: "естонськ",
  PL: "польськ",
  DE: "німецьк",
  FR: "французьк",
  IT: "італійськ",
  ES: "іспанськ",
  PT: "португальськ",
  BE: "бельгійськ",
  AT: "австрійськ",
  CZ: "чеськ",
  SK: "словацьк",
  HU: "угорськ",
  RO: "румунськ",
  BG: "болгарськ",
  GR: "грецьк",
  HR: "хорватськ",
  SE: "шведськ",
  NO: "норвезьк",
  DK: "данськ",
  FI: "фінськ",
  IE: "ірландськ",
  GB: "британськ",
  TR: "турецьк",
  RU: "російськ",
  GE: "грузинськ",
  MD: "молдовськ",
  CA: "канадськ",
  AU: "австралійськ",
  JP: "японськ",
  US: "американськ",
  NL: "нідерландськ",
  CH: "швейцарськ",
  BY: "білоруськ",
  KP: "північнокорейськ",
  KR: "південнокорейськ",
  CN: "китайськ",
  IR: "іранськ",
  IL: "ізраїльськ",
};

const demonyms: Record<string, string[]> = {};
for (const [code, stem] of Object.entries(ADJECTIVES)) demonyms[code] = adjective(stem);

/** Capitals: "Київ" and "Москва" are irregular or feminine; the rest take the city endings. */
const CITIES: Record<string, string> = {
  LT: "Вільнюс",
  DE: "Берлін",
  US: "Вашингтон",
  GB: "Лондон",
  FR: "Париж",
  SE: "Стокгольм",
  DK: "Копенгаген",
  EE: "Таллінн",
  ES: "Мадрид",
  NL: "Амстердам",
  BY: "Мінськ",
  CN: "Пекін",
  IR: "Тегеран",
  CA: "Оттава",
  PL: "Варшава",
  RU: "Москва",
  LV: "Рига",
  CZ: "Прага",
  IT: "Рим",
  HU: "Будапешт",
};
const capitals: Record<string, string[]> = {
  UA: ["Київ", "Києва", "Києву", "Києві", "Києвом"],
  NO: ["Осло"],
  FI: ["Гельсінкі"],
  JP: ["Токіо"],
  BE: ["Брюссель", "Брюсселя", "Брюсселю", "Брюсселем", "Брюсселі"],
};
for (const [code, city] of Object.entries(CITIES)) (capitals[code] ??= []).push(...cases(city, true));

export const curated: CuratedEntities = {
  names: merge(declined, IRREGULAR),
  dropNames: [],
  leadingArticle: /^$/u,
  demonyms,
  capitals,
  institutions: {
    US: [
      "Пентагон",
      "Пентагону",
      "Пентагоні",
      "Пентагоном",
      "Білий дім",
      "Білого дому",
      "Держдеп",
      "Держдепу",
      "Конгрес",
      "Конгресу",
    ],
    RU: ["Кремль", "Кремля", "Кремлю", "Кремлем"],
    UA: [
      "ЗСУ",
      "Верховна Рада",
      "Верховної Ради",
      "Верховній Раді",
      "Міноборони України",
      "Офіс президента",
      "Офісу президента",
    ],
    DE: ["Бундестаг", "Бундестагу", "Бундесвер", "Бундесверу"],
    GB: ["Даунінг-стріт"],
  },
  // Outlets and phrases that hold a state's name without naming its government as an actor.
  ignore: [
    "РБК-Україна",
    "Українська правда",
    "Української правди",
    "Укрінформ",
    "Радіо Свобода",
    "Голос Америки",
    "Європейська правда",
    "Європейської правди",
    "Новини Литви",
  ],
};
