// Lithuanian word lists for scripts/gen-gazetteer.ts: the case forms of the states that matter, capitals, institutions.
import type { CuratedEntities } from "../../common/entities.js";
import { actingForms, decline } from "./declension.js";

type Table = Readonly<Record<string, readonly string[]>>;

/**
 * Curated, not generated: the ~60 states and organisations that defence news names (Europe, US, CA, JP, KR,
 * AU, UA, RU, BY, KP, IR, CN, TR, the Middle East), in the nominative; decline() gives the other cases.
 * i18n-iso-countries gives the nominative of the rest. "|" ends a fixed genitive: "Pietų |Korėja".
 */
const STATES: Table = {
  UA: ["Ukraina"],
  LT: ["Lietuva"],
  LV: ["Latvija"],
  EE: ["Estija"],
  PL: ["Lenkija"],
  DE: ["Vokietija"],
  FR: ["Prancūzija"],
  GB: ["Jungtinė Karalystė", "Britanija"],
  US: ["Jungtinės Valstijos", "Amerika"],
  CA: ["Kanada"],
  JP: ["Japonija"],
  KR: ["Pietų |Korėja"],
  KP: ["Šiaurės |Korėja"],
  AU: ["Australija"],
  RU: ["Rusija", "Rusijos |Federacija"],
  BY: ["Baltarusija"],
  IR: ["Iranas"],
  CN: ["Kinija"],
  TR: ["Turkija"],
  IL: ["Izraelis"],
  SA: ["Saudo |Arabija"],
  QA: ["Kataras"],
  SY: ["Sirija"],
  IQ: ["Irakas"],
  JO: ["Jordanija"],
  EG: ["Egiptas"],
  LB: ["Libanas"],
  SE: ["Švedija"],
  NO: ["Norvegija"],
  DK: ["Danija"],
  FI: ["Suomija"],
  IS: ["Islandija"],
  NL: ["Nyderlandai", "Olandija"],
  BE: ["Belgija"],
  LU: ["Liuksemburgas"],
  CH: ["Šveicarija"],
  AT: ["Austrija"],
  CZ: ["Čekija"],
  SK: ["Slovakija"],
  HU: ["Vengrija"],
  RO: ["Rumunija"],
  BG: ["Bulgarija"],
  GR: ["Graikija"],
  IT: ["Italija"],
  ES: ["Ispanija"],
  PT: ["Portugalija"],
  HR: ["Kroatija"],
  SI: ["Slovėnija"],
  RS: ["Serbija"],
  MD: ["Moldova"],
  GE: ["Sakartvelas", "Gruzija"],
  AM: ["Armėnija"],
  AZ: ["Azerbaidžanas"],
  IE: ["Airija"],
  AL: ["Albanija"],
  MK: ["Šiaurės |Makedonija"],
  ME: ["Juodkalnija"],
  KZ: ["Kazachstanas"],
  IN: ["Indija"],
  PK: ["Pakistanas"],
  MT: ["Malta"],
  CY: ["Kipras"],
  XK: ["Kosovas"],
  EU: ["Europos |Sąjunga"],
  NATO: ["Šiaurės Atlanto sutarties |organizacija", "Aljansas"],
  UN: ["Jungtinės Tautos"],
  WB: ["Pasaulio |bankas", "Pasaulio banko |grupė"],
  EIB: ["Europos investicijų |bankas"],
  EBRD: ["Europos rekonstrukcijos ir plėtros |bankas"],
};

