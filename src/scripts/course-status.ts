/**
 * Fills in the learner's status in the course navigation and on a module page once stored
 * progress is read (the server cannot know it): in each link marked `data-quiz` (and
 * `data-lesson` for a lesson), a line such as "Completed, best 90 %" ("Not started" is heard, not
 * shown); in each `[data-progress]` box, which lists the quizzes of a module's lessons, a bar and
 * "2 of 3 lessons completed". It follows changes, so passing a quiz updates it at once. Plain
 * DOM, no Preact: with the store it shares the start-up chunk and adds only its own bytes.
 */
import { completedCount, stepStatus } from '../lib/course/status';
import type { Progress } from '../lib/progress/types';
import { ts } from '../i18n/en-nav';
import { $progress } from '../stores/progress';

function show(progress: Progress) {
  for (const link of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
    const { quiz = '', lesson } = link.dataset;
    const status = stepStatus(progress, quiz, lesson);
    const mark = link.querySelector('.step-status') ?? link.appendChild(document.createElement('span'));
    mark.className = `step-status ${status.code === 'not-started' ? 'visually-hidden' : status.code}`;
    mark.textContent = ts(status.code === 'passed' && lesson !== undefined ? 'completed' : status.code, {
      percent: 'best' in status ? status.best : 0,
    });
  }
  for (const box of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const summary = completedCount(progress, (box.dataset['progress'] ?? '').split(' '));
    const text = ts('progress', summary);
    const bar = box.querySelector('progress');
    bar?.setAttribute('value', String(summary.completed));
    bar?.setAttribute('aria-label', text);
    if (box.lastElementChild !== null) box.lastElementChild.textContent = text;
    box.hidden = false;
  }
}

$progress.subscribe(show);
