// German items: words for LEDGER §4 categories and aid types, for common/items.ts; compounds are matched by their last part.
import type { ItemLexicon } from "../../common/items.js";

/** Any first parts of a compound: "Kampf" in "Kampfdrohnen", "Luftverteidigungs" in "Luftverteidigungssysteme". */
const P = "[\\p{L}-]*";
/** A word ends here; `\b` knows no umlaut, so "Geräte" and "Flugabwehrsysteme" are closed by a letter class. */
const E = "(?![\\p{L}\\p{N}])";
/** Noun endings of plural and case: "Drohne", "Drohnen"; "Systems", "Systeme", "Systemen". */
const N = "(?:n|en|e|es|s|er|ern)?";

export const items: ItemLexicon = {
  // "ein weiteres IRIS-T-System", "einen zusätzlichen Patriot-Starter", "ein einziges".
  single:
    "(?<![\\p{L}])(?:ein|eine|einen|einem|einer|eines)\\s+(?:weitere[snmr]?|zusätzliche[snmr]?|einzige[snmr]?)\\s+",
  flags: "iu",
  categories: [
    // "Drohnenabwehrsysteme", "Anti-Drohnen-Systeme", "Abwehr von Drohnen"
    ["counter_uav", `${P}(?:drohnenabwehr${P}|anti-drohnen${P}|abwehr von drohnen)${E}`],
    // "Systeme der elektronischen Kampfführung", "EloKa", "Störsender", "REB"
    [
      "electronic_warfare",
      `(?:${P}elektronische[nr]? kampfführung|eloka${P}|störsender${N}|störsystem${N}|ew-system${N}|funkstör${P})${E}`,
    ],
    // "IRIS-T SLM", "Patriot-Systeme", "Luftverteidigungssysteme", "Flugabwehrraketen", "Gepard", "Radare"
    [
      "air_defense",
      `(?:iris-t(?:[- ]sl[ms])?(?:-${P})?|patriot(?:-${P})?|nasams|samp[-/]t|skynex|gepard${P}|stinger${N}|hawk${P}|${P}luftverteidigung${P}|${P}flugabwehr${P}|${P}flak${P}|abfangrakete${N}|abfangjäger|${P}radar(?:e|en|s|geräte|systeme)?)${E}`,
    ],
    // "Artilleriemunition", "155-mm-Granaten", "Schuss Munition", "Mörsergranaten", "Gleitbomben"
    [
      "ammunition",
      `(?:${P}munition(?:en)?|${P}granate${N}|geschoss${P}|patronen|bomben|gleitbomben|schuss)${E}`,
    ],
    // "Marschflugkörper Taurus", "ATACMS", "Raketen", "Storm Shadow"
    [
      "missile",
      `(?:${P}marschflugkörper${N}|taurus|atacms|storm shadow|scalp|gmlrs|${P}lenkflugkörper${N}|${P}rakete${N}|${P}flugkörper${N})${E}`,
    ],
    // "Panzerhaubitzen 2000", "Haubitzen", "Mehrfachraketenwerfer", "MARS II", "HIMARS", "Mörser"
    [
      "artillery",
      `(?:${P}haubitze${N}|artillerie(?:system${N}|geschütze?n?)?|${P}raketenwerfer${N}|mars ii|himars|mlrs|${P}mörser${N}|geschütze?n?|caesar|archer|zuzana)${E}`,
    ],
    // "Minenräumgeräte", "Minenräumpanzer", "Entminung"
    ["demining", `(?:minenräum${P}|entminung${P}|minenräumung|kampfmittelräumung)${E}`],
    // "Panzerabwehrwaffen", "Panzerfäuste", "Sturmgewehre", "Maschinengewehre", "Handfeuerwaffen"
    [
      "small_arms",
      `(?:panzerabwehr${P}|panzerfäuste?n?|panzerfaust|${P}gewehre?n?|handfeuerwaffen|kleinwaffen|granatwerfer${N}|javelin${N}|nlaw${N}|pistolen)${E}`,
    ],
    // "Schützenpanzer Marder", "Transportpanzer", "gepanzerte Fahrzeuge", "Radpanzer"
    [
      "armored_vehicle",
      `(?:schützenpanzer${N}|transportpanzer${N}|radpanzer${N}|mannschaftstransporter${N}|gepanzerte[nr]? (?:fahrzeuge?n?|mannschaftstransportwagen)|marder|bradley|dingo|m113|cv90|truppentransporter${N}|kampffahrzeuge?n?|panzerfahrzeuge?n?)${E}`,
    ],
    // "Kampfpanzer Leopard 1A5", "Leopard-2-Panzer", "Abrams"
    ["tank", `(?:kampfpanzer${N}|leopard(?:[- ]?[12]\\w*)?(?:-panzer${N})?|abrams|panzer)${E}`],
    ["helicopter", `(?:${P}hubschrauber${N}|helikopter${N}|mi-8|mi-17|sea king)${E}`],
    ["aircraft", `(?:kampfjets?|f-16|gripen|mirage|${P}flugzeuge?n?|kampfflugzeuge?n?|mig-29)${E}`],
    ["naval", `(?:${P}boote?n?|${P}schiffe?n?|seedrohnen|marinedrohnen|minenjagdboote?|korvetten?)${E}`],
    // "Drohnen", "Kampfdrohnen", "Aufklärungsdrohnen", "unbemannte Luftfahrzeuge", "FPV-Drohnen"
    [
      "uav",
      `(?:${P}drohne${N}|unbemannte[nr]? (?:luftfahrzeuge?n?|fluggeräte?n?|flugsysteme?n?)|uavs?|uas|switchblade)${E}`,
    ],
    [
      "vehicle",
      `(?:lastwagen|lkw|lkws|${P}fahrzeuge?n?|krankenwagen|geländewagen|pick-ups?|tankwagen|sattelzugmaschinen)${E}`,
    ],
    [
      "communications",
      `(?:${P}funkgeräte?n?|satellitenterminals?|starlink(?:-terminals?)?|kommunikationsausrüstung|kommunikationstechnik|${P}funksysteme?n?)${E}`,
    ],
    [
      "protective_gear",
      `(?:schutzwesten|helme?n?|schutzausrüstung|winterausrüstung|winterkleidung|uniformen|nachtsichtgeräte?n?|splitterschutzwesten)${E}`,
    ],
    [
      "medical",
      `(?:${P}sanitätsmaterial|medizinische[nr]? (?:güter|ausrüstung|versorgung|hilfsgüter|geräte)|medikamente?n?|arzneimittel|erste-hilfe-sets?|verbandsmaterial|feldlazarette?|${P}lazarett${N})${E}`,
    ],
    ["training", `(?:ausbildung${P}|training${P}|schulung(?:en)?|trainingsmission${P})${E}`],
    [
      "fuel_energy",
      `(?:generatoren|generator|stromerzeuger${N}|treibstoff${P}|kraftstoff${P}|diesel|transformatoren|${P}energieinfrastruktur|energieausrüstung|kraftwerke?n?)${E}`,
    ],
    [
      "advanced_technology",
      `(?:(?:neue[nr]?|moderne[nr]?|fortschrittliche[nr]?|kritische[nr]?) technologie${N}|rüstungsindustrie${P}|verteidigungsindustrie${P}|rüstungskooperation|gemeinsame[nr]? (?:produktion|herstellung|fertigung|entwicklung)|koproduktion|forschung und entwicklung|innovation${P})${E}`,
    ],
    [
      "budget_support",
      `(?:budgethilfe${P}|haushaltshilfe${P}|haushaltsunterstützung|budgetunterstützung|makrofinanzhilfe${P}|darlehen|kredite?n?|kreditgarantien|zuschüsse?n?|zuschuss)${E}`,
    ],
    [
      "other",
      `(?:instandsetzung|wartung|ersatzteile?n?|kritische rohstoffe|rohstoffe?n?|militärberater${N})${E}`,
    ],
    ["reconstruction", `(?:wiederaufbau${P}|instandsetzung der infrastruktur)${E}`],
    [
      "humanitarian_goods",
      `(?:lebensmittel${P}|nahrungsmittel${P}|hilfsgüter${P}|notunterkünfte?n?|decken|trinkwasser|hygienesets?|getreide|weizen)${E}`,
    ],
  ],
  aidTypes: [
    [
      "military",
      `(?:militärisch${P}|militärhilfe${P}|waffenhilfe|waffenlieferung${P}|rüstungsgüter${P}|verteidigungshilfe|sicherheitshilfe|militärpaket${P}|waffen)${E}`,
    ],
    ["humanitarian", `(?:humanitär${P})${E}`],
    [
      "financial",
      `(?:finanziell${P}|finanzhilfe${P}|wirtschaftshilfe|budgethilfe${P}|haushaltshilfe${P}|makrofinanzhilfe${P}|darlehen|kredite?n?|zuschüsse?n?)${E}`,
    ],
  ],
};
