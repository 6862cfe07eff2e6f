// The extraction pipeline: clean an article into a Doc, run the named steps, emit the ledger form.
import type { Article } from "../core/doc.js";
import { Doc } from "../core/doc.js";
import type { LedgerDocument } from "../core/ledger.js";
import { clean } from "./common/clean.js";
import { datesStep } from "./common/dates.js";
import { entitiesStep } from "./common/entities.js";
import { eventsStep } from "./common/events.js";
import { figuresStep } from "./common/figures.js";
import { itemsStep } from "./common/items.js";
import { segmentStep } from "./common/segment.js";
import type { Step } from "./step.js";

/** The steps in order; each reads what the earlier ones added. */
export const steps: readonly Step[] = [
  segmentStep,
  entitiesStep,
  figuresStep,
  datesStep,
  itemsStep,
  eventsStep,
];

/** Cleans the article and runs every step over it. */
export function analyse(article: Article, only: readonly Step[] = steps): Doc {
  const { text, meta } = clean(article);
  const doc = new Doc(article.id, text, meta);
  for (const step of only) {
    step.run(doc);
    doc.sortAnnotations();
  }
  return doc;
}

/** The LEDGER §2 object for an analysed document. */
export function toLedger(doc: Doc): LedgerDocument {
  return {
    id: doc.id,
    document: {
      title: doc.meta.title,
      published: doc.meta.published,
      languages: doc.languages(),
      url: doc.meta.url,
      outlet: doc.meta.outlet,
      attribution: doc.meta.attribution,
      reference_date: doc.meta.referenceDate !== doc.meta.published ? doc.meta.referenceDate : null,
    },
    events: doc.events,
  };
}

export function extract(article: Article): LedgerDocument {
  return toLedger(analyse(article));
}
