// The output contract of `extract` (../shared/spec/LEDGER.md §2): documents and their events.

export type EventType = "agreement" | "pledge" | "delivery";
export type Instrument =
  "memorandum" | "letter_of_intent" | "agreement" | "treaty" | "declaration" | "contract" | "other";
export type AgreementStatus = "signed" | "announced" | "planned";
export type AidType = "military" | "financial" | "humanitarian";
export type Qualifier = "more_than" | "up_to" | "about";

export const CATEGORIES = [
  "uav",
  "counter_uav",
  "electronic_warfare",
  "air_defense",
  "missile",
  "artillery",
  "ammunition",
  "armored_vehicle",
  "tank",
  "aircraft",
  "helicopter",
  "naval",
  "small_arms",
  "vehicle",
  "communications",
  "protective_gear",
  "medical",
  "demining",
  "training",
  "fuel_energy",
  "advanced_technology",
  "budget_support",
  "reconstruction",
  "humanitarian_goods",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Weapons and their ammunition: the categories LEDGER §4 lists first, "uav" to "small_arms". */
export const MILITARY_CATEGORIES: readonly Category[] = CATEGORIES.slice(
  0,
  CATEGORIES.indexOf("small_arms") + 1,
);

/** A stated number: a single `amount`, or a range `min`..`max` (either end may be open). */
export interface Figure {
  amount?: number;
  min?: number;
  max?: number;
  qualifier?: Qualifier | null;
}

export interface MoneyValue extends Figure {
  currency: string;
}

export interface Item {
  category: Category;
  quantity?: Figure | null;
  text: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface LedgerEvent {
  type: EventType;
  parties?: string[];
  instrument?: Instrument | null;
  status?: AgreementStatus | null;
  scope?: Category[];
  donor?: string;
  recipient?: string;
  aid_type?: AidType | null;
  value?: MoneyValue | null;
  items?: Item[];
  date?: string | null;
  deadline?: string | null;
  retrospective: boolean;
  cumulative?: boolean;
  evidence: Evidence[];
  /** Which rules produced the event and its fields, e.g. "en/event/pledge-verb". */
  rules?: string[];
}

export interface LedgerDocument {
  id: string;
  document: {
    title: string | null;
    published: string | null;
    languages: string[];
    url?: string | null;
    outlet?: string | null;
    attribution?: string[];
    /** The date the text itself appears to be written at, where its clues contradict `published`. */
    reference_date?: string | null;
  };
  events: LedgerEvent[];
}
