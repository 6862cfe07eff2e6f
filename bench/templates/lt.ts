// Lithuanian benchmark material: sentences written for the benchmark in the manner of Lithuanian reports on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { listOf } from "../generate.js";
import { decline } from "../../src/extract/lang/lt/declension.js";

/** A state as Lithuanian names it: nominative name, genitive (which serves as the adjective), capital. */
const place = (name: string, capital: string): Place => ({
  name,
  adjective: decline(name).genitive,
  capital,
});

const DONORS: readonly Place[] = [
  place("Lietuva", "Vilnius"),
  place("Latvija", "Ryga"),
  place("Estija", "Talinas"),
  place("Lenkija", "Varšuva"),
  place("Švedija", "Stokholmas"),
  place("Norvegija", "Oslas"),
  place("Danija", "Kopenhaga"),
  place("Suomija", "Helsinkis"),
  place("Vokietija", "Berlynas"),
  place("Prancūzija", "Paryžius"),
  place("Nyderlandai", "Haga"),
  place("Jungtinė Karalystė", "Londonas"),
  place("Jungtinės Valstijos", "Vašingtonas"),
  place("Kanada", "Otava"),
  place("Japonija", "Tokijas"),
  place("Čekija", "Praha"),
];

const RECIPIENTS: readonly Place[] = [
  place("Ukraina", "Kyjivas"),
  place("Ukraina", "Kyjivas"),
  place("Ukraina", "Kyjivas"),
  place("Moldova", "Kišiniovas"),
  place("Sakartvelas", "Tbilisis"),
];

/** Counted nouns in the genitive plural, as they stand after "tūkst." and after numbers from ten. */
const ITEMS = [
  "dronų",
  "FPV dronų",
  "žvalgybinių dronų",
  "artilerijos sviedinių",
  "155 mm sviedinių",
  "haubicų",
  "šarvuotųjų transporterių",
  "pėstininkų kovos mašinų",
  "oro gynybos sistemų",
  "radarų",
  "antidroninių sistemų",
  "elektroninės kovos priemonių",
  "generatorių",
  "sunkvežimių",
  "greitosios pagalbos automobilių",
  "šalmų",
  "neperšaunamų liemenių",
  "žieminės aprangos komplektų",
  "palydovinių terminalų",
  "išminavimo mašinų",
  "patrulinių katerių",
  "šautuvų",
  "kulkosvaidžių",
  "prieštankinių ginklų",
  "pirmosios pagalbos rinkinių",
];

const SCOPES = [
  "bendros dronų gamybos",
  "šaudmenų gamybos",
  "oro gynybos",
  "elektroninės kovos",
  "pilotų mokymo",
  "išminavimo",
  "šarvuotos technikos remonto",
  "kibernetinio saugumo",
  "gynybos mokslinių tyrimų ir naujų technologijų",
];

const HUMANITARIAN = ["maisto rinkiniams", "vaistams", "generatoriams", "geriamajam vandeniui", "antklodėms"];
const MONTHS_GENITIVE = [
  "sausio",
  "vasario",
  "kovo",
  "balandžio",
  "gegužės",
  "birželio",
  "liepos",
  "rugpjūčio",
  "rugsėjo",
  "spalio",
  "lapkričio",
  "gruodžio",
];
const MONTHS_ACCUSATIVE = [
  "sausį",
  "vasarį",
  "balandį",
  "gegužę",
  "birželį",
  "liepą",
  "rugpjūtį",
  "rugsėjį",
  "spalį",
];
const OFFICIALS = [
  "krašto apsaugos ministrė Ona Petrauskienė",
  "užsienio reikalų ministras Tomas Petraitis",
  "premjerė Marija Kowalska",
  "gynybos ministras Jensas Halvorsenas",
  "ministerijos atstovas Markas Elisonas",
  "viceministrė Eva Novak",
];
const CURRENCIES = [
  (n: string) => `${n} mln. eurų`,
  (n: string) => `${n} mln. JAV dolerių`,
  (n: string) => `${n} milijonų eurų`,
  (n: string) => `€${n} mln.`,
  (n: string) => `${n} mln. Švedijos kronų`,
];

const count = (c: Cast): string =>
  String(c.rng.pick([c.rng.int(12, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500])).replace(
    /\B(?=(\d{3})+$)/g,
    " ",
  );
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(
    String(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1])).replace(".", ","),
  );

/** "dronų, radarų ir sunkvežimių": two to four distinct items. */
const itemList = (c: Cast): string => listOf(c, item, "ir");

