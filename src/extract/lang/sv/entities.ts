// Swedish entities: the generated gazetteer plus the grammar of genitives and officials' titles.
import type { EntityLexicon } from "../../common/entities.js";
import { ignore, terms } from "./generated-gazetteer.js";

export const entities: EntityLexicon = {
  terms,
  ignore,
  // Swedish genitive: "Ukrainas", "Sveriges", and a colon after an abbreviation: "EU:s", "Natos", "FN:s".
  possessive: ":s|s",
  // "proryska styrkor", "anti-amerikansk", "icke-EU-länder" name no actor.
  notAfter: "(?:[Pp]ro|[Aa]nti|[Ii]cke)-",
  officials: {
    // Swedish writes titles in lower case and glued: "försvarsminister Pål Jonson", "Danmarks försvarsminister".
    heads: [
      "försvarsminister",
      "försvarsministern",
      "utrikesminister",
      "utrikesministern",
      "statsminister",
      "statsministern",
      "finansminister",
      "bistånds- och utrikeshandelsminister",
      "biståndsminister",
      "minister",
      "ministern",
      "president",
      "presidenten",
      "premiärminister",
      "kansler",
      "förbundskansler",
      "ambassadör",
      "generalsekreterare",
      "överbefälhavare",
      "statssekreterare",
      "kommissionär",
      "Minister",
      "President",
    ],
    modifiers: ["vice", "biträdande", "tillförordnad"],
    portfolios: [],
    portfolioLink: "(?:för)\\s+",
    stateLink: "(?:i|för)\\s+",
    nameLink: "\\s+",
    appositionLink: ",\\s+",
    notNames: ["Den", "Det", "De", "Han", "Hon", "Vi", "I", "På", "Och", "Men", "Som", "Under", "Efter"],
    nameParticles: ["von", "van", "der", "den", "de", "af", "la", "le"],
  },
};
