// What the in-page panel would add to the page it sits on. Its only news is where to look for
// massage; where the page already says it, the panel has nothing to add and is not shown.

interface StatementText {
  text: string;
}

const SPEAKS_OF_MASSAGE = /\bmassage/i;

/**
 * The search terms the page's own coverage statements do not already name. Empty when a statement
 * speaks of massage itself: the popup lists what the page says, and a hint to search for massage on
 * a page that already answers it is noise over the page's text.
 */
export function panelTermsNotOnPage(terms: readonly string[], statements: readonly StatementText[]): string[] {
  const said = statements.map((s) => s.text.toLowerCase());
  if (said.some((text) => SPEAKS_OF_MASSAGE.test(text))) return [];
  return terms.filter((term) => !said.some((text) => text.includes(term.toLowerCase())));
}
