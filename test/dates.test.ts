// Tests for dates: resolution against the reference date, deadlines, the inferred reference year, head date lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../src/core/doc.js";
import type { CalendarReading } from "../src/extract/common/dates.js";
import { datesStep, datesStepFor, parseStandaloneDate } from "../src/extract/common/dates.js";
import { segmentStep } from "../src/extract/common/segment.js";
import { dates as en } from "../src/extract/lang/en/dates.js";
import { analyse } from "../src/extract/pipeline.js";
import type { Step } from "../src/extract/step.js";

function read(text: string, published: string | null, step: Step = datesStep): Doc {
  return analyse({ id: "t", text, published, language: "en" }, [segmentStep, step]);
}

function found(doc: Doc): string[] {
  return doc.dates.map((d) => `${d.value} ${d.role}`);
}

/** [sentence, publication date, expected "value role" in text order]. */
const cases: [string, string | null, string[]][] = [
  // Relative to the reference day.
  ["Lithuania's defence minister arrived in Kyiv today for talks.", "2024-10-15", ["2024-10-15 point"]],
  ["Yesterday the Danish government approved its 21st package.", "2024-10-15", ["2024-10-14 point"]],
  ["Earlier this week, Norway announced a new fund for air defence.", "2024-10-15", ["2024-10 point"]],
  ["Just last week, Estonia handed over another batch of shells.", "2024-10-03", ["2024-09 point"]],
  ["One year ago, Latvia sent its first drones to the front.", "2024-10-15", ["2023-10 point"]],
  ["Last year, Finland gave equipment worth EUR 1.5 billion.", "2024-10-15", ["2023 point"]],
  ["This year, Poland has already delivered 40 tanks.", "2024-10-15", ["2024 point"]],
  ["On Monday, the Pentagon announced a drawdown package.", "2024-10-16", ["2024-10-14 point"]],
  // Months without a year: reported → the latest, ahead → the next.
  ["In August, Lithuania announced a package of short-range air defence.", "2024-10-15", ["2024-08 point"]],
  ["In November, Lithuania announced a package of armoured vehicles.", "2024-10-15", ["2023-11 point"]],
  ["Sweden will deliver the Archer howitzers in March.", "2024-10-15", ["2025-03 point"]],
  ["The agreement was signed on April 30 in Vilnius.", "2024-10-15", ["2024-04-30 point"]],
  // Written-out dates.
  ["The declaration was signed on April 30, 2025.", "2025-06-01", ["2025-04-30 point"]],
  ["The memorandum was signed on 30 April 2024 in Kyiv.", "2024-10-15", ["2024-04-30 point"]],
  ["Germany approved the package on 2 January 2025.", "2025-01-10", ["2025-01-02 point"]],
  ["The Netherlands approved the F-16 transfer in March 2023.", "2024-10-15", ["2023-03 point"]],
  ["Sweden sent its first aid package in 2022.", "2024-10-15", ["2022 point"]],
  ["The contract dated 02.01.2025 covers artillery rounds.", "2025-02-01", ["2025-01-02 point"]],
  // Deadlines.
  [
    "Vilnius plans to send EUR 40 million by the end of the current year.",
    "2024-10-15",
    ["2024-12 deadline"],
  ],
  ["Oslo will provide the radars by the end of this year.", "2024-10-15", ["2024-12 deadline"]],
  ["Copenhagen expects to transfer the funds by year-end.", "2024-10-15", ["2024-12 deadline"]],
  ["The trucks are to arrive by the end of 2025.", "2024-10-15", ["2025-12 deadline"]],
  ["Riga plans to hand over 2,000 drones by the end of autumn.", "2024-03-01", ["2024-11 deadline"]],
  ["Riga plans to hand over 2,000 drones by the end of fall.", "2024-03-01", ["2024-11 deadline"]],
  ["The shells are due by the end of summer.", "2024-03-01", ["2024-08 deadline"]],
  ["The shells are due by the end of spring.", "2024-03-01", ["2024-05 deadline"]],
  ["The shells are due by the end of winter.", "2024-03-01", ["2025-02 deadline"]],
  ["The first vehicles should arrive by early March.", "2024-10-15", ["2025-03 deadline"]],
  ["The first vehicles should arrive by March.", "2024-10-15", ["2025-03 deadline"]],
  ["The payment will be made by the end of the month.", "2024-10-15", ["2024-10 deadline"]],
  ["Berlin intends to deliver four more systems by 2027.", "2024-10-15", ["2027 deadline"]],
  ["The loan runs until 2026.", "2024-10-15", ["2026 deadline"]],
  ["The tranche must be paid no later than 1 December 2024.", "2024-10-15", ["2024-12-01 deadline"]],
  // Vague or not a date.
  ["Support will continue over the next year.", "2024-10-15", []],
  ["More deliveries are expected in the coming months.", "2024-10-15", []],
  ["A year later, the first jets arrived.", "2024-10-15", []],
  ["Russian troops march towards the city.", "2024-10-15", []],
  ["The government may consider further support.", "2024-10-15", []],
  ["Sun Tzu wrote that speed is the essence of war.", "2024-10-15", []],
  ["The army received 2000 drones and 1990 rifles.", "2024-10-15", []],
  ["A batch of 2000 drones arrived in 2024 as planned.", "2024-10-15", ["2024 point"]],
  ["The parties discussed plans for the fall and winter.", "2024-10-15", []],
  // Without any reference, only what is written out.
  ["The deal was signed on 2 January 2025 and takes effect today.", null, ["2025-01-02 point"]],
];

for (const [text, published, expected] of cases) {
  test(`dates: ${text} (${published ?? "no date"})`, () => {
    assert.deepEqual(found(read(text, published)), expected);
  });
}

