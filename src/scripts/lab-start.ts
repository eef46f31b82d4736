/**
 * Starts a lab when the learner presses "Start the lab" or first focuses the editor: the lab's
 * island (with the evaluator) and its data (`/labs/<id>.json`) load in parallel, then the island
 * takes over the panel under the editor. Until then the page carries no evaluator at all.
 */
import type { PolicyLabData } from '../lib/labs/types';

const work = document.querySelector<HTMLElement>('[data-lab]');
const textarea = work?.querySelector('textarea');
const button = work?.querySelector<HTMLButtonElement>('[data-lab-start]');
const status = work?.querySelector<HTMLElement>('[data-lab-loading]');
let starting = false;

async function start(fromButton: boolean) {
  if (work === undefined || work === null || textarea == null || starting) return;
  starting = true;
  if (status) status.textContent = work.dataset['loading'] ?? '';
  try {
    const [island, data] = await Promise.all([
      import('../islands/labs/mount'),
      fetch(work.dataset['labData'] ?? '').then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<PolicyLabData>;
      }),
    ]);
    island.mount(work, textarea, data, fromButton);
  } catch {
    starting = false;
    if (status) status.textContent = work.dataset['failed'] ?? '';
  }
}

button?.addEventListener('click', () => void start(true));
textarea?.addEventListener('focus', () => void start(false));
