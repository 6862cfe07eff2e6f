// English names for LEDGER §3 codes, shown beside the codes: "LT" → "Lithuania", "EIB" → "European Investment Bank".

/** The organisations of LEDGER §3; states are named by the runtime's own region names. */
const ORGANISATIONS: Record<string, string> = {
  EU: "European Union",
  NATO: "NATO",
  UN: "United Nations",
  G7: "G7",
  IMF: "International Monetary Fund",
  WB: "World Bank",
  EIB: "European Investment Bank",
  EBRD: "European Bank for Reconstruction and Development",
};

const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function entityName(code: string): string {
  if (Object.hasOwn(ORGANISATIONS, code)) return ORGANISATIONS[code] as string;
  return /^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code;
}
