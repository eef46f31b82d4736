/** Placeholder replaced by the search work (issue 12): an Astro integration that indexes dist/ with Pagefind. */
export function searchIndex() {
  return { name: 'search-index', hooks: {} };
}
