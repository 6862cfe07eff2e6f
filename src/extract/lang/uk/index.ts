// Ukrainian: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/** The commonest Ukrainian function words (prepositions, conjunctions, particles, pronouns). */
const functionWords = new Set(
  "і й та у в на з із до від що як за про для не це а але також його її їх який яка які вже ще було буде".split(
    " ",
  ),
);

/** "тис. дронів", "млн. євро", "т. зв.", "м. Київ", "ст. 5", "р." in "2024 р.", "грн. на". */
const abbreviations = "тис млн млрд грн дол т.зв т.ч м ст р рр вул ін див напр пп проф акад ген".split(" ");

export const pack: LanguagePack = {
  code: "uk",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
