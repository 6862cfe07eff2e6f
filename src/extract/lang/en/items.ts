// English items: words for LEDGER §4 categories and aid types, for common/items.ts.
import type { ItemLexicon } from "../../common/items.js";

/** Optional plural "s"/"es" after a noun stem. */
const S = "(?:e?s)?";
const B = "\\b";

export const items: ItemLexicon = {
  single: "\\b(?:an additional|another|a further|a single|one)\\s+",
  categories: [
    // "drone countermeasures", "Counter-Unmanned Aerial Systems (C-UAS) equipment", "anti-drone guns"
    [
      "counter_uav",
      `${B}(?:drone countermeasure${S}|counter[- ](?:drone|uas|unmanned aerial system)${S}|c-uas|anti-drone(?: \\w+)?|(?:defen[cs]e|protection) against (?:drones|unmanned aerial systems))${B}`,
    ],
    // "electronic warfare detection equipment", "EW systems", "jammers"
    [
      "electronic_warfare",
      `${B}(?:electronic[- ]warfare(?: \\w+)?|ew systems?|jammer${S}|jamming (?:systems?|equipment)|radio-electronic (?:warfare|systems?))${B}`,
    ],
    // "ammunition for HIMARS", "HIMARS rockets", "coastal defense weapons", "Harpoon", "ATACMS"
    [
      "missile",
      `${B}(?:(?:ammunition|munitions|rockets) for (?:the )?(?:high mobility artillery rocket systems|himars|mlrs|(?:advanced )?rocket systems)(?: \\(himars\\))?|himars (?:rockets|munitions|ammunition)|battlefield munitions|coastal defen[cs]e (?:weapons|systems)|anti-ship missile${S}|harpoon${S}|atacms|storm shadow${S}|scalp|taurus|cruise missile${S}|ballistic missile${S}|guided (?:rockets|missiles)|gmlrs|missile${S}|rockets?)${B}`,
    ],
    // "artillery rounds", "155mm ammunition", "rounds of ammunition", "shells"
    [
      "ammunition",
      `${B}(?:(?:ammunition|munitions|rounds|shells) for (?:the )?(?:[\\w-]+ ){0,3}?(?:guns|systems|howitzers|artillery|tanks|launchers|mortars)|(?:artillery |tank |mortar )?(?:rounds|shells|ammunition|munitions)(?: of ammunition)?|ammunitions?|(?:155|152|122|105)\\s?mm (?:artillery )?(?:rounds|shells|ammunition)|cartridges|grenades|bombs|glide bombs|projectiles)${B}`,
    ],
    // "Patriot batteries", "NASAMS", "IRIS-T SLM", "air surveillance radars", "interceptors"
    [
      "air_defense",
      `${B}(?:(?:short|medium|long)-range air[- ]defen[cs]e(?: \\w+)?|air[- ]defen[cs]es?(?: systems?| capabilities| batteries| missiles| interceptors| equipment)?|anti-air(?:craft)? (?:systems?|guns?|missiles?)|surface-to-air(?: missile${S})?|patriot(?: (?:missile )?(?:batter(?:y|ies)|systems?|components|interceptors|launchers?))?|nasams|iris[- ]?t(?:[- ]sl[ms])?|samp[-/]t|hawks?(?: (?:systems?|missiles?))?|gepards?(?: systems?)?|stingers?|avenger${S}|interceptor${S}|(?:air surveillance |counter-artillery |counter-battery )?radar${S}|luftvärn\\w*)${B}`,
    ],
    // "howitzers", "artillery systems", "HIMARS", "mortars", "MLRS"
    [
      "artillery",
      `${B}(?:howitzer${S}|artillery(?: systems?| pieces| guns)?|himars|high mobility artillery rocket systems?|mlrs|multiple[- ]launch rocket systems?|mortar${S}|self-propelled guns?|caesar${S}|archer)${B}`,
    ],
    // "armored personnel carriers", "Bradley fighting vehicles", "MRAPs", "CV90"
    [
      "armored_vehicle",
      `${B}(?:armou?red personnel carriers?|apcs?|infantry fighting vehicles?|ifvs?|armou?red (?:vehicles?|cars?)|bradley(?: fighting vehicles?)?|strykers?|mraps?|mine[- ]resistant(?: ambush[- ]protected)? vehicles?|cv ?90s?|m113s?|humvees?|hmmwvs?|combat vehicles?)${B}`,
    ],
    [
      "tank",
      `${B}(?:(?:main )?battle tanks?|leopard(?: ?[12]\\w*)?(?: tanks?)?|abrams(?: tanks?)?|challenger(?: 2)?(?: tanks?)?|t-72s?|tanks)${B}`,
    ],
    ["helicopter", `${B}(?:helicopter${S}|mi-17s?|mi-8s?|black hawks?)${B}`],
    [
      "aircraft",
      `${B}(?:f-16s?|fighter (?:jets?|aircraft)|aircraft|airplanes?|gripen${S}|mig-29s?|mirage${S}|(?:surveillance|transport) planes?)${B}`,
    ],
    [
      "naval",
      `${B}(?:naval (?:drones?|vessels?|boats?)|patrol boats?|boats|ships|vessels|sea drones|unmanned (?:surface|underwater) vessels?|minehunters?|corvettes?|coastal patrol)${B}`,
    ],
    // "drones", "UAVs and components", "Unmanned Aerial Systems (UAS)", "Switchblade"
    [
      "uav",
      `${B}(?:drones?|uavs?|unmanned aerial (?:vehicles?|systems?)(?: \\(uas\\))?|uas|switchblades?|phoenix ghosts?|loitering munitions)${B}`,
    ],
    [
      "small_arms",
      `${B}(?:anti-tank(?: weapons| systems| missiles| guided missiles)?|anti-armou?r(?: systems| weapons)?|javelins?(?: anti-tank weapons)?|nlaws?|at-4s?|grenade launchers?|small arms|rifles|machine guns|firearms|carl gustafs?|sniper rifles)${B}`,
    ],
    ["vehicle", `${B}(?:trucks|tactical vehicles|vehicles|ambulances|fuel trucks|cars|pick-ups|tankers)${B}`],
    [
      "communications",
      `${B}(?:(?:secure )?communications?(?: support)? equipment|satellite (?:communications?|terminals?)|starlink(?: terminals?)?|radios|tactical radios)${B}`,
    ],
    [
      "protective_gear",
      `${B}(?:body armou?r|helmets?|protective (?:gear|equipment|vests)|flak vests|winter (?:clothing|uniforms|gear)|uniforms|night[- ]vision (?:devices|goggles)|optics)${B}`,
    ],
    [
      "medical",
      `${B}(?:medical (?:supplies|equipment|care|goods|evacuation|kits)|first[- ]aid kits?|health care|healthcare|medicines?|hospital (?:equipment|supplies)|field hospitals?)${B}`,
    ],
    [
      "demining",
      `${B}(?:demining(?: equipment)?|mine[- ]clearing(?: equipment)?|mine clearance|de-mining)${B}`,
    ],
    [
      "training",
      `${B}(?:training(?: of| for)? (?:personnel|soldiers|troops|pilots|ukrainian)?|training)${B}`,
    ],
    [
      "fuel_energy",
      `${B}(?:generators?|(?:electrical |power |energy )?(?:transmission |grid )(?:grid )?equipment|power plants?|energy (?:equipment|infrastructure|assistance|sector)|fuel|transformers|clean energy|hydrocarbons|electricity)${B}`,
    ],
    [
      "advanced_technology",
      `${B}(?:(?:advanced|new|emerging|critical) technolog(?:y|ies)|defen[cs]e[- ]industr(?:y|ial)(?: base| cooperation| bases)?|co-production|joint production|technical data|research and development|r&d|innovation)${B}`,
    ],
    [
      "budget_support",
      `${B}(?:budget(?:ary)?(?: and economic)? support|budget(?:ary)? (?:funding )?(?:shortfalls|needs|gap)|direct budget|macro-?financial (?:assistance|support)|macroeconomic assistance|grant financing|loans?|loan guarantees?|grants?|continuity of (?:ukraine[’']s )?(?:democratic|government) operations)${B}`,
    ],
    // "repair and sustainment", "critical minerals": named, but in no other category
    [
      "other",
      `${B}(?:repair and (?:sustainment|maintenance)|maintenance and repair|sustainment|(?:critical )?minerals|natural resources?|thermal (?:sights?|imagers?|cameras?)|optics|(?:technical |military )?(?:advisers?|advisors?|experts?|instructors?))${B}`,
    ],
    ["reconstruction", `${B}(?:reconstruction|rebuild(?:ing)?|recovery of (?:ukraine|infrastructure))${B}`],
    [
      "humanitarian_goods",
      `${B}(?:food(?: assistance| aid| supplies)?|shelter|(?:safe )?drinking water|clean water|blankets|hygiene kits|cash (?:assistance|transfers|for families)|wheat|grain|relief supplies|humanitarian (?:goods|supplies))${B}`,
    ],
  ],
  aidTypes: [
    [
      "military",
      `${B}(?:military|security assistance|security support|defen[cs]e (?:aid|assistance|support|package)|weapons|lethal)${B}`,
    ],
    ["humanitarian", `${B}(?:humanitarian)${B}`],
    [
      "financial",
      `${B}(?:financial|economic (?:assistance|support|aid)|budget(?:ary)? support|macro-?financial|grant financing|loans?|grants?)${B}`,
    ],
  ],
};
