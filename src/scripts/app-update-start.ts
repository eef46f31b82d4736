/**
 * Every page's only start-up cost for offline use: once the page has loaded and the browser is
 * idle, load the worker's registration and update notice (`app-update.ts`, with workbox-window).
 * Nothing at all without service worker support, or in `astro dev` (which has no worker).
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => void import('./app-update');
  const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(start) : setTimeout(start, 1));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