/** Names whose adjectives decline irregularly (definite forms), written out: all five acting cases, then the genitive. */
const IRREGULAR: Readonly<Record<string, readonly (readonly string[])[]>> = {
  GB: [
    [
      "Didžioji Britanija",
      "Didžiajai Britanijai",
      "Didžiąją Britaniją",
      "Didžiąja Britanija",
      "Didžiojoje Britanijoje",
      "Didžiosios Britanijos",
    ],
  ],
  NZ: [
    [
      "Naujoji Zelandija",
      "Naujajai Zelandijai",
      "Naująją Zelandiją",
      "Naująja Zelandija",
      "Naujojoje Zelandijoje",
      "Naujosios Zelandijos",
    ],
  ],
  AE: [
    [
      "Jungtiniai Arabų Emyratai",
      "Jungtiniams Arabų Emyratams",
      "Jungtinius Arabų Emyratus",
      "Jungtiniais Arabų Emyratais",
      "Jungtiniuose Arabų Emyratuose",
      "Jungtinių Arabų Emyratų",
    ],
  ],
  IMF: [
    [
      "Tarptautinis valiutos fondas",
      "Tarptautiniam valiutos fondui",
      "Tarptautinį valiutos fondą",
      "Tarptautiniu valiutos fondu",
      "Tarptautiniame valiutos fonde",
      "Tarptautinio valiutos fondo",
    ],
  ],
};

/** Abbreviations and other indeclinable names. */
const INDECLINABLE: Table = {
  US: ["JAV"],
  EU: ["ES"],
  NATO: ["NATO"],
  UN: ["JT"],
  G7: ["G7", "G-7", "Didysis septynetas", "Didžiojo septyneto", "Didžiajam septynetui"],
  IMF: ["TVF"],
  EIB: ["EIB"],
  EBRD: ["ERPB"],
};

/** Capitals in the nominative; the locative ("Vilniuje") is left out: it names where a meeting is, not who acts. */
const CAPITALS: Table = {
  LT: ["Vilnius"],
  UA: ["Kyjivas", "Kijevas"],
  LV: ["Ryga"],
  EE: ["Talinas"],
  PL: ["Varšuva"],
  DE: ["Berlynas"],
  FR: ["Paryžius"],
  GB: ["Londonas"],
  US: ["Vašingtonas"],
  RU: ["Maskva"],
  BY: ["Minskas"],
  CN: ["Pekinas"],
  SE: ["Stokholmas"],
  FI: ["Helsinkis"],
  DK: ["Kopenhaga"],
  CZ: ["Praha"],
  SK: ["Bratislava"],
  HU: ["Budapeštas"],
  AT: ["Viena"],
  IT: ["Roma"],
  ES: ["Madridas"],
  PT: ["Lisabona"],
  NL: ["Haga", "Amsterdamas"],
  CA: ["Otava"],
  KR: ["Seulas"],
  KP: ["Pchenjanas"],
  AU: ["Kanbera"],
  TR: ["Ankara"],
  IR: ["Teheranas"],
  MD: ["Kišiniovas"],
  GE: ["Tbilisis"],
  RO: ["Bukareštas"],
  BG: ["Sofija"],
  HR: ["Zagrebas"],
  SI: ["Liubliana"],
  IE: ["Dublinas"],
  JP: ["Tokijas"],
};

/**
 * Bodies that stand for their state. "Krašto apsaugos ministerija" and "krašto apsaugos ministras" are only
 * Lithuania's (other states have a "gynybos ministerija"), so they name LT even without "Lietuvos".
 */
const INSTITUTIONS: Table = {
  US: ["Pentagonas", "Valstybės |departamentas", "Kongresas"],
  RU: ["Kremlius"],
  LT: [
    "Seimas",
    "Krašto apsaugos |ministerija",
    "krašto apsaugos |ministerija",
    "Krašto apsaugos |ministras",
    "krašto apsaugos |ministras",
    "Krašto apsaugos |ministrė",
    "krašto apsaugos |ministrė",
  ],
  UA: ["Aukščiausioji Rada", "Verchovna Rada"],
  EU: ["Europos |Komisija", "Europos |Parlamentas", "Europos Vadovų |Taryba", "Europos taikos |priemonė"],
};

