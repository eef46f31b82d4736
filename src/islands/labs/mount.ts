/**
 * Renders a started lab into its panel (under the editor on `/labs/<id>/`), in place of the
 * "Start the lab" button. The <textarea> stays the server's own element, so what the learner typed
 * or where the caret was survives the start; the island only adds behaviour to it.
 */
import { h, render } from 'preact';
import type { PolicyLabData } from '../../lib/labs/types';
import { LabIsland } from './LabIsland';

export function mount(
  work: HTMLElement,
  textarea: HTMLTextAreaElement,
  lab: PolicyLabData,
  focus: boolean,
): void {
  const panel = work.querySelector<HTMLElement>('[data-lab-panel]');
  const starter = work.querySelector('[data-lab-starter]');
  // The learner pressed Start, or was on it when the lab finished loading: the editor takes the focus.
  const moveFocus = focus || (starter?.contains(document.activeElement) ?? false);
  const gutter = work.querySelector<HTMLElement>('.lab-gutter');
  if (panel === null || gutter === null) return;
  const { nextHref, nextTitle } = work.dataset;
  const next =
    nextHref !== undefined && nextTitle !== undefined ? { href: nextHref, title: nextTitle } : null;
  starter?.remove();
  panel.textContent = '';
  render(h(LabIsland, { lab, textarea, gutter, next }), panel);
  if (moveFocus) textarea.focus();
}
