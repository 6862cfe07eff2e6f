// Tests resolution: one entry per act across outlets and languages, conflicts, links, EUR, saved state.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LedgerDocument, LedgerEvent } from "../src/core/ledger.js";
import { Ledger, resolveWithStore } from "../src/resolve/ledger.js";
import { pairwise } from "../src/resolve/pairwise.js";
import { pairTotals } from "../src/resolve/totals.js";
import type { LedgerEntry, LedgerState, LedgerStore } from "../src/resolve/types.js";
import { loadResolveFixtures, predictedOf, truthOf } from "./resolve-fixtures.js";

const fixtures = await loadResolveFixtures();

function resolveAll(documents: readonly LedgerDocument[]): Ledger {
  const ledger = new Ledger();
  for (const document of documents) ledger.add({ document });
  return ledger;
}

/** The entry holding a report of `act`. */
function entryOf(ledger: Ledger, act: string): LedgerEntry {
  const truth = truthOf(fixtures.documents, fixtures.acts);
  const report = [...truth].find(([, a]) => a === act)?.[0];
  const entry = ledger.list().find((e) => e.sources.some((s) => `${s.document}#${s.eventIndex}` === report));
  assert.ok(entry, `no entry for ${act}`);
  return entry;
}

for (const [order, documents] of [
  ["in publication order", fixtures.documents],
  ["newest first", [...fixtures.documents].reverse()],
] as const) {
  test(`fixtures ${order}: each act is one entry, with its outlets and links`, (t) => {
    const ledger = resolveAll(documents);
    const truth = truthOf(fixtures.documents, fixtures.acts);
    // Every extracted event is a report of a reviewed act: the fixtures are written in sentences it reads.
    assert.equal(truth.size, fixtures.documents.flatMap((d) => d.events).length);
    const score = pairwise(predictedOf(ledger.list()), truth);
    t.diagnostic(
      `pairwise precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (${score.truePairs} true pairs)`,
    );
    assert.ok(score.precision >= 0.95 && score.recall >= 0.95, JSON.stringify(score));
    assert.equal(ledger.list().length, fixtures.acts.length);
    for (const act of fixtures.acts) {
      const entry = entryOf(ledger, act.act);
      assert.equal(entry.outlets, act.outlets, act.act);
      if (act.fulfils) assert.deepEqual(entry.fulfils, [entryOf(ledger, act.fulfils).id], act.act);
    }
    const package15 = entryOf(ledger, "package-15");
    assert.equal(package15.earliest, "2024-02-23");
    assert.equal(package15.retrospective, false);
    assert.deepEqual(package15.value, { currency: "SEK", amount: 7_100_000_000 });
    assert.deepEqual(package15.conflicts, []);
  });
}

test("a value in SEK gets its euro figure at the ECB rate of the announcement day", () => {
  const entry = entryOf(resolveAll(fixtures.documents), "package-15");
  assert.equal(entry.valueEur?.rateDate, "2024-02-23");
  assert.equal(entry.valueEur?.rate, 11.1545);
  assert.equal(Math.round(entry.valueEur?.eur ?? 0), Math.round(7.1e9 / 11.1545));
});

test("per donor and recipient: committed, delivered and outstanding count each act once", () => {
  const [row] = pairTotals(resolveAll(fixtures.documents).list());
  // Packages 15 and 16 and the SEK 100 million; the running total is no act; the boats delivery has no value.
  const eur = (sek: number, rate: number): number => sek / rate;
  const committed = eur(7.1e9, 11.1545) + eur(13.3e9, 11.4283) + eur(100e6, 11.1865);
  assert.equal(row?.donor, "SE");
  assert.ok(Math.abs((row?.committed ?? 0) - committed) < committed * 0.01, String(row?.committed));
  assert.equal(row?.delivered, 0);
  assert.equal(row?.outstanding, row?.committed);
});

/** A one-event document, for the cases fixtures do not cover. */
function doc(id: string, published: string, outlet: string, event: Partial<LedgerEvent>): LedgerDocument {
  return {
    id,
    document: { title: null, published, languages: ["en"], outlet },
    events: [
      {
        type: "pledge",
        retrospective: false,
        evidence: [{ start: 0, end: 0, text: `${id} says so.` }],
        ...event,
      },
    ],
  };
}

/** A pledge of money: grant("NO", "UA", 5e8, "NOK"). */
function grant(donor: string, recipient: string, amount: number, currency: string): Partial<LedgerEvent> {
  return { donor, recipient, value: { amount, currency } };
}

