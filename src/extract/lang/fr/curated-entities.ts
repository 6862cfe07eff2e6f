// French word lists that i18n-iso-countries lacks (short names, adjectives, capitals, institutions), read by scripts/gen-gazetteer.ts.
import type { CuratedEntities } from "../../common/entities.js";

/**
 * Masculine and feminine singular adjectives of the states that matter in defence news; plurals and the
 * capitalised nouns for people ("les Ukrainiens") are derived below: "ukrainien" → "ukrainiens", "Ukrainiennes".
 */
const ADJECTIVES: Readonly<Record<string, readonly [string, string]>> = {
  AL: ["albanais", "albanaise"],
  AM: ["arménien", "arménienne"],
  AT: ["autrichien", "autrichienne"],
  AU: ["australien", "australienne"],
  AZ: ["azerbaïdjanais", "azerbaïdjanaise"],
  BE: ["belge", "belge"],
  BG: ["bulgare", "bulgare"],
  BY: ["biélorusse", "biélorusse"],
  CA: ["canadien", "canadienne"],
  CH: ["suisse", "suisse"],
  CN: ["chinois", "chinoise"],
  CY: ["chypriote", "chypriote"],
  CZ: ["tchèque", "tchèque"],
  DE: ["allemand", "allemande"],
  DK: ["danois", "danoise"],
  EE: ["estonien", "estonienne"],
  ES: ["espagnol", "espagnole"],
  FI: ["finlandais", "finlandaise"],
  FR: ["français", "française"],
  GB: ["britannique", "britannique"],
  GE: ["géorgien", "géorgienne"],
  GR: ["grec", "grecque"],
  HR: ["croate", "croate"],
  HU: ["hongrois", "hongroise"],
  IE: ["irlandais", "irlandaise"],
  IL: ["israélien", "israélienne"],
  IN: ["indien", "indienne"],
  IR: ["iranien", "iranienne"],
  IS: ["islandais", "islandaise"],
  IT: ["italien", "italienne"],
  JP: ["japonais", "japonaise"],
  KP: ["nord-coréen", "nord-coréenne"],
  KR: ["sud-coréen", "sud-coréenne"],
  LT: ["lituanien", "lituanienne"],
  LU: ["luxembourgeois", "luxembourgeoise"],
  LV: ["letton", "lettonne"],
  MD: ["moldave", "moldave"],
  NL: ["néerlandais", "néerlandaise"],
  NO: ["norvégien", "norvégienne"],
  NZ: ["néo-zélandais", "néo-zélandaise"],
  PL: ["polonais", "polonaise"],
  PT: ["portugais", "portugaise"],
  RO: ["roumain", "roumaine"],
  RS: ["serbe", "serbe"],
  RU: ["russe", "russe"],
  SE: ["suédois", "suédoise"],
  SI: ["slovène", "slovène"],
  SK: ["slovaque", "slovaque"],
  SY: ["syrien", "syrienne"],
  TR: ["turc", "turque"],
  UA: ["ukrainien", "ukrainienne"],
  US: ["américain", "américaine"],
};

