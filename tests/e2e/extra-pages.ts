// Pages for the browser suite that are not part of the classifier corpus: a single-page
// directory, and hostile pages generated at start-up (too large to keep in the repository).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const e2eDir = path.join(import.meta.dirname, '..', 'fixtures', 'e2e');

export const EXTRA_URLS = {
  directorySpa: 'https://www.massagebook.com/directory/harbor-clinical-massage',
  deepNesting: 'https://www.massagebook.com/hostile/deep',
  tenMegabytes: 'https://www.yelp.com/hostile/huge',
  insurerHostileCss: 'https://www.humana.com/member/benefits/hostile',
  insurerStatementInCorner: 'https://www.humana.com/member/benefits/chiropractic',
  hostileProvider: 'https://www.massagebook.com/hostile/sunrise-medical-massage',
  resultsYelp: 'https://www.yelp.com/search?find_desc=massage&find_loc=Brooklyn%2C+NY',
  /** The page of one listing of resultsYelp on the directory: the provider's page the listing links to. */
  yelpBizHarbor: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn',
  clobberingProvider: 'https://www.massagebook.com/hostile/lakeside-rehab-massage',
} as const;

const CLINIC_TEXT =
  'Medical massage by physician referral. We keep SOAP notes and a treatment plan, and bill insurance. Our services: 60 min $110. Book now.';

function deepPage(): string {
  const depth = 10_000;
  return `<!doctype html><html><head><title>Deep Clinic</title></head><body>${'<div>'.repeat(depth)}<p>${CLINIC_TEXT}</p>${'</div>'.repeat(depth)}<a href="tel:+12065550100">call</a></body></html>`;
}

function hugePage(): string {
  const filler = '<p>Our massage spa has hot stones, facials, gift cards and couples packages. Book now. 60 min $95.</p>\n';
  const body = filler.repeat(Math.ceil(10_000_000 / filler.length));
  return `<!doctype html><html><head><title>Huge Spa</title></head><body>${body}</body></html>`;
}

/** host+path → HTML, in the form the fixture server takes. */
export function extraRoutes(): Record<string, string> {
  const key = (url: string) => {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  };
  return {
    [key(EXTRA_URLS.directorySpa)]: readFileSync(path.join(e2eDir, 'directory-spa.html'), 'utf8'),
    [key(EXTRA_URLS.deepNesting)]: deepPage(),
    [key(EXTRA_URLS.tenMegabytes)]: hugePage(),
    [key(EXTRA_URLS.insurerHostileCss)]: readFileSync(path.join(e2eDir, 'insurer-hostile-css.html'), 'utf8'),
    [key(EXTRA_URLS.insurerStatementInCorner)]: readFileSync(path.join(e2eDir, 'insurer-statement-corner.html'), 'utf8'),
    [key(EXTRA_URLS.hostileProvider)]: readFileSync(path.join(e2eDir, 'hostile-provider.html'), 'utf8'),
    [key(EXTRA_URLS.resultsYelp)]: readFileSync(path.join(e2eDir, '..', 'pages', 'listings', 'yelp-massage-brooklyn.html'), 'utf8'),
    [key(EXTRA_URLS.yelpBizHarbor)]: readFileSync(path.join(e2eDir, 'yelp-biz-harbor.html'), 'utf8'),
    [key(EXTRA_URLS.clobberingProvider)]: readFileSync(path.join(e2eDir, 'clobbering-provider.html'), 'utf8'),
  };
}