const SLOTS: Record<string, Slot> = {
  donor: (c) => c.donor.name,
  donorGen: (c) => c.donor.adjective,
  donorCapital: (c) => c.donor.capital,
  partner: (c) => c.partner.name,
  partnerGen: (c) => c.partner.adjective,
  recipient: (c) => c.recipient.name,
  recipientDat: (c) => decline(c.recipient.name).dative,
  recipientGen: (c) => c.recipient.adjective,
  recipientCapitalDat: (c) => decline(c.recipient.capital).dative,
  official: (c) => c.rng.pick(OFFICIALS),
  item,
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "daugiau nei ", "apie ", "iki "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([`${lo}–${lo + 10} mln. eurų`, `nuo ${lo} iki ${lo * 2} mln. eurų`]);
  },
  moneyQualified: (c) => `${c.rng.pick(["daugiau nei", "iki", "apie", "beveik"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  city: (c) => c.rng.pick([c.donor.capital, c.recipient.capital, c.partner.capital]),
  when: (c) =>
    c.rng.pick([
      `${c.rng.pick(MONTHS_GENITIVE)} ${c.rng.int(1, 28)} d.`,
      `${c.year} m. ${c.rng.pick(MONTHS_GENITIVE)} ${c.rng.int(1, 28)} d.`,
      "praėjusią savaitę",
      "šį mėnesį",
      c.rng.pick(MONTHS_ACCUSATIVE),
      "šiandien",
      "vakar",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "iki metų pabaigos",
      "iki rudens pabaigos",
      `iki ${c.rng.pick(MONTHS_GENITIVE)} pabaigos`,
      `iki ${c.year + 1} m.`,
      "per ateinančius šešis mėnesius",
    ]),
};

export const templates: LanguageTemplates = {
  code: "lt",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{DonorGen} parama {recipientDat}: {money}",
    "{Donor} ir {recipient} – naujas gynybos pramonės memorandumas",
    "{DonorGen} karinė pagalba pasiekė {recipientGen} frontą",
    "Naujame {donorGen} pakete – {items}",
  ],
  events: [
    "{Donor} perduos {recipientDat} naują {money} vertės karinės paramos paketą, {when} pranešė {official}.",
    "Į paketą įtraukta {quantity}, taip pat {items}.",
    "{DonorCapital} šiais metais jau perdavė {recipientCapitalDat} {quantity}.",
    "{DonorGen} ir {recipientGen} gynybos ministrai {when} pasirašė supratimo memorandumą dėl {scope}.",
    "Pagal susitarimą abi šalys bendradarbiaus {scope} srityje ir dalysis bandymų rezultatais.",
    "{Donor} planuoja skirti {recipientDat} papildomą {moneyRange} paramą {deadline}.",
    "Iš viso nuo plataus masto invazijos pradžios {donor} suteikė paramos už {money}.",
    "{DonorGen} pareigūnai patvirtino, kad {when} {recipientGen} kariuomenei buvo perduota {quantity}.",
    "Vyriausybė {deadline} skirs {money} dotaciją {recipientGen} biudžetui paremti.",
    "{Donor} ir {partner} susitarė įkurti bendrą įmonę, kuri gamins {items} {recipientDat}.",
    "Primename, kad {when} {donor} paskelbė apie {recipientDat} skirtą paketą, kurį sudaro {items}.",
    "{Donor} pažadėjo skirti {moneyQualified} humanitarinei pagalbai {recipientDat}, įskaitant lėšas {humanitarian}.",
    "Vizito metu abiejų šalių vyriausybės taip pat pasirašė ketinimų protokolą dėl {scope}.",
    "{Partner} finansuos {quantity} {recipientDat} pagal bendrą {money} vertės pirkimų schemą.",
    "{Donor} siunčia {quantity} ir {quantity} į {recipientCapitalDat}, teigiama ministerijos pranešime.",
  ],
  context: [
    "Derybose {city} taip pat aptartas grūdų eksportas ir energijos kainos.",
    "Analitikų teigimu, sprendimas rodo didėjantį spaudimą Europos atsargoms.",
    "{Partner} vėliau galėtų svarstyti galimybę siųsti {items}, teigė su derybomis susipažinęs šaltinis.",
    "{RecipientGen} pareigūnai ne kartą prašė partnerių daugiau {item}.",
    "Gausus sniegas {when} sutrikdė geležinkelių eismą regione, pranešė pareigūnai.",
    "{Official} nepasakė, kada bus paskelbtas kitas paketas.",
    "Seimas gynybos biudžetą turėtų svarstyti {deadline}.",
    "Ministerija susitikimo santrauką paskelbė savo interneto svetainėje.",
    "{Donor} taip pat padidino išlaidas savo kariuomenei ir nupirko jai {quantity}.",
    "Apklausos rodo, kad {donorGen} visuomenė plačiai palaiko šią politiką.",
    "Vizitas įvyko praėjus savaitei po Šiaurės ir Baltijos šalių viršūnių susitikimo.",
    "Pasak ministerijos, įrangą prieš išsiunčiant išbandė {donorGen} kariniai daliniai.",
    "Žurnalistai į pasirašymo ceremoniją nebuvo įleisti.",
    "Opozicija kritikavo Vyriausybę, kad ši neskelbia viso įrangos sąrašo.",
    "Ekonomistai tikisi, kad {deadline} infliacija šalyje sulėtės, pranešė centrinis bankas.",
  ],
};
