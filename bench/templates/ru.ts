// Russian benchmark material: sentences written for the benchmark in the manner of Russian-language news on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";

/** A state with the case forms the templates need: nominative, genitive, dative; adjective; capital and its dative. */
interface Forms {
  place: Place;
  gen: string;
  dat: string;
  capitalDat: string;
}

const state = (
  name: string,
  gen: string,
  dat: string,
  adjective: string,
  capital: string,
  capitalDat: string,
): Forms => ({
  place: { name, adjective, capital },
  gen,
  dat,
  capitalDat,
});

const STATES: readonly Forms[] = [
  state("Литва", "Литвы", "Литве", "литовский", "Вильнюс", "Вильнюсу"),
  state("Латвия", "Латвии", "Латвии", "латвийский", "Рига", "Риге"),
  state("Эстония", "Эстонии", "Эстонии", "эстонский", "Таллин", "Таллину"),
  state("Польша", "Польши", "Польше", "польский", "Варшава", "Варшаве"),
  state("Швеция", "Швеции", "Швеции", "шведский", "Стокгольм", "Стокгольму"),
  state("Норвегия", "Норвегии", "Норвегии", "норвежский", "Осло", "Осло"),
  state("Дания", "Дании", "Дании", "датский", "Копенгаген", "Копенгагену"),
  state("Германия", "Германии", "Германии", "немецкий", "Берлин", "Берлину"),
  state("Франция", "Франции", "Франции", "французский", "Париж", "Парижу"),
  state("Канада", "Канады", "Канаде", "канадский", "Оттава", "Оттаве"),
  state("Япония", "Японии", "Японии", "японский", "Токио", "Токио"),
];
const UKRAINE = state("Украина", "Украины", "Украине", "украинский", "Киев", "Киеву");
const MOLDOVA = state("Молдова", "Молдовы", "Молдове", "молдавский", "Кишинев", "Кишиневу");
const RECIPIENTS: readonly Forms[] = [UKRAINE, UKRAINE, UKRAINE, MOLDOVA];

const forms = (p: Place): Forms => [...STATES, ...RECIPIENTS].find((f) => f.place === p) ?? UKRAINE;

const ITEMS = [
  "дронов",
  "ударных беспилотников",
  "артиллерийских снарядов",
  "гаубиц",
  "бронетранспортеров",
  "систем ПВО",
  "радаров",
  "средств РЭБ",
  "генераторов",
  "грузовиков",
  "бронежилетов",
  "аптечек",
  "катеров",
  "пулеметов",
];
const SCOPES = [
  "совместном производстве дронов",
  "производстве боеприпасов",
  "противовоздушной обороне",
  "разминировании",
  "обучении пилотов",
];
const MONTHS = [
  "январе",
  "феврале",
  "марте",
  "апреле",
  "мае",
  "июне",
  "июле",
  "августе",
  "сентябре",
  "октябре",
  "ноябре",
  "декабре",
];
const OFFICIALS = ["министр обороны", "премьер-министр", "пресс-секретарь министерства обороны", "президент"];
const CURRENCIES = ["млн евро", "млн долларов", "млрд евро", "млн злотых", "млн шведских крон"];

const item = (c: Cast): string => c.rng.pick(ITEMS);
const count = (c: Cast): string =>
  String(c.rng.pick([c.rng.int(2, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500]));
const money = (c: Cast): string => `${c.rng.int(5, 950)} ${c.rng.pick(CURRENCIES)}`;

const SLOTS: Record<string, Slot> = {
  donor: (c) => c.donor.name,
  donorGen: (c) => forms(c.donor).gen,
  donorAdj: (c) => c.donor.adjective,
  donorCapital: (c) => c.donor.capital,
  partner: (c) => c.partner.name,
  recipient: (c) => c.recipient.name,
  recipientGen: (c) => forms(c.recipient).gen,
  recipientDat: (c) => forms(c.recipient).dat,
  recipientCapitalDat: (c) => forms(c.recipient).capitalDat,
  official: (c) => c.rng.pick(OFFICIALS),
  item,
  quantity: (c) => `${c.rng.pick(["", "", "более ", "около ", "до "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return `${lo}–${lo + 10} млн евро`;
  },
  scope: (c) => c.rng.pick(SCOPES),
  when: (c) =>
    c.rng.pick(["сегодня", "на прошлой неделе", `в ${c.rng.pick(MONTHS)}`, `${c.rng.int(1, 28)} ноября`]),
  deadline: (c) => c.rng.pick(["до конца года", "до конца осени", `до конца ${c.year + 1} года`]),
};

export const templates: LanguageTemplates = {
  code: "ru",
  donors: STATES.map((f) => f.place),
  recipients: RECIPIENTS.map((f) => f.place),
  slots: SLOTS,
  titles: [
    "{Donor} выделит {recipientDat} {money} новой помощи",
    "{Donor} и {recipient} подписали меморандум об оборонном сотрудничестве",
    "Новый пакет помощи для {recipientGen} включает {quantity}",
  ],
  events: [
    "{Donor} передаст {recipientDat} новый пакет военной помощи на {money}, сообщил {official} {when}.",
    "В пакет войдут {quantity} и {quantity}.",
    "{DonorCapital} уже передал {recipientDat} {quantity} в этом году.",
    "Министры обороны {donorGen} и {recipientGen} подписали меморандум о {scope} {when}.",
    "{Donor} планирует {deadline} предоставить {recipientDat} дополнительную помощь на {moneyRange}.",
    "Всего с начала полномасштабного вторжения {donor} предоставила {recipientDat} помощь на {money}.",
    "Напомним, {when} {donor} объявила о пакете помощи для {recipientGen}, в который войдут {quantity}.",
    "{Donor} направила {recipientCapitalDat} {quantity} {when}.",
  ],
  context: [
    "В ходе переговоров стороны также обсудили экспорт зерна и цены на энергоносители.",
    "Аналитики считают, что решение связано с ростом давления на европейские склады.",
    "{Partner} может рассмотреть возможность передачи {item} позднее, сообщил источник.",
    "Украинские чиновники неоднократно просили партнеров о большем количестве {item}.",
    "Сильный снегопад нарушил движение поездов в регионе {when}.",
    "Парламент обсудит оборонный бюджет {deadline}.",
    "Министерство опубликовало краткий отчет о встрече на своем сайте.",
    "Опросы показывают широкую поддержку этой политики среди граждан.",
  ],
};
