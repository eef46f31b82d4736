/**
 * Every page's only start-up cost for offline use: once the page has loaded and the browser is
 * idle, it adds the script that registers the service worker and shows the update notice
 * (`app-update.ts`). Nothing at all without service worker support, or in
 * `astro dev` (which has no worker).
 *
 * Why a script element rather than `import()`: every `import()` in the site's bundle goes through
 * Vite's preload helper, which lives in the shared start-up chunk (`runtime`), so an `import()`
 * here would load that whole chunk at start on pages that have no island. `?worker&url` makes
 * Vite bundle `app-update.ts` on its own, with everything it uses, as one classic script.
 */
import appUpdate from './app-update?worker&url';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () =>
    document.head.append(Object.assign(document.createElement('script'), { src: appUpdate }));
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start) : setTimeout(start, 1);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
