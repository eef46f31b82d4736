/**
 * Starts a lab when the learner presses "Start the lab" or first focuses the editor: the lab's
 * island (with the evaluator, or the spot renderer) and its data (`/labs/<id>.json`) load in
 * parallel, then the island takes over the panel. Until then the page carries no evaluator.
 */
import type { PolicyLabData, SpotLabData } from '../lib/labs/types';

const work = document.querySelector<HTMLElement>('[data-lab]');
const status = work?.querySelector<HTMLElement>('[data-lab-loading]');
let starting = false;

async function start(fromButton: boolean) {
  if (work == null || starting) return;
  starting = true;
  if (status) status.textContent = work.dataset['loading'] ?? '';
  const data = fetch(work.dataset['labData'] ?? '').then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<unknown>;
  });
  try {
    if (work.dataset['labType'] === 'spot') {
      const [island, lab] = await Promise.all([import('../islands/labs/mount-spot'), data]);
      island.mount(work, lab as SpotLabData);
    } else {
      const [island, lab] = await Promise.all([import('../islands/labs/mount'), data]);
      island.mount(work, lab as PolicyLabData, fromButton);
    }
  } catch {
    starting = false;
    if (status) status.textContent = work.dataset['failed'] ?? '';
  }
}

work?.querySelector('[data-lab-start]')?.addEventListener('click', () => void start(true));
work?.querySelector('textarea')?.addEventListener('focus', () => void start(false));
