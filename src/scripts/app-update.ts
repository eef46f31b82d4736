/**
 * Registers the service worker (`/sw.js`, written by `src/build/service-worker.ts`) with
 * workbox-window and tells the learner, in the page's polite status region (`AppUpdate.astro`):
 *
 * - once, when the first worker has stored the whole course, that it now works offline;
 * - when a new deploy's worker is installed and waiting, that a new version is ready, with
 *   "Reload to update". Only that button reloads: the new worker takes over, then the page
 *   reloads once under it. Nothing reloads on its own, so no quiz is cut short.
 *
 * Loaded by `app-update-start.ts` after the page has loaded, when the browser is idle.
 */
import { Workbox } from 'workbox-window';
import { to } from '../i18n/en-offline';

const region = document.querySelector<HTMLElement>('[data-app-update]');

/** Empties the notice; focus inside it goes to the page's main content rather than nowhere. */
function close() {
  if (region === null) return;
  const hadFocus = region.contains(document.activeElement);
  region.classList.remove('is-open');
  region.replaceChildren();
  if (hadFocus) document.getElementById('main')?.focus({ preventScroll: true });
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Shows `message`, with `action` as the main button if given, and a button that closes it. */
function show(message: string, action?: { label: string; run: () => void }) {
  if (region === null) return;
  const text = document.createElement('p');
  text.textContent = message;
  const actions = document.createElement('div');
  actions.className = 'app-update-actions';
  if (action !== undefined) actions.append(button(action.label, 'button', action.run));
  actions.append(button(to(action === undefined ? 'close' : 'later'), 'button-quiet', close));
  region.replaceChildren(text, actions);
  region.classList.add('is-open');
}

const workbox = new Workbox('/sw.js');

workbox.addEventListener('installed', (event) => {
  if (!event.isUpdate) show(to('offline-ready'));
});

workbox.addEventListener('waiting', () => {
  show(to('update-ready'), {
    label: to('reload'),
    run: () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      workbox.messageSkipWaiting();
    },
  });
});

// Without a worker (a private window that refuses one, a blocked registration) the course still
// works online as before: nothing to tell the learner.
workbox.register({ immediate: true }).catch(() => undefined);
