// Swedish: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/** Swedish function words (a fixed list): the commonest in running news text. */
const functionWords = new Set(
  "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger under också efter eller nu hade alla ska kommer".split(
    " ",
  ),
);

/** Written with a full stop that ends no sentence: "bl.a.", "t.ex.", "m.m.", "ca.", "kl.". */
const abbreviations =
  "bl.a t.ex m.m ca kl s.k d.v.s dvs osv resp jfr nr f.d p.g.a o.s.v fr.o.m t.o.m milj mdr".split(" ");

export const pack: LanguagePack = {
  code: "sv",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
