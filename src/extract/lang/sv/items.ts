// Swedish items: words for LEDGER §4 categories and aid types, for common/items.ts.
import type { ItemLexicon } from "../../common/items.js";
import { LETTER, WORD } from "./letters.js";

/** Word edges that see å, ä, ö as letters (`\b` does not). */
const B = `(?<!${WORD})`;
const E = `(?!${LETTER})`;
/** Swedish compounds put the category word last: "luftvärnssystem", "artillerigranater"; a prefix of letters is allowed. */
const PRE = `${LETTER}*`;

export const items: ItemLexicon = {
  flags: "i",
  single: `${B}(?:ytterligare\\s+(?:ett|en)|ett\\s+till|en\\s+till|ännu\\s+(?:ett|en))\\s+`,
  categories: [
    // "motmedel mot drönare", "antidrönarsystem", "drönarbekämpning"
    [
      "counter_uav",
      `${B}(?:motmedel\\s+mot\\s+(?:drönare|obemannade\\s+(?:luftburna\\s+)?(?:system|farkoster))|skydd\\s+mot\\s+drönare|anti-?drönar${LETTER}*|drönarbekämpning${LETTER}*|system\\s+för\\s+att\\s+bekämpa\\s+drönare)${E}`,
    ],
    ["electronic_warfare", `${B}(?:${PRE}telekrig${LETTER}*|elektronisk\\s+krigföring|störsändare)${E}`],
    // "luftvärnssystem", "luftvärnsrobotar", "Robot 70", "Tridon Mk2", "IRIS-T", "luftförsvar"
    [
      "air_defense",
      `${B}(?:${PRE}luftvärn${LETTER}*|${PRE}luftförsvar${LETTER}*|robot(?:system)?\\s+(?:70|97|98|99)|rbs\\s?70|tridon(?:\\s+mk\\s?2)?|iris-?t(?:\\s+sl[ms])?|patriot${LETTER}*|nasams|${PRE}radar(?:er|system|n)?|ledningssystem\\s+för\\s+luftvärn)${E}`,
    ],
    [
      "missile",
      `${B}(?:kryssningsrobotar|sjömålsrobot${LETTER}*|jaktrobot${LETTER}*|robotar|robot\\s?17|atacms|storm\\s+shadow|${PRE}raketer)${E}`,
    ],
    // "Archer", "artilleripjäser", "haubitsar", "granatkastare"
    [
      "artillery",
      `${B}(?:archer(?:systemet)?|artilleri(?:system|pjäser|et)?|haubits${LETTER}*|granatkastare${LETTER}*|raketartilleri)${E}`,
    ],
    // "artilleriammunition", "granater", "ammunition"
    ["ammunition", `${B}(?:${PRE}ammunition${LETTER}*|${PRE}granater|patroner)${E}`],
    ["tank", `${B}(?:stridsvagn\\s?122|stridsvagn${LETTER}*|leopard\\s?2${LETTER}*)${E}`],
    // "Stridsfordon 90", "CV 90", "stridfordonet CV90", "pansarbandvagnar"
    [
      "armored_vehicle",
      `${B}(?:strid(?:s)?fordon(?:et)?(?:\\s+(?:90|cv\\s?90))?|cv\\s?90|pansarbandvagn${LETTER}*|pbv\\s?302|bandvagn${LETTER}*|(?:bepansrade|splitterskyddade)\\s+fordon|pansarfordon)${E}`,
    ],
    ["helicopter", `${B}(?:${PRE}helikopt${LETTER}*)${E}`],
    // "flygburen radar ASC 890", "Gripen", "stridsflygplan"
    [
      "aircraft",
      `${B}(?:gripen|jas\\s?39|asc\\s?890|${PRE}flygplan${LETTER}*|flygburen\\s+radar${LETTER}*|radarflygplan)${E}`,
    ],
    // "stridsbåtar", "marina drönare", "fartyg", "båtar"
    [
      "naval",
      `${B}(?:${PRE}båtar|${PRE}båt|marina\\s+drönare|marin\\s+materiel|undervattensdrönare|${PRE}ytfarkost${LETTER}*|${PRE}undervattensfarkost${LETTER}*|ytfartyg|${PRE}fartyg)${E}`,
    ],
    ["uav", `${B}(?:${PRE}drönare|${PRE}drönar${LETTER}+|uav|obemannade\\s+(?:luft)?farkoster)${E}`],
    [
      "small_arms",
      `${B}(?:${PRE}pansarvärn${LETTER}*|carl[-\\s]gustaf${LETTER}*|at4|granatgevär|handeldvapen|automatkarbiner|kulsprutor|gevär|pansarskott|övningsvapen)${E}`,
    ],
    [
      "vehicle",
      `${B}(?:${PRE}bilar|${PRE}lastbilar|terrängbilar|hjullastare|${PRE}fordon|ambulanser|grävmaskiner)${E}`,
    ],
    [
      "communications",
      `${B}(?:${PRE}kommunikationsutrustning|${PRE}kommunikation(?:ssystem|sutrustning)?|satellitterminaler|sambandsutrustning|radioutrustning|${PRE}samband(?:sutrustning|smateriel|ssystem))${E}`,
    ],
    [
      "protective_gear",
      `${B}(?:skyddsvästar|${PRE}västar|hjälmar|överlevnadsdräkter|skyddsutrustning|vinterutrustning|uniformer|kroppsskydd|personlig\\s+utrustning)${E}`,
    ],
    ["medical", `${B}(?:${PRE}sjukvård${LETTER}*|medicinsk${LETTER}*|läkemedel|fältsjukhus)${E}`],
    ["demining", `${B}(?:minröjning${LETTER}*|${PRE}minröjnings${LETTER}*|minsökare|mindetektorer)${E}`],
    ["training", `${B}(?:utbildning(?:en|ar|s?insatser)?|träning|övning${LETTER}*)${E}`],
    [
      "fuel_energy",
      `${B}(?:energiområdet|${PRE}energiinfrastruktur|energisektorn|energiförsörjning${LETTER}*|generatorer|elverk|transformatorer|bränsle|drivmedel)${E}`,
    ],
    [
      "advanced_technology",
      `${B}(?:försvarsindustri${LETTER}*|försvarsinnovation|innovation${LETTER}*|gemensam\\s+produktion|samproduktion|ny\\s+teknik|teknikutveckling|${PRE}forskning${LETTER}*|försvarsmaterielsamarbete${LETTER}*|materielsamarbete)${E}`,
    ],
    [
      "budget_support",
      `${B}(?:budgetstöd|lån|bidrag|${PRE}garantier|${PRE}garanti|makrofinansiell${LETTER}*)${E}`,
    ],
    [
      "other",
      `${B}(?:rådgivning|släckutrustning|underhåll${LETTER}*|reservdelar|experter|${PRE}verkstadsutrustning|infanteriutrustning)${E}`,
    ],
    ["reconstruction", `${B}(?:återuppbyggnad${LETTER}*)${E}`],
    ["humanitarian_goods", `${B}(?:vete|spannmål|livsmedel|mat|tält|filtar|nödhjälp${LETTER}*)${E}`],
  ],
  aidTypes: [
    ["military", `${B}(?:militär${LETTER}*|försvarsmateriel|vapen${LETTER}*|stödpaket\\s+\\d+)${E}`],
    ["humanitarian", `${B}(?:humanitär${LETTER}*)${E}`],
    ["financial", `${B}(?:ekonomisk${LETTER}*|finansiell${LETTER}*|budgetstöd|lån|${PRE}garantier)${E}`],
  ],
};
