// German benchmark material: sentences written for the benchmark in the manner of German agency reports on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { listOf } from "../generate.js";

/** A state as the templates need it: the name, the adjective stem ("litauisch" + "e"), the capital. */
const place = (name: string, adjective: string, capital: string): Place => ({ name, adjective, capital });

const DONORS: readonly Place[] = [
  place("Litauen", "litauisch", "Vilnius"),
  place("Lettland", "lettisch", "Riga"),
  place("Estland", "estnisch", "Tallinn"),
  place("Polen", "polnisch", "Warschau"),
  place("Schweden", "schwedisch", "Stockholm"),
  place("Norwegen", "norwegisch", "Oslo"),
  place("Dänemark", "dänisch", "Kopenhagen"),
  place("Finnland", "finnisch", "Helsinki"),
  place("Deutschland", "deutsch", "Berlin"),
  place("Frankreich", "französisch", "Paris"),
  place("Großbritannien", "britisch", "London"),
  place("Kanada", "kanadisch", "Ottawa"),
  place("Japan", "japanisch", "Tokio"),
  place("Tschechien", "tschechisch", "Prag"),
];

const RECIPIENTS: readonly Place[] = [
  place("Ukraine", "ukrainisch", "Kiew"),
  place("Ukraine", "ukrainisch", "Kyjiw"),
  place("Ukraine", "ukrainisch", "Kiew"),
  place("Moldau", "moldauisch", "Chisinau"),
  place("Georgien", "georgisch", "Tiflis"),
];

/** Feminine names take an article: "die Ukraine", "der Ukraine" (dative, genitive); others a genitive "s". */
const FEMININE = new Set(["Ukraine"]);
const dative = (p: Place): string => (FEMININE.has(p.name) ? `der ${p.name}` : p.name);
const accusative = (p: Place): string => (FEMININE.has(p.name) ? `die ${p.name}` : p.name);
const genitive = (p: Place): string => (FEMININE.has(p.name) ? `der ${p.name}` : `${p.name}s`);

const ITEMS = [
  "Drohnen",
  "Kampfdrohnen",
  "Aufklärungsdrohnen",
  "Artilleriegranaten",
  "Schuss Artilleriemunition",
  "Haubitzen",
  "Schützenpanzer",
  "Transportpanzer",
  "Luftverteidigungssysteme",
  "Radargeräte",
  "Drohnenabwehrsysteme",
  "Störsender",
  "Generatoren",
  "Lastwagen",
  "Krankenwagen",
  "Helme",
  "Schutzwesten",
  "Satellitenterminals",
  "Minenräumgeräte",
  "Patrouillenboote",
  "Sturmgewehre",
  "Maschinengewehre",
  "Panzerabwehrwaffen",
];

const SCOPES = [
  "die gemeinsame Produktion von Drohnen",
  "die Herstellung von Munition",
  "die Luftverteidigung",
  "die elektronische Kampfführung",
  "die Ausbildung von Piloten",
  "die Minenräumung",
  "die Instandsetzung gepanzerter Fahrzeuge",
  "die Cybersicherheit",
  "Forschung und neue Technologien",
];

const HUMANITARIAN = ["Lebensmittel", "Medikamente", "Notunterkünfte", "Trinkwasser", "Decken"];
const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"];
const OFFICIALS = [
  "Verteidigungsministerin Anna Lindqvist",
  "Außenminister Tomas Petraitis",
  "Regierungschefin Maria Kowalska",
  "Verteidigungsminister Jens Halvorsen",
  "Ministeriumssprecher Mark Ellison",
  "die stellvertretende Verteidigungsministerin Eva Novak",
];
const CURRENCIES = [
  (n: string) => `${n} Millionen Euro`,
  (n: string) => `${n} Mio. Euro`,
  (n: string) => `${n} Millionen US-Dollar`,
  (n: string) => `${n} Millionen Pfund`,
  (n: string) => `${n} Millionen schwedische Kronen`,
  (n: string) => `${n} Mrd. Euro`,
];

const count = (c: Cast): string =>
  c.rng.pick([c.rng.int(2, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500]).toLocaleString("de-DE");
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1]).toLocaleString("de-DE"));

/** "Drohnen, Radargeräte und Lastwagen": two to four distinct items. */
const itemList = (c: Cast): string => listOf(c, item, "und");

