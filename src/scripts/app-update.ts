/**
 * Registers the service worker (`/sw.js`, written by `src/build/service-worker.ts`) and tells the
 * learner, in the page's polite live region (`AppUpdate.astro`):
 *
 * - once, when the first worker has stored the whole course, that it now works offline;
 * - when a new deploy's worker is installed and waiting, that a new version is ready, with
 *   "Reload to update". Only that button reloads: the new worker takes over, then the page
 *   reloads once under it. Nothing reloads on its own, so no quiz is cut short.
 *
 * Loaded by `app-update-start.ts` after the page has loaded, when the browser is idle. The worker's
 * life cycle is followed with the browser's own events rather than workbox-window: the same steps
 * in about 1 kB instead of 2.9 kB, which every page can reach.
 */
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

/** Offers the waiting `worker`: "Reload to update" lets it take over, then reloads once under it. */
function offerUpdate(worker: ServiceWorker) {
  show(to('update-ready'), {
    label: to('reload'),
    run: () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      // The generated worker calls skipWaiting() on this message, and only then.
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
  });
}

/** Follows a worker being installed: the first one means the course is stored, a later one waits. */
function follow(registration: ServiceWorkerRegistration, worker: ServiceWorker) {
  const firstInstall = registration.active === null;
  worker.addEventListener('statechange', () => {
    if (worker.state !== 'installed') return;
    if (firstInstall) show(to('offline-ready'));
    else offerUpdate(worker);
  });
}

async function register() {
  const registration = await navigator.serviceWorker.register('/sw.js');
  // A new version found on an earlier page, still waiting: offer it here too.
  if (registration.waiting !== null) offerUpdate(registration.waiting);
  if (registration.installing !== null) follow(registration, registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing !== null) follow(registration, registration.installing);
  });
}

// Without a worker (a private window that refuses one, a blocked registration) the course still
// works online as before: nothing to tell the learner.
register().catch(() => undefined);
