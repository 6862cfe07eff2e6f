// French: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/**
 * French function words, ASCII only: segmentation counts them with `\b`, which fails around "à" or "été". These
 * cover roughly a quarter of running news text.
 */
const functionWords = new Set(
  "le la les de des du et en un une est que qui pour dans sur au aux par avec ce cette il elle ne pas plus a ont sont son sa ses leur".split(
    " ",
  ),
);

const abbreviations = [
  ..."M MM Mme Mmes Mlle Dr Pr Me St Ste Gal Gén Col Lt Cdt Cne etc cf env art vol p pp n° No av apr J.-C".split(
    " ",
  ),
  ..."janv févr avr juil sept oct nov déc Cie Sté".split(" "),
];

export const pack: LanguagePack = {
  code: "fr",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