test("two outlets naming different amounts for one package: one entry, the conflict flagged", () => {
  const items = [{ category: "tank" as const, quantity: { amount: 10 }, text: "10 tanks" }];
  const tanks = (amount: number) => ({
    donor: "DE",
    recipient: "UA",
    items,
    value: { amount, currency: "EUR" },
  });
  const ledger = resolveAll([
    doc("a", "2024-03-01", "a.example", tanks(5e8)),
    doc("b", "2024-03-01", "b.example", tanks(7e8)),
    doc("c", "2024-03-02", "c.example", tanks(5e8)),
  ]);
  const [entry, ...rest] = ledger.list();
  assert.equal(rest.length, 0);
  assert.equal(entry?.value?.amount, 5e8);
  assert.deepEqual(
    entry?.conflicts.map((c) => [c.field, c.values.map((v) => v.sources)]),
    [["value", [["a", "c"], ["b"]]]],
  );
});

test("different signatories of one memorandum are flagged; an unrelated pair is another entry", () => {
  const memo = { type: "agreement" as const, instrument: "memorandum" as const, date: "2024-06-11" };
  const ledger = resolveAll([
    doc("a", "2024-06-11", "a.example", { ...memo, parties: ["LT", "UA"] }),
    doc("b", "2024-06-12", "b.example", { ...memo, parties: ["LT", "LV", "UA"] }),
    doc("c", "2024-06-12", "c.example", { ...memo, parties: ["PL", "UA"] }),
  ]);
  const entries = ledger.list();
  assert.equal(entries.length, 2);
  assert.deepEqual(
    entries[0]?.conflicts.map((c) => c.field),
    ["parties"],
  );
});

test("a republished copy declared with duplicateOf counts once; the state reloads and goes on", () => {
  const first = new Ledger();
  first.add({
    document: doc("a", "2024-03-01", "a.example", grant("NO", "UA", 5e8, "NOK")),
  });
  const reloaded = Ledger.fromState(JSON.parse(JSON.stringify(first.toState())));
  const result = reloaded.add({
    document: doc("b", "2024-03-02", "b.example", grant("NO", "UA", 5e8, "NOK")),
    duplicateOf: "a",
  });
  assert.deepEqual(result, { created: [], updated: ["e1"] });
  assert.equal(reloaded.get("e1")?.outlets, 1);
  assert.equal(reloaded.get("e1")?.sources.length, 2);
  const later = reloaded.add({
    document: doc("c", "2024-03-02", "c.example", grant("NO", "UA", 9e8, "NOK")),
  });
  assert.deepEqual(later, { created: ["e2"], updated: [] });
});

test("UAH values keep their currency and say why they have no euro figure", () => {
  const ledger = new Ledger();
  ledger.add({
    document: doc("a", "2024-03-01", "a.example", grant("UA", "MD", 1e6, "UAH")),
  });
  assert.equal(ledger.get("e1")?.valueEur, null);
  assert.equal(ledger.get("e1")?.fxNote, "UAH: no ECB reference rate");
});

test("pairwise scores count pairs: {a,b},{c} against one true act {a,b,c}", () => {
  const truth = new Map([
    ["a", "act"],
    ["b", "act"],
    ["c", "act"],
    ["d", "other"],
  ]);
  const predicted = new Map([
    ["a", "e1"],
    ["b", "e1"],
    ["c", "e2"],
    ["d", "e2"],
  ]);
  assert.deepEqual(pairwise(predicted, truth), {
    precision: 0.5,
    recall: 1 / 3,
    truePairs: 1,
    falsePairs: 1,
    missedPairs: 2,
  });
});

test("a store gets the whole state and only the entries a batch changed", async () => {
  let saved: LedgerState | null = null;
  let written: string[] = [];
  const store: LedgerStore = {
    load: async () => saved,
    save: async (state, changed) => {
      saved = JSON.parse(JSON.stringify(state)) as LedgerState;
      written = changed.map((e) => e.id);
    },
  };
  const [first, second, third] = fixtures.documents;
  assert.ok(first && second && third);
  await resolveWithStore(store, [{ document: first }]);
  assert.deepEqual(written, ["e1"]);
  const result = await resolveWithStore(store, [{ document: second }, { document: third }]);
  assert.deepEqual(written, [...result.created, ...result.updated]);
  assert.equal(JSON.stringify(saved), JSON.stringify(resolveAll([first, second, third]).toState()));
});

test("a saved state of another version is refused with a message naming it", () => {
  const state = { version: 2, nextId: 1, entries: [] } as unknown as LedgerState;
  assert.throws(() => Ledger.fromState(state), {
    code: "input_malformed",
    message: "ledger state: version 2 is not 1",
  });
});
