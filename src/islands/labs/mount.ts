/**
 * Renders a started policy lab into its panel (under the editor on `/labs/<id>/`), in place of the
 * "Start the lab" button. The <textarea> stays the server's own element, so what the learner typed
 * or where the caret was survives the start; the island only adds behaviour to it.
 */
import { h, render } from 'preact';
import type { PolicyLabData } from '../../lib/labs/types';
import { LabIsland } from './LabIsland';
import { nextLab } from './routes';

export function mount(work: HTMLElement, lab: PolicyLabData, focus: boolean): void {
  const panel = work.querySelector<HTMLElement>('[data-lab-panel]');
  const textarea = work.querySelector('textarea');
  const gutter = work.querySelector<HTMLElement>('.lab-gutter');
  if (panel === null || textarea === null || gutter === null) return;
  const starter = work.querySelector('[data-lab-starter]');
  // The learner pressed Start, or was on it when the lab finished loading: the editor takes the focus.
  const moveFocus = focus || (starter?.contains(document.activeElement) ?? false);
  starter?.remove();
  panel.textContent = '';
  render(h(LabIsland, { lab, textarea, gutter, next: nextLab(work) }), panel);
  if (moveFocus) textarea.focus();
}
