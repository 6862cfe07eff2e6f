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
  /** Words written with a full stop that does not end a sentence, without it: "Mr", "U.S", "e.g". */
  abbreviations: readonly string[];
  entities: EntityLexicon;
  figures: FigureGrammar;
  dates: DateGrammar;
  items: ItemLexicon;
  events: EventCues;
}
