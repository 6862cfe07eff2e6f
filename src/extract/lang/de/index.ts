// German: the language pack assembled from this folder's dictionaries and patterns.
import type { LanguagePack } from "../../common/language.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { figures } from "./figures.js";
import { items } from "./items.js";

/** German function words (a fixed list of the commonest ones, lower case). */
const functionWords = new Set(
  "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man".split(
    " ",
  ),
);

/**
 * Words written with a full stop inside a sentence: "Mrd. Euro", "z. B.", "u. a."; and the days of the month,
 * as German writes dates with an ordinal dot: "am 4. November 2024" is one sentence.
 */
const abbreviations = [
  ..."Mrd Mio Tsd bzw ca usw vgl Nr Dr Prof Hr Fr St Abs Art Bd bspw evtl ggf inkl max min sog zzgl Mio Jh".split(
    " ",
  ),
  ..."z.B u.a d.h o.ä z.T i.d.R a Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez".split(" "),
  ...Array.from({ length: 31 }, (_, i) => String(i + 1)),
];

export const pack: LanguagePack = {
  code: "de",
  functionWords,
  abbreviations,
  entities,
  figures,
  dates,
  items,
  events,
};