/** "ukrainien" → "ukrainiens"; "français" stays; "britannique" → "britanniques". */
function plural(word: string): string {
  return /[sx]$/u.test(word) ? word : `${word}s`;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Every gender and number, in lower case and as nouns for people: ukrainien, ukrainienne(s), Ukrainien(s)... */
function adjectiveForms([masculine, feminine]: readonly [string, string]): string[] {
  const lower = [masculine, feminine, plural(masculine), plural(feminine)];
  return [...new Set([...lower, ...lower.map(capitalised)])];
}

/**
 * A state's government or army named by a noun and the state's adjective after it, as French writes them:
 * "le gouvernement français", "l'armée ukrainienne", "le ministère lituanien de la Défense". They are
 * listed as institutions so that the noun before the adjective makes the actor; a bare adjective
 * ("l'agression russe") names none.
 */
function statePhrases([masculine, feminine]: readonly [string, string]): string[] {
  const fp = plural(feminine);
  const mp = plural(masculine);
  return [
    `gouvernement ${masculine}`,
    `Gouvernement ${masculine}`,
    `exécutif ${masculine}`,
    `président ${masculine}`,
    `Premier ministre ${masculine}`,
    `chef de l'État ${masculine}`,
    `chef de l’État ${masculine}`,
    `ministère ${masculine} de la Défense`,
    `ministère ${masculine} des Armées`,
    `ministère ${masculine} des Affaires étrangères`,
    `ministre ${masculine} de la Défense`,
    `ministre ${masculine} des Affaires étrangères`,
    `homologue ${masculine}`,
    `armée ${feminine}`,
    `forces armées ${fp}`,
    `forces ${fp}`,
    `autorités ${fp}`,
    `partenaires ${mp}`,
  ];
}

const byCode = <T>(f: (v: readonly [string, string]) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(ADJECTIVES).map(([code, pair]) => [code, f(pair)]));

const phrases = byCode(statePhrases);

export const curated: CuratedEntities = {
  names: {
    US: ["États-Unis", "Etats-Unis", "USA", "Amérique"],
    GB: ["Grande-Bretagne", "Royaume-Uni"],
    CZ: ["Tchéquie", "République tchèque"],
    KR: ["Corée du Sud", "république de Corée"],
    KP: ["Corée du Nord"],
    RU: ["Fédération de Russie"],
    BY: ["Bélarus", "Belarus"],
    MD: ["Moldova", "république de Moldavie"],
    TR: ["Türkiye"],
    NL: ["Hollande"],
    AE: ["Émirats arabes unis"],
    SA: ["Arabie saoudite"],
    EU: ["Union européenne", "UE", "Europe des Vingt-Sept"],
    NATO: ["OTAN", "Otan", "Alliance atlantique", "Organisation du traité de l'Atlantique nord"],
    UN: ["Nations unies", "Nations Unies", "ONU", "Organisation des Nations unies"],
    G7: ["G7", "G-7", "Groupe des Sept"],
    IMF: ["FMI", "Fonds monétaire international"],
    WB: ["Banque mondiale", "groupe de la Banque mondiale"],
    EIB: ["BEI", "Banque européenne d'investissement", "Banque européenne d’investissement"],
    EBRD: ["BERD", "Banque européenne pour la reconstruction et le développement"],
  },
  // "Jersey" is inside "New Jersey"; "Géorgie" is kept, as in defence news it is the state.
  dropNames: ["Jersey"],
  leadingArticle: /^(?:l['’]|les?\s+|la\s+)/iu,
  demonyms: byCode(adjectiveForms),
  // Bruxelles is left out on purpose: as an actor it is the EU, as a place it is where NATO meets.
  capitals: {
    AT: ["Vienne"],
    AU: ["Canberra"],
    BG: ["Sofia"],
    BY: ["Minsk"],
    CA: ["Ottawa"],
    CH: ["Berne"],
    CN: ["Pékin", "Beijing"],
    CZ: ["Prague"],
    DE: ["Berlin"],
    DK: ["Copenhague"],
    EE: ["Tallinn"],
    ES: ["Madrid"],
    FI: ["Helsinki"],
    FR: ["Paris"],
    GB: ["Londres"],
    GE: ["Tbilissi"],
    GR: ["Athènes"],
    HU: ["Budapest"],
    IE: ["Dublin"],
    IR: ["Téhéran"],
    IT: ["Rome"],
    JP: ["Tokyo"],
    KP: ["Pyongyang"],
    KR: ["Séoul"],
    LT: ["Vilnius"],
    LV: ["Riga"],
    MD: ["Chisinau", "Chișinău", "Kichinev"],
    NL: ["La Haye", "Amsterdam"],
    NO: ["Oslo"],
    PL: ["Varsovie"],
    PT: ["Lisbonne"],
    RO: ["Bucarest"],
    RU: ["Moscou"],
    SE: ["Stockholm"],
    SI: ["Ljubljana"],
    SK: ["Bratislava"],
    TR: ["Ankara"],
    UA: ["Kiev", "Kyiv", "Kyïv"],
    US: ["Washington"],
  },
  institutions: {
    ...phrases,
    US: [
      ...(phrases.US ?? []),
      "Pentagone",
      "Maison-Blanche",
      "Maison Blanche",
      "département d'État",
      "département d’État",
      "Département d'État",
      "Département d’État",
      "Congrès américain",
    ],
    FR: [
      ...(phrases.FR ?? []),
      "Élysée",
      "Elysée",
      "Matignon",
      "Quai d'Orsay",
      "Quai d’Orsay",
      "ministère des Armées",
      "ministre des Armées",
      "ministre française des Armées",
      "Hôtel de Brienne",
    ],
    RU: [...(phrases.RU ?? []), "Kremlin", "Douma"],
    DE: [...(phrases.DE ?? []), "Bundeswehr", "Bundestag"],
    GB: [...(phrases.GB ?? []), "Downing Street"],
    UA: [...(phrases.UA ?? []), "Rada", "Verkhovna Rada"],
    LT: [...(phrases.LT ?? []), "Seimas"],
    PL: [...(phrases.PL ?? []), "Diète"],
    EU: [
      "Commission européenne",
      "Conseil européen",
      "Conseil de l'UE",
      "Conseil de l’UE",
      "Parlement européen",
      "Facilité européenne pour la paix",
      "Agence européenne de défense",
      "Vingt-Sept",
    ],
  },
  ignore: [
    "New Jersey",
    "Nouveau-Mexique",
    "Amérique latine",
    "Amérique du Sud",
    "Amérique du Nord",
    "Amérique centrale",
    "Washington Post",
    "Kyiv Independent",
    "Kyiv Post",
    "accord de Paris",
    "accords de Minsk",
    "Club de Paris",
    "mur de Berlin",
    "pacte de Varsovie",
    "couronnes suédoises",
    "couronnes norvégiennes",
    "couronnes danoises",
    "couronnes tchèques",
    "francs suisses",
    "dollars américains",
    "dollars canadiens",
    "dollars australiens",
    "livres britanniques",
    "Sciences Po Paris",
    "Paris Saint-Germain",
  ],
};
