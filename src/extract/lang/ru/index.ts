// Russian: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/** The commonest Russian function words (prepositions, conjunctions, particles, pronouns). */
const functionWords = new Set(
  "и в во на с со к до от что как за о об для не это а но также его ее её их который которая которые уже еще ещё было будет".split(
    " ",
  ),
);

/** "тыс. дронов", "млн. евро", "т.е", "т.н", "г." in "2024 г.", "ст. 5", "руб. на". */
const abbreviations =
  "тыс млн млрд грн долл дол руб т.е т.н т.к т.ч г гг ст ул др см напр пп проф акад ген".split(" ");

export const pack: LanguagePack = {
  code: "ru",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
