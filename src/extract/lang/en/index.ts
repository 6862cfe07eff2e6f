// English: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/** English function words (a fixed list, not a frequency table: these cover ~25 % of running news text). */
const functionWords = new Set(
  "the of and to in a is that for on with as by was were are be has have had it its from at this which will an or not their".split(
    " ",
  ),
);

const abbreviations = [
  ..."U.S U.K U.N E.U Mr Mrs Ms Dr St Gen Lt Col Maj Capt Sen Rep Gov Jr Sr No Nos Art Vol vs etc e.g i.e".split(
    " ",
  ),
  ..."Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd Corp Co approx".split(" "),
];

export const pack: LanguagePack = {
  code: "en",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
