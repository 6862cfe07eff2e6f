// Pairwise clustering precision and recall: of all pairs of reports, which the ledger put together rightly.

export interface PairwiseScore {
  precision: number;
  recall: number;
  /** Pairs together in both, only in the ledger, only in the truth. */
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
}

/**
 * `predicted` and `truth` map each report ("gov-sv#0") to its cluster. Reports only one side knows are left
 * out. Reports a,b,c in one true act, put by the ledger as {a,b} and {c}: precision 1/1, recall 1/3.
 */
export function pairwise(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): PairwiseScore {
  const reports = [...truth.keys()].filter((r) => predicted.has(r));
  let truePairs = 0;
  let falsePairs = 0;
  let missedPairs = 0;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const [a, b] = [reports[i] as string, reports[j] as string];
      const together = predicted.get(a) === predicted.get(b);
      const same = truth.get(a) === truth.get(b);
      if (together && same) truePairs++;
      else if (together) falsePairs++;
      else if (same) missedPairs++;
    }
  }
  return {
    precision: truePairs + falsePairs ? truePairs / (truePairs + falsePairs) : 1,
    recall: truePairs + missedPairs ? truePairs / (truePairs + missedPairs) : 1,
    truePairs,
    falsePairs,
    missedPairs,
  };
}
