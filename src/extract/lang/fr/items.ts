// French items: words for LEDGER §4 categories and aid types ("canons CAESAR", "missiles SCALP"), for common/items.ts.
import type { ItemLexicon } from "../../common/items.js";
import { L, R } from "./word.js";

/**
 * The end of a word: `\b` knows only ASCII letters, so "blindé" or "drones navals" would otherwise end wrong. The
 * shared step puts `\b` before the whole alternation, so every entry starts with an ASCII letter: "équipements"
 * (é) cannot start an entry and is reached through the word before it where it matters ("matériel de ...").
 */
const E = R;
/** "de la", "d'", "du": the link inside compound nouns, "défense d'artillerie". */
const DE = "(?:de\\s+(?:la\\s+|l['’])?|d['’]|du\\s+|des\\s+)";

export const items: ItemLexicon = {
  // "un autre système IRIS-T", "une nouvelle batterie SAMP/T", "un seul Patriot": one of the item.
  single: `${L}(?:un|une)\\s+(?:autre|nouvel(?:le)?|nouveau|seule?|seconde?|deuxième|troisième)\\s+(?:(?:système|batterie)\\s+${DE}?)?`,
  categories: [
    // "systèmes anti-drones", "moyens de lutte anti-drones"
    [
      "counter_uav",
      `(?:(?:syst[èe]mes?|moyens?|dispositifs?|brouilleurs?)\\s+(?:de\\s+lutte\\s+)?anti-?drones?|lutte\\s+anti-?drones?|anti-?drones?)${E}`,
    ],
    // "guerre électronique", "systèmes de brouillage", "brouilleurs"
    [
      "electronic_warfare",
      `(?:(?:syst[èe]mes?|moyens?|capacités?)\\s+${DE}guerre\\s+[ée]lectronique|guerre\\s+[ée]lectronique|syst[èe]mes?\\s+de\\s+brouillage|brouilleurs?|radio-?[ée]lectroniques?)${E}`,
    ],
    // "missiles antichars MILAN": portable weapons, before the missiles below.
    ["small_arms", `(?:missiles?\\s+antichars?(?:\\s+(?:MILAN|Javelin|NLAW))?)${E}`],
    // "défense aérienne", "systèmes sol-air", "SAMP/T Mamba", "missiles Aster", "radars"
    [
      "air_defense",
      `(?:d[ée]fense\\s+(?:anti-?a[ée]rienne|a[ée]rienne|sol-air)(?:\\s+(?:à|de)\\s+(?:courte|moyenne|longue)\\s+port[ée]e)?|syst[èe]mes?\\s+(?:de\\s+d[ée]fense\\s+(?:anti-?)?a[ée]rienne|sol-air|anti-?a[ée]riens?)|missiles?\\s+(?:sol-air|anti-?a[ée]riens?|Aster(?:\\s+\\d+)?|Mistral|Crotale|Patriot|intercepteurs?)|batteries?\\s+(?:Patriot|SAMP/T|IRIS-T|NASAMS)|SAMP/T(?:\\s+Mamba)?|Mamba|Patriot|IRIS-T(?:\\s+SL[MS])?|NASAMS|Crotale|Mistral|Aster|Gepard|Hawk|intercepteurs?|radars?)${E}`,
    ],
    // "missiles de croisière SCALP", "roquettes", "ATACMS"
    [
      "missile",
      `(?:missiles?(?:\\s+(?:de\\s+croisi[èe]re|balistiques?|anti-?navires?|air-sol|longue\\s+port[ée]e))?(?:\\s+(?:SCALP(?:-EG)?|Storm\\s+Shadow|Taurus|ATACMS))?|SCALP(?:-EG)?|Storm\\s+Shadow|ATACMS|Taurus|roquettes?(?:\\s+(?:guidées|GMLRS))?|GMLRS)${E}`,
    ],
    // "obus de 155 mm", "munitions d'artillerie", "cartouches", "bombes planantes AASM"
    [
      "ammunition",
      `(?:obus(?:\\s+(?:de\\s+\\d+\\s?mm|d['’]artillerie|de\\s+mortier))?|munitions?(?:\\s+(?:d['’]artillerie|de\\s+\\d+\\s?mm|de\\s+gros\\s+calibre))?|cartouches|grenades|bombes(?:\\s+(?:planantes|guidées))?(?:\\s+AASM)?|AASM|projectiles)${E}`,
    ],
    // "canons CAESAR", "obusiers", "lance-roquettes multiples", "mortiers"
    [
      "artillery",
      `(?:canons?(?:\\s+automoteurs?)?(?:\\s+(?:CAESAR|Caesar|TRF1))?|CAESAR|Caesar|TRF1|obusiers?(?:\\s+automoteurs?)?|pi[èe]ces?\\s+d['’]artillerie|artillerie|mortiers?|lance-roquettes(?:\\s+multiples)?|LRU|HIMARS|Archer)${E}`,
    ],
    // "véhicules blindés", "VAB", "AMX-10 RC", "véhicules de combat d'infanterie"
    [
      "armored_vehicle",
      `(?:v[ée]hicules?\\s+(?:blind[ée]s?|de\\s+combat(?:\\s+d['’]infanterie)?|de\\s+l['’]avant\\s+blind[ée]s?|de\\s+transport\\s+de\\s+troupes)|blind[ée]s?(?:\\s+de\\s+transport\\s+de\\s+troupes)?|transports?\\s+de\\s+troupes\\s+blind[ée]s?|VAB|VBCI|VLTT|AMX-10\\s?RC|AMX-10|Bradley|Marder|CV\\s?90|M113|Bastion|MRAP)${E}`,
    ],
    [
      "tank",
      `(?:chars?(?:\\s+(?:d['’]assaut|lourds?|de\\s+combat|de\\s+bataille))?(?:\\s+(?:Leopard(?:\\s?[12]\\w*)?|Abrams|Challenger(?:\\s2)?))?|Leopard(?:\\s?[12]\\w*)?|Abrams|Challenger(?:\\s2)?|T-72)${E}`,
    ],
    ["helicopter", `(?:h[ée]licopt[èe]res?|Mi-8|Mi-17|Puma|Gazelle)${E}`],
    [
      "aircraft",
      `(?:avions?(?:\\s+(?:de\\s+chasse|de\\s+combat|de\\s+transport|de\\s+surveillance))?|chasseurs(?:\\s+F-16)?|Mirage(?:\\s+2000(?:-5)?)?|Rafale|F-16|Gripen)${E}`,
    ],
    // "drones navals", "navires", "vedettes", "chasseurs de mines"
    [
      "naval",
      `(?:drones?\\s+(?:navals?|marins?|de\\s+surface)|navires?|bateaux|vedettes?|patrouilleurs?|chasseurs?\\s+de\\s+mines|corvettes?|embarcations?)${E}`,
    ],
    // "drones", "drones kamikazes", "munitions rôdeuses", "UAV"
    [
      "uav",
      `(?:drones?(?:\\s+(?:kamikazes?|d['’]attaque|de\\s+reconnaissance|FPV|intercepteurs?))?|munitions?\\s+r[ôo]deuses?|UAV|a[ée]ronefs?\\s+sans\\s+pilote|composants?\\s+de\\s+drones)${E}`,
    ],
    [
      "small_arms",
      `(?:armes?\\s+(?:l[ée]g[èe]res|antichars?|individuelles|d['’]infanterie)|antichars?|fusils?(?:\\s+(?:d['’]assaut|de\\s+pr[ée]cision))?|mitrailleuses?|lance-grenades|MILAN|Javelin|NLAW|armes\\s+portatives)${E}`,
    ],
    [
      "vehicle",
      `(?:camions?(?:-citernes?)?|v[ée]hicules?(?:\\s+(?:tout-terrain|utilitaires|logistiques|tactiques))?|ambulances?|pick-up)${E}`,
    ],
    [
      "communications",
      `(?:(?:moyens|mat[ée]riels?|syst[èe]mes?)\\s+de\\s+(?:t[ée]l[ée])?communications?|t[ée]l[ée]communications|terminaux(?:\\s+(?:Starlink|satellitaires))?|Starlink|radios)${E}`,
    ],
    [
      "protective_gear",
      `(?:gilets?\\s+pare-balles|casques?|uniformes|tenues\\s+d['’]hiver|v[êe]tements\\s+(?:d['’]hiver|chauds)|protections?\\s+balistiques?|gilets\\s+de\\s+protection|jumelles\\s+de\\s+vision\\s+nocturne|lunettes\\s+de\\s+vision\\s+nocturne)${E}`,
    ],
    [
      "medical",
      `(?:mat[ée]riel\\s+m[ée]dical|fournitures?\\s+m[ée]dicales?|m[ée]dicaments|trousses\\s+de\\s+(?:premiers\\s+)?secours|kits\\s+de\\s+premiers\\s+secours|soins\\s+m[ée]dicaux|h[ôo]pitaux\\s+de\\s+campagne|h[ôo]pital\\s+de\\s+campagne)${E}`,
    ],
    ["demining", `(?:d[ée]minage|d[ée]pollution\\s+pyrotechnique)${E}`],
    ["training", `(?:formations?|entra[îi]nements?|instruction\\s+militaire)${E}`],
    [
      "fuel_energy",
      `(?:g[ée]n[ée]rateurs?|groupes?\\s+[ée]lectrog[èe]nes|carburants?|transformateurs|infrastructures?\\s+[ée]nerg[ée]tiques?|secteur\\s+[ée]nerg[ée]tique|r[ée]seau\\s+[ée]lectrique)${E}`,
    ],
    [
      "advanced_technology",
      `(?:nouvelles\\s+technologies|technologies?\\s+(?:avanc[ée]es?|de\\s+pointe|critiques)|industries?\\s+(?:de\\s+(?:la\\s+)?d[ée]fense|d['’]armement)|base\\s+industrielle(?:\\s+et\\s+technologique)?\\s+de\\s+d[ée]fense|BITD|production\\s+(?:conjointe|commune)|coproduction|co-production|fabrication\\s+(?:conjointe|commune)|recherche\\s+et\\s+(?:le\\s+)?d[ée]veloppement|innovation|transferts?\\s+de\\s+technologies?)${E}`,
    ],
    [
      "budget_support",
      `(?:soutien\\s+budg[ée]taire|aide\\s+budg[ée]taire|appui\\s+budg[ée]taire|(?:aide|assistance)\\s+macro-?financi[èe]re|pr[êe]ts?|subventions?|garanties?\\s+de\\s+pr[êe]ts?)${E}`,
    ],
    [
      "other",
      `(?:maintenance|r[ée]parations?|entretien|pi[èe]ces\\s+d[ée]tach[ée]es|conseillers\\s+militaires|instructeurs|cam[ée]ras\\s+thermiques|optiques|minerais\\s+critiques|mati[èe]res\\s+premi[èe]res\\s+critiques)${E}`,
    ],
    ["reconstruction", `(?:reconstruction|reconstruire|rel[èe]vement)${E}`],
    [
      "humanitarian_goods",
      `(?:nourriture|denr[ée]es\\s+alimentaires|vivres|aide\\s+alimentaire|colis\\s+alimentaires|abris|eau\\s+potable|couvertures|kits\\s+d['’]hygi[èe]ne|c[ée]r[ée]ales|bl[ée]|fournitures\\s+humanitaires|biens\\s+humanitaires)${E}`,
    ],
  ],
  aidTypes: [
    [
      "military",
      `(?:militaires?|(?:aide|assistance|soutien)\\s+(?:à\\s+la\\s+)?d[ée]fense|armes|l[ée]tale|s[ée]curitaire)${E}`,
    ],
    ["humanitarian", `(?:humanitaires?)${E}`],
    ["financial", `(?:financi[èe]re?s?|budg[ée]taires?|macro-?financi[èe]re|pr[êe]ts?|subventions?)${E}`],
  ],
};
