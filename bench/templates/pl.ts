// Polish benchmark material: sentences written for the benchmark in the manner of Polish wire reports on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { listOf } from "../generate.js";

/** A state with the cases the sentences need: nominative, genitive ("do Litwy"), dative ("Litwie"), instrumental. */
interface Cases {
  gen: string;
  dat: string;
  ins: string;
  capitalGen: string;
}

const CASES = new Map<string, Cases>();

function place(name: string, adjective: string, capital: string, cases: Cases): Place {
  CASES.set(name, cases);
  return { name, adjective, capital };
}

const DONORS: readonly Place[] = [
  place("Litwa", "litewski", "Wilno", { gen: "Litwy", dat: "Litwie", ins: "Litwą", capitalGen: "Wilna" }),
  place("Łotwa", "łotewski", "Ryga", { gen: "Łotwy", dat: "Łotwie", ins: "Łotwą", capitalGen: "Rygi" }),
  place("Estonia", "estoński", "Tallin", {
    gen: "Estonii",
    dat: "Estonii",
    ins: "Estonią",
    capitalGen: "Tallina",
  }),
  place("Polska", "polski", "Warszawa", {
    gen: "Polski",
    dat: "Polsce",
    ins: "Polską",
    capitalGen: "Warszawy",
  }),
  place("Szwecja", "szwedzki", "Sztokholm", {
    gen: "Szwecji",
    dat: "Szwecji",
    ins: "Szwecją",
    capitalGen: "Sztokholmu",
  }),
  place("Norwegia", "norweski", "Oslo", {
    gen: "Norwegii",
    dat: "Norwegii",
    ins: "Norwegią",
    capitalGen: "Oslo",
  }),
  place("Dania", "duński", "Kopenhaga", {
    gen: "Danii",
    dat: "Danii",
    ins: "Danią",
    capitalGen: "Kopenhagi",
  }),
  place("Finlandia", "fiński", "Helsinki", {
    gen: "Finlandii",
    dat: "Finlandii",
    ins: "Finlandią",
    capitalGen: "Helsinek",
  }),
  place("Niemcy", "niemiecki", "Berlin", {
    gen: "Niemiec",
    dat: "Niemcom",
    ins: "Niemcami",
    capitalGen: "Berlina",
  }),
  place("Francja", "francuski", "Paryż", {
    gen: "Francji",
    dat: "Francji",
    ins: "Francją",
    capitalGen: "Paryża",
  }),
  place("Kanada", "kanadyjski", "Ottawa", {
    gen: "Kanady",
    dat: "Kanadzie",
    ins: "Kanadą",
    capitalGen: "Ottawy",
  }),
  place("Czechy", "czeski", "Praga", { gen: "Czech", dat: "Czechom", ins: "Czechami", capitalGen: "Pragi" }),
];

const RECIPIENTS: readonly Place[] = [
  place("Ukraina", "ukraiński", "Kijów", {
    gen: "Ukrainy",
    dat: "Ukrainie",
    ins: "Ukrainą",
    capitalGen: "Kijowa",
  }),
  place("Ukraina", "ukraiński", "Kijów", {
    gen: "Ukrainy",
    dat: "Ukrainie",
    ins: "Ukrainą",
    capitalGen: "Kijowa",
  }),
  place("Mołdawia", "mołdawski", "Kiszyniów", {
    gen: "Mołdawii",
    dat: "Mołdawii",
    ins: "Mołdawią",
    capitalGen: "Kiszyniowa",
  }),
];

/** Items in the genitive plural, as they follow a number of five or more: "120 dronów". */
const ITEMS = [
  "dronów",
  "dronów uderzeniowych",
  "pocisków artyleryjskich",
  "haubic",
  "transporterów opancerzonych",
  "bojowych wozów piechoty",
  "radarów",
  "systemów antydronowych",
  "zestawów walki elektronicznej",
  "generatorów",
  "ciężarówek",
  "karetek",
  "hełmów",
  "kamizelek kuloodpornych",
  "terminali Starlink",
  "karabinów",
  "granatników",
];

const SCOPES = [
  "wspólnej produkcji dronów",
  "produkcji amunicji",
  "obrony powietrznej",
  "walki elektronicznej",
  "szkolenia pilotów",
  "rozminowywania",
  "naprawy pojazdów opancerzonych",
  "nowych technologii obronnych",
];

const HUMANITARIAN = ["żywność", "leki", "koce", "wodę pitną", "zestawy higieniczne"];
const MONTHS_LOC = [
  "styczniu",
  "lutym",
  "marcu",
  "kwietniu",
  "maju",
  "czerwcu",
  "lipcu",
  "sierpniu",
  "wrześniu",
  "październiku",
  "listopadzie",
  "grudniu",
];
const MONTHS_GEN = [
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "września",
  "października",
  "listopada",
  "grudnia",
];
const OFFICIALS = [
  "minister obrony Anna Lindqvist",
  "szef dyplomacji Tomas Petraitis",
  "premier Maria Kowalska",
  "wiceminister obrony Eva Novak",
  "rzecznik resortu obrony Marek Ellis",
];
const CURRENCIES = [
  (n: string) => `${n} mln euro`,
  (n: string) => `${n} mln zł`,
  (n: string) => `${n} mln dolarów`,
  (n: string) => `${n} mln koron szwedzkich`,
  (n: string) => `${n} mld zł`,
];

