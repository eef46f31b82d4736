import type { FunctionComponent } from 'preact';
import { tlr } from '../../i18n/en-labs';
import { textBlocks } from '../../lib/labs/editor';
import { labsHref } from '../../lib/course/routes';

/** "Lab completed": the lab's explanation, then the next lab and the list. */
export const CompletedPanel: FunctionComponent<{
  explanation: string;
  next: { href: string; title: string } | null;
  intro?: string;
}> = ({ explanation, next, intro }) => (
  <section class="lab-done" aria-labelledby="lab-done-heading">
    <h3 id="lab-done-heading">
      <span aria-hidden="true">✓ </span>
      {tlr('done-title')}
    </h3>
    {intro !== undefined && <p>{intro}</p>}
    {textBlocks(explanation).map((runs, index) => (
      <p key={index}>{runs.map((part) => (part.code ? <code>{part.text}</code> : part.text))}</p>
    ))}
    <p class="lab-next">
      {next !== null && (
        <a class="button" href={next.href}>
          {tlr('next-lab', { title: next.title })}
        </a>
      )}{' '}
      <a href={labsHref}>{tlr('all-labs')}</a>
    </p>
  </section>
);
