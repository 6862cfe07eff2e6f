// Finds kinds of aid and cooperation (LEDGER §4 categories) and aid-type cues in each sentence.
import type { Doc } from "../../core/doc.js";
import type { AidType, Category } from "../../core/ledger.js";
import { scan } from "../../core/span.js";
import type { LanguagePack } from "./language.js";
import { packFor } from "../lang/index.js";
import type { Step } from "../step.js";

/**
 * A language's words for categories and aid types, as regular-expression sources. Categories are
 * tried in the order given, so list specific ones first: "artillery rounds" (ammunition) before
 * "artillery", "drone countermeasures" (counter_uav) before "drones".
 */
export interface ItemLexicon {
  categories: ReadonlyArray<readonly [Category, string]>;
  aidTypes: ReadonlyArray<readonly [AidType, string]>;
  /** Words right before a singular item that count it as one: "another IRIS-T system", "an additional SAMP-T". */
  single: string;
  /** Flags for the compiled patterns: "iu" for most languages. */
  flags?: string;
}

interface Compiled {
  single: RegExp;
  items: RegExp;
  itemGroups: Map<string, Category>;
  aid: RegExp;
  aidGroups: Map<string, AidType>;
}

const compiled = new WeakMap<ItemLexicon, Compiled>();

/** One alternation with a named group per entry: a single pass over a sentence finds every category. */
function compile(lex: ItemLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const flags = "g" + (lex.flags ?? "iu");
  const itemGroups = new Map<string, Category>();
  const items = new RegExp(
    lex.categories
      .map(([cat, src], i) => {
        itemGroups.set(`i${i}`, cat);
        return `(?<i${i}>${src})`;
      })
      .join("|"),
    flags,
  );
  const aidGroups = new Map<string, AidType>();
  const aid = new RegExp(
    lex.aidTypes
      .map(([t, src], i) => {
        aidGroups.set(`a${i}`, t);
        return `(?<a${i}>${src})`;
      })
      .join("|"),
    flags,
  );
  c = { single: new RegExp(`(?:${lex.single})$`, lex.flags ?? "iu"), items, itemGroups, aid, aidGroups };
  compiled.set(lex, c);
  return c;
}

function firstGroup<T>(groups: Readonly<Record<string, unknown>>, names: Map<string, T>): T | undefined {
  for (const [name, value] of names) if (groups[name]) return value;
  return undefined;
}

export function annotateItems(doc: Doc, pack: LanguagePack, sentenceIndex: number): void {
  const s = doc.sentences[sentenceIndex];
  if (!s) return;
  const c = compile(pack.items);
  for (const m of scan(doc.text, s, c.items)) {
    const category = firstGroup(m.groups, c.itemGroups);
    if (!category) continue;
    const one = c.single.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start));
    doc.items.push({ start: m.start, end: m.end, category, single: one, rule: `${pack.code}/item/${category}` });
  }
  for (const m of scan(doc.text, s, c.aid)) {
    const aidType = firstGroup(m.groups, c.aidGroups);
    if (aidType) doc.aidTypes.push({ start: m.start, end: m.end, aidType, rule: `${pack.code}/aid-type/${aidType}` });
  }
}

export const itemsStep: Step = {
  name: "items",
  run(doc: Doc) {
    doc.sentences.forEach((s, i) => annotateItems(doc, packFor(s.lang), i));
  },
};
