/**
 * The glossary page's filter box: shows only the entries whose term or definition contain every
 * word typed (matching in src/lib/glossary/search.ts), hides letters left empty, and says how
 * many terms match in a polite live region once typing pauses. The page renders the filter
 * hidden, so without JavaScript it is simply not there and the A–Z index still works.
 */
import { foldForSearch, matchesWords, queryWords } from '../lib/glossary/search';

/** How long typing must pause before the number of matches is announced. */
const ANNOUNCE_AFTER_MS = 500;

const filter = document.querySelector<HTMLElement>('.glossary-filter');
const input = filter?.querySelector('input');
const status = filter?.querySelector<HTMLElement>('[role="status"]');

if (filter && input && status) {
  const entries = [...document.querySelectorAll<HTMLElement>('.glossary > div')].map((element) => ({
    element,
    // The term and its definition, not the "Lesson: …" link after it.
    folded: foldForSearch(
      `${element.querySelector('dt')?.textContent ?? ''} ${element.querySelector('dd')?.firstChild?.textContent ?? ''}`,
    ),
  }));
  const sections = [...document.querySelectorAll<HTMLElement>('.glossary-letter')];
  const plural = new Intl.PluralRules('en');
  const { one = '', other = '', none = '' } = status.dataset;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = () => {
    const words = queryWords(input.value);
    let count = 0;
    for (const { element, folded } of entries) {
      element.hidden = !matchesWords(folded, words);
      if (!element.hidden) count += 1;
    }
    for (const section of sections)
      section.hidden = section.querySelector('.glossary > div:not([hidden])') === null;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const message = count === 0 ? none : plural.select(count) === 'one' ? one : other;
      status.textContent = words.length === 0 ? '' : message.replace('{count}', String(count));
    }, ANNOUNCE_AFTER_MS);
  };

  input.addEventListener('input', apply);
  filter.hidden = false;
  // A query the browser restored (going back to the page) filters at once.
  if (input.value !== '') apply();
}
