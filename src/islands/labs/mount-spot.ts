/** Renders a started "spot the misconfiguration" lab into its panel, in place of "Start the lab". */
import { h, render } from 'preact';
import type { SpotLabData } from '../../lib/labs/types';
import { SpotLabIsland } from './SpotLabIsland';
import { nextLab } from './routes';

export function mount(work: HTMLElement, lab: SpotLabData): void {
  const panel = work.querySelector<HTMLElement>('[data-lab-panel]');
  if (panel === null) return;
  work.querySelector('[data-lab-starter]')?.remove();
  panel.textContent = '';
  render(h(SpotLabIsland, { lab, next: nextLab(work) }), panel);
  panel.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
  panel.querySelector<HTMLElement>('h3')?.focus();
}
