// French benchmark material: sentences written for the benchmark in the manner of French wire reports on aid and defence deals.
import type { Cast, LanguageTemplates, Place, Slot } from "../generate.js";
import { placeSlots } from "../generate.js";

/** Names carry their article, as French uses them: "la Lituanie", "les Pays-Bas", "l'Ukraine". */
const place = (name: string, adjective: string, capital: string): Place => ({ name, adjective, capital });

const DONORS: readonly Place[] = [
  place("la Lituanie", "lituanien", "Vilnius"),
  place("la Lettonie", "letton", "Riga"),
  place("l'Estonie", "estonien", "Tallinn"),
  place("la Pologne", "polonais", "Varsovie"),
  place("la Suède", "suédois", "Stockholm"),
  place("la Norvège", "norvégien", "Oslo"),
  place("le Danemark", "danois", "Copenhague"),
  place("la Finlande", "finlandais", "Helsinki"),
  place("l'Allemagne", "allemand", "Berlin"),
  place("la France", "français", "Paris"),
  place("les Pays-Bas", "néerlandais", "La Haye"),
  place("le Royaume-Uni", "britannique", "Londres"),
  place("les États-Unis", "américain", "Washington"),
  place("le Canada", "canadien", "Ottawa"),
  place("le Japon", "japonais", "Tokyo"),
  place("la Tchéquie", "tchèque", "Prague"),
];

const RECIPIENTS: readonly Place[] = [
  place("l'Ukraine", "ukrainien", "Kiev"),
  place("l'Ukraine", "ukrainien", "Kyiv"),
  place("l'Ukraine", "ukrainien", "Kiev"),
  place("la Moldavie", "moldave", "Chisinau"),
  place("la Géorgie", "géorgien", "Tbilissi"),
];

const ITEMS = [
  "drones",
  "drones d'attaque",
  "drones de reconnaissance",
  "obus d'artillerie",
  "obus de 155 mm",
  "canons CAESAR",
  "obusiers",
  "véhicules blindés",
  "véhicules de combat d'infanterie",
  "systèmes de défense aérienne",
  "radars",
  "systèmes anti-drones",
  "systèmes de guerre électronique",
  "groupes électrogènes",
  "camions",
  "ambulances",
  "casques",
  "gilets pare-balles",
  "tenues d'hiver",
  "terminaux Starlink",
  "patrouilleurs",
  "fusils d'assaut",
  "mitrailleuses",
  "missiles antichars",
  "trousses de premiers secours",
];

const SCOPES = [
  "la production conjointe de drones",
  "la fabrication de munitions",
  "la défense aérienne",
  "la guerre électronique",
  "la formation des pilotes",
  "le déminage",
  "la réparation des véhicules blindés",
  "la cybersécurité",
  "la recherche et le développement dans l'industrie de défense",
];

const HUMANITARIAN = [
  "de la nourriture",
  "des médicaments",
  "des abris",
  "de l'eau potable",
  "des couvertures",
];
const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
const OFFICIALS = [
  "la ministre de la Défense Anna Lindqvist",
  "le ministre des Affaires étrangères Tomas Petraitis",
  "la Première ministre Maria Kowalska",
  "le ministre de la Défense Jens Halvorsen",
  "le porte-parole du ministère Marc Ellison",
  "la vice-ministre de la Défense Eva Novak",
];
const CURRENCIES = [
  (n: string) => `${n} millions d'euros`,
  (n: string) => `${n} M€`,
  (n: string) => `${n} millions de dollars`,
  (n: string) => `${n} millions de livres sterling`,
  (n: string) => `${n} millions de couronnes suédoises`,
];

/** French thousands take a narrow no-break space: "5 000". */
const count = (c: Cast): string =>
  c.rng.pick([c.rng.int(2, 60), c.rng.int(100, 900), c.rng.int(1, 40) * 500]).toLocaleString("fr-FR");
const item = (c: Cast): string => c.rng.pick(ITEMS);
const money = (c: Cast): string =>
  c.rng.pick(CURRENCIES)(
    String(c.rng.pick([c.rng.int(5, 950), c.rng.int(1, 99) / 10 + 1])).replace(".", ","),
  );

/** "des drones, des radars et des camions": two to four distinct items. */
function itemList(c: Cast): string {
  const list = new Set<string>();
  for (let n = c.rng.int(2, 4); list.size < n;) list.add(`des ${item(c)}`);
  const all = [...list];
  return `${all.slice(0, -1).join(", ")} et ${all.at(-1)}`;
}

