// Lithuanian items: words for LEDGER §4 categories and aid types, for common/items.ts.
import type { ItemLexicon } from "../../common/items.js";

/** Any case ending after a stem: "dron" + "ai", "ų", "us", "ais". */
const E = "\\p{L}*";
/**
 * The shared matcher puts an ASCII `\b` before every entry, which never holds before "š", "ž" or "ū". A word
 * with such a first letter is matched from its second letter, that letter checked behind: "šaudmenys" →
 * "audmenys" (with a count the item's text is the whole "1 000 šaudmenų"). See the report: common code needs
 * a Unicode-aware start here.
 */
const after = (first: string, rest: string): string =>
  `(?<=(?<![\\p{L}\\p{N}])[${first}${first.toUpperCase()}])${rest}`;

export const items: ItemLexicon = {
  // "dar vieną NASAMS sistemą" (another), "vieną IRIS-T sistemą".
  single: "(?<![\\p{L}])(?:dar\\s+)?vien(?:ą|a|as|us)\\s+",
  categories: [
    [
      "counter_uav",
      `(?:prieš ?dron${E}|antidron${E}|kovos su dronais (?:priemon${E}|sistem${E}|įrang${E})|dronų (?:naikinimo|neutralizavimo) (?:priemon${E}|sistem${E}))`,
    ],
    [
      "electronic_warfare",
      `(?:elektroninės kovos(?: priemon${E}| sistem${E}| įrang${E})?|elektronin${E} karyb${E}|radioelektronin${E} kov${E}|trukdžių (?:sistem${E}|įrang${E}|siųstuv${E})|slopintuv${E})`,
    ],
    [
      "air_defense",
      `(?:oro gynyb${E}(?: sistem${E}| priemon${E}| raket${E})?|priešlėktuvin${E}(?: gynyb${E}| sistem${E}| raket${E}| pabūkl${E})?|(?:Patriot${E}|NASAMS|IRIS-T(?: SL[MS])?|SAMP/T)(?: (?:raket|sistem|paleidimo įrengin)${E})?|Stinger${E}|Piorun${E}|radar${E}|perėmėj${E})`,
    ],
    [
      "missile",
      `(?:HIMARS raket${E}|ATACMS|Storm Shadow|balistin${E} raket${E}|sparnuot${E} raket${E}|raket${E})`,
    ],
    [
      "ammunition",
      `(?:(?:artilerijos|tankų|minosvaidžių|155 ?mm|152 ?mm|122 ?mm|105 ?mm)(?: kalibro)? (?:šaudmen${E}|sviedin${E}|šovin${E}|min${E})|sviedin${E}|${after("š", `(?:audmen|ovin)${E}`)}|amunicij${E}|granat(?!svaid)${E}|aviacin${E} bomb${E}|bomb${E})`,
    ],
    [
      "artillery",
      `(?:savaeig${E} (?:haubic${E}|pabūkl${E})|haubic${E}|artilerijos (?:sistem${E}|pabūkl${E})|artilerij${E}|minosvaid${E}|HIMARS|daugkartin${E} raketų paleidimo sistem${E}|pabūkl${E})`,
    ],
    [
      "armored_vehicle",
      `(?:${after("š", `arvuo${E}(?: (?:transporter${E}|automobil${E}|visureig${E}|mašin${E}))?`)}|pėstininkų kovos mašin${E}|kovos mašin${E}|M113|M577|CV90)`,
    ],
    ["tank", `(?:tank(?:as|ai|o|ų|ui|ams|ą|us|ais)|Leopard${E}|Abrams)`],
    ["helicopter", `(?:sraigtasparn${E}|Mi-(?:8|17|24))`],
    ["aircraft", `(?:naikintuv${E}|F-16|lėktuv${E}|orlaiv${E}(?<!bepiločiai orlaiv${E}))`],
    [
      "naval",
      `(?:jūr(?:ų|ini${E}) dron${E}|povandenin${E} dron${E}|patrulin${E} kater${E}|kater${E}|laiv${E}|minų paieškos laiv${E})`,
    ],
    [
      "uav",
      `(?:(?:FPV |žvalgybin${E} |atakos |smogiam${E} |ilgojo nuotolio )?dron${E}|bepiloči${E}(?: orlaiv${E})?|nepilotuojam${E} orlaiv${E}|BPO|BPL)`,
    ],
    [
      "small_arms",
      `(?:prieštankin${E}(?: ginkl${E}| sistem${E}| raket${E}| granatsvaid${E})?|granatsvaid${E}|${after("š", `autuv${E}`)}|kulkosvaid${E}|Javelin${E}|Carl Gustaf${E}|NLAW|AT-4|lengv${E} ginkl${E})`,
    ],
    [
      "vehicle",
      `(?:greitosios pagalbos automobil${E}|sunkvežim${E}|visureig${E}|pikap${E}|transporto priemon${E}|automobil${E})`,
    ],
    [
      "communications",
      `(?:ryšio (?:priemon${E}|įrang${E}|sistem${E})|radijo stot${E}|Starlink${E}|palydovin${E} (?:terminal${E}|ryš${E}))`,
    ],
    [
      "protective_gear",
      `(?:${after("š", `alm${E}`)}|neperšaunam${E} liemen${E}|apsaugin${E} (?:liemen${E}|aprang${E}|priemon${E})|${after("ž", `iemin${E} aprang${E}`)}|uniform${E}|naktinio matymo (?:priemon${E}|prietais${E}|įrengin${E})|aprang${E})`,
    ],
    [
      "medical",
      `(?:medicin${E} (?:priemon${E}|įrang${E}|reikmen${E}|pagalb${E})|pirmosios pagalbos rinkin${E}|vaistinėl${E}|medikament${E}|vaist${E}|lauko ligonin${E})`,
    ],
    ["demining", `(?:išminavim${E}|numinavim${E}|minų (?:šalinim${E}|valym${E}|paieškos))`],
    ["training", `(?:apmokym${E}|mokym${E}|karių rengim${E})`],
    [
      "fuel_energy",
      `(?:generator${E}|degal${E}|kur(?:as|o|ą)(?![\\p{L}])|energetikos įrang${E}|transformator${E}|elektros (?:įrang${E}|energij${E}))`,
    ],
    [
      "advanced_technology",
      `(?:(?:pažang${E}|nauj${E}|moderni${E}) technologij${E}|gynybos pramon${E}|bendr${E} gamyb${E}|technologij${E}|inovacij${E}|moksl${E} tyrim${E})`,
    ],
    [
      "budget_support",
      `(?:biudžet${E} param${E}|paramos biudžetui|tiesiogin${E} biudžet${E}|makrofinansin${E} (?:param${E}|pagalb${E})|paskol${E}|dotacij${E})`,
    ],
    ["other", `(?:remont${E}|technin${E} priežiūr${E}|termovizor${E}|optik${E}|instruktori${E}|patarėj${E})`],
    ["reconstruction", `(?:atstatym${E}|infrastruktūros atkūrim${E}|atkūrim${E})`],
    [
      "humanitarian_goods",
      `(?:maisto (?:produkt${E}|davin${E})|maist${E}|prieglaud${E}|geriamojo vandens|antklod${E}|higienos (?:rinkin${E}|priemon${E})|grūd${E}|kviet${E}|humanitarin${E} (?:krovin${E}|prek${E}|reikmen${E}))`,
    ],
  ],
  aidTypes: [
    ["military", `(?:karin${E}|gynybos param${E}|saugumo param${E}|ginkl${E})`],
    ["humanitarian", `humanitarin${E}`],
    [
      "financial",
      `(?:finansin${E}|ekonomin${E} param${E}|biudžet${E} param${E}|makrofinansin${E}|paskol${E}|dotacij${E})`,
    ],
  ],
  flags: "iu",
  // Entries for words starting with š, ž or ū match from their second letter, so the start stays ASCII \b.
  wordStart: "\\b",
};
