// The service worker's source (issue 12), compiled by `src/build/service-worker.ts` at the end of
// every build into the one file `dist/sw.js`, Workbox's modules bundled in. `self.__WB_MANIFEST`
// is replaced by the list of files to precache (Workbox's `getManifest`), and `__SEARCH_CACHE__`
// by the name of the search cache. The same worker Workbox's `generateSW` used to write, without
// a Babel and Terser pass over a 2,000-entry list at every build.
/* global __SEARCH_CACHE__ */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

setCacheNameDetails({ prefix: 'csa' });

// A new worker waits for the learner ("Reload to update", src/scripts/app-update.ts), never
// reloading a quiz under them; the first one takes charge of the open page at once.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
clientsClaim();

// /lessons/x/ is /lessons/x/index.html; every query string (an LMS launch's cmi5 parameters, a
// search's ?q=) still finds the page, which reads it in the browser.
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

// The search files a search loads, from this site only. Network first: after a deploy the index
// and its fragments change together; offline, the copies from the last search answer.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
  new NetworkFirst({
    cacheName: __SEARCH_CACHE__,
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 300 })],
  }),
  'GET',
);