const SLOTS: Record<string, Slot> = {
  ...placeSlots(OFFICIALS),
  item,
  items: itemList,
  quantity: (c) => `${c.rng.pick(["", "", "plus de ", "environ ", "jusqu'à "])}${count(c)} ${item(c)}`,
  money,
  moneyRange: (c) => {
    const lo = c.rng.int(2, 40) * 5;
    return c.rng.pick([
      `${lo} à ${lo + 10} millions d'euros`,
      `entre ${lo} et ${lo * 2} millions de dollars`,
    ]);
  },
  moneyQualified: (c) => `${c.rng.pick(["plus de", "jusqu'à", "environ", "près de"])} ${money(c)}`,
  scope: (c) => c.rng.pick(SCOPES),
  humanitarian: (c) => c.rng.pick(HUMANITARIAN),
  city: (c) => c.rng.pick([c.donor.capital, c.recipient.capital, c.partner.capital]),
  when: (c) =>
    c.rng.pick([
      c.rng.pick(WEEKDAYS),
      `le ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)}`,
      `le ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)} ${c.year}`,
      "la semaine dernière",
      "plus tôt ce mois-ci",
      `en ${c.rng.pick(MONTHS)}`,
      "aujourd'hui",
    ]),
  deadline: (c) =>
    c.rng.pick([
      "d'ici la fin de l'année",
      "d'ici la fin de l'automne",
      `avant ${c.rng.pick(MONTHS)}`,
      `d'ici ${c.rng.pick(MONTHS)} ${c.year + 1}`,
      "dans les six prochains mois",
    ]),
};

export const templates: LanguageTemplates = {
  code: "fr",
  donors: DONORS,
  recipients: RECIPIENTS,
  slots: SLOTS,
  titles: [
    "{Donor} promet {money} d'aide nouvelle à {recipient}",
    "{Donor} et {recipient} signent un protocole d'accord sur l'industrie de défense",
    "L'aide militaire {donorAdj}e arrive en {recipient} alors que les discussions se poursuivent à {city}",
    "Nouveau paquet {donorAdj} pour {recipient} : {items}",
  ],
  events: [
    "{Donor} va livrer à {recipient} un nouveau paquet d'aide militaire d'une valeur de {money}, a annoncé {official} {when}.",
    "Le paquet comprend {quantity} ainsi que {items}.",
    "{DonorCapital} a déjà livré {quantity} à {recipient} cette année.",
    "Les ministres de la Défense de {donor} et de {recipient} ont signé un protocole d'accord sur {scope} à {city} {when}.",
    "Aux termes de l'accord, les deux pays coopéreront dans {scope} et partageront les résultats des essais.",
    "{Donor} prévoit de fournir à {recipient} une aide supplémentaire de {moneyRange} {deadline}.",
    "Au total, {donor} a fourni une aide d'une valeur de {money} depuis le début de l'invasion à grande échelle.",
    "Des responsables {donorAdj}s ont confirmé que {quantity} avaient été remis aux forces armées {recipientAdj}nes {when}.",
    "Le gouvernement a approuvé une subvention de {money} pour soutenir le budget de {recipient} {deadline}.",
    "{Donor} et {partner} ont convenu de créer une coentreprise qui fabriquera {items} pour {recipient}.",
    "Pour rappel, {when}, {donor} avait annoncé un paquet comprenant {items} pour {recipient}.",
    "{Donor} a promis {moneyQualified} d'aide humanitaire à {recipient}, dont {humanitarian}.",
    "Les deux gouvernements ont également signé une lettre d'intention sur {scope} lors de la visite.",
    "{Partner} financera {quantity} pour {recipient} dans le cadre d'un achat groupé de {money}.",
    "{Donor} envoie {quantity} et {quantity} à {recipientCapital}, a indiqué le ministère dans un communiqué.",
  ],
  context: [
    "Les discussions à {city} ont également porté sur les exportations de céréales et les prix de l'énergie.",
    "Selon des analystes, cette décision reflète la pression croissante sur les stocks européens.",
    "{Partner} pourrait envisager d'envoyer {items} plus tard, selon une source proche des discussions.",
    "Les responsables {recipientAdj}s ont demandé à plusieurs reprises davantage de {item} à leurs partenaires.",
    "D'importantes chutes de neige ont perturbé le trafic ferroviaire dans la région {when}, selon les autorités.",
    "{Official} n'a pas voulu dire quand le prochain paquet serait annoncé.",
    "Le Parlement doit débattre du budget de la défense {deadline}.",
    "Le ministère a publié un compte rendu de la réunion sur son site internet.",
    "{Donor} a aussi augmenté les dépenses de ses propres forces armées, en achetant {quantity} pour son armée.",
    "Les sondages montrent un large soutien de l'opinion publique à cette politique.",
    "La visite intervient une semaine après un sommet des pays nordiques et baltes.",
    "Selon le ministère, le matériel avait été testé par des unités avant son expédition.",
    "Les journalistes n'ont pas été autorisés à assister à la cérémonie de signature.",
    "{RecipientCapital} a appelé ses partenaires à fournir {items} avant l'hiver.",
    "« Nous resterons aux côtés de {recipient} aussi longtemps qu'il le faudra », a déclaré {official} à {city}.",
    "Les comptes rendus du front font état de violents combats dans l'est {when}, sans évolution notable des positions.",
    "L'opposition a reproché au gouvernement de ne pas publier la liste complète des équipements.",
    "Les économistes s'attendent à un ralentissement de l'inflation {deadline}, selon la banque centrale.",
  ],
};
