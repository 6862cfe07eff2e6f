// Pairwise clustering precision and recall: of all pairs of reports, which the ledger put together rightly.

export interface PairwiseScore {
  precision: number;
  recall: number;
  /** Pairs together in both, only in the ledger, only in the truth. */
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
}

/** Pairs within groups: a group of n holds n(n-1)/2. */
function pairsIn(keys: Iterable<string>): number {
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  let pairs = 0;
  for (const n of sizes.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}

/**
 * `predicted` and `truth` map each report ("gov-sv#0") to its cluster. Reports only one side knows are left
 * out. Reports a,b,c in one true act, put by the ledger as {a,b} and {c}: precision 1/1, recall 1/3. Counted
 * from cluster sizes, so 100,000 reports take no longer than reading them.
 */
export function pairwise(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): PairwiseScore {
  const reports = [...truth.keys()].filter((r) => predicted.has(r));
  const inPredicted = pairsIn(reports.map((r) => predicted.get(r) as string));
  const inTruth = pairsIn(reports.map((r) => truth.get(r) as string));
  // A pair is together in both exactly when it shares the (predicted, true) cluster pair.
  const truePairs = pairsIn(reports.map((r) => JSON.stringify([predicted.get(r), truth.get(r)])));
  return {
    precision: inPredicted ? truePairs / inPredicted : 1,
    recall: inTruth ? truePairs / inTruth : 1,
    truePairs,
    falsePairs: inPredicted - truePairs,
    missedPairs: inTruth - truePairs,
  };
}
