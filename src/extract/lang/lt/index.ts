// Lithuanian: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/**
 * Common Lithuanian function words. Only words with ASCII letters at both ends, as segmentation counts them
 * with ASCII word edges, and none that English also writes ("to", "per", "po").
 */
const functionWords = new Set(
  "ir kad su yra bei kaip buvo bet jau dar ne iki nuo apie tai jos jo kuris kuri kurie taip pat bus savo prie tarp tik nei jog arba kai jie metu".split(
    " ",
  ),
);

/** Written with a full stop that ends no sentence: "2024 m.", "4 d.", "5 mln.", "5 tūkst.", "pvz.", "plk.". */
const abbreviations = [
  ..."m d mln mlrd trln tūkst proc val mėn sav vnt pvz kt pan t.y".split(" "),
  ..."gen Gen plk Plk mjr Mjr ltn Ltn prof Prof dr Dr gerb p Nr nr str".split(" "),
];

export const pack: LanguagePack = {
  code: "lt",
  functionWords,
  functionShare: 0.05,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