const cases = (p: Place): Cases =>
  CASES.get(p.name) ?? { gen: p.name, dat: p.name, ins: p.name, capitalGen: p.capital };
const count = (c: Cast): string =>
  String(c.rng.pick([c.rng.int(5, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500])).replace(
    /\B(?=(\d{3})+$)/g,
    " ",
  );
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(
    String(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1])).replace(".", ","),
  );

/** "dronów, radarów i ciężarówek": two to four distinct items. */
const itemList = (c: Cast): string => listOf(c, item, "i");

const SLOTS: Record<string, Slot> = {
  donor: (c) => c.donor.name,
  donorGen: (c) => cases(c.donor).gen,
  donorAdj: (c) => c.donor.adjective,
  donorCapital: (c) => c.donor.capital,
  partner: (c) => c.partner.name,
  partnerGen: (c) => cases(c.partner).gen,
  recipient: (c) => c.recipient.name,
  recipientGen: (c) => cases(c.recipient).gen,
  recipientDat: (c) => cases(c.recipient).dat,
  recipientIns: (c) => cases(c.recipient).ins,
  recipientCapitalGen: (c) => cases(c.recipient).capitalGen,
  official: (c) => c.rng.pick(OFFICIALS),
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "ponad ", "około ", "do "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([`${lo}–${lo + 10} mln euro`, `od ${lo} do ${lo * 2} mln zł`]);
  },
  moneyQualified: (c) => `${c.rng.pick(["ponad", "do", "około", "blisko"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  when: (c) =>
    c.rng.pick([
      "we wtorek",
      `${c.rng.int(1, 28)} ${c.rng.pick(MONTHS_GEN)}`,
      `${c.rng.int(1, 28)} ${c.rng.pick(MONTHS_GEN)} ${c.year} r.`,
      "w ubiegłym tygodniu",
      "w tym miesiącu",
      `w ${c.rng.pick(MONTHS_LOC)}`,
      "dzisiaj",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "do końca roku",
      "do końca jesieni",
      `przed ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS_GEN)}`,
      `do ${c.rng.pick(MONTHS_GEN)} ${c.year + 1} r.`,
      "w ciągu sześciu miesięcy",
    ]),
};

export const templates: LanguageTemplates = {
  code: "pl",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{Donor} przeznaczy {money} na nową pomoc dla {recipientGen}",
    "{Donor} i {recipient} podpisały memorandum o współpracy w przemyśle obronnym",
    "Kolejny pakiet pomocy dla {recipientGen} omawiany w {donorCapital}",
    "Nowy pakiet {donorAdj}ego wsparcia dla {recipientGen}",
  ],
  events: [
    "{Donor} przekaże {recipientDat} nowy pakiet pomocy wojskowej o wartości {money}, poinformował {when} {official}.",
    "W skład pakietu wchodzi {quantity} oraz zapas {items}.",
    "{DonorCapital} przekazało już w tym roku {recipientDat} {quantity}.",
    "Ministrowie obrony {donorGen} i {recipientGen} podpisali {when} memorandum w sprawie {scope}.",
    "Dokument przewiduje współpracę w zakresie {scope} oraz wymianę wyników testów.",
    "{Donor} planuje przeznaczyć {deadline} dodatkowe {moneyRange} na pomoc dla {recipientGen}.",
    "Od początku pełnoskalowej wojny {donor} przekazała {recipientDat} pomoc o wartości {money}.",
    "Przedstawiciele resortu obrony potwierdzili, że {when} do {recipientGen} trafiło {quantity}.",
    "Rząd zatwierdził grant w wysokości {money} na wsparcie budżetu {recipientGen} {deadline}.",
    "Przypomnijmy, że {when} {donor} zapowiedziała przekazanie {recipientDat} {items}.",
    "{Donor} przeznaczy {moneyQualified} na pomoc humanitarną dla {recipientGen}, w tym {humanitarian}.",
    "Oba rządy podpisały także list intencyjny w sprawie {scope}.",
    "{Partner} sfinansuje zakup {quantity} dla {recipientGen} w ramach wspólnych zamówień o wartości {money}.",
    "{Donor} wysyła do {recipientCapitalGen} {quantity}, przekazało ministerstwo w komunikacie.",
  ],
  context: [
    "Rozmowy w {donorCapital} dotyczyły także eksportu zboża i cen energii.",
    "Zdaniem analityków decyzja odzwierciedla rosnącą presję na europejskie zapasy.",
    "{Partner} może rozważyć wysłanie {items} w późniejszym terminie, twierdzi źródło zbliżone do rozmów.",
    "Przedstawiciele {recipientGen} wielokrotnie prosili partnerów o więcej {items}.",
    "Intensywne opady śniegu sparaliżowały ruch kolejowy w regionie, podały służby.",
    "{Official} nie chciał powiedzieć, kiedy zostanie ogłoszony kolejny pakiet.",
    "Parlament ma debatować nad budżetem obronnym {deadline}.",
    "Ministerstwo opublikowało podsumowanie spotkania na swojej stronie internetowej.",
    "{Donor} zwiększa także wydatki na własne siły zbrojne i kupuje {quantity} dla swojej armii.",
  ],
};