test("dates: spans cover the date and its deadline cue, provenance and rule say how it was read", () => {
  const doc = read("In August, Lithuania said it would send drones by the end of autumn.", "2024-10-15");
  assert.deepEqual(
    doc.dates.map((d) => [doc.slice(d), d.value, d.role, d.provenance, d.rule]),
    [
      ["August", "2024-08", "point", "inferred", "en/date/relative-month"],
      ["by the end of autumn", "2024-11", "deadline", "inferred", "en/deadline/season-end"],
    ],
  );
  const stated = read("The memorandum was signed on 30 April 2024.", "2024-10-15").dates[0];
  assert.equal(stated?.provenance, "stated");
});

test("reference: a text presenting an earlier year as its present is dated to that year", () => {
  const doc = read(
    [
      "In August, Lithuania announced a military aid package for Ukraine.",
      "Later, the prime minister said that by the end of autumn, Lithuania plans to transfer 5,000 drones.",
      "Lithuania plans to provide EUR 40-50 million more by the end of the current year.",
      "Vilnius has already sent aid worth 153 million euros in 2024.",
      "Among the topics were plans for 2025.",
    ].join(" "),
    "2025-01-02",
  );
  assert.equal(doc.meta.referenceDate, "2024");
  assert.equal(doc.meta.referenceProvenance, "inferred");
  assert.deepEqual(found(doc), [
    "2024-08 point",
    "2024-11 deadline",
    "2024-12 deadline",
    "2024 point",
    "2025 point",
  ]);
});

test("reference: 'so far in <year>' also marks the present", () => {
  const doc = read("So far in 2023, Norway has provided NOK 7 billion in military aid.", "2024-02-01");
  assert.equal(doc.meta.referenceDate, "2023");
});

test("reference: recalling a past year keeps the publication date", () => {
  const doc = read(
    "In 2022, Sweden donated Archer howitzers to Ukraine. This week the government announced a new package.",
    "2024-03-05",
  );
  assert.equal(doc.meta.referenceDate, "2024-03-05");
  assert.equal(doc.meta.referenceProvenance, "stated");
  assert.deepEqual(found(doc), ["2022 point", "2024-03 point"]);
});

test("reference: the publication year presented as present wins over an earlier one", () => {
  const doc = read(
    "Denmark has already sent aid worth DKK 1 billion in 2023. So far in 2024, it has pledged DKK 2 billion more.",
    "2024-05-20",
  );
  assert.equal(doc.meta.referenceDate, "2024-05-20");
});

test("reference: a later year reported as past blocks the inference", () => {
  const doc = read(
    "Finland has delivered equipment worth EUR 500 million in 2023. On 3 January 2024, the government approved its 22nd package.",
    "2024-01-10",
  );
  assert.equal(doc.meta.referenceDate, "2024-01-10");
});

test("dates: a language without chrono reads month names from its grammar", () => {
  const step = datesStepFor(() => ({ code: "xx", dates: { ...en, chrono: null } }));
  const doc = read(
    "In August, Lithuania announced a package. The memorandum was signed on 30 April 2024, and the contract on March 3, 2025.",
    "2025-06-01",
    step,
  );
  assert.deepEqual(found(doc), ["2024-08 point", "2024-04-30 point", "2025-03-03 point"]);
  assert.equal(doc.dates[0]?.rule, "xx/date/relative-month");
});

test("plainCalendar reads what chrono reads, or hands the stretch to chrono", () => {
  const { plainCalendar: plain, chrono } = en;
  if (!plain || !chrono) throw new Error("English reads calendar dates with chrono");
  const stretches = [
    "heavy fighting in the east on 16 October, with little change",
    "the spokesman said on July 22, 2024.",
    "the parliament approved it in March 2023 after a long debate",
    "the defence budget before January.",
    "the defence budget before May.",
    "officials confirmed in May that the trucks had arrived",
    "the minister said on Wednesday, officials said.",
    "signed on April 30 in Vilnius",
    "the shipment left on 5 to 16 October",
    "the talks on Thursday, 2 January 2025 were brief",
    "on the first of March the ministry said",
    "the deliveries resumed last Friday",
    "the first batch came in March of 2023",
    "it was planned for 2024 AD March",
  ];
  const reference = new Date(2024, 9, 15, 12);
  let read = 0;
  for (const stretch of stretches) {
    const mine: readonly CalendarReading[] | null = plain(stretch);
    if (mine === null) continue;
    read++;
    const theirs: (string | number | null)[][] = chrono
      .parse(stretch, reference)
      .map((r): (string | number | null)[] => [
        r.index,
        r.text.replace(/[\s,.;:]+$/, ""),
        r.start.isCertain("day") ? r.start.get("day") : null,
      ]);
    assert.deepEqual(
      mine.map((r) => [r.index, r.text, r.d]),
      theirs,
      stretch,
    );
  }
  assert.ok(read >= 6, "the common shapes are read without chrono");
});

test("parseStandaloneDate: a line that is only a date", () => {
  const lines: [string, string | null][] = [
    ["Thursday02 January 2025", "2025-01-02"],
    ["Thursday, 2 January 2025", "2025-01-02"],
    ["02.01.2025", "2025-01-02"],
    ["2025-01-02", "2025-01-02"],
    ["January 2, 2025", "2025-01-02"],
    ["2 January 2025 14:35", "2025-01-02"],
    ["Thu, 02 Jan 2025 14:35:00 GMT", "2025-01-02"],
    ["2025-01-02T14:35:00Z", "2025-01-02"],
    ["Ukraine and Lithuania signed a memorandum on 2 January 2025", null],
    ["31.02.2025", null],
    ["gipoteza.net", null],
    ["2025", null],
  ];
  for (const [line, expected] of lines) assert.equal(parseStandaloneDate(line), expected, line);
});
