// What one language folder (lang/xx) brings: dictionaries and patterns for the shared algorithms.
import type { EntityLexicon } from "./entities.js";
import type { EventCues } from "./events.js";
import type { FigureGrammar } from "./figures.js";
import type { DateGrammar } from "./dates.js";
import type { ItemLexicon } from "./items.js";

export interface LanguagePack {
  /** ISO 639-1 code, the same as the folder name. */
  code: string;
  /** The commonest function words, lower-case: a paragraph full of them is in this language. */
  functionWords: ReadonlySet<string>;
  /**
   * Share of a paragraph's words that must be function words for it to pass as this language without asking
   * eld (0.12 unless given). An inflected language with few such words sets it lower: Lithuanian paragraphs
   * run at 6-20 % "ir", "kad", "su", other languages' at under 3 % of them.
   */
  functionShare?: number;
  /** Words written with a full stop that does not end a sentence, without it: "Mr", "U.S", "e.g". */
  abbreviations: readonly string[];
  entities: EntityLexicon;
  figures: FigureGrammar;
  dates: DateGrammar;
  items: ItemLexicon;
  events: EventCues;
}
