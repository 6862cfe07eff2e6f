// The document that flows through the pipeline: fixed cleaned text plus the spans each step adds.
import type { AidType, Category, Figure, LedgerEvent } from "./ledger.js";
import type { Provenance, Span } from "./span.js";

/** One article as read from any input, before cleaning. */
export interface Article {
  id: string;
  text: string;
  title?: string | null;
  /** ISO date (YYYY-MM-DD or a prefix), as given by the caller or the input's metadata. */
  published?: string | null;
  url?: string | null;
  language?: string | null;
  /** The byline as the source gives it: "Olena Kovalenko, Jan Novak". */
  author?: string | null;
  /** The site's own name (og:site_name, JSON-LD publisher): "Ministry of Defence of Ukraine". */
  outlet?: string | null;
  /** Where it came from, for messages: "feed.jsonl:12". */
  origin?: string;
}

export interface DocumentMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** "reported by RBK-Ukraine, citing Facebook from ... Umerov" → ["RBK-Ukraine", "Facebook", "Rustem Umerov"]. */
  attribution: string[];
  /** Language given by the caller, if any; sentences still get their own. */
  language: string | null;
  /** Date the text is written at (YYYY, YYYY-MM or YYYY-MM-DD): `published` unless the text's clues say otherwise. */
  referenceDate: string | null;
  referenceProvenance: Provenance;
}

export interface Paragraph extends Span {
  /** A short line without final punctuation: "Assistance to Ukraine from Lithuania". */
  heading: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  lang: string;
}

/** A state or organisation of LEDGER §3 named in the text. */
export interface EntityMention extends Span {
  code: string;
  kind: "state" | "organisation";
  /** "Lithuania" name, "Lithuanian" demonym, "Ukraine's" possessive, "Vilnius" capital, "the Pentagon" institution. */
  form: "name" | "demonym" | "possessive" | "capital" | "institution";
  rule: string;
}

/** A person with a role: "Lithuania's Minister of National Defense, Laurynas Kasčiūnas". */
export interface OfficialMention extends Span {
  name: string | null;
  role: string;
  code: string | null;
  rule: string;
}

export interface MoneyMention extends Span, Figure {
  currency: string;
  rule: string;
}

/** A counted thing: "more than 5,000 drones" (span covers number and noun). */
export interface QuantityMention extends Span, Figure {
  /** The counted noun phrase as written: "drones". */
  noun: Span;
  rule: string;
}

export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** A point in time, or a limit ("by the end of autumn"). */
  role: "point" | "deadline";
  provenance: Provenance;
  rule: string;
}

/** A kind of aid or scope named in the text: "armored personnel carriers" → armored_vehicle. */
export interface ItemMention extends Span {
  category: Category;
  /** Counted as one by its article: "another IRIS-T system". */
  single: boolean;
  rule: string;
}

/** A cue word for aid type: "military aid" → military. */
export interface AidTypeMention extends Span {
  aidType: AidType;
  rule: string;
}

export class Doc {
  readonly sentences: Sentence[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly entities: EntityMention[] = [];
  readonly officials: OfficialMention[] = [];
  readonly money: MoneyMention[] = [];
  readonly quantities: QuantityMention[] = [];
  readonly dates: DateMention[] = [];
  readonly items: ItemMention[] = [];
  readonly aidTypes: AidTypeMention[] = [];
  readonly events: LedgerEvent[] = [];
  readonly warnings: string[] = [];

  constructor(
    readonly id: string,
    /** The cleaned text: never changed after construction. */
    readonly text: string,
    readonly meta: DocumentMeta,
  ) {}

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Languages of the document's sentences, most used first. */
  languages(): string[] {
    const counts = new Map<string, number>();
    for (const s of this.sentences) counts.set(s.lang, (counts.get(s.lang) ?? 0) + (s.end - s.start));
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  }

  /**
   * Annotations of one kind that lie inside a span, in text order. Lists are kept sorted by start (the
   * pipeline sorts them after each step), so this is a binary search, not a scan of the whole document.
   */
  within<T extends Span>(list: readonly T[], span: Span): T[] {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.start ?? 0) < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length; i++) {
      const x = list[i];
      if (!x || x.start >= span.end) break;
      if (x.end <= span.end) out.push(x);
    }
    return out;
  }

  /** Puts every annotation list in text order, as `within` expects. */
  sortAnnotations(): void {
    for (const list of [
      this.entities,
      this.officials,
      this.money,
      this.quantities,
      this.dates,
      this.items,
      this.aidTypes,
    ])
      (list as Span[]).sort((a, b) => a.start - b.start);
  }
}
