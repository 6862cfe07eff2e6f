// Polish: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/**
 * Polish function words, ASCII only: segmentation counts them with an ASCII `\b`, around which "się" or "że"
 * would never match. These still cover about a fifth of running news text.
 */
const functionWords = new Set(
  "w we na z ze i do to nie jest o od po jak przez za co dla oraz a ale ich jego jej tym tego przy pod czy lub jako tak tylko ma".split(
    " ",
  ),
);

/** Words written with a full stop inside a sentence: "m.in. Polska", "gen. Kukuła", "ok. 100", "tys. dronów". */
const abbreviations =
  "m.in tj np ok tzw tzn gen płk ppłk mjr kpt dr prof inż min wicemin ws nt tys mln mld ul św im godz".split(
    " ",
  );

export const pack: LanguagePack = {
  code: "pl",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
