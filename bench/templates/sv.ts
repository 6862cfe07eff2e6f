// Swedish benchmark material: sentences written for the benchmark in the manner of Swedish government releases and news.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { listOf, placeSlots } from "../generate.js";

const place = (name: string, adjective: string, capital: string): Place => ({ name, adjective, capital });

const DONORS: readonly Place[] = [
  place("Sverige", "svenska", "Stockholm"),
  place("Norge", "norska", "Oslo"),
  place("Danmark", "danska", "Köpenhamn"),
  place("Finland", "finska", "Helsingfors"),
  place("Litauen", "litauiska", "Vilnius"),
  place("Lettland", "lettiska", "Riga"),
  place("Estland", "estniska", "Tallinn"),
  place("Polen", "polska", "Warszawa"),
  place("Tyskland", "tyska", "Berlin"),
  place("Frankrike", "franska", "Paris"),
  place("Nederländerna", "nederländska", "Haag"),
  place("Storbritannien", "brittiska", "London"),
  place("USA", "amerikanska", "Washington"),
  place("Kanada", "kanadensiska", "Ottawa"),
];

const RECIPIENTS: readonly Place[] = [
  place("Ukraina", "ukrainska", "Kyiv"),
  place("Ukraina", "ukrainska", "Kyiv"),
  place("Ukraina", "ukrainska", "Kyiv"),
  place("Moldavien", "moldaviska", "Chisinau"),
  place("Georgien", "georgiska", "Tbilisi"),
];

const ITEMS = [
  "drönare",
  "spaningsdrönare",
  "artillerigranater",
  "haubitsar",
  "pansarbandvagnar",
  "stridsfordon",
  "luftvärnssystem",
  "luftvärnsrobotar",
  "radarsystem",
  "system mot drönare",
  "störsändare",
  "generatorer",
  "lastbilar",
  "ambulanser",
  "hjälmar",
  "skyddsvästar",
  "uppsättningar vinterutrustning",
  "satellitterminaler",
  "minröjningsmaskiner",
  "stridsbåtar",
  "automatkarbiner",
  "kulsprutor",
  "pansarvärnsvapen",
  "sjukvårdsväskor",
];

const SCOPES = [
  "gemensam produktion av drönare",
  "ammunitionstillverkning",
  "luftförsvar",
  "elektronisk krigföring",
  "utbildning av piloter",
  "minröjning",
  "reparation av pansarfordon",
  "cybersäkerhet",
  "försvarsforskning och ny teknik",
];

const HUMANITARIAN = ["livsmedel", "läkemedel", "tält", "dricksvatten", "filtar"];
const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const WEEKDAYS = ["måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen"];
const OFFICIALS = [
  "försvarsminister Anna Lindqvist",
  "utrikesminister Tomas Petraitis",
  "statsminister Maria Kowalska",
  "försvarsminister Jens Halvorsen",
  "försvarsdepartementets pressekreterare Mark Ellison",
  "biträdande försvarsminister Eva Novak",
];
const CURRENCIES = [
  (n: string) => `${n} miljoner kronor`,
  (n: string) => `${n} miljoner euro`,
  (n: string) => `${n} miljoner dollar`,
  (n: string) => `${n} miljarder kronor`,
];

const count = (c: Cast): string =>
  String(c.rng.pick([c.rng.int(2, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500])).replace(
    /\B(?=(\d{3})+$)/g,
    " ",
  );
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(
    String(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1])).replace(".", ","),
  );

/** "drönare, radarsystem och lastbilar": two to four distinct items. */
const itemList = (c: Cast): string => listOf(c, item, "och");

