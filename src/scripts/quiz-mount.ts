/**
 * Starts the quiz on lesson, module and final-assessment pages: a plain module script in place
 * of an Astro island. An island brings Astro's island loader, about 2 kB of gzipped script
 * inlined into every page's HTML; this does the same job for the one kind of island these
 * pages have, from a cached file.
 *
 * The server renders each quiz's container (`[data-quiz-props]`, see QuizSection.astro) with its props
 * as JSON and, inside, what is true until the quiz runs: the "loading" notice (which CSS alone
 * turns into "has not started" if this never runs) and, for a lesson quiz, the link to its
 * questions as text. When the browser is idle (as `client:idle`), the quiz renders in their
 * place and keeps the link, which it shows if the quiz data cannot be loaded.
 */
import { h, render } from 'preact';
import QuizIsland, { type QuizIslandProps } from '../islands/QuizIsland';

function mount(element: HTMLElement) {
  const props = JSON.parse(element.dataset['quizProps'] ?? '{}') as QuizIslandProps;
  const read = element.querySelector('.quiz-read');
  element.textContent = '';
  const link = read && h('p', { class: 'quiz-read', dangerouslySetInnerHTML: { __html: read.innerHTML } });
  render(h(QuizIsland, props, link), element);
  element.setAttribute('data-mounted', '');
}

const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 200);

for (const element of document.querySelectorAll<HTMLElement>('[data-quiz-props]'))
  whenIdle(() => mount(element));
