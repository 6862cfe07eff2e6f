// Lithuanian event cues: instruments, pledge and delivery verbs in their tenses, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";

/**
 * A word starts here. `\b` alone misses words that start with "š", "ž", "į" and the other Lithuanian letters;
 * a Unicode lookbehind alone is tried at every position and makes the cues three times slower. So `\b` for
 * ASCII first letters, and the lookbehind only where a Lithuanian letter follows.
 */
const L = "(?:\\b|(?=[ąčęėįšųūžĄČĘĖĮŠŲŪŽ])(?<![\\p{L}\\p{N}]))";
const R = "(?![\\p{L}\\p{N}])";
/** Whole words from an alternation of sources. */
const words = (...alternatives: string[]): string => `${L}(?:${alternatives.join("|")})${R}`;
/** A stem with any case ending: "param" → parama, paramos, paramą. */
const stems = (...alternatives: string[]): string => `${L}(?:${alternatives.join("|")})\\p{L}*`;

/**
 * A dative right before the verb is the receiver: "Lietuva Ukrainai perdavė ..." (Lithuania to Ukraine handed).
 * The shared rules look for a receiver only after the verb, so the dative is made part of the verb's match;
 * a nominative plural like "Nyderlandai" (the Netherlands, a giver) is not taken for one.
 */
const DATIVE = "(?:\\p{L}+(?<!Nyderland|Emyrat|Atėn)(?:ai|ei|ui|ams|oms|ėms)\\s+)?";

/** Infinitives of giving, after "planuoja", "ketina", "įsipareigojo": "planuoja perduoti", "nusprendė skirti". */
const TO_GIVE =
  "(?:perduoti|skirti|suteikti|išsiųsti|nusiųsti|tiekti|finansuoti|padovanoti|pristatyti|paaukoti|pervesti|įsigyti\\s+(?:\\S+\\s+){0,3}?Ukrainai)";

/** Verbs of saying, after which a state or ministry is the source: "pranešė Krašto apsaugos ministerija". */
const SAID =
  "pranešė|praneša|teigė|teigia|sakė|sako|pabrėžė|pažymėjo|informavo|nurodė|rašo|skelbia|paskelbė|patvirtino|pareiškė";