const SLOTS: Record<string, Slot> = {
  donor: (c) => c.donor.name,
  donorAdj: (c) => `${c.donor.adjective}e`,
  donorAdjPl: (c) => `${c.donor.adjective}en`,
  donorCapital: (c) => c.donor.capital,
  partner: (c) => c.partner.name,
  recipient: (c) => accusative(c.recipient),
  recipientDat: (c) => dative(c.recipient),
  recipientGen: (c) => genitive(c.recipient),
  recipientAdjPl: (c) => `${c.recipient.adjective}en`,
  recipientCapital: (c) => c.recipient.capital,
  official: (c) => c.rng.pick(OFFICIALS),
  item,
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "mehr als ", "rund ", "bis zu "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([`${lo} bis ${lo + 10} Millionen Euro`, `zwischen ${lo} und ${lo * 2} Millionen Euro`]);
  },
  moneyQualified: (c) => `${c.rng.pick(["mehr als", "bis zu", "rund", "fast"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  city: (c) => c.rng.pick([c.donor.capital, c.recipient.capital, c.partner.capital]),
  when: (c) =>
    c.rng.pick([
      `am ${c.rng.pick(WEEKDAYS)}`,
      `am ${c.rng.int(1, 28)}. ${c.rng.pick(MONTHS)}`,
      `am ${c.rng.int(1, 28)}. ${c.rng.pick(MONTHS)} ${c.year}`,
      "in der vergangenen Woche",
      "Anfang des Monats",
      `im ${c.rng.pick(MONTHS)}`,
      "heute",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "bis Ende des Jahres",
      "bis Ende des Herbstes",
      `bis ${c.rng.pick(MONTHS)}`,
      `bis ${c.rng.pick(MONTHS)} ${c.year + 1}`,
      "innerhalb von sechs Monaten",
    ]),
};

export const templates: LanguageTemplates = {
  code: "de",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{Donor} sagt {recipientDat} {money} an neuer Hilfe zu",
    "{Donor} und {recipient} unterzeichnen Memorandum zur Rüstungsindustrie",
    "{DonorAdj} Militärhilfe erreicht {recipient}, Gespräche in {city} gehen weiter",
    "Neues {donorAdj}s Paket für {recipient} umfasst {items}",
  ],
  events: [
    "{Donor} wird {recipientDat} ein neues Militärhilfepaket im Wert von {money} liefern, sagte {official} {when}.",
    "Das Paket umfasst {quantity} sowie {items}.",
    "{DonorCapital} hat {recipientDat} in diesem Jahr bereits {quantity} geliefert.",
    "Die Verteidigungsminister von {donor} und {recipient} unterzeichneten {when} in {city} ein Memorandum über {scope}.",
    "Das Abkommen sieht vor, dass beide Länder bei {scope} zusammenarbeiten und Testergebnisse teilen.",
    "{Donor} plant, {recipientDat} {deadline} zusätzliche Hilfe im Umfang von {moneyRange} bereitzustellen.",
    "Insgesamt hat {donor} {recipientDat} seit Beginn des Krieges Hilfe im Wert von {money} geleistet.",
    "Wie {donorAdjPl} Regierungsvertreter bestätigten, wurden {quantity} {when} an die {recipientAdjPl} Streitkräfte übergeben.",
    "Die Regierung bewilligte einen Zuschuss von {money} zur Unterstützung des Haushalts {recipientGen} {deadline}.",
    "{Donor} und {partner} vereinbarten ein Gemeinschaftsunternehmen, das {items} für {recipient} bauen soll.",
    "Bereits {when} hatte {donor} ein Paket mit {items} für {recipient} angekündigt.",
    "{Donor} sagte {recipientDat} {moneyQualified} an humanitärer Hilfe zu, darunter {humanitarian}.",
    "Beide Regierungen unterzeichneten bei dem Besuch zudem eine Absichtserklärung über {scope}.",
    "{Partner} wird im Rahmen einer gemeinsamen Beschaffung im Wert von {money} {quantity} für {recipient} bezahlen.",
    "{Donor} schickt {quantity} und {quantity} nach {recipientCapital}, teilte das Ministerium mit.",
  ],
  context: [
    "Bei den Gesprächen in {city} ging es auch um Getreideexporte und Energiepreise.",
    "Beobachter sahen in der Entscheidung eine Reaktion auf die schrumpfenden europäischen Lagerbestände.",
    "{Partner} könnte später {items} schicken, sagte eine mit den Beratungen vertraute Person.",
    "Vertreter {recipientGen} haben die Partner wiederholt um mehr {item} gebeten.",
    "Starker Schneefall störte {when} den Bahnverkehr in der gesamten Region, teilten die Behörden mit.",
    "{Official} wollte nicht sagen, wann das nächste Paket angekündigt wird.",
    "Das Parlament soll {deadline} über den Verteidigungshaushalt beraten.",
    "Das Ministerium veröffentlichte eine Zusammenfassung des Treffens auf seiner Internetseite.",
    "{Donor} hat zudem die Ausgaben für die eigenen Streitkräfte erhöht und {quantity} für die eigene Armee gekauft.",
    "Umfragen zeigen in {donor} breite Zustimmung zu diesem Kurs.",
    "Der Besuch fand eine Woche nach einem Gipfel der nordischen und baltischen Staaten statt.",
    "Nach Angaben des Ministeriums waren die Geräte vor dem Versand von {donorAdjPl} Einheiten getestet worden.",
    "Journalisten durften bei der Unterzeichnung nicht anwesend sein.",
    "{RecipientCapital} hat die Partner aufgefordert, noch vor dem Winter {items} zu liefern.",
    "„Wir stehen an der Seite {recipientGen}, so lange es nötig ist“, sagte {official} vor Journalisten in {city}.",
    "Von der Front wurden {when} schwere Kämpfe im Osten gemeldet, die Linien veränderten sich kaum.",
    "Die Opposition kritisierte, dass die Regierung die vollständige Liste der Ausrüstung nicht veröffentlicht.",
    "Ökonomen erwarten, dass sich die Inflation in {donor} {deadline} abschwächt, teilte die Zentralbank mit.",
  ],
};
