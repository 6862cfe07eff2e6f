// Polish items: words for LEDGER §4 categories and aid types in their inflected forms, for common/items.ts.
import type { ItemLexicon } from "../../common/items.js";

/** Any inflected ending: "dron" → drony, dronów, dronami. */
const W = "\\p{L}*";
/** A word ends: `\b` knows only ASCII letters. */
const E = "(?![\\p{L}\\p{N}])";
/**
 * common/items.ts puts an ASCII `\b` before every entry, which never holds before "ś", "ł" or "ż" after a space;
 * such words are matched from their second letter, the first checked behind: "śmigłowce" → "migłowce".
 */
const after = (first: string, rest: string): string => `(?<=[${first}${first.toUpperCase()}])${rest}`;

export const items: ItemLexicon = {
  flags: "iu",
  // Entries for words starting with ś, ł or ż match from their second letter, so the start stays ASCII \b.
  wordStart: "\\b",
  // "kolejną baterię Patriot", "kolejny system IRIS-T", "jeszcze jeden zestaw": one more of a thing.
  single: `(?:kolejn(?:y|ą|ego|ej)|jeszcze\\s+jed(?:en|ną|nego|no)|dodatkow(?:y|ą|ego)|jed(?:en|ną|nego|no))\\s+(?:(?:system|systemu|zestaw|zestawu|baterię|baterii)\\s+)?`,
  categories: [
    // "systemy antydronowe", "środki zwalczania dronów", "obrona przed dronami"
    [
      "counter_uav",
      `(?:antydronow${W}|przeciwdronow${W}|zwalczania\\s+dronów|(?:obron${W}|ochron${W})\\s+przed\\s+dronami|c-uas${E})`,
    ],
    // "systemy walki elektronicznej", "WRE", "zagłuszarki"
    ["electronic_warfare", `(?:walk${W}\\s+elektroniczn${W}|wre${E}|zagłuszar${W}|radioelektroniczn${W})`],
    // "amunicja krążąca" is a drone, not ammunition.
    ["uav", `(?:amunicj${W}\\s+krążąc${W})`],
    // "obrona powietrzna", "systemy przeciwlotnicze", "Patriot", "IRIS-T", "Pioruny", "radary"
    [
      "air_defense",
      `(?:obron${W}\\s+(?:powietrzn${W}|przeciwlotnicz${W}|przeciwrakietow${W})|przeciwlotnicz${W}|opl${E}|patriot${W}|nasams${E}|iris-t(?:\\s+sl[ms])?${E}|samp/t${E}|piorun${W}|gepard${W}|stinger${W}|radar${W}|pocisk${W}\\s+przechwytując${W}|(?:rakiet${W}|pocisk${W}|system${W}|zestaw${W})\\s+przeciwlotnicz${W}|(?:rakiet${W}|pocisk${W})\\s+(?:do\\s+)?(?:systemów\\s+)?obrony\\s+powietrznej)`,
    ],
    // "pociski manewrujące", "rakiety do systemów HIMARS", "Storm Shadow"
    [
      "missile",
      `(?:(?:rakiet${W}|amunicj${W}|pocisk${W})\\s+do\\s+(?:systemów\\s+|wyrzutni\\s+)?(?:himars|mlrs)${E}|pocisk${W}\\s+(?:manewrując${W}|balistyczn${W}|przeciwokrętow${W}|dalekiego\\s+zasięgu)|atacms${E}|storm\\s+shadow${E}|taurus${E}|scalp${E}|harpoon${W}|rakiet${W}|pocisk${W}\\s+rakietow${W})`,
    ],
    // "amunicja 155 mm", "pociski artyleryjskie", "naboje", "granaty", "bomby"
    [
      "ammunition",
      `(?:amunicj${W}|pocisk${W}\\s+artyleryjsk${W}|pocisk${W}|nabo(?:je|jów|jami|i)${E}|granat(?:y|ów|ami)${E}|bomb(?:y|ą|ami|)${E}|bomb\\s+szybując${W})`,
    ],
    // "haubice Krab", "moździerze", "HIMARS", "wyrzutnie rakiet"
    [
      "artillery",
      `(?:armatohaubic${W}|haubic${W}|krab${W}|goździk${W}|artyleri${W}|moździerz${W}|wyrzutni${W}(?:\\s+rakiet${W})?|himars${E}|mlrs${E}|systemy?\\s+artyleryjsk${W})`,
    ],
    [
      "armored_vehicle",
      `(?:transporter${W}(?:\\s+opancerzon${W})?|bojow${W}\\s+woz${W}\\s+piechoty|bojowych\\s+wozów\\s+piechoty|bwp${E}|rosomak${W}|(?:pojazd${W}|woz${W}|wozów|samochod${W})\\s+opancerzon${W}|mrap${W}|m113${E}|bradley${W}|stryker${W})`,
    ],
    ["tank", `(?:czołg${W}|leopard${W}(?:\\s*[12]\\w*)?|abrams${W}|t-72${W}|pt-91${W})`],
    ["helicopter", `(?:${after("ś", `migłow${W}`)}|helikopter${W}|mi-(?:8|17|24)${E})`],
    ["aircraft", `(?:samolot${W}|myśliw${W}|f-16${E}|mig-29${E}|gripen${W}|mirage${E})`],
    [
      "naval",
      `(?:dron${W}\\s+morsk${W}|${after("ł", `od(?:zie|zi|ź|ziami)${E}`)}|okręt${W}|kutr${W}|jednost${W}\\s+pływając${W}|${after("ł", `odzi\\s+patrolow${W}`)})`,
    ],
    // "drony", "bezzałogowe statki powietrzne", "BSP", "Warmate"
    [
      "uav",
      `(?:dron${W}|bezzałogow${W}(?:\\s+statk${W}\\s+powietrzn${W})?|bsp${E}|bayraktar${W}|warmate${E}|flyeye${E})`,
    ],
    [
      "small_arms",
      `(?:karabin${W}|bro(?:ń|ni)\\s+strzeleck${W}|granatnik${W}|przeciwpancern${W}|javelin${W}|nlaw${W}|pistolet${W}|carl\\s+gustaf${W})`,
    ],
    [
      "vehicle",
      `(?:ciężarów${W}|samochod${W}|pojazd${W}|ambulans${W}|karet(?:ki|ek|kami|ka)${E}|pick-?up${W}|cystern${W})`,
    ],
    [
      "communications",
      `(?:sprzęt${W}\\s+łączności|${after("ł", `ączności${E}`)}|starlink${W}|terminal${W}\\s+satelitarn${W}|radiostacj${W})`,
    ],
    [
      "protective_gear",
      `(?:hełm${W}|kamizel${W}|mundur${W}|umundurowani${W}|odzie${W}|noktowizor${W}|(?:środk${W}|sprzęt${W})\\s+ochrony\\s+osobistej)`,
    ],
    [
      "medical",
      `(?:medyczn${W}|apteczk${W}|lek(?:i|ów|ami)${E}|medykament${W}|szpital${W}\\s+polow${W}|ewakuacj${W}\\s+medyczn${W})`,
    ],
    ["demining", `(?:rozminow${W}|saper${W})`],
    ["training", `(?:szkoleni${W}|szkolenia\\s+żołnierzy)`],
    ["fuel_energy", `(?:generator${W}|agregat${W}|paliw${W}|transformator${W}|energetyczn${W}|energi${W})`],
    [
      "advanced_technology",
      `(?:przemysł${W}\\s+(?:obronn${W}|zbrojeniow${W})|wspóln${W}\\s+produkcj${W}|koprodukcj${W}|now${W}\\s+technologi${W}|technologi${W}|badań\\s+i\\s+rozwoju|innowacj${W})`,
    ],
    [
      "budget_support",
      `(?:wsparci${W}\\s+budżet${W}|budżetow${W}|pożyczk${W}|kredyt${W}|gwarancj${W}|dotacj${W}|grant${W}|makrofinansow${W})`,
    ],
    ["other", `(?:remont${W}|serwis${W}|doradc${W}|instruktor${W})`],
    ["reconstruction", `(?:odbudow${W})`],
    [
      "humanitarian_goods",
      `(?:${after("ż", `ywnoś${W}`)}|artykuł${W}\\s+spożywcz${W}|paczk${W}\\s+żywnościow${W}|wod${W}\\s+pitn${W}|koc(?:e|ów)${E}|schronieni${W}|zestaw${W}\\s+higieniczn${W}|pszenic${W}|zbo(?:że|ża|żem)${E})`,
    ],
  ],
  aidTypes: [
    ["military", `(?:wojskow${W}|militarn${W}|uzbrojeni${W}|bro(?:ń|ni)${E})`],
    ["humanitarian", `(?:humanitarn${W})`],
    [
      "financial",
      `(?:finansow${W}|budżetow${W}|pożyczk${W}|kredyt${W}|dotacj${W}|grant${W}|makrofinansow${W})`,
    ],
  ],
};