const SLOTS: Record<string, Slot> = {
  ...placeSlots(OFFICIALS),
  item,
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "mer än ", "cirka ", "upp till "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([`${lo}–${lo + 10} miljoner euro`, `mellan ${lo} och ${lo * 2} miljoner kronor`]);
  },
  moneyQualified: (c) => `${c.rng.pick(["mer än", "upp till", "cirka", "närmare"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  city: (c) => c.rng.pick([c.donor.capital, c.recipient.capital, c.partner.capital]),
  when: (c) =>
    c.rng.pick([
      `på ${c.rng.pick(WEEKDAYS)}`,
      `den ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)}`,
      `den ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)} ${c.year}`,
      "förra veckan",
      "tidigare denna månad",
      `i ${c.rng.pick(MONTHS)}`,
      "i dag",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "före årets slut",
      "i slutet av året",
      `före ${c.rng.pick(MONTHS)}`,
      `senast i ${c.rng.pick(MONTHS)} ${c.year + 1}`,
      "inom sex månader",
    ]),
};

export const templates: LanguageTemplates = {
  code: "sv",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{Donor} skänker {money} i nytt stöd till {recipient}",
    "{Donor} och {recipient} undertecknar avsiktsförklaring om försvarsindustri",
    "{DonorAdj} militära stödet når {recipient} medan samtalen fortsätter i {city}",
    "Nytt {donorAdj} stödpaket till {recipient} innehåller {items}",
  ],
  events: [
    "{Donor} skickar ett nytt militärt stödpaket till {recipient} värt {money}, säger {official} {when}.",
    "Paketet innehåller {quantity} samt {items}.",
    "{Donor} har redan levererat {quantity} till {recipient} i år.",
    "Försvarsministrarna i {donor} och {recipient} undertecknade ett samförståndsavtal om {scope} i {city} {when}.",
    "Enligt avtalet ska de två länderna samarbeta inom {scope} och dela testresultat.",
    "{Donor} planerar att ge ytterligare stöd till {recipient} på {moneyRange} {deadline}.",
    "Totalt har {donor} bidragit med stöd till ett värde av {money} sedan den fullskaliga invasionen.",
    "{DonorAdj} företrädare bekräftade att {quantity} hade överlämnats till de {recipientAdj} styrkorna {when}.",
    "Regeringen beslutade om ett bidrag på {money} till {recipientAdj} statsbudget {deadline}.",
    "{Donor} och {partner} enades om ett samriskföretag som ska bygga {items} åt {recipient}.",
    "Tidigare, {when}, presenterade {donor} ett paket med {items} till {recipient}.",
    "{Donor} lovade {moneyQualified} i humanitärt stöd till {recipient}, bland annat {humanitarian}.",
    "De två regeringarna undertecknade också en avsiktsförklaring om {scope} under besöket.",
    "{Partner} betalar för {quantity} till {recipient} genom en gemensam upphandling värd {money}.",
    "{Donor} skänker {quantity} och {quantity} till {recipient}, meddelade departementet.",
  ],
  context: [
    "Samtalen i {city} handlade även om spannmålsexport och energipriser.",
    "Bedömare menar att beslutet speglar det ökade trycket på Europas lager.",
    "{Partner} kan komma att överväga att skicka {items} senare, uppger en källa med insyn i diskussionerna.",
    "{RecipientAdj} företrädare har upprepade gånger bett partner om mer {item}.",
    "Kraftigt snöfall störde tågtrafiken i regionen {when}, uppgav myndigheterna.",
    "{Official} ville inte säga när nästa paket presenteras.",
    "Riksdagen väntas debattera försvarsbudgeten {deadline}.",
    "Departementet publicerade en sammanfattning av mötet på sin webbplats.",
    "{Donor} har också höjt anslagen till sina egna väpnade styrkor och köpt {quantity} till armén.",
    "Opinionsmätningar visar ett brett stöd för politiken i {donor}.",
    "Besöket kom en vecka efter ett toppmöte mellan de nordiska och baltiska länderna.",
    "Enligt departementet hade materielen provats av {donorAdj} förband före transporten.",
    "Journalister fick inte närvara vid undertecknandet.",
    "{RecipientCapital} har uppmanat sina partner att bidra med {items} före vintern.",
    "– Vi står vid {recipient}s sida så länge det behövs, sade {official} till journalister i {city}.",
    "Rapporter från fronten beskrev hårda strider i öster {when}, med små förändringar i läget.",
    "Oppositionen kritiserade regeringen för att inte publicera hela listan över materiel.",
    "Ekonomer väntar sig att inflationen i {donor} avtar {deadline}, enligt centralbanken.",
  ],
};
