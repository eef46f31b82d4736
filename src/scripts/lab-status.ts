/**
 * Writes each lab's status on the list of labs from stored progress ("Not started", "In progress,
 * best 3 of 5 checks", "Completed"), and follows changes made in another tab. Plain DOM.
 */
import { tls } from '../i18n/en-labs';
import type { Progress } from '../lib/progress/types';
import { $progress } from '../stores/progress';

function show(progress: Progress) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-lab-status]')) {
    const record = progress.labs[element.dataset['labStatus'] ?? ''];
    const spot = element.dataset['labType'] === 'spot';
    element.className = `lab-status ${record === undefined ? 'not-started' : record.completedAt !== null ? 'completed' : 'in-progress'}`;
    element.textContent =
      record === undefined
        ? tls('not-started')
        : record.completedAt !== null
          ? tls('completed')
          : tls(spot ? 'in-progress-spot' : 'in-progress', {
              checksPassed: record.best.checksPassed,
              count: record.best.checksTotal,
            });
  }
}

$progress.subscribe(show);
