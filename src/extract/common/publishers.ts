// The state behind an official publisher's web address: whose "we" a government release speaks for.

/**
 * Host suffixes of government sites (curated): a release on whitehouse.gov saying "we provided"
 * means the United States provided.
 */
const GOVERNMENT_HOSTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/whitehouse\.(?:archives\.)?gov$|(?:^|\.)(?:state|defense|war|treasury|usaid)\.gov$/u, "US"],
  [/(?:^|\.)(?:regeringen|government)\.se$/u, "SE"],
  [/(?:^|\.)gov\.uk$/u, "GB"],
  [/(?:^|\.)(?:gov|mil|mod|president|mfa|mod\.gov)\.ua$/u, "UA"],
  [/(?:^|\.)(?:kam|lrv|urm|president)\.lt$/u, "LT"],
  [/(?:^|\.)(?:bundesregierung|bmvg|auswaertiges-amt)\.de$/u, "DE"],
  [/(?:^|\.)gov\.pl$/u, "PL"],
  [/(?:^|\.)(?:elysee|gouvernement|defense\.gouv|diplomatie\.gouv)\.fr$/u, "FR"],
  [/(?:^|\.)(?:regeringen|fmn|um)\.dk$/u, "DK"],
  [/(?:^|\.)(?:regjeringen)\.no$/u, "NO"],
  [/(?:^|\.)(?:valtioneuvosto|defmin|um)\.fi$/u, "FI"],
  [/(?:^|\.)(?:canada|pm\.gc)\.ca$/u, "CA"],
];

export function publisherState(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [re, code] of GOVERNMENT_HOSTS) if (re.test(host)) return code;
  return null;
}
