/** Query parameters that only track where a visitor came from; they never change the page. */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|ref)$/i;

export class NotAWebPageError extends Error {
  constructor(url: string) {
    super(`Only web pages (http or https) can be saved, not ${JSON.stringify(url.slice(0, 100))}.`);
    this.name = 'NotAWebPageError';
  }
}

/**
 * The identity of a provider page: two URLs that show the same page give the same string.
 * https with a lower-case host and no `www.`, no user info, no #fragment, no tracking
 * parameters, the other parameters sorted, and no trailing slash (except the root path).
 * Throws NotAWebPageError for anything that is not an http(s) URL.
 */
export function normaliseProviderUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new NotAWebPageError(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new NotAWebPageError(url);

  // URL already lower-cases the host and drops the scheme's default port; other ports stay.
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const port = parsed.port ? `:${parsed.port}` : '';

  const path = parsed.pathname === '/' ? '/' : parsed.pathname.replace(/\/+$/, '') || '/';

  const params = [...parsed.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  params.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(params).toString();

  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}
