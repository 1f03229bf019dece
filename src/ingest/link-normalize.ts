/**
 * One spelling per article address, so that the same link is recognised as
 * the same entry when a feed changes its guids. Only what cannot change the
 * page is removed: the scheme's and host's case, a default port, the fragment
 * and the parameters that analytics and mailing tools append. Other
 * parameters stay, in their order and encoding: they may choose the article.
 */

/**
 * Campaign and click identifiers added by analytics, ad and mailing tools
 * (Google, Meta, Microsoft, Mailchimp, HubSpot, Marketo, Twitter/X embeds).
 */
const TRACKING_PARAMETER =
  /^(?:utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok)$/i;

/** Returns the normalised link; text that is not an http(s) URL comes back trimmed, unchanged. */
export function normalizeLink(link: string): string {
  const trimmed = link.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return trimmed;
  // URL already lower-cases the scheme and host and drops the scheme's default port.
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAMETER.test(parameterName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

function parameterName(pair: string): string {
  const name = pair.split('=', 1)[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
