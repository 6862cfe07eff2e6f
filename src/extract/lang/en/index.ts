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

export const pack: LanguagePack = { code: "en", functionWords, entities, figures, dates, items, events };