export const events: EventCues = {
  instruments: [
    [
      "letter_of_intent",
      stems(
        "ketinimų (?:protokol|laišk|rašt|deklaracij|pareiškim)",
        "bendradarbiavimo ketinimų (?:protokol|rašt)",
      ),
    ],
    ["memorandum", stems("memorandum", "supratimo memorandum")],
    ["declaration", stems("bendr\\p{L}* (?:deklaracij|pareiškim|komunikat)", "deklaracij")],
    ["contract", stems("kontrakt", "pirkimo sutart", "tiekimo sutart")],
    ["treaty", stems("tarptautin\\p{L}* sutart", "taikos sutart")],
    ["agreement", stems("susitarim", "sutart")],
    ["other", stems("veiksmų plan", "kelrod", "protokol")],
  ],
  // Not the infinitive "pasirašyti" ("to sign"), unless "buvo" makes it the past passive.
  signed: words(
    "pasirašė",
    "pasirašėme",
    "pasirašyt(?:as|a|os|ą|asis)",
    "buvo\\s+pasirašyti",
    "pasirašo",
    "sudarė",
    "sudaryt(?:as|a|os|ą)",
  ),
  announced: words(
    "susitarė",
    "susitarėme",
    "patvirtino",
    "patvirtint\\p{L}*",
    "priėmė",
    "paskelbė",
    "parafavo",
    "parafuot\\p{L}*",
    "pritarė",
  ),
  planned: words(
    "pasirašys",
    "pasirašysime",
    "(?:ketina|planuoja|numato|žada|siekia|sieks)\\s+(?:pasirašyti|sudaryti)",
    "(?:bus|turėtų\\s+būti)\\s+pasirašyt\\p{L}*",
    "(?:pradėjo|pradės|tęsia|veda)\\s+derybas",
    "derasi",
    "derybos\\s+dėl",
  ),
  // Future tense ("perduos"), plans ("planuoja perduoti"), promises ("įsipareigojo"), allocations ("skyrė").
  pledge: `${L}${DATIVE}(?:${[
    `(?:planuoja|planavo|ketina|ketino|numato|žada|pažadėjo|įsipareigojo|įsipareigoja|nusprendė|sutiko|siekia|pasirengusi|pasiruošusi)\\s+(?:\\S+\\s+){0,2}?${TO_GIVE}`,
    "(?:perduo|suteik|išsiųs|nusiųs|atsiųs|tiek|finansuo|padovano|pristaty|skir)s(?:ime|iu|ite)?",
    "perduoda|skiria|suteikia|teikia|siunčia|tiekia|finansuoja",
    "skyrė|skyrėme|paskyrė|patvirtino|patvirtinome|paskelbė|paskelbėme|pažadėjo|įsipareigojo",
    "(?:bus|yra)\\s+(?:perduot|skirt|suteikt|išsiųst|pristatyt)\\p{L}*",
    "numatyta\\s+(?:skirti|perduoti|suteikti)|skirta|skiriama|paskirta",
  ].join("|")})${R}`,
  // Past tense and past passive: "perdavė", "išsiuntėme", "buvo perduota", "jau pristatyti".
  delivery: `${L}${DATIVE}(?:${[
    "perdavė|perdavėme|perdavėm|išsiuntė|išsiuntėme|nusiuntė|atsiuntė|suteikė|suteikėme|padovanojo|padovanojome",
    "pervedė|pervedėme|išmokėjo|tiekė|patiekė|atgabeno|pristatė|pristatėme",
    "(?:buvo|jau)\\s+(?:perduot|išsiųst|pristatyt|suteikt|pervest|atgabent|padovanot)\\p{L}*",
    "perduota|išsiųsta|pristatyta|atgabenta",
  ].join("|")})${R}`,
  aidObject: stems(
    "param",
    "pagalb",
    "paket",
    "finansavim",
    "lėš",
    "dotacij",
    "paskol",
    "įnaš",
    "ginkl",
    "įrang",
    "sistem",
    "priemon",
    "tiekim",
    "siunt",
    "krovin",
    "tranš",
  ),
  concrete: stems("paket", "tranš", "siunt", "partij", "krovin"),
  nonEvent: words(
    "prašo",
    "prašė",
    "paprašė",
    "prašym\\p{L}*",
    "ragina",
    "ragino",
    "paragino",
    "kviečia",
    "pakvietė",
    "svarsto",
    "svarstė",
    "svarstys",
    "aptarė",
    "aptars",
    "aptarti",
    "diskutavo",
    "diskutuos",
    "diskusij\\p{L}*",
    "galėtų",
    "gali\\s+būti",
    "galimai",
    "turėtų",
    "siūlo",
    "pasiūlė",
    "pasiūlym\\p{L}*",
    "derasi",
    "derybos",
    "sankcij\\p{L}*",
    "ir\\s+toliau",
    "ar\\s+(?:bus|galės)",
    "solidarizuoj\\p{L}*",
  ),
  recall: `^(?:primename|priminsime|prisiminkime|anksčiau|prieš\\s+tai|kaip\\s+jau\\s+(?:skelbta|rašyta|pranešta))${R}|${words(
    "primename",
    "primintina",
    "kaip\\s+jau\\s+(?:buvo\\s+)?(?:skelbta|rašyta|pranešta)",
    "anksčiau\\s+(?:buvo\\s+)?(?:pranešta|skelbta|paskelbta)",
    "anksčiau\\s+(?:\\p{L}+\\s+){0,3}?(?:paskelbė|pažadėjo|perdavė|skyrė|patvirtino)",
    "praėjusią\\s+savaitę",
    "praėjusį\\s+mėnesį",
    "prieš\\s+metus",
  )}`,
  cumulative: words(
    "iš\\s+viso",
    "iki\\s+šiol",
    "bendr(?:a|ą)\\s+(?:sum|vert)\\p{L}*",
    "nuo\\s+(?:plataus\\s+masto\\s+|visapusiškos\\s+)?(?:karo|invazijos)\\s+pradžios",
    "nuo\\s+2022(?:\\s*m\\.)?",
    "jau\\s+(?:perdavė|perdavėme|išsiuntė|išsiuntėme|suteikė|suteikėme|skyrė|pervedė|perduota|išsiųsta)",
    "per\\s+visą\\s+karo\\s+laikotarpį",
  ),
  // Case-sensitive: "Mes", "mes", "Mūsų šalis".
  firstPerson: words("[Mm]es", "[Mm]ūsų\\s+(?:šalis|valstybė|[Vv]yriausybė)"),
  // "Memorandumas numato ...", "Į paketą įtraukti ...", "Lėšos bus panaudotos generatoriams ...".
  continuation: `^(?:[-–•*]\\s*)?(?:be\\s+to,?\\s+|taip\\s+pat\\s+)?(?:į\\s+)?(?:šis|ši|šie|šios|šį|šią|jis|ji|jį|ją|jame|jo|paket\\p{L}*|memorandum\\p{L}*|susitarim\\p{L}*|dokument\\p{L}*|param\\p{L}*|lėš\\p{L}*)${R}[^.]{0,60}?${words(
    "bus\\s+panaudot\\p{L}*",
    "numato",
    "numatyta",
    "apima",
    "apims",
    "apėmė",
    "įtraukt\\p{L}*",
    "sudaro",
    "sudarys",
    "bus\\s+skirt\\p{L}*",
    "skirt\\p{L}*",
  )}`,
  anaphora: `^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:šis|ši|šiuo|šiame|šio|šią|naujas(?:is)?|istorin\\p{L}*)\\s+${stems(
    "susitarim",
    "memorandum",
    "dokument",
    "sutart",
    "deklaracij",
    "partneryst",
  )}`,
  future: words(
    "planuoja",
    "planuojama",
    "ketina",
    "ketinama",
    "numato",
    "numatoma",
    "žada",
    "bus",
    "turės",
    "sieks",
  ),
  // Lithuanian news has no "drawdown authority" idiom.
  authority: "(?!)",
  defenceSubject: stems(
    "gynyb",
    "saugum",
    "karin",
    "ginkl",
    "šaudmen",
    "dron",
    "kariuomen",
    "bendr\\p{L}* gamyb",
    "atstatym",
    "param",
    "pagalb",
    "elektroninės kovos",
  ),
  offTopic: stems(
    "energetinio saugum",
    "maisto saugum",
    "prekyb",
    "klimat",
    "kultūr",
    "sankcij",
    "migracij",
    "žemės ūki",
    "žvejyb",
    "darbo grup",
    "konkurencing",
    "kritinių žaliav",
    "įstatymo projekt",
  ),
  jointTitle: `^(?:[\\p{L}\\d.,’' –-]+ )?bendr(?:as|asis|a|oji)\\s+(?:pareiškimas|komunikatas|deklaracija)${R}`,
  attribution: `${L}praneša\\s+(?<source>[^,.]+?),\\s*remdam\\p{L}+\\s+(?<via>[^,.]+?)[.,]`,
  // The receiver is marked by its case, which the text before it cannot show: any state after the verb
  // receives, unless a preposition makes it a partner, origin or target ("su", "iš", "prieš"), a verb of
  // saying makes it the speaker ("..., pranešė Krašto apsaugos ministerija"), or a following noun in the
  // nominative does (see harmAfter).
  recipientBefore: `(?<!${L}(?:su|iš|prieš|nei|kaip|tarp|apie|dėl|be|kartu|nuo|pas|ir|bei|pasak|anot|${SAID}))\\s+`,
  listJoin: "\\s*,\\s*(?:ir\\s+|bei\\s+)?|\\s+(?:ir|bei)\\s+|\\s*&\\s*",
  agentBefore: `${stems("param", "pagalb", "įnaš", "dovan", "paket", "finansavim", "ginkl", "įrang", "dron", "šaudmen", "lėš", "siunt")}\\s+iš\\s+`,
  // "Rusijos karas", "Rusijos agresija"; and a nominative actor after the genitive, which speaks rather than
  // receives: "..., sakė Lietuvos krašto apsaugos ministras" (Ukrainos kariuomenei, in the dative, receives).
  harmAfter: `\\s+(?:(?:plataus\\s+masto|visapusišk\\p{L}*|nuolatin\\p{L}*|brutal\\p{L}*|neišprovokuot\\p{L}*)\\s+)*(?:kar(?:as|o|ą|u|e)|agresij(?:a|os|ą)|invazij(?:a|os|ą)|atak(?:a|os|ų|as)|smūgi(?:ai|ų|us)|puolim(?:as|o|ą)|okupacij(?:a|os)|režim(?:as|o)|raket(?:os|ų)|dron(?:ai|ų)|pajėg(?:os|ų)|kariuomen(?:ė|ės)|(?:(?:krašto\\s+apsaugos|užsienio\\s+reikalų|gynybos|finansų|ekonomikos(?:\\s+ir\\s+inovacijų)?)\\s+)?(?:ministras|ministrė|ministerija|vyriausybė|prezidentas|prezidentė|premjeras|premjerė|atstovas|atstovė|vadovas|ambasadorius)|seimas)${R}`,
  actorAfter: `\\s+(?:(?:krašto\\s+apsaugos|užsienio\\s+reikalų|gynybos|finansų|ekonomikos(?:\\s+ir\\s+inovacijų)?|strateginės\\s+pramonės)\\s+)?(?:ministr|vyriausyb|prezident|premjer|ministerij|kariuomen|ginkluotosios\\s+pajėg|pajėg|kari|koleg|partner|pus|parlament|seim|valdži|institucij|gynėj|armij|žmon|vadovyb|delegacij|ambasad|atstov|pareigūn)\\p{L}*`,
  ownedBy: "\\s*(?:\\p{L}+\\s+){0,2}?iš\\s+",
  clauseBreak: ";\\s+|,\\s+(?:o|bet|tačiau|kol)\\s+(?=\\p{Lu})",
  namedReceiver: `${L}(?:skirt[aiąo]\\p{L}*|į)\\s+(?=\\p{Lu})`,
  venueBefore: `${L}(?:prie|netoli|šalia)\\s+`,
  placeBefore: `${L}į\\s+`,
  // A pledge's period is written after the year ("2025 metams"), which the shared rule does not read.
  periodBefore: "(?!)",
};
