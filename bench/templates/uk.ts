// Ukrainian benchmark material: sentences written for the benchmark in the manner of Ukrainian news on aid and defence deals.
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
  state("Литва", "Литви", "Литві", "литовський", "Вільнюс", "Вільнюсу"),
  state("Латвія", "Латвії", "Латвії", "латвійський", "Рига", "Ризі"),
  state("Естонія", "Естонії", "Естонії", "естонський", "Таллінн", "Таллінну"),
  state("Польща", "Польщі", "Польщі", "польський", "Варшава", "Варшаві"),
  state("Швеція", "Швеції", "Швеції", "шведський", "Стокгольм", "Стокгольму"),
  state("Норвегія", "Норвегії", "Норвегії", "норвезький", "Осло", "Осло"),
  state("Данія", "Данії", "Данії", "данський", "Копенгаген", "Копенгагену"),
  state("Німеччина", "Німеччини", "Німеччині", "німецький", "Берлін", "Берліну"),
  state("Франція", "Франції", "Франції", "французький", "Париж", "Парижу"),
  state("Нідерланди", "Нідерландів", "Нідерландам", "нідерландський", "Амстердам", "Амстердаму"),
  state("Канада", "Канади", "Канаді", "канадський", "Оттава", "Оттаві"),
  state("Японія", "Японії", "Японії", "японський", "Токіо", "Токіо"),
];
const UKRAINE = state("Україна", "України", "Україні", "український", "Київ", "Києву");
const MOLDOVA = state("Молдова", "Молдови", "Молдові", "молдовський", "Кишинів", "Кишиневу");
const RECIPIENTS: readonly Forms[] = [UKRAINE, UKRAINE, UKRAINE, MOLDOVA];

const forms = (p: Place): Forms => [...STATES, ...RECIPIENTS].find((f) => f.place === p) ?? UKRAINE;

const ITEMS = [
  "дронів",
  "ударних дронів",
  "артилерійських снарядів",
  "гаубиць",
  "бронетранспортерів",
  "систем ППО",
  "радарів",
  "засобів РЕБ",
  "генераторів",
  "вантажівок",
  "бронежилетів",
  "аптечок",
  "катерів",
  "кулеметів",
];
const SCOPES = [
  "спільне виробництво дронів",
  "виробництво боєприпасів",
  "протиповітряну оборону",
  "розмінування",
  "навчання пілотів",
];
const MONTHS = [
  "січні",
  "лютому",
  "березні",
  "квітні",
  "травні",
  "червні",
  "липні",
  "серпні",
  "вересні",
  "жовтні",
  "листопаді",
  "грудні",
];
const OFFICIALS = ["міністр оборони", "прем'єр-міністр", "речник міністерства оборони", "президент"];
const CURRENCIES = ["млн євро", "млн доларів", "млрд євро", "млн злотих", "млн шведських крон"];

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
  quantity: (c) => `${c.rng.pick(["", "", "понад ", "близько ", "до "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return `${lo}–${lo + 10} млн євро`;
  },
  scope: (c) => c.rng.pick(SCOPES),
  when: (c) =>
    c.rng.pick(["сьогодні", "минулого тижня", `у ${c.rng.pick(MONTHS)}`, `${c.rng.int(1, 28)} листопада`]),
  deadline: (c) => c.rng.pick(["до кінця року", "до кінця осені", `до кінця ${c.year + 1} року`]),
};

export const templates: LanguageTemplates = {
  code: "uk",
  donors: STATES.map((f) => f.place),
  recipients: RECIPIENTS.map((f) => f.place),
  slots: SLOTS,
  titles: [
    "{Donor} виділить {recipientDat} {money} нової допомоги",
    "{Donor} та {recipient} підписали меморандум про оборонну співпрацю",
    "Новий пакет допомоги для {recipientGen} включає {quantity}",
  ],
  events: [
    "{Donor} передасть {recipientDat} новий пакет військової допомоги на {money}, повідомив {official} {when}.",
    "До пакета увійдуть {quantity} та {quantity}.",
    "{DonorCapital} уже передав {recipientDat} {quantity} цього року.",
    "Міністри оборони {donorGen} та {recipientGen} підписали меморандум про {scope} {when}.",
    "{Donor} планує {deadline} надати {recipientDat} додаткову допомогу на {moneyRange}.",
    "Загалом з початку повномасштабного вторгнення {donor} надала {recipientDat} допомогу на {money}.",
    "Нагадаємо, {when} {donor} оголосила про пакет допомоги для {recipientGen}, до якого увійдуть {quantity}.",
    "{Donor} надіслала {recipientCapitalDat} {quantity} {when}.",
  ],
  context: [
    "Під час переговорів сторони також обговорили експорт зерна та ціни на енергоносії.",
    "Аналітики вважають, що рішення пов'язане зі зростанням тиску на європейські склади.",
    "{Partner} може розглянути можливість передачі {item} пізніше, повідомило джерело.",
    "Українські посадовці неодноразово просили партнерів про більшу кількість {item}.",
    "Сильний снігопад порушив рух поїздів у регіоні {when}.",
    "Парламент обговорить оборонний бюджет {deadline}.",
    "Міністерство оприлюднило короткий звіт про зустріч на своєму сайті.",
    "Опитування показують широку підтримку цієї політики серед громадян.",
  ],
};
