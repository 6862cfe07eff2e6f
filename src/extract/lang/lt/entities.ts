// Lithuanian entities: the generated gazetteer, genitives as possessives, and the grammar of officials' titles.
import type { EntityLexicon, EntityTerm } from "../../common/entities.js";
import { genitives } from "./curated-entities.js";
import { ignore, terms } from "./generated-gazetteer.js";

/**
 * Lithuanian has no "'s": the genitive is the possessive. "Lietuvos vyriausybė" (Lithuania's government) acts,
 * "Rusijos agresija" (Russia's aggression) does not; events.ts tells them apart by the noun that follows.
 */
const possessives: EntityTerm[] = Object.entries(genitives).flatMap(([code, names]) =>
  names.map((name): EntityTerm => [name, code, "possessive"]),
);

export const entities: EntityLexicon = {
  terms: [...terms, ...possessives],
  ignore,
  possessive: "",
  // "prorusiškas" is one word and needs nothing; "anti-NATO", "ne ES šalys" name no actor.
  notAfter: "(?:[Aa]nti|[Pp]ro)-",
  officials: {
    // Roles are found only where they start with a capital, at the head of a sentence: "Krašto apsaugos
    // ministras Laurynas Kasčiūnas teigė". Mid-sentence Lithuanian writes them in lower case.
    heads: [
      "Ministras",
      "Ministrė",
      "Ministras Pirmininkas",
      "Ministrė Pirmininkė",
      "Premjeras",
      "Premjerė",
      "Prezidentas",
      "Prezidentė",
      "Ambasadorius",
      "Ambasadorė",
      "Generalinis sekretorius",
      "Vadas",
      "Pirmininkas",
      "Pirmininkė",
      "Atstovas",
      "Atstovė",
    ],
    modifiers: [
      "Krašto apsaugos",
      "Gynybos",
      "Užsienio reikalų",
      "Finansų",
      "Ekonomikos ir inovacijų",
      "Strateginės pramonės",
      "Vyriausiasis",
      "Vice",
      "Kariuomenės",
    ],
    portfolios: [],
    // Lithuanian puts the state before the role in the genitive ("Ukrainos gynybos ministras"), never after.
    portfolioLink: "(?!)",
    stateLink: "(?!)",
    nameLink: "\\s+",
    appositionLink: ",\\s+",
    notNames: ["Ir", "Bet", "Tačiau", "Kad", "Jis", "Ji", "Jie", "Tai", "Šis", "Ši", "Pasak", "Anot", "Dėl"],
    nameParticles: [],
  },
};
