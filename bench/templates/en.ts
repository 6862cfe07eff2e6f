// English benchmark material: sentences written for the benchmark in the manner of wire reports on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { listOf, placeSlots } from "../generate.js";

const place = (name: string, adjective: string, capital: string): Place => ({ name, adjective, capital });

const DONORS: readonly Place[] = [
  place("Lithuania", "Lithuanian", "Vilnius"),
  place("Latvia", "Latvian", "Riga"),
  place("Estonia", "Estonian", "Tallinn"),
  place("Poland", "Polish", "Warsaw"),
  place("Sweden", "Swedish", "Stockholm"),
  place("Norway", "Norwegian", "Oslo"),
  place("Denmark", "Danish", "Copenhagen"),
  place("Finland", "Finnish", "Helsinki"),
  place("Germany", "German", "Berlin"),
  place("France", "French", "Paris"),
  place("the Netherlands", "Dutch", "The Hague"),
  place("the United Kingdom", "British", "London"),
  place("the United States", "American", "Washington"),
  place("Canada", "Canadian", "Ottawa"),
  place("Japan", "Japanese", "Tokyo"),
  place("the Czech Republic", "Czech", "Prague"),
];

const RECIPIENTS: readonly Place[] = [
  place("Ukraine", "Ukrainian", "Kyiv"),
  place("Ukraine", "Ukrainian", "Kyiv"),
  place("Ukraine", "Ukrainian", "Kyiv"),
  place("Moldova", "Moldovan", "Chisinau"),
  place("Georgia", "Georgian", "Tbilisi"),
];

const ITEMS = [
  "drones",
  "attack drones",
  "reconnaissance drones",
  "artillery shells",
  "155mm rounds",
  "howitzers",
  "armoured personnel carriers",
  "infantry fighting vehicles",
  "air-defence systems",
  "radars",
  "anti-drone systems",
  "electronic warfare systems",
  "generators",
  "trucks",
  "ambulances",
  "helmets",
  "body armour kits",
  "sets of winter clothing",
  "satellite terminals",
  "demining machines",
  "patrol boats",
  "rifles",
  "machine guns",
  "anti-tank weapons",
  "first-aid kits",
];

const SCOPES = [
  "the joint production of drones",
  "ammunition manufacturing",
  "air defence",
  "electronic warfare",
  "the training of pilots",
  "demining",
  "the repair of armoured vehicles",
  "cyber security",
  "defence research and new technologies",
];

const HUMANITARIAN = ["food parcels", "medicines", "shelter kits", "drinking water", "blankets"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const OFFICIALS = [
  "Defence Minister Anna Lindqvist",
  "Foreign Minister Tomas Petraitis",
  "Prime Minister Maria Kowalska",
  "Defence Minister Jens Halvorsen",
  "the defence ministry's spokesman Mark Ellison",
  "Deputy Defence Minister Eva Novak",
];
const CURRENCIES = [
  (n: string) => `${n} million euros`,
  (n: string) => `€${n} million`,
  (n: string) => `$${n} million`,
  (n: string) => `${n} million dollars`,
  (n: string) => `£${n}m`,
  (n: string) => `SEK ${n} million`,
  (n: string) => `${n} million kronor`,
];

const count = (c: Cast): string =>
  c.rng.pick([c.rng.int(2, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500]).toLocaleString("en-US");
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(String(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1])));

/** "drones, radars and trucks": two to four distinct items. */
const itemList = (c: Cast): string => listOf(c, item, "and");

const SLOTS: Record<string, Slot> = {
  ...placeSlots(OFFICIALS),
  item,
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "more than ", "about ", "up to "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([`${lo}-${lo + 10} million euros`, `between $${lo} million and $${lo * 2} million`]);
  },
  moneyQualified: (c) => `${c.rng.pick(["more than", "up to", "about", "nearly"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  city: (c) => c.rng.pick([c.donor.capital, c.recipient.capital, c.partner.capital]),
  when: (c) =>
    c.rng.pick([
      `on ${c.rng.pick(WEEKDAYS)}`,
      `on ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)}`,
      `on ${c.rng.pick(MONTHS)} ${c.rng.int(1, 28)}, ${c.year}`,
      "last week",
      "earlier this month",
      `in ${c.rng.pick(MONTHS)}`,
      "today",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "by the end of the year",
      "by the end of autumn",
      `before ${c.rng.pick(MONTHS)}`,
      `by ${c.rng.pick(MONTHS)} ${c.year + 1}`,
      "within six months",
    ]),
};

export const templates: LanguageTemplates = {
  code: "en",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{Donor} pledges {money} in new aid to {recipient}",
    "{Donor} and {recipient} sign defence industry memorandum",
    "{DonorAdj} military aid reaches {recipient} as talks continue in {city}",
    "New {donorAdj} package for {recipient} includes {items}",
  ],
  events: [
    "{Donor} will send {recipient} a new military aid package worth {money}, {official} said {when}.",
    "The package includes {quantity} as well as {items}.",
    "{DonorCapital} has already delivered {quantity} to {recipient} this year.",
    "The defence ministers of {donor} and {recipient} signed a memorandum of understanding on {scope} in {city} {when}.",
    "Under the agreement, the two countries will cooperate on {scope} and share test results.",
    "{Donor} plans to provide additional assistance to {recipient} amounting to {moneyRange} {deadline}.",
    "In total, {donor} has provided aid worth {money} since the start of the full-scale invasion.",
    "{DonorAdj} officials confirmed that {quantity} had been handed over to the {recipientAdj} armed forces {when}.",
    "The government approved a grant of {money} to support the {recipientAdj} state budget {deadline}.",
    "{Donor} and {partner} agreed to set up a joint venture that will build {items} for {recipient}.",
    "We remind readers that {when}, {donor} announced a package of {items} for {recipient}.",
    "{Donor} pledged {moneyQualified} in humanitarian aid for {recipient}, including {humanitarian}.",
    "The two governments also signed a letter of intent on {scope} during the visit.",
    "{Partner} will pay for {quantity} for {recipient} under a joint procurement scheme worth {money}.",
    "{Donor} is sending {quantity} and {quantity} to {recipientCapital}, the ministry said in a statement.",
  ],
  context: [
    "The talks in {city} also covered grain exports and energy prices.",
    "Analysts said the decision reflected growing pressure on European stockpiles.",
    "{Partner} may consider sending {items} later, a source familiar with the discussions said.",
    "{RecipientAdj} officials have repeatedly asked partners for more {item}.",
    "Heavy snow disrupted rail traffic across the region {when}, officials said.",
    "{Official} declined to say when the next package would be announced.",
    "Parliament is expected to debate the defence budget {deadline}.",
    "The ministry published a summary of the meeting on its website.",
    "{Donor} has also raised spending on its own armed forces, buying {quantity} for its army.",
    "Opinion polls show broad public support for the policy in {donor}.",
    "The visit came a week after a summit of the Nordic and Baltic countries.",
    "According to the ministry, the equipment had been tested by {donorAdj} units before shipping.",
    "Reporters were not allowed to attend the signing ceremony.",
    "{RecipientCapital} has called on its partners to provide {items} before winter.",
    '"We will stand with {recipient} for as long as it takes," {official} told reporters in {city}.',
    "Front-line reports described heavy fighting in the east {when}, with little change in positions.",
    "The opposition criticised the government for not publishing the full list of equipment.",
    "Economists expect inflation in {donor} to slow {deadline}, the central bank said.",
  ],
};