/** Institutions that do not decline by the rules: "Baltieji rūmai" (the White House). */
const IRREGULAR_INSTITUTIONS: Table = {
  US: ["Baltieji rūmai", "Baltiesiems rūmams", "Baltuosius rūmus", "Baltaisiais rūmais", "Baltųjų rūmų"],
  LT: ["KAM"],
};

function acting(table: Table, withLocative: boolean): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [code, names] of Object.entries(table))
    out[code] = names.flatMap((n) => actingForms(decline(n), withLocative));
  return out;
}

function merge(...tables: Table[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of tables)
    for (const [code, names] of Object.entries(table)) out[code] = [...(out[code] ?? []), ...names];
  return out;
}

const irregularActing: Table = Object.fromEntries(
  Object.entries(IRREGULAR).map(([code, rows]) => [code, rows.flatMap((r) => r.slice(0, 5))]),
);

/**
 * Genitives, which entities.ts marks as possessive: "Lietuvos parama" is Lithuania's aid and "Lietuvos
 * vyriausybė" its government, but "Rusijos agresija" names no giver. Capitals included: "Kyjivo prašymas".
 */
export const genitives: Table = merge(
  ...[STATES, CAPITALS, INSTITUTIONS].map((table) =>
    Object.fromEntries(
      Object.entries(table).map(([code, names]) => [code, names.map((n) => decline(n).genitive)]),
    ),
  ),
  Object.fromEntries(Object.entries(IRREGULAR).map(([code, rows]) => [code, rows.map((r) => r[5] ?? "")])),
);

export const curated: CuratedEntities = {
  names: merge(acting(STATES, true), irregularActing, INDECLINABLE),
  // "Džersis" is the island of Jersey, but "Naujasis Džersis" (New Jersey) is the US state.
  dropNames: ["Džersis"],
  leadingArticle: /^$/u,
  demonyms: {
    LT: ["lietuviai", "lietuvių", "lietuviams", "lietuviški", "lietuviškų", "lietuviškus"],
    UA: ["ukrainiečiai", "ukrainiečių", "ukrainiečiams"],
    US: ["amerikiečiai", "amerikiečių", "amerikietiški", "amerikietiškų"],
    DE: ["vokiečiai", "vokiečių", "vokiški", "vokiškų"],
    PL: ["lenkai", "lenkų"],
    LV: ["latviai", "latvių"],
    EE: ["estai", "estų"],
    GB: ["britai", "britų"],
    FR: ["prancūzai", "prancūzų"],
    SE: ["švedai", "švedų", "švediški", "švediškų"],
    NO: ["norvegai", "norvegų"],
    DK: ["danai", "danų"],
    FI: ["suomiai", "suomių"],
    NL: ["olandai", "olandų"],
    CA: ["kanadiečiai", "kanadiečių"],
  },
  capitals: acting(CAPITALS, false),
  institutions: merge(acting(INSTITUTIONS, true), IRREGULAR_INSTITUTIONS),
  ignore: [
    "JAV doleris",
    "JAV dolerių",
    "JAV doleriai",
    "JAV dolerius",
    "JAV doleriais",
    "Kanados dolerių",
    "Australijos dolerių",
    "Švedijos kronų",
    "Švedijos kronos",
    "Norvegijos kronų",
    "Danijos kronų",
    "Čekijos kronų",
    "Ukrainos grivinų",
    "Ukrainos grivnų",
    "Lenkijos zlotų",
    "Japonijos jenų",
    "Šveicarijos frankų",
    "Rusijos rublių",
    "Didžiosios Britanijos svarų",
    "Naujasis Džersis",
    "Naujoji Meksika",
    "Lotynų Amerika",
    "Lotynų Amerikos",
    "Pietų Amerika",
    "Pietų Amerikos",
    "Šiaurės Amerika",
    "Šiaurės Amerikos",
    "Lietuvos rytas",
    "Lietuvos ryto",
    "Lietuvos radijas",
    "Lietuvos radijo",
    "Lietuvos nacionalinis radijas ir televizija",
  ],
};
