/** Placeholder replaced by the offline work (issue 12): an Astro integration that writes the service worker. */
export function serviceWorker() {
  return { name: 'service-worker', hooks: {} };
}
